// Pure: a session to and from the text of its file. A file that is not a session
// is described, never guessed at: the caller keeps it and tells the user.
import { toJson } from '../render/render-json.js';
import { ANSWER_STATUSES, type AnswerStatus, type ChecklistSession, type SessionQuestion } from './checklist-session.js';

export type ParsedSession = { session: ChecklistSession; problem?: undefined } | { session?: undefined; problem: string };

/** Escaped as --json output is, so a session printed or exported as JSON cannot drive a terminal. */
export function serializeSession(session: ChecklistSession): string {
  return toJson(session);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

function questionProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'is not an object';
  if (typeof value.group !== 'string' || typeof value.text !== 'string') return 'needs "group" and "text" strings';
  if (value.status !== undefined && !ANSWER_STATUSES.includes(value.status as AnswerStatus)) return `has an unknown status ${JSON.stringify(value.status)}`;
  if (!isOptionalString(value.note) || !isOptionalString(value.answeredAt)) return 'has a "note" or "answeredAt" that is not a string';
  return undefined;
}

export function parseSession(text: string): ParsedSession {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    return { problem: text.trim() === '' ? 'the file is empty' : `not valid JSON (${detail})` };
  }
  if (!isObject(data) || data.format !== 'roles-checklist') return { problem: 'not a roles checklist session (no "format": "roles-checklist")' };
  if (data.version !== 1) return { problem: `session version ${JSON.stringify(data.version)} is not one this roles understands` };
  const role = data.role;
  if (!isObject(role) || typeof role.id !== 'string' || typeof role.title !== 'string') return { problem: '"role" needs "id" and "title" strings' };
  if (!isOptionalString(data.company) || !isOptionalString(data.finishedAt)) return { problem: '"company" or "finishedAt" is not a string' };
  if (typeof data.createdAt !== 'string' || typeof data.updatedAt !== 'string') return { problem: '"createdAt" and "updatedAt" must be strings' };
  if (!Array.isArray(data.questions) || data.questions.length === 0) return { problem: '"questions" must be a list with at least one question' };
  for (const [i, question] of data.questions.entries()) {
    const problem = questionProblem(question);
    if (problem) return { problem: `question ${i + 1} ${problem}` };
  }
  const questions = (data.questions as Record<string, unknown>[]).map((q): SessionQuestion => ({
    group: q.group as string,
    text: q.text as string,
    ...(q.status !== undefined ? { status: q.status as AnswerStatus } : {}),
    ...(q.note !== undefined ? { note: q.note as string } : {}),
    ...(q.answeredAt !== undefined ? { answeredAt: q.answeredAt as string } : {}),
  }));
  return {
    session: {
      format: 'roles-checklist',
      version: 1,
      role: { id: role.id, title: role.title },
      ...(data.company !== undefined ? { company: data.company } : {}),
      createdAt: data.createdAt,
      updatedAt: data.updatedAt,
      ...(data.finishedAt !== undefined ? { finishedAt: data.finishedAt } : {}),
      questions,
    },
  };
}
