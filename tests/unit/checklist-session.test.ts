import { describe, expect, it } from 'vitest';
import { answerQuestion, createSession, finishSession, nextIndex, previousIndex, resumeIndex, sessionProgress, type ChecklistSession } from '../../src/checklist/checklist-session.js';
import { parseSession, serializeSession } from '../../src/checklist/session-json.js';
import type { QuestionsView } from '../../src/views/questions-view.js';

const view: QuestionsView = {
  title: 'Research questions for Product Owner',
  groups: [
    { kind: 'role', id: 'product-owner', heading: 'Product Owner', questions: ['Q1?', 'Q2?'] },
    { kind: 'common', id: 'common', heading: 'For any role', questions: ['C1?', 'C2?'] },
  ],
};
const t0 = new Date('2026-11-23T10:00:00Z');
const t1 = new Date('2026-11-23T10:05:00Z');
const fresh = (): ChecklistSession => createSession(view, { id: 'product-owner', title: 'Product Owner' }, 'Acme', t0);

describe('a checklist session', () => {
  it('starts with every question of the view, in order, none answered', () => {
    const session = fresh();
    expect(session.questions).toEqual([
      { group: 'product-owner', text: 'Q1?' },
      { group: 'product-owner', text: 'Q2?' },
      { group: 'common', text: 'C1?' },
      { group: 'common', text: 'C2?' },
    ]);
    expect(session).toMatchObject({ company: 'Acme', createdAt: t0.toISOString(), updatedAt: t0.toISOString() });
    expect(resumeIndex(session)).toBe(0);
    expect(sessionProgress(session)).toEqual({ done: 0, total: 4 });
  });

  it('records a status and a note without changing the session it was given', () => {
    const before = fresh();
    const after = answerQuestion(before, 1, 'answered', '  on their blog  ', t1);
    expect(after.questions[1]).toEqual({ group: 'product-owner', text: 'Q2?', status: 'answered', note: 'on their blog', answeredAt: t1.toISOString() });
    expect(after.updatedAt).toBe(t1.toISOString());
    expect(before.questions[1]).toEqual({ group: 'product-owner', text: 'Q2?' });
  });

  it('keeps the old note when only the status changes, and drops it when the new note is empty', () => {
    const noted = answerQuestion(fresh(), 0, 'answered', 'first find', t1);
    expect(answerQuestion(noted, 0, 'ask', undefined, t1).questions[0]).toMatchObject({ status: 'ask', note: 'first find' });
    expect(answerQuestion(noted, 0, 'ask', '', t1).questions[0]).not.toHaveProperty('note');
  });

  it('refuses a question number the session does not have', () => {
    expect(() => answerQuestion(fresh(), 4, 'answered', undefined, t1)).toThrow(RangeError);
  });

  it('resumes at the first question not done: a skipped one counts as not done, wherever it is', () => {
    let session = answerQuestion(fresh(), 0, 'answered', undefined, t1);
    session = answerQuestion(session, 1, 'skipped', undefined, t1);
    session = answerQuestion(session, 2, 'ask', undefined, t1);
    expect(resumeIndex(session)).toBe(1);
    session = answerQuestion(session, 1, 'not-relevant', undefined, t1);
    expect(resumeIndex(session)).toBe(3);
    session = answerQuestion(session, 3, 'answered', undefined, t1);
    expect(resumeIndex(session)).toBeUndefined();
  });

  it('moves forward to the next question not done, past answered ones, and to the end when none is left', () => {
    let session = answerQuestion(fresh(), 0, 'skipped', undefined, t1);
    session = answerQuestion(session, 2, 'answered', undefined, t1);
    expect(nextIndex(session, 1)).toBe(3);
    // A question skipped behind the walk is left for the next run.
    session = answerQuestion(session, 3, 'ask', undefined, t1);
    expect(nextIndex(session, 1)).toBe(4);
    expect(nextIndex(session, 3)).toBe(4);
    expect(nextIndex(fresh(), 0)).toBe(1);
  });

  it('counts every status but "skip for now" as done', () => {
    let session = answerQuestion(fresh(), 0, 'skipped', undefined, t1);
    session = answerQuestion(session, 1, 'ask', undefined, t1);
    session = answerQuestion(session, 2, 'not-relevant', undefined, t1);
    expect(sessionProgress(session)).toEqual({ done: 2, total: 4 });
  });

  it('goes back one question, never before the first', () => {
    expect(previousIndex(3)).toBe(2);
    expect(previousIndex(0)).toBe(0);
  });

  it('marks a finished session with the time', () => {
    expect(finishSession(fresh(), t1)).toMatchObject({ finishedAt: t1.toISOString(), updatedAt: t1.toISOString() });
  });
});

describe('session files as text', () => {
  it('round-trips a session through its JSON text', () => {
    const session = finishSession(answerQuestion(fresh(), 2, 'answered', 'note', t1), t1);
    expect(parseSession(serializeSession(session))).toEqual({ session });
  });

  it('describes what is wrong with a file that is not a session', () => {
    const valid = JSON.parse(serializeSession(fresh())) as Record<string, unknown>;
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{"format": "roles-checklist", "version": 1, "ques', /not valid JSON/],
      ['[1, 2]', /not a roles checklist session/],
      [JSON.stringify({ ...valid, version: 2 }), /version 2/],
      [JSON.stringify({ ...valid, role: 'po' }), /"role" needs/],
      [JSON.stringify({ ...valid, questions: [] }), /at least one question/],
      [JSON.stringify({ ...valid, questions: [{ group: 'common', text: 'Q?', status: 'done' }] }), /question 1 has an unknown status "done"/],
      [JSON.stringify({ ...valid, questions: [{ group: 'common', text: 'Q?' }, { text: 7 }] }), /question 2 needs/],
      [JSON.stringify({ ...valid, updatedAt: 5 }), /updatedAt/],
    ];
    for (const [text, problem] of cases) expect(parseSession(text).problem, text).toMatch(problem);
  });
});
