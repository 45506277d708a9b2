// Pure: a checklist session, the questions of one role (and optionally one company)
// with what the user found for each. Every change returns a new session.
import type { QuestionsView } from '../views/questions-view.js';

export const ANSWER_STATUSES = ['answered', 'ask', 'not-relevant', 'skipped'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

/** How each status reads in prompts and exports. */
export const STATUS_LABELS: Record<AnswerStatus, string> = {
  answered: 'Answered',
  ask: 'Ask in the interview',
  'not-relevant': 'Not relevant',
  skipped: 'Skip for now',
};

export interface SessionQuestion {
  /** The role's id for its own questions, `common` for those shared by every role. */
  group: string;
  text: string;
  status?: AnswerStatus;
  note?: string;
  answeredAt?: string;
}

export interface ChecklistSession {
  format: 'roles-checklist';
  version: 1;
  role: { id: string; title: string };
  company?: string;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string;
  /** The questions as they were when the session began, so later edits to role files cannot shift answers. */
  questions: SessionQuestion[];
}

export interface Progress {
  /** Questions with a status other than "skip for now". */
  done: number;
  total: number;
}

export function createSession(view: QuestionsView, role: { id: string; title: string }, company: string | undefined, now: Date): ChecklistSession {
  const stamp = now.toISOString();
  return {
    format: 'roles-checklist',
    version: 1,
    role,
    ...(company ? { company } : {}),
    createdAt: stamp,
    updatedAt: stamp,
    questions: view.groups.flatMap((group) => group.questions.map((text) => ({ group: group.id, text }))),
  };
}

/** Records a status and, unless the note is undefined, replaces the note (an empty note removes it). */
export function answerQuestion(session: ChecklistSession, index: number, status: AnswerStatus, note: string | undefined, now: Date): ChecklistSession {
  const current = session.questions[index];
  if (!current) throw new RangeError(`no question ${index + 1} in a session of ${session.questions.length}`);
  const stamp = now.toISOString();
  const answered: SessionQuestion = { group: current.group, text: current.text, status, answeredAt: stamp };
  const keptNote = note === undefined ? current.note : note.trim();
  if (keptNote) answered.note = keptNote;
  return { ...session, updatedAt: stamp, questions: session.questions.map((question, i) => (i === index ? answered : question)) };
}

export function finishSession(session: ChecklistSession, now: Date): ChecklistSession {
  const stamp = now.toISOString();
  return { ...session, updatedAt: stamp, finishedAt: stamp };
}

/** Where "back" goes from a question: the one before, or the first. */
export function previousIndex(index: number): number {
  return Math.max(0, index - 1);
}

/** Done: a status other than "skip for now", which asks to come back to the question. */
export function isDone(question: SessionQuestion): boolean {
  return question.status !== undefined && question.status !== 'skipped';
}

/** Where a resumed session starts: the first question not done (never answered, or skipped); undefined when all are. */
export function resumeIndex(session: ChecklistSession): number | undefined {
  const index = session.questions.findIndex((question) => !isDone(question));
  return index >= 0 ? index : undefined;
}

/**
 * Where the walk goes after a question: the next one not done, or the end (the
 * number of questions). It moves forward only, so a question skipped earlier in the
 * walk waits for the next run rather than coming straight back.
 */
export function nextIndex(session: ChecklistSession, index: number): number {
  const next = session.questions.findIndex((question, i) => i > index && !isDone(question));
  return next >= 0 ? next : session.questions.length;
}

export function sessionProgress(session: ChecklistSession): Progress {
  const done = session.questions.filter(isDone).length;
  return { done, total: session.questions.length };
}
