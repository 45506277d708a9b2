// Pure: how close each role's place on the dimensions (its `dimensions:` block) is to the
// place the quiz's answers put the person. Everything comes from data: the questions say
// which dimension they ask about, the role files where each role sits.
import type { QuizQuestion } from '../format/knowledge-schema.js';
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';

/** Where the person sits on each dimension asked about: the mean of the answers about it. */
export type Profile = ReadonlyMap<string, number>;

export interface PlacedRole {
  id: string;
  dimensions: Readonly<Record<string, number>>;
}

export interface RankedRole {
  id: string;
  /** 0 to 100: 100 is the same place on every dimension the role gives. */
  fit: number;
  /** The mean distance over those dimensions, 0 to 4: what the ranking sorts by, before rounding. */
  distance: number;
}

const SPAN = POSITION_MAX - POSITION_MIN;

export function profileOf(questions: readonly QuizQuestion[], answers: readonly number[]): Profile {
  const sums = new Map<string, { total: number; count: number }>();
  questions.forEach((question, i) => {
    const sum = sums.get(question.dimension) ?? { total: 0, count: 0 };
    sums.set(question.dimension, { total: sum.total + (answers[i] ?? 0), count: sum.count + 1 });
  });
  return new Map([...sums].map(([id, sum]) => [id, sum.total / sum.count]));
}

/** The fit of one role, or undefined when it gives none of the dimensions asked about. */
export function fitOf(profile: Profile, role: PlacedRole): RankedRole | undefined {
  const gaps = Object.entries(role.dimensions).flatMap(([id, position]) => {
    const wanted = profile.get(id);
    return wanted === undefined ? [] : [Math.abs(wanted - position)];
  });
  if (gaps.length === 0) return undefined;
  const distance = gaps.reduce((a, b) => a + b, 0) / gaps.length;
  return { id: role.id, fit: Math.round(100 * (1 - distance / SPAN)), distance };
}

/** Best first; equal distances in id order, so the same answers always give the same list. */
export function rankRoles(profile: Profile, roles: readonly PlacedRole[]): RankedRole[] {
  return roles
    .flatMap((role) => fitOf(profile, role) ?? [])
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The answers someone placed exactly where the role is would give; the middle for a dimension it does not give. */
export function answersMatching(questions: readonly QuizQuestion[], role: PlacedRole): number[] {
  return questions.map((question) => role.dimensions[question.dimension] ?? (POSITION_MIN + POSITION_MAX) / 2);
}
