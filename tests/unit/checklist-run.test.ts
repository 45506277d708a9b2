// The interactive checklist end to end in-process: real files, locks and signal
// handlers, with scripted prompts in place of the terminal.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PromptInterrupted, type ChecklistPrompts, type QuestionAction } from '../../src/checklist/checklist-prompts.js';
import { answerQuestion, createSession, type ChecklistSession } from '../../src/checklist/checklist-session.js';
import { runInteractiveChecklist, type InteractiveChecklistRequest } from '../../src/checklist/run-checklist-interactive.js';
import { saveSessionFile } from '../../src/checklist/save-session.js';
import { readSessionFile } from '../../src/checklist/session-files.js';
import type { QuestionsView } from '../../src/views/questions-view.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';

const view: QuestionsView = {
  title: 'T',
  groups: [
    { kind: 'role', id: 'product-owner', heading: 'Product Owner', questions: ['Q1?', 'Q2?'] },
    { kind: 'common', id: 'common', heading: 'For any role', questions: ['C1?'] },
  ],
};
const t = new Date('2026-11-23T10:00:00Z');
const fresh = (company?: string): ChecklistSession => createSession(view, { id: 'product-owner', title: 'Product Owner' }, company, t);

let dir: string;
let file: string;
let io: FakeIo;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roles-run-'));
  file = join(dir, 'product-owner--acme--2026-11-23.json');
  io = fakeIo();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Prompts that answer every question "answered" with a numbered note, stopping as told. */
function answering(options: { stopAt?: number; stopWith?: NodeJS.Signals; seen?: number[] } = {}) {
  return (): ChecklistPrompts => ({
    chooseAction: async (prompt): Promise<QuestionAction> => {
      options.seen?.push(prompt.index);
      if (prompt.index === options.stopAt) throw new PromptInterrupted(options.stopWith ?? 'SIGINT');
      return 'answered';
    },
    askNote: async () => `note ${(options.seen?.length ?? 0)}`,
  });
}

const request = (extra: Partial<InteractiveChecklistRequest> = {}): InteractiveChecklistRequest => ({
  file,
  fresh: fresh('Acme'),
  restart: false,
  company: 'Acme',
  resumeCommand: 'roles checklist po --company Acme',
  format: 'md',
  io,
  prompts: answering(),
  ...extra,
});

describe('runInteractiveChecklist', () => {
  it('starts a session, saves it, and writes the notes to stdout at the end', async () => {
    await runInteractiveChecklist(request());
    const saved = readSessionFile(file);
    expect(saved.questions.every((q) => q.status === 'answered')).toBe(true);
    expect(saved.finishedAt).toBeDefined();
    expect(io.stdout()).toMatch(/^# Research notes: Product Owner at Acme\n/);
    expect(io.stderr()).toContain(`3 of 3 questions done; saved in ${file}`);
    expect(readdirSync(dir)).toEqual(['product-owner--acme--2026-11-23.json']);
  });

  it('resumes at the first unanswered question', async () => {
    saveSessionFile(file, answerQuestion(answerQuestion(fresh('Acme'), 0, 'answered', 'a', t), 1, 'ask', undefined, t));
    const seen: number[] = [];
    await runInteractiveChecklist(request({ prompts: answering({ seen }) }));
    expect(seen).toEqual([2]);
    expect(readSessionFile(file).questions.map((q) => q.status)).toEqual(['answered', 'ask', 'answered']);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops on %s with exit %i, keeping the answers and saying how to carry on', async (signal, code) => {
    const error = await runInteractiveChecklist(request({ prompts: answering({ stopAt: 1, stopWith: signal }) })).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'interrupted', exitCode: code });
    expect((error as Error).message).toBe(`stopped at question 2 of 3; your answers are saved in ${file}`);
    expect((error as { hint: string }).hint).toBe("run 'roles checklist po --company Acme' to carry on");
    expect(readSessionFile(file).questions.map((q) => q.status)).toEqual(['answered', undefined, undefined]);
    expect(io.stdout()).toBe('');
    expect(readdirSync(dir)).toEqual(['product-owner--acme--2026-11-23.json']);
  });

  it('keeps the note being typed when stopped, and says so', async () => {
    const prompts = (): ChecklistPrompts => ({
      chooseAction: async () => 'answered',
      askNote: () => Promise.reject(new PromptInterrupted('SIGINT', 'half typed note')),
    });
    const error = await runInteractiveChecklist(request({ prompts })).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`stopped at question 1 of 3; your answers, and the note you were typing, are saved in ${file}`);
    expect(readSessionFile(file).questions[0]).toMatchObject({ status: 'answered', note: 'half typed note' });
  });

  it('on SIGHUP saves, says so itself, and ends the process by SIGHUP rather than a normal exit', async () => {
    const signals: NodeJS.Signals[] = [];
    const error = await runInteractiveChecklist(request({ prompts: answering({ stopAt: 2, stopWith: 'SIGHUP' }), exitBySignal: (signal) => void signals.push(signal) })).catch((e: unknown) => e);
    expect(signals).toEqual(['SIGHUP']);
    expect(io.stderr()).toContain(`roles: stopped at question 3 of 3; your answers are saved in ${file} (run 'roles checklist po --company Acme' to carry on)\n`);
    expect(error).toMatchObject({ message: '', exitCode: 129 });
    expect(readSessionFile(file).questions.map((q) => q.status)).toEqual(['answered', 'answered', undefined]);
    expect(readdirSync(dir)).toEqual(['product-owner--acme--2026-11-23.json']);
  });

  it('turns a real SIGTERM during a prompt into a saved, interrupted session', async () => {
    const prompts = (signal: AbortSignal): ChecklistPrompts => ({
      chooseAction: () =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new PromptInterrupted(signal.reason as NodeJS.Signals)));
          process.kill(process.pid, 'SIGTERM');
        }),
      askNote: async () => '',
    });
    const listeners = process.listenerCount('SIGTERM');
    await expect(runInteractiveChecklist(request({ prompts }))).rejects.toMatchObject({ exitCode: 143 });
    expect(process.listenerCount('SIGTERM')).toBe(listeners);
    expect(existsSync(file)).toBe(true);
  });

  it('reports a corrupt session, keeps it byte for byte, and asks nothing', async () => {
    writeFileSync(file, '{"format": "roles-checklist", "questions": [');
    const seen: number[] = [];
    await expect(runInteractiveChecklist(request({ prompts: answering({ seen }) }))).rejects.toMatchObject({ kind: 'data', location: { file } });
    expect(readFileSync(file, 'utf8')).toBe('{"format": "roles-checklist", "questions": [');
    expect(seen).toEqual([]);
    expect(readdirSync(dir)).toEqual(['product-owner--acme--2026-11-23.json']);
  });

  it('starts over with --restart, keeping the old file as a backup', async () => {
    writeFileSync(file, 'not json at all');
    await runInteractiveChecklist(request({ restart: true }));
    const backup = readdirSync(dir).find((name) => name.endsWith('.bak'));
    expect(backup).toBeDefined();
    expect(readFileSync(join(dir, backup!), 'utf8')).toBe('not json at all');
    expect(io.stderr()).toContain(`the old checklist is kept in ${join(dir, backup!)}`);
    expect(readSessionFile(file).questions.every((q) => q.status === 'answered')).toBe(true);
  });

  it('refuses a session another live process has open, without touching it', async () => {
    saveSessionFile(file, fresh('Acme'));
    const before = readFileSync(file, 'utf8');
    writeFileSync(`${file}.lock`, `${process.ppid}\n`);
    await expect(runInteractiveChecklist(request())).rejects.toThrow(`this checklist is open in another 'roles checklist' (process ${process.ppid})`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.ppid}\n`);
  });

  it('refuses a --file that holds another role', async () => {
    saveSessionFile(file, createSession(view, { id: 'business-analyst', title: 'Business Analyst' }, 'Acme', t));
    await expect(runInteractiveChecklist(request())).rejects.toThrow(/holds the checklist for business-analyst, not product-owner/);
  });

  it('prints the notes of a session with nothing left to ask', async () => {
    let done = fresh('Acme');
    for (let i = 0; i < 3; i++) done = answerQuestion(done, i, 'not-relevant', undefined, t);
    saveSessionFile(file, done);
    const seen: number[] = [];
    await runInteractiveChecklist(request({ prompts: answering({ seen }), format: 'json' }));
    expect(seen).toEqual([]);
    expect(JSON.parse(io.stdout())).toEqual(done);
    expect(io.stderr()).toContain('every question');
  });

  it('writes the notes to --out instead of stdout', async () => {
    const out = join(dir, 'notes.md');
    await runInteractiveChecklist(request({ out }));
    expect(io.stdout()).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^# Research notes/);
  });
});
