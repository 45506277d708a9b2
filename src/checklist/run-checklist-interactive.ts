// The interactive checklist, built as its own bundle (dist/checklist.cjs) so only
// `roles checklist` loads the prompt library. Locks the session, resumes or starts
// it, walks the questions, and on Ctrl-C or a signal saves and exits 128+signal
// (after a hang-up, by SIGHUP itself: see hangUp).
import { constants } from 'node:os';
import type { Io } from '../cli/io.js';
import { formatErrorLine, RolesError } from '../format/roles-error.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { COMMON_HEADING } from '../views/questions-view.js';
import { runChecklistLoop, type LoopResult } from './checklist-loop.js';
import { inquirerPrompts, type ChecklistPrompts } from './checklist-prompts.js';
import { resumeIndex, sessionProgress, type ChecklistSession } from './checklist-session.js';
import { renderSessionMarkdown, sessionTitle } from './export-session.js';
import { backupSessionFile, removeStaleTempFiles, saveSessionFile, writeNotesFile } from './save-session.js';
import { readSessionIfAny, sessionMismatch } from './session-files.js';
import { serializeSession } from './session-json.js';
import { lockSession, realSessionPath } from './session-lock.js';
import { openPromptTerminal } from './terminal-input.js';

export { saveSessionFile, writeNotesFile } from './save-session.js';

export interface InteractiveChecklistRequest {
  file: string;
  /** The session to start when there is none (or with --restart). */
  fresh: ChecklistSession;
  restart: boolean;
  /** The company asked for, if any; a session about another company is refused. */
  company?: string;
  /** What to type to carry on, shown when interrupted: "roles checklist po --company Acme". */
  resumeCommand: string;
  format: 'md' | 'json';
  out?: string;
  io: Io;
  /** Replaced in tests: ends the process by a signal. */
  exitBySignal?: (signal: NodeJS.Signals) => void;
  /** Replaced in tests; the real prompts draw on stderr and read stdin. */
  prompts?: (signal: AbortSignal) => ChecklistPrompts;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function openSession(request: InteractiveChecklistRequest): ChecklistSession {
  const { file, io } = request;
  if (request.restart) {
    const backup = backupSessionFile(file, io.now());
    if (backup) io.err(`roles: starting over; the old checklist is kept in ${backup}\n`);
  } else {
    // Read once, through one open: a file that is there but unreadable or not a session is reported, never replaced.
    const session = readSessionIfAny(file);
    if (session) {
      const mismatch = sessionMismatch(session, request.fresh.role.id, request.company);
      if (mismatch) throw new RolesError('usage', `cannot use this checklist: ${mismatch}`, 'choose another --file, or leave --file out', { file });
      return session;
    }
  }
  saveSessionFile(file, request.fresh);
  return request.fresh;
}

function writeNotes(session: ChecklistSession, request: InteractiveChecklistRequest): void {
  const text = request.format === 'json' ? serializeSession(session) : renderSessionMarkdown(session);
  if (request.out) writeNotesFile(request.out, text);
  else request.io.out(text);
}

/**
 * After a hang-up the terminal is usually gone, and Node 20 aborts (SIGABRT) when it
 * cannot restore the terminal's settings on a normal exit (nodejs/node#51519, fixed
 * in later Node lines by #58200). Dying by SIGHUP itself skips that restore, and is
 * what a shell reports as status 129.
 */
function hangUp(error: RolesError, io: Io, exitBySignal: (signal: NodeJS.Signals) => void): void {
  io.err(`${formatErrorLine(error)}\n`);
  exitBySignal('SIGHUP');
}

/** Turns SIGINT, SIGTERM and SIGHUP into an abort carrying their name; returns the undo. */
function catchSignals(controller: AbortController): () => void {
  const handlers = SIGNALS.map((name) => [name, () => controller.abort(name)] as const);
  for (const [name, handler] of handlers) process.on(name, handler);
  return () => {
    for (const [name, handler] of handlers) process.off(name, handler);
  };
}

/** The real prompts, on the real terminal; a hang-up stops them like SIGHUP. */
function terminalPrompts(controller: AbortController): { prompts: ChecklistPrompts; close(): void } {
  const terminal = openPromptTerminal(() => controller.abort('SIGHUP'));
  return { prompts: inquirerPrompts({ input: terminal.input, output: terminal.output, signal: controller.signal }), close: terminal.close };
}

async function walkQuestions(request: InteractiveChecklistRequest, session: ChecklistSession, startAt: number): Promise<LoopResult> {
  const controller = new AbortController();
  const releaseSignals = catchSignals(controller);
  const asking = request.prompts ? { prompts: request.prompts(controller.signal), close: () => undefined } : terminalPrompts(controller);
  const roleHeading = sanitizeText(session.role.title) || session.role.id;
  try {
    return await runChecklistLoop({
      session,
      startAt,
      prompts: asking.prompts,
      save: (next) => saveSessionFile(request.file, next),
      now: request.io.now,
      headingOf: (group) => (group === 'common' ? COMMON_HEADING : roleHeading),
    });
  } finally {
    releaseSignals();
    asking.close();
  }
}

export async function runInteractiveChecklist(request: InteractiveChecklistRequest): Promise<void> {
  const { file, io } = request;
  const lock = lockSession(file);
  const release = (): void => lock.release();
  process.on('exit', release);
  try {
    removeStaleTempFiles(realSessionPath(file));
    const session = openSession(request);
    const start = resumeIndex(session);
    const title = sessionTitle(session);
    if (start === undefined) {
      io.err(`roles: every question in ${file} has an answer; here are the notes (--restart starts over)\n`);
      return writeNotes(session, request);
    }
    const { done, total } = sessionProgress(session);
    io.err(`${title}: ${total} questions, ${done} done. Saved after every answer in ${file}; Ctrl-C stops and keeps your answers.\n`);
    const result = await walkQuestions(request, session, start);
    if (result.kind === 'interrupted') {
      const exitCode = 128 + (constants.signals[result.signal] ?? 2);
      const saved = result.keptTypedNote ? 'your answers, and the note you were typing, are saved' : 'your answers are saved';
      const where = `stopped at question ${result.index + 1} of ${total}; ${saved} in ${file}`;
      const error = new RolesError('interrupted', where, `run '${request.resumeCommand}' to carry on`, undefined, exitCode);
      if (result.signal !== 'SIGHUP') throw error;
      release();
      hangUp(error, io, request.exitBySignal ?? ((signal) => process.kill(process.pid, signal)));
      throw RolesError.silent(exitCode);
    }
    const progress = sessionProgress(result.session);
    writeNotes(result.session, request);
    io.err(`roles: ${progress.done} of ${progress.total} questions done; saved in ${file}${request.out ? `, notes written to ${request.out}` : ''}\n`);
  } finally {
    release();
    process.off('exit', release);
  }
}
