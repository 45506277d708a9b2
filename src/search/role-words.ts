// Pure: what `related` and `fit` read of a role, as folded words (words.ts). The build works
// it out for the built-in roles (dist/role-words.json), so those commands parse and fold only
// the roles users add: reading and folding every role was most of their time and garbage,
// two megabytes of it (bench/RESULTS.md).
import type { Role, TopicalItem } from '../format/role-schema.js';
import { compilePhrases, type CompiledPhrase } from './phrase-matcher.js';
import { keysOf } from './words.js';

export interface RoleWords {
  /** The topics of its responsibilities, activities and skills, in the order first met. */
  topics: string[];
  /** The folded words of its responsibilities, activities, skills and outputs, each with how often it occurs, in the order first met. */
  words: [string, number][];
  /** Its advert phrases, folded. */
  phrases: CompiledPhrase[];
}

/** Words too common in these texts to say two roles are alike. */
const COMMON = new Set(['the', 'and', 'a', 'an', 'of', 'to', 'for', 'with', 'in', 'on', 'it', 'what', 'their', 'so', 'team', 'product', 'work']);

/** A role's advert phrases, folded: what fit weighs, whether the build folded them or this run. */
export const advertPhrases = (role: Role): CompiledPhrase[] => compilePhrases(role.advert_phrases ?? []);

export function roleWords(role: Role): RoleWords {
  const topical: TopicalItem[] = [...(role.responsibilities ?? []), ...(role.activities ?? []), ...(role.skills ?? [])];
  const topics = new Set(topical.flatMap((item) => (typeof item === 'string' ? [] : item.topics)));
  const words = new Map<string, number>();
  for (const item of [...topical, ...(role.outputs ?? [])]) {
    for (const key of keysOf(typeof item === 'string' ? item : item.text)) if (!COMMON.has(key) && key.length > 2) words.set(key, (words.get(key) ?? 0) + 1);
  }
  return { topics: [...topics], words: [...words], phrases: advertPhrases(role) };
}

/** The file the build writes: each built-in role's id with its words, one JSON document. */
export function roleWordsFileText(roles: readonly Role[]): string {
  return `${JSON.stringify(roles.map((role) => [role.id, roleWords(role)]))}\n`;
}

/** The build's file read back; throws on one that is not a list of ids and words. */
export function readRoleWordsFile(text: string): ReadonlyMap<string, RoleWords> {
  const entries: unknown = JSON.parse(text);
  const isEntry = (entry: unknown): entry is [string, RoleWords] =>
    Array.isArray(entry) && typeof entry[0] === 'string' && ['topics', 'words', 'phrases'].every((field) => Array.isArray((entry[1] as Record<string, unknown> | undefined)?.[field]));
  if (!Array.isArray(entries) || !entries.every(isEntry)) throw new Error('the role words file does not have the shape the build writes');
  return new Map(entries);
}
