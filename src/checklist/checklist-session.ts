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

/** Where a resumed session starts: the first question never answered, else the first skipped one; undefined when nothing is left. */
export function resumeIndex(session: ChecklistSession): number | undefined {
  const unanswered = session.questions.findIndex((question) => question.status === undefined);
  if (unanswered >= 0) return unanswered;
  const skipped = session.questions.findIndex((question) => question.status === 'skipped');
  return skipped >= 0 ? skipped : undefined;
}

export function sessionProgress(session: ChecklistSession): Progress {
  const done = session.questions.filter((question) => question.status !== undefined && question.status !== 'skipped').length;
  return { done, total: session.questions.length };
}
