import { describe, expect, it } from 'vitest';
import { runChecklistLoop } from '../../src/checklist/checklist-loop.js';
import { PromptInterrupted, type ChecklistPrompts, type QuestionAction, type QuestionPrompt } from '../../src/checklist/checklist-prompts.js';
import { answerQuestion, createSession, resumeIndex, type ChecklistSession } from '../../src/checklist/checklist-session.js';
import type { QuestionsView } from '../../src/views/questions-view.js';

const view: QuestionsView = {
  title: 'T',
  groups: [
    { kind: 'role', id: 'product-owner', heading: 'Product Owner', questions: ['Q1?', 'Q2?'] },
    { kind: 'common', id: 'common', heading: 'For any role', questions: ['C1?'] },
  ],
};
const t = new Date('2026-11-23T10:00:00Z');
const fresh = (): ChecklistSession => createSession(view, { id: 'product-owner', title: 'Product Owner' }, undefined, t);

type Step = QuestionAction | { note: string } | { interrupt: NodeJS.Signals; typed?: string };

/** Answers prompts from a script and records what each prompt was asked. */
function scripted(steps: Step[]) {
  const asked: string[] = [];
  const shown: QuestionPrompt[] = [];
  const next = (kind: string): Step => {
    const step = steps.shift();
    if (step === undefined) throw new Error(`script ran out at a ${kind} prompt`);
    if (typeof step === 'object' && 'interrupt' in step) throw new PromptInterrupted(step.interrupt, step.typed);
    return step;
  };
  const prompts: ChecklistPrompts = {
    chooseAction: async (prompt) => {
      shown.push(prompt);
      asked.push(`status ${prompt.index + 1}/${prompt.total}`);
      const step = next('status');
      if (typeof step !== 'string') throw new Error(`expected a status, the script has ${JSON.stringify(step)}`);
      return step;
    },
    askNote: async (prompt) => {
      asked.push(`note ${prompt.current ?? ''}`.trim());
      const step = next('note');
      if (typeof step !== 'object' || !('note' in step)) throw new Error(`expected a note, the script has ${JSON.stringify(step)}`);
      return step.note;
    },
  };
  return { prompts, asked, shown };
}

function run(session: ChecklistSession, startAt: number, steps: Step[]) {
  const saved: ChecklistSession[] = [];
  const script = scripted(steps);
  const result = runChecklistLoop({ session, startAt, prompts: script.prompts, save: (s) => void saved.push(s), now: () => t, headingOf: (group) => (group === 'common' ? 'For any role' : 'Product Owner') });
  return { result, saved, ...script };
}

describe('runChecklistLoop', () => {
  it('asks a status then a note for each question, saves after each, and finishes', async () => {
    const { result, saved, asked, shown } = run(fresh(), 0, ['answered', { note: 'blog' }, 'ask', { note: '' }, 'not-relevant', { note: 'n/a' }]);
    const end = await result;
    expect(end.kind).toBe('finished');
    expect(end.session.questions.map((q) => [q.status, q.note])).toEqual([['answered', 'blog'], ['ask', undefined], ['not-relevant', 'n/a']]);
    expect(end.session.finishedAt).toBe(t.toISOString());
    expect(asked).toEqual(['status 1/3', 'note', 'status 2/3', 'note', 'status 3/3', 'note']);
    expect(shown.map((prompt) => prompt.heading)).toEqual(['Product Owner', 'Product Owner', 'For any role']);
    expect(saved).toHaveLength(7);
    expect(saved.at(-1)).toEqual(end.session);
  });

  it('saves the status before asking for the note, so an interruption there keeps it', async () => {
    const { result, saved } = run(fresh(), 0, ['answered', { interrupt: 'SIGTERM' }]);
    const end = await result;
    expect(end).toMatchObject({ kind: 'interrupted', signal: 'SIGTERM', index: 0 });
    expect(saved[0]?.questions[0]?.status).toBe('answered');
    expect(saved.at(-1)?.questions[0]?.status).toBe('answered');
  });

  it('keeps the line typed so far as the note when interrupted at the note prompt, and says so', async () => {
    const { result, saved } = run(fresh(), 0, ['answered', { interrupt: 'SIGINT', typed: ' half typed note ' }]);
    const end = await result;
    expect(end).toMatchObject({ kind: 'interrupted', index: 0, keptTypedNote: true });
    expect(saved.at(-1)?.questions[0]).toMatchObject({ status: 'answered', note: 'half typed note' });
  });

  it('keeps the old note when the note prompt is interrupted with an empty line or the note unchanged', async () => {
    const start = answerQuestion(fresh(), 0, 'ask', 'old note', t);
    for (const typed of ['', '  ', 'old note']) {
      const { result, saved } = run(start, 0, ['answered', { interrupt: 'SIGTERM', typed }]);
      expect(await result).toMatchObject({ kind: 'interrupted', keptTypedNote: false });
      expect(saved.at(-1)?.questions[0]).toMatchObject({ status: 'answered', note: 'old note' });
    }
  });

  it('says no note was kept when interrupted at a status prompt', async () => {
    const { result } = run(fresh(), 0, [{ interrupt: 'SIGINT' }]);
    expect(await result).toMatchObject({ kind: 'interrupted', index: 0, keptTypedNote: false });
  });

  it('moves on to the next question not done, past those already answered', async () => {
    const start = answerQuestion(fresh(), 1, 'not-relevant', 'no BA', t);
    const { result, asked } = run(start, 0, ['answered', { note: '' }, 'ask', { note: '' }]);
    const end = await result;
    expect(asked).toEqual(['status 1/3', 'note', 'status 3/3', 'note']);
    expect(end.kind).toBe('finished');
    expect(end.session.questions[1]).toMatchObject({ status: 'not-relevant', note: 'no BA' });
  });

  it('moves on after "skip for now" and finishes at the end of the list, leaving the skipped question for next time', async () => {
    const { result, asked } = run(fresh(), 0, ['skipped', 'answered', { note: '' }, 'answered', { note: '' }]);
    const end = await result;
    expect(asked).toEqual(['status 1/3', 'status 2/3', 'note', 'status 3/3', 'note']);
    expect(end.kind).toBe('finished');
    expect(end.session.questions.map((q) => q.status)).toEqual(['skipped', 'answered', 'answered']);
    expect(resumeIndex(end.session)).toBe(0);
  });

  it('goes back to the previous question even when it is done, then on to the next one not done', async () => {
    let start = answerQuestion(fresh(), 0, 'skipped', undefined, t);
    start = answerQuestion(start, 1, 'answered', 'found', t);
    const { result, asked } = run(start, 2, ['back', 'back', 'skipped', { interrupt: 'SIGINT' }]);
    expect(await result).toMatchObject({ kind: 'interrupted', index: 2 });
    expect(asked).toEqual(['status 3/3', 'status 2/3', 'status 1/3', 'status 3/3']);
  });

  it('does not ask for a note when a question is skipped', async () => {
    const { result, asked } = run(fresh(), 2, ['skipped']);
    expect((await result).session.questions[2]?.status).toBe('skipped');
    expect(asked).toEqual(['status 3/3']);
  });

  it('goes back to the previous question, showing its status and offering its note for editing', async () => {
    const start = answerQuestion(fresh(), 0, 'ask', 'old note', t);
    const { result, asked, shown } = run(start, 1, ['back', 'answered', { note: 'new note' }, { interrupt: 'SIGINT' }]);
    const end = await result;
    expect(asked).toEqual(['status 2/3', 'status 1/3', 'note old note', 'status 2/3']);
    expect(shown[1]?.current).toBe('ask');
    expect(end).toMatchObject({ kind: 'interrupted', signal: 'SIGINT', index: 1 });
    expect(end.session.questions[0]).toMatchObject({ status: 'answered', note: 'new note' });
  });

  it('finishes early when asked, leaving the rest unanswered', async () => {
    const { result } = run(fresh(), 0, ['answered', { note: '' }, 'finish']);
    const end = await result;
    expect(end.kind).toBe('finished');
    expect(end.session.questions.map((q) => q.status)).toEqual(['answered', undefined, undefined]);
  });

  it('lets errors other than interruptions through', async () => {
    const failing: ChecklistPrompts = { chooseAction: () => Promise.reject(new Error('disk on fire')), askNote: () => Promise.resolve('') };
    await expect(runChecklistLoop({ session: fresh(), startAt: 0, prompts: failing, save: () => undefined, now: () => t, headingOf: () => '' })).rejects.toThrow('disk on fire');
  });
});
