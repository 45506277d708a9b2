// Walks the questions from a starting point: asks for a status, then a note, and
// saves after each, so an interruption loses at most the note being typed.
import { PromptInterrupted, type ChecklistPrompts } from './checklist-prompts.js';
import { answerQuestion, finishSession, nextIndex, previousIndex, type ChecklistSession } from './checklist-session.js';

export type LoopResult =
  | { kind: 'finished'; session: ChecklistSession }
  | { kind: 'interrupted'; session: ChecklistSession; signal: NodeJS.Signals; index: number };

export interface LoopOptions {
  session: ChecklistSession;
  startAt: number;
  prompts: ChecklistPrompts;
  /** Persists a session; called after every change. */
  save: (session: ChecklistSession) => void;
  now: () => Date;
  /** The heading shown with a question of a group. */
  headingOf: (group: string) => string;
}

export async function runChecklistLoop(options: LoopOptions): Promise<LoopResult> {
  const { prompts, save, now } = options;
  let session = options.session;
  let index = Math.min(Math.max(0, options.startAt), session.questions.length);
  try {
    while (index < session.questions.length) {
      const question = session.questions[index];
      if (!question) break;
      const action = await prompts.chooseAction({
        index,
        total: session.questions.length,
        heading: options.headingOf(question.group),
        text: question.text,
        ...(question.status ? { current: question.status } : {}),
      });
      if (action === 'back') {
        index = previousIndex(index);
        continue;
      }
      if (action === 'finish') break;
      // The status is kept before the note is asked for, and the old note with it.
      session = answerQuestion(session, index, action, undefined, now());
      save(session);
      if (action !== 'skipped') {
        const note = await prompts.askNote({ status: action, ...(question.note ? { current: question.note } : {}) });
        session = answerQuestion(session, index, action, note, now());
        save(session);
      }
      index = nextIndex(session, index);
    }
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    save(session);
    return { kind: 'interrupted', session, signal: error.signal, index };
  }
  session = finishSession(session, now());
  save(session);
  return { kind: 'finished', session };
}
