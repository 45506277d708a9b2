// Pure: everything search looks through, as passages: each list item, and each sentence of
// the longer texts, with the role it is about and the field it came from.
import type { Knowledge } from '../format/knowledge-schema.js';
import type { Role, TopicalItem } from '../format/role-schema.js';

export interface Passage {
  /** The roles it is about: its own role, or those a contrast or a company note names. */
  roles: string[];
  /** The role-file field it came from (`responsibilities`, `research.questions`...), or `contrasts` or `companies`. */
  field: string;
  text: string;
  /** Words that find the passage without being shown: the labels of the topics an item is about. */
  extra?: string;
  /** How much a match here says about the role: what it does counts more than what to ask about it. */
  weight: number;
}

/** Fields that say what the role is and does; the rest is about it (variations, myths, research). */
const FIELD_WEIGHTS: Record<string, number> = {
  title: 1.6,
  aliases: 1.6,
  focus: 1.3,
  brief: 1.1,
  responsibilities: 1.2,
  activities: 1.1,
  outputs: 1.2,
  skills: 1,
  advert_phrases: 1,
  summary: 0.9,
  day_in_the_life: 0.9,
  early_career: 0.6,
  variations: 0.6,
  misconceptions: 0.6,
  perspectives: 0.7,
  'research.search_terms': 0.6,
  'research.tips': 0.3,
  'research.questions': 0.25,
  contrasts: 0.7,
  companies: 0.5,
};

/** Sentences of a longer text, so a result shows the part that matched. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function itemText(item: TopicalItem): { text: string; topics: string[] } {
  return typeof item === 'string' ? { text: item, topics: [] } : { text: item.text, topics: item.topics };
}

export function rolePassages(role: Role, topicLabels: ReadonlyMap<string, string> = new Map()): Passage[] {
  const passages: Passage[] = [];
  const add = (field: string, text: string, extra?: string): void => {
    const weight = FIELD_WEIGHTS[field] ?? FIELD_WEIGHTS[field.split('.')[0] ?? ''] ?? 0.6;
    passages.push({ roles: [role.id], field, text, weight, ...(extra ? { extra } : {}) });
  };
  const addLong = (field: string, text: string | undefined): void => {
    for (const sentence of sentencesOf(text ?? '')) add(field, sentence);
  };
  const addItems = (field: string, items: readonly TopicalItem[] | undefined): void => {
    for (const item of items ?? []) {
      const { text, topics } = itemText(item);
      add(field, text, topics.map((topic) => topicLabels.get(topic) ?? '').join(' ') || undefined);
    }
  };
  add('title', role.title);
  if (role.aliases?.length) add('aliases', role.aliases.join(', '));
  addLong('brief', role.brief);
  if (role.focus) add('focus', role.focus);
  addLong('summary', role.summary);
  addItems('responsibilities', role.responsibilities);
  addItems('activities', role.activities);
  addItems('day_in_the_life', role.day_in_the_life);
  addItems('outputs', role.outputs);
  addItems('skills', role.skills);
  addItems('advert_phrases', role.advert_phrases);
  addLong('early_career', role.early_career);
  for (const [aspect, text] of Object.entries(role.variations ?? {})) addLong(`variations.${aspect}`, text);
  for (const { myth, reality } of role.misconceptions ?? []) addLong('misconceptions', `${myth} ${reality}`);
  for (const { view } of role.perspectives ?? []) addLong('perspectives', view);
  addItems('research.tips', role.research?.tips);
  addItems('research.search_terms', role.research?.search_terms);
  addItems('research.questions', role.research?.questions);
  return passages;
}

export function knowledgePassages(knowledge: Knowledge, known: ReadonlySet<string>): Passage[] {
  const passages: Passage[] = [];
  const about = (roles: readonly string[]): string[] => roles.filter((id) => known.has(id));
  for (const contrast of knowledge.contrasts) {
    const roles = about(contrast.roles);
    if (roles.length === 0) continue;
    for (const text of [`${contrast.title}.`, ...sentencesOf(contrast.summary), ...(contrast.points ?? [])]) {
      passages.push({ roles, field: 'contrasts', text, weight: FIELD_WEIGHTS.contrasts ?? 1 });
    }
  }
  for (const company of knowledge.companies) {
    const roles = about(company.roles);
    if (roles.length === 0) continue;
    for (const sentence of sentencesOf(company.structure)) passages.push({ roles, field: 'companies', text: `${company.name}: ${sentence}`, weight: FIELD_WEIGHTS.companies ?? 1 });
  }
  return passages;
}

/** Each role's title and short names, to tell which role a sentence about several names. */
export function roleNameLists(roles: readonly Pick<Role, 'id' | 'title' | 'aliases'>[]): Map<string, string[]> {
  return new Map(roles.map((role) => [role.id, [role.title, ...(role.aliases ?? [])]]));
}

/** The roles' own passages, without the knowledge's. */
export function passagesOfRoles(roles: readonly Role[], knowledge: Pick<Knowledge, 'topics'>): Passage[] {
  const labels = new Map(knowledge.topics.map((topic) => [topic.id, topic.label]));
  return roles.flatMap((role) => rolePassages(role, labels));
}

export function allPassages(roles: readonly Role[], knowledge: Knowledge): Passage[] {
  return [...passagesOfRoles(roles, knowledge), ...knowledgePassages(knowledge, new Set(roles.map((role) => role.id)))];
}

/** Passages that come from the knowledge files rather than one role's file. */
export function isKnowledgePassage(passage: Passage): boolean {
  return passage.field === 'contrasts' || passage.field === 'companies';
}
