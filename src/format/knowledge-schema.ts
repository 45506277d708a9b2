// The cross-role files in data/: what the sources say about several roles at once.
import { z } from 'zod';
import { KEBAB_CASE } from './kebab-case.js';

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(KEBAB_CASE, 'must be kebab-case: lower-case letters and digits joined by hyphens');

export const sourcesFileSchema = z.strictObject({
  sources: z.array(
    z.strictObject({
      id,
      title: text,
      kind: text.describe('article, guide, essay, Q&A thread, career-guide page...'),
      description: text,
      file: text.describe('The file under ../shared/sources it was read from.').optional(),
    }),
  ),
});

export const contrastsFileSchema = z.strictObject({
  contrasts: z.array(
    z.strictObject({
      id,
      kind: z.enum(['contrast', 'pairing']).describe('A difference the sources draw, or a team pairing they recommend.'),
      roles: z.array(id).min(2),
      title: text.describe('The contrast in a few words, e.g. "Direction vs execution".'),
      summary: text,
      points: z.array(text).optional(),
      sources: z.array(id).min(1),
    }),
  ),
});

export const handoffsFileSchema = z.strictObject({
  handoffs: z.array(
    z.strictObject({
      stage: text.describe('The step in a product’s life, e.g. "Define the problem".'),
      role: id,
      does: text,
    }),
  ),
  sources: z.array(id).min(1),
});

export const companiesFileSchema = z.strictObject({
  companies: z.array(
    z.strictObject({
      id,
      name: text,
      structure: text.describe('How the company arranges these roles.'),
      roles: z.array(id).min(1),
      sources: z.array(id).min(1),
    }),
  ),
});

export const topicsFileSchema = z.strictObject({
  topics: z.array(
    z.strictObject({
      id,
      label: text.describe('How the topic is shown, e.g. "Prioritisation".'),
    }),
  ),
});

/** The dimensions the sources tell the roles apart by, and the quiz questions that ask about each (roles place themselves with `dimensions:`). */
export const dimensionsFileSchema = z.strictObject({
  dimensions: z
    .array(
      z.strictObject({
        id,
        label: text.describe('The dimension in a few words, e.g. "Strategy or delivery".'),
        low: text.describe('The pole at position 1, in a word or two, e.g. "strategy".'),
        high: text.describe('The pole at position 5, e.g. "delivery".'),
      }),
    )
    .min(1),
  questions: z
    .array(
      z.strictObject({
        dimension: id,
        text: text.describe('The question, asked on a scale from `low` (1) to `high` (5).'),
        low: text.describe('What answer 1 means: the first pole as the person would choose it.'),
        high: text.describe('What answer 5 means.'),
      }),
    )
    .min(1),
  sources: z.array(id).min(1),
});

export const commonQuestionsFileSchema = z.strictObject({
  questions: z.array(text).min(1),
  sources: z.array(id).min(1),
});

export type Source = z.infer<typeof sourcesFileSchema>['sources'][number];
export type Contrast = z.infer<typeof contrastsFileSchema>['contrasts'][number];
export type Handoff = z.infer<typeof handoffsFileSchema>['handoffs'][number];
export type Company = z.infer<typeof companiesFileSchema>['companies'][number];
export type Topic = z.infer<typeof topicsFileSchema>['topics'][number];
export type Dimension = z.infer<typeof dimensionsFileSchema>['dimensions'][number];
export type QuizQuestion = z.infer<typeof dimensionsFileSchema>['questions'][number];

/** Everything the tool knows beyond the roles themselves. */
export interface Knowledge {
  sources: Source[];
  contrasts: Contrast[];
  handoffs: Handoff[];
  companies: Company[];
  commonQuestions: string[];
  /** What list items may say they are about, so `compare` can match them across roles. */
  topics: Topic[];
  /** What `quiz`, `map` and the gauges place roles on, and the quiz's questions. */
  dimensions: { dimensions: Dimension[]; questions: QuizQuestion[] };
}

/** Each cross-role file under data/, with the schema it must follow. */
export const KNOWLEDGE_FILES = {
  'sources.yaml': sourcesFileSchema,
  'contrasts.yaml': contrastsFileSchema,
  'handoffs.yaml': handoffsFileSchema,
  'companies.yaml': companiesFileSchema,
  'questions.yaml': commonQuestionsFileSchema,
  'topics.yaml': topicsFileSchema,
  'dimensions.yaml': dimensionsFileSchema,
} as const;
