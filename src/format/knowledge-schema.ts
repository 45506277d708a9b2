// The cross-role files in data/: what the sources say about several roles at once.
import { z } from 'zod';
import { roleId as id, text } from './role-schema.js';

/** Each cross-role file under data/, with the schema it must follow. */
export const KNOWLEDGE_FILES = {
  'sources.yaml': z.strictObject({
    sources: z.array(
      z.strictObject({
        id,
        title: text,
        kind: text.describe('article, guide, essay, Q&A thread, career-guide page...'),
        description: text,
        file: text.describe('The file under ../shared/sources it was read from.').optional(),
      }),
    ),
  }),
  'contrasts.yaml': z.strictObject({
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
  }),
  'handoffs.yaml': z.strictObject({
    handoffs: z.array(
      z.strictObject({
        stage: text.describe('The step in a product’s life, e.g. "Define the problem".'),
        role: id,
        does: text,
      }),
    ),
    sources: z.array(id).min(1),
  }),
  'companies.yaml': z.strictObject({
    companies: z.array(
      z.strictObject({
        id,
        name: text,
        structure: text.describe('How the company arranges these roles.'),
        roles: z.array(id).min(1),
        sources: z.array(id).min(1),
      }),
    ),
  }),
  'questions.yaml': z.strictObject({
    questions: z.array(text).min(1),
    sources: z.array(id).min(1),
  }),
  'topics.yaml': z.strictObject({
    topics: z.array(
      z.strictObject({
        id,
        label: text.describe('How the topic is shown, e.g. "Prioritisation".'),
      }),
    ),
  }),
  /** The dimensions the sources tell the roles apart by, and the quiz questions that ask about each (roles place themselves with `dimensions:`). */
  'dimensions.yaml': z.strictObject({
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
  }),
} as const;

/** What each cross-role file holds once it has passed its schema. */
export type KnowledgeFileContents = { -readonly [F in keyof typeof KNOWLEDGE_FILES]: z.infer<(typeof KNOWLEDGE_FILES)[F]> };
export type Source = KnowledgeFileContents['sources.yaml']['sources'][number];
export type Contrast = KnowledgeFileContents['contrasts.yaml']['contrasts'][number];
export type Handoff = KnowledgeFileContents['handoffs.yaml']['handoffs'][number];
export type Company = KnowledgeFileContents['companies.yaml']['companies'][number];
export type Topic = KnowledgeFileContents['topics.yaml']['topics'][number];
export type Dimension = KnowledgeFileContents['dimensions.yaml']['dimensions'][number];
export type QuizQuestion = KnowledgeFileContents['dimensions.yaml']['questions'][number];

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
