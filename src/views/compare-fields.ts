// Pure: what each aspect of a role says, as clean text ready to compare: the
// aspects `roles compare --fields` takes, their labels, and the value of each for one role.
import { BEYOND_ASCII } from '../format/beyond-ascii.js';
import type { Knowledge } from '../format/knowledge-schema.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { Role, TopicalItem } from '../format/role-schema.js';
import { itemText, itemTopics } from '../format/topical-item.js';
import { RolesError } from '../format/roles-error.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { UNEVEN_SPACING } from '../render/text-width.js';

/** The aspects `--fields` takes, named as in the role file format. */
export const COMPARE_FIELDS = [
  'family', 'summary', 'focus', 'owns', 'orientation', 'responsibilities', 'activities', 'day_in_the_life', 'outputs',
  'works_with', 'skills', 'early_career', 'variations', 'misconceptions', 'perspectives',
  'research_tips', 'search_terms', 'research_questions', 'sources',
] as const;
export type CompareField = (typeof COMPARE_FIELDS)[number];

/** The aspects shown when `--fields` is not given: the ones that read well side by side. */
export const DEFAULT_COMPARE_FIELDS: readonly CompareField[] = [
  'summary', 'focus', 'owns', 'orientation', 'responsibilities', 'activities', 'day_in_the_life', 'outputs',
  'works_with', 'skills', 'early_career', 'misconceptions',
];

/** How help and messages spell a field: as `roles show --section` does (kebab-case, `day`); the role file's spelling is accepted too. */
export function fieldHelpName(field: CompareField): string {
  return field === 'day_in_the_life' ? 'day' : field.replaceAll('_', '-');
}

/** Shorter names people may type, as `roles show --section` spells them. */
const FIELD_ALIASES: Record<string, CompareField[]> = {
  day: ['day_in_the_life'],
  research: ['research_tips', 'search_terms', 'research_questions'],
  questions: ['research_questions'],
};

export const FIELD_LABELS: Record<CompareField, string> = {
  family: 'Family', summary: 'Summary', focus: 'Focus', owns: 'Owns', orientation: 'Faces', responsibilities: 'Responsibilities',
  activities: 'Activities', day_in_the_life: 'A day in the role', outputs: 'Outputs', works_with: 'Works with', skills: 'Skills',
  early_career: 'Early in a career', variations: 'How it varies', misconceptions: 'Misconceptions', perspectives: 'Where sources disagree',
  research_tips: 'Research tips', search_terms: 'Search for', research_questions: 'Questions to answer', sources: 'Sources',
};

export const OWNS_TEXT = { what: 'What to build', why: 'Why it matters', how: 'How it gets delivered' } as const;
export const FACING = { outward: 'Outward: market, customers, business', inward: 'Inward: the team and its delivery', both: 'Both outward and inward' } as const;
const VARIATION_LABEL = { company_size: 'Company size', method: 'Method', region: 'Region', seniority: 'Seniority' } as const;

/** Accepts names as people type them: works-with, Works_With, day in the life, research.questions. */
export function parseFieldNames(names: readonly string[]): CompareField[] {
  const fields = names.flatMap((raw): CompareField[] => {
    const name = raw.trim().toLowerCase().replace(/[\s.-]+/g, '_');
    if ((COMPARE_FIELDS as readonly string[]).includes(name)) return [name as CompareField];
    const alias = FIELD_ALIASES[name];
    if (alias) return alias;
    throw new RolesError('usage', `unknown field "${raw}" in --fields`, `choose from ${COMPARE_FIELDS.map(fieldHelpName).join(', ')}`);
  });
  return [...new Set(fields)];
}

/** ASCII needs no NFKC and has a short list of punctuation, so its keys skip the Unicode regular expressions, slow to build. */
const DASH_OR_SLASH = /[-/]/;
/** The ASCII characters in \p{P}; `-` is the only one in \p{Pd}. */
const ASCII_PUNCTUATION = /[!"#%&'()*,\-./:;?@[\\\]_{}]+/g;

/**
 * Two items are the same when they differ only in case, spacing and punctuation. Each
 * step runs only when the text has something for it to do: a global replace copies the
 * text even when it matches nothing, and `roles compare` keys every list item it shows
 * (its replaces were over half of what building the comparison allocated).
 */
export function itemKey(text: string): string {
  if (!BEYOND_ASCII.test(text)) {
    let key = text.toLowerCase();
    if (DASH_OR_SLASH.test(key)) key = key.replace(/[-/]+/g, ' ');
    // search() ignores the g flag and lastIndex: where the first run of punctuation starts.
    const punctuation = key.search(ASCII_PUNCTUATION);
    // Most items end in a full stop and have no other punctuation: a slice drops it without copying.
    if (punctuation === key.length - 1) key = key.slice(0, -1);
    else if (punctuation >= 0) key = key.replace(ASCII_PUNCTUATION, '');
    return UNEVEN_SPACING.test(key) ? key.replace(/\s+/g, ' ').trim() : key;
  }
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{Pd}/]+/gu, ' ')
    .replace(/\p{P}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface RawItem {
  text: string;
  key: string;
  /** Ids of the topics the item names (shared-topics.ts); absent for plain items. */
  topics?: readonly string[];
}

/** A labelled paragraph, e.g. "Myth: ..."; pairs come in groups (a myth and its correction). */
export interface Labelled {
  label: string;
  text: string;
}

export type RawValue = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'list'; items: RawItem[] } | { kind: 'pairs'; groups: Labelled[][] };

const textValue = (text: string | undefined): RawValue => (text ? { kind: 'text', text: sanitizeText(text) } : { kind: 'none' });
/** A list whose items are keyed by `key`: an id where there is one (titles can repeat), else itemKey of the text. */
const listValue = <T>(values: readonly T[] | undefined, text: (value: T) => string, key: (value: T) => string): RawValue =>
  values && values.length > 0 ? { kind: 'list', items: values.map((value) => ({ text: sanitizeText(text(value)), key: key(value) })) } : { kind: 'none' };
const asIs = (text: string): string => text;
const textList = (texts: readonly string[] | undefined): RawValue => listValue(texts, asIs, itemKey);
/** Items that may name topics: keyed by their text, and matched by their topics too. */
const topicalList = (items: readonly TopicalItem[] | undefined): RawValue =>
  items && items.length > 0
    ? { kind: 'list', items: items.map((item) => ({ text: sanitizeText(itemText(item)), key: itemKey(itemText(item)), ...(typeof item === 'string' ? {} : { topics: itemTopics(item) }) })) }
    : { kind: 'none' };
const pairsValue = (groups: Labelled[][]): RawValue =>
  groups.length > 0 ? { kind: 'pairs', groups: groups.map((group) => group.map((item) => ({ label: sanitizeText(item.label), text: sanitizeText(item.text) }))) } : { kind: 'none' };

export function rawValue(field: CompareField, role: Role, roles: readonly LoadedRole[], knowledge: Knowledge): RawValue {
  switch (field) {
    case 'family': return textValue(role.family);
    case 'summary': return textValue(role.summary);
    case 'focus': return textValue(role.focus);
    case 'owns': return listValue(role.owns, (part) => OWNS_TEXT[part], asIs);
    case 'orientation': return textValue(role.orientation && FACING[role.orientation]);
    case 'responsibilities': return topicalList(role.responsibilities);
    case 'activities': return topicalList(role.activities);
    case 'day_in_the_life': return textList(role.day_in_the_life);
    case 'outputs': return textList(role.outputs);
    case 'works_with': return listValue(role.works_with, (id) => roleTitle(id, roles), asIs);
    case 'skills': return topicalList(role.skills);
    case 'early_career': return textValue(role.early_career);
    case 'variations':
      return pairsValue(Object.entries(role.variations ?? {}).map(([key, text]) => [{ label: VARIATION_LABEL[key as keyof typeof VARIATION_LABEL], text }]));
    case 'misconceptions':
      return pairsValue((role.misconceptions ?? []).map((m) => [{ label: 'Myth', text: m.myth }, { label: 'In fact', text: m.reality }]));
    case 'perspectives': return pairsValue((role.perspectives ?? []).map((p) => [{ label: sourceTitle(p.source, knowledge), text: p.view }]));
    case 'research_tips': return textList(role.research?.tips);
    case 'search_terms': return textList(role.research?.search_terms);
    case 'research_questions': return textList(role.research?.questions);
    case 'sources': return listValue(role.sources, (id) => sourceTitle(id, knowledge), asIs);
  }
}

export function roleTitle(id: string, roles: readonly LoadedRole[]): string {
  const found = roles.find((loaded) => loaded.summary.id === id);
  return found ? found.summary.title : id;
}

export function sourceTitle(id: string, knowledge: Knowledge): string {
  const source = knowledge.sources.find((s) => s.id === id);
  return source ? `${source.title} (${source.kind})` : id;
}

