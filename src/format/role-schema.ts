// The role file format: the one definition the TypeScript types, the validation
// and schema/role.schema.json (emitted at build time) all come from.
import { z } from 'zod';
import { POSITION_MAX, POSITION_MIN } from './dimension-scale.js';
import { KEBAB_CASE } from './kebab-case.js';
import { tooManyItems } from './validate-with-schema.js';

/** Text and ids as every data file writes them (knowledge-schema.ts, advert-signals-schema.ts). */
export const text = z.string().trim().min(1, 'must not be empty');
/** Every list of a role file holds at most this many: real roles list about ten, and a file of 200,000 never reaches the views. */
export const MAX_LIST_ITEMS = 1000;
const listOf = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ITEMS);
const textList = listOf(text);
/**
 * An item of a list `compare` matches across roles: plain text, or text with the ids of the
 * topics (data/topics.yaml) it is about, so two roles wording one duty differently still share it.
 */
const topicalItem = z.union(
  [
    text,
    z.strictObject({
      text,
      // Checked against data/topics.yaml with their positions (role-source-references.ts); a union reports only that no branch fitted.
      topics: listOf(z.string()).describe('Ids of topics in data/topics.yaml this item is about.'),
    }),
  ],
  { error: (issue) => topicalItemProblem(issue.input) },
);
const TOPICAL = ' An item is text, or a mapping of `text` and `topics` (ids from data/topics.yaml) that lets `compare` match it with other roles\' items.';
const topicalList = listOf(topicalItem);

/** A union's own message says only that the input fits no branch; this says what would. */
function topicalItemProblem(found: unknown): string {
  if (found !== null && typeof found === 'object' && !Array.isArray(found)) {
    const { topics } = found as { topics?: unknown };
    // The union keeps the cap's own problem to itself; the item is the nearest place it can be shown.
    if (Array.isArray(topics) && topics.length > MAX_LIST_ITEMS) return `topics: ${tooManyItems(topics.length, MAX_LIST_ITEMS)}`;
    return 'expected text, or a mapping of text and topics, got a mapping of other fields';
  }
  if (typeof found === 'number' || typeof found === 'boolean') return `expected text, got the ${typeof found} ${String(found)}; put it in quotes to keep it as text`;
  return Array.isArray(found) ? 'expected text, got a list' : 'expected text, got nothing';
}

export const roleId = z.string().regex(KEBAB_CASE, 'must be kebab-case: lower-case letters and digits joined by hyphens');

export const OWNERSHIP = ['what', 'why', 'how'] as const;
export const ORIENTATIONS = ['outward', 'inward', 'both'] as const;

// A value of the wrong type gets the schema check's own words (validate-with-schema.ts); only the range needs saying here.
const POSITION_PROBLEM = `must be a whole number from ${POSITION_MIN} to ${POSITION_MAX}`;
const position = z.number().int().min(POSITION_MIN, POSITION_PROBLEM).max(POSITION_MAX, POSITION_PROBLEM);

export const roleSchema = z
  .strictObject({
    id: roleId.describe('Unique kebab-case id, e.g. product-manager. Other files refer to the role by it.'),
    title: text.describe('The job title as people say it, e.g. "Product Manager".'),
    aliases: textList
      .describe('Short names that also find the role, e.g. [pm]. Unique across all loaded roles.')
      .optional(),
    family: roleId.describe('A group of related roles, e.g. product, delivery, analysis.').optional(),
    summary: text.describe('What the job is, in a few sentences a newcomer understands.'),
    brief: text
      .describe('Two or three lines for the card `roles show` prints first; without it the card starts the summary.')
      .optional(),
    focus: text.describe('One line: what the role concentrates on.').optional(),
    owns: listOf(z.enum(OWNERSHIP)).describe('Which of what to build, why, and how to deliver it the role answers for.').optional(),
    orientation: z
      .enum(ORIENTATIONS)
      .describe('Whether the role faces outward (market, customers, business) or inward (the team).')
      .optional(),
    dimensions: z
      .record(z.string(), position)
      .describe(`Where the role sits on each dimension of data/dimensions.yaml (\`roles quiz --questions\` lists them), from ${POSITION_MIN} (its first pole) to ${POSITION_MAX} (its second), e.g. direction: 1 for all strategy. \`quiz\` and \`map\` use it; a role without it takes no part in them.`)
      .optional(),
    responsibilities: topicalList.describe(`What the role is accountable for.${TOPICAL}`).optional(),
    activities: topicalList.describe(`What people in the role typically spend time doing.${TOPICAL}`).optional(),
    day_in_the_life: textList.describe('A typical day, in order.').optional(),
    outputs: textList.describe('What the role produces: documents, decisions, artefacts.').optional(),
    works_with: listOf(roleId).describe('Ids of the roles it works with most.').optional(),
    skills: topicalList.describe(`Skills the role relies on.${TOPICAL}`).optional(),
    advert_phrases: textList
      .describe('Phrases typical of job adverts for this role, which `roles fit` looks for in an advert, e.g. "own the product roadmap". Lower case words; one phrase each.')
      .optional(),
    early_career: text.describe('What the role looks like for someone starting out.').optional(),
    variations: z
      .strictObject({
        company_size: text.describe('How it changes from startup to large organisation.').optional(),
        method: text.describe('How it changes with Scrum or other ways of working.').optional(),
        region: text.describe('How titles and scope differ between countries.').optional(),
        seniority: text.describe('How it changes with seniority.').optional(),
      })
      .describe('How the role varies.')
      .optional(),
    misconceptions: listOf(
      z.strictObject({
        myth: text.describe('What people wrongly believe.'),
        reality: text.describe('What is true instead.'),
      }),
    )
      .describe('Things people often get wrong about the role, each with the correction.')
      .optional(),
    perspectives: listOf(
      z.strictObject({
        source: roleId.describe('Id of the source holding this view.'),
        view: text.describe('How that source describes the role.'),
      }),
    )
      .describe('Where sources disagree about the role: each view with the source that holds it.')
      .optional(),
    research: z
      .strictObject({
        tips: textList.describe('How to find out what the role is like at a given company.').optional(),
        search_terms: textList.describe('Terms worth searching for.').optional(),
        questions: textList.describe('Questions to answer before or during an interview.').optional(),
      })
      .describe('How to find out what the role is at a given company.')
      .optional(),
    sources: listOf(roleId).describe('Ids of the documents in data/sources.yaml this role draws on.').optional(),
  })
  .describe('A role file for the roles command-line tool.');

export type Role = z.infer<typeof roleSchema>;
export type TopicalItem = z.infer<typeof topicalItem>;
