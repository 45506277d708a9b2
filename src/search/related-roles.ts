// Pure: the roles nearest to one role, and why: who it works with (either way round), the
// contrasts and pairings the knowledge base draws between them, and the topics of
// responsibilities, activities and skills they share, with the shared items listed.
import type { Knowledge } from '../format/knowledge-schema.js';
import type { Role } from '../format/role-schema.js';
import { roleWords, type RoleWords } from './role-words.js';

export interface RelatedRole {
  id: string;
  score: number;
  /** 'both' when each lists the other among the roles it works with. */
  worksWith?: 'listed' | 'lists-it' | 'both';
  /** Titles of the contrasts and pairings the sources draw between the two. */
  contrasts: string[];
  /** Labels of the topics both roles' items are about. */
  sharedTopics: string[];
  /** How alike the words of their responsibilities and skills are, 0 to 1. */
  likeness: number;
}

const WORKS_WITH_POINTS = 2;
const CONTRAST_POINTS = 2;
const TOPIC_POINTS = 1;
const LIKENESS_POINTS = 6;

/** A role as related compares it: the roles it works with and its words (role-words.ts). */
export interface RelatedCandidate {
  id: string;
  works_with?: readonly string[];
  words: RoleWords;
}

export function relatedCandidate(role: Role): RelatedCandidate {
  return { id: role.id, works_with: role.works_with, words: roleWords(role) };
}

/** Sum of squares of a role's word counts. Counts are whole numbers, so every sum here is exact, whatever the order. */
const squares = (words: readonly [string, number][]): number => words.reduce((sum, [, count]) => sum + count * count, 0);

/** How alike two roles' words are, 0 to 1: the cosine of their counts, without a map made for the other role. */
function cosine(own: ReadonlyMap<string, number>, ownSquares: number, other: readonly [string, number][]): number {
  let dot = 0;
  for (const [key, count] of other) dot += count * (own.get(key) ?? 0);
  const denominator = Math.sqrt(ownSquares) * Math.sqrt(squares(other));
  return denominator === 0 ? 0 : dot / denominator;
}

export function relatedRoles(roles: readonly RelatedCandidate[], knowledge: Knowledge, id: string): RelatedRole[] {
  const role = roles.find((candidate) => candidate.id === id);
  if (!role) return [];
  const labels = new Map(knowledge.topics.map((topic) => [topic.id, topic.label]));
  const ownTopics = role.words.topics;
  const ownWords = new Map(role.words.words);
  const ownSquares = squares(role.words.words);
  const related = roles
    .filter((other) => other.id !== id)
    .map((other): RelatedRole => {
      const listed = role.works_with?.includes(other.id) ?? false;
      const listsIt = other.works_with?.includes(id) ?? false;
      const worksWith = listed && listsIt ? 'both' : listed ? 'listed' : listsIt ? 'lists-it' : undefined;
      const contrasts = knowledge.contrasts.filter((contrast) => contrast.roles.includes(id) && contrast.roles.includes(other.id)).map((contrast) => contrast.title);
      const sharedTopics = ownTopics.filter((topic) => other.words.topics.includes(topic)).map((topic) => labels.get(topic) ?? topic);
      const likeness = cosine(ownWords, ownSquares, other.words.words);
      const score = (worksWith === 'both' ? 2 : worksWith ? 1 : 0) * (WORKS_WITH_POINTS / 2) + contrasts.length * CONTRAST_POINTS + sharedTopics.length * TOPIC_POINTS + likeness * LIKENESS_POINTS;
      return { id: other.id, score: Math.round(score * 100) / 100, ...(worksWith ? { worksWith } : {}), contrasts, sharedTopics, likeness: Math.round(likeness * 100) / 100 };
    });
  return related.filter((entry) => entry.score > 0).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
