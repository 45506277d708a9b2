// The quiz's scoring: the ranking comes from the roles' positions alone, a role's own
// profile puts it first, and one answer moved by one step changes little.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../../src/format/knowledge-schema.js';
import { answersMatching, profileOf, rankRoles, type PlacedRole } from '../../src/views/quiz-ranking.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const catalog = builtinCatalog();
const QUESTIONS = catalog.knowledge.dimensions.questions;
const BUILTIN: PlacedRole[] = catalog.roles.map((loaded) => ({ id: loaded.summary.id, dimensions: loaded.role.dimensions ?? {} }));
const DIMENSIONS = catalog.knowledge.dimensions.dimensions.map((dimension) => dimension.id);

const position = fc.integer({ min: 1, max: 5 });
const answersArb = fc.array(position, { minLength: QUESTIONS.length, maxLength: QUESTIONS.length });
/** Roles with distinct profiles over every dimension, as a user folder might add. */
const rolesArb = fc
  .uniqueArray(fc.array(position, { minLength: DIMENSIONS.length, maxLength: DIMENSIONS.length }), { minLength: 2, maxLength: 20, selector: (profile) => profile.join() })
  .map((profiles) => profiles.map((profile, i): PlacedRole => ({ id: `role-${i}`, dimensions: Object.fromEntries(DIMENSIONS.map((id, d) => [id, profile[d]!])) })));

/** One answer moved one step along the scale, as someone changing their mind a little. */
const oneStepArb = fc.tuple(answersArb, fc.nat(QUESTIONS.length - 1), fc.boolean()).map(([answers, index, up]) => {
  const moved = [...answers];
  const old = answers[index]!;
  moved[index] = old === 5 ? 4 : old === 1 ? 2 : old + (up ? 1 : -1);
  return { answers, moved, question: QUESTIONS[index]! };
});

/** How far one answer about a dimension can move a role's fit: its share of the mean, in points, plus a point for rounding. */
function fitBound(question: QuizQuestion, role: PlacedRole): number {
  const asked = QUESTIONS.filter((other) => other.dimension === question.dimension).length;
  const given = Object.keys(role.dimensions).length;
  return (100 * (1 / asked)) / (4 * given) + 1;
}

describe('the quiz ranking', () => {
  it('asks about every dimension the roles are placed on, and every built-in role gives them all', () => {
    expect(new Set(QUESTIONS.map((question) => question.dimension))).toEqual(new Set(DIMENSIONS));
    for (const role of BUILTIN) expect(Object.keys(role.dimensions).sort()).toEqual([...DIMENSIONS].sort());
  });

  it.each(BUILTIN.map((role) => [role.id, role] as const))('puts %s first, at 100, for answers that describe its own profile', (_id, role) => {
    const [first, second] = rankRoles(profileOf(QUESTIONS, answersMatching(QUESTIONS, role)), BUILTIN);
    expect(first).toEqual({ id: role.id, fit: 100, distance: 0 });
    expect(second!.fit).toBeLessThan(100);
  });

  it('puts any role first for its own profile, whatever other roles a folder adds', () => {
    fc.assert(
      fc.property(rolesArb, fc.nat(), (roles, pick) => {
        const role = roles[pick % roles.length]!;
        expect(rankRoles(profileOf(QUESTIONS, answersMatching(QUESTIONS, role)), roles)[0]?.id).toBe(role.id);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every fit between 0 and 100, best first', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const ranking = rankRoles(profileOf(QUESTIONS, answers), BUILTIN);
        expect(ranking.map((role) => role.id).sort()).toEqual(BUILTIN.map((role) => role.id).sort());
        for (const [i, role] of ranking.entries()) {
          expect(role.fit).toBeGreaterThanOrEqual(0);
          expect(role.fit).toBeLessThanOrEqual(100);
          if (i > 0) expect(role.fit).toBeLessThanOrEqual(ranking[i - 1]!.fit);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Stability. Fourteen roles share a band of fits a few points wide for most answers, so a
  // role can pass several near-ties at once; what one step can never do is move a fit by more
  // than its share, or carry a role past one it trailed by more than twice that.
  it('moves no fit by more than one answer\'s share when one answer moves one step', () => {
    fc.assert(
      fc.property(oneStepArb, ({ answers, moved, question }) => {
        const before = new Map(rankRoles(profileOf(QUESTIONS, answers), BUILTIN).map((role) => [role.id, role.fit]));
        for (const role of rankRoles(profileOf(QUESTIONS, moved), BUILTIN)) {
          expect(Math.abs(role.fit - before.get(role.id)!)).toBeLessThanOrEqual(fitBound(question, BUILTIN.find((placed) => placed.id === role.id)!));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reorders two roles after a one-step change only when their fits were within two shares', () => {
    fc.assert(
      fc.property(oneStepArb, ({ answers, moved, question }) => {
        const before = rankRoles(profileOf(QUESTIONS, answers), BUILTIN);
        const after = rankRoles(profileOf(QUESTIONS, moved), BUILTIN).map((role) => role.id);
        const bound = Math.max(...BUILTIN.map((role) => fitBound(question, role)));
        for (const [i, higher] of before.entries()) {
          for (const lower of before.slice(i + 1)) {
            if (after.indexOf(lower.id) < after.indexOf(higher.id)) expect(higher.fit - lower.fit).toBeLessThanOrEqual(2 * bound);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('scores a role that gives some dimensions on those alone, and leaves out one that gives none', () => {
    const partial: PlacedRole = { id: 'partial', dimensions: { direction: 1 } };
    const none: PlacedRole = { id: 'none', dimensions: {} };
    const ranking = rankRoles(profileOf(QUESTIONS, QUESTIONS.map((question) => (question.dimension === 'direction' ? 1 : 5))), [partial, none]);
    expect(ranking).toEqual([{ id: 'partial', fit: 100, distance: 0 }]);
  });
});
