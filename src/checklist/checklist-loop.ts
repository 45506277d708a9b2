// Walks the questions from a starting point: asks for a status, then a note, and
// saves after each. An interruption while the note is typed keeps the status and
// the line typed so far, so nothing the user typed is lost.
import { PromptInterrupted, type ChecklistPrompts } from './checklist-prompts.js';
import { answerQuestion, finishSession, nextIndex, previousIndex, type AnswerStatus, type ChecklistSession } from './checklist-session.js';

export type LoopResult =
  | { kind: 'finished'; session: ChecklistSession }
  | { kind: 'interrupted'; session: ChecklistSession; signal: NodeJS.Signals; index: number; keptTypedNote: boolean };

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

/** The session with the half-typed note of question `index` kept, or undefined when there is nothing new to keep. */
function withTypedNote(session: ChecklistSession, index: number, status: AnswerStatus | undefined, typed: string | undefined, now: Date): ChecklistSession | undefined {
  const note = typed?.trim();
  if (!status || !note || note === session.questions[index]?.note) return undefined;
  return answerQuestion(session, index, status, note, now);
}

export async function runChecklistLoop(options: LoopOptions): Promise<LoopResult> {
  const { prompts, save, now } = options;
  let session = options.session;
  let index = Math.min(Math.max(0, options.startAt), session.questions.length);
  /** The status whose note is being asked for, if a note prompt is open. */
  let noting: AnswerStatus | undefined;
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
        noting = action;
        const note = await prompts.askNote({ status: action, ...(question.note ? { current: question.note } : {}) });
        noting = undefined;
        session = answerQuestion(session, index, action, note, now());
        save(session);
      }
      index = nextIndex(session, index);
    }
  } catch (error) {
    if (!(error instanceof PromptInterrupted)) throw error;
    const kept = withTypedNote(session, index, noting, error.typed, now());
    session = kept ?? session;
    save(session);
    return { kind: 'interrupted', session, signal: error.signal, index, keptTypedNote: kept !== undefined };
  }
  session = finishSession(session, now());
  save(session);
  return { kind: 'finished', session };
}
