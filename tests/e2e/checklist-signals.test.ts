// Data safety of `roles checklist`: signals during a prompt, two processes on one
// session, and a corrupt session file, all in a real pseudo-terminal.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSession } from '../../src/checklist/session-json.js';
import { makeHome, runRoles } from '../helpers/run-roles.js';
import { answer, KEY, recordingExit, Terminal, waitForQuestion } from './checklist-terminal.js';

let home: ReturnType<typeof makeHome>;
let file: string;
beforeEach(() => {
  home = makeHome();
  file = join(home.home, 'po.json');
});
afterEach(() => home.cleanup());

const start = (...extra: string[]): Terminal => new Terminal(['checklist', 'po', '--file', file, ...extra], { env: home.env });
const questions = () => {
  const parsed = parseSession(readFileSync(file, 'utf8'));
  if (!parsed.session) throw new Error(parsed.problem);
  return parsed.session.questions;
};
const statuses = (): (string | undefined)[] => questions().slice(0, 3).map((q) => q.status);
const leftovers = (): string[] => readdirSync(home.home).filter((name) => name.startsWith('po.json') && name !== 'po.json');

describe('signals during a prompt', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s saves the session and exits %i with one line, leaving no lock or temporary file', async (signal, code) => {
    const terminal = start();
    await answer(terminal, 1, 0, 'noted');
    await waitForQuestion(terminal, 2);
    terminal.kill(signal);
    expect((await terminal.exited).exitCode).toBe(code);
    expect(statuses()).toEqual(['answered', undefined, undefined]);
    expect(leftovers()).toEqual([]);
    const lines = terminal.text().split('\n').filter((line) => line.startsWith('roles:'));
    expect(lines).toEqual([`roles: stopped at question 2 of 16; your answers are saved in ${file} (run 'roles checklist po --file ${file}' to carry on)`]);
  });

  it('SIGHUP saves the session, says so, and ends the process by SIGHUP: status 129 in a shell', async () => {
    const record = join(home.home, 'exit.json');
    const terminal = new Terminal(['checklist', 'po', '--file', file], { env: home.env, command: recordingExit(record) });
    await answer(terminal, 1, 0, 'noted');
    await waitForQuestion(terminal, 2);
    process.kill(Number(readFileSync(`${record}.pid`, 'utf8')), 'SIGHUP');
    await terminal.exited;
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ code: null, signal: 'SIGHUP' });
    expect(statuses()).toEqual(['answered', undefined, undefined]);
    expect(leftovers()).toEqual([]);
    const lines = terminal.text().split('\n').filter((line) => line.startsWith('roles:'));
    expect(lines).toEqual([`roles: stopped at question 2 of 16; your answers are saved in ${file} (run 'roles checklist po --file ${file}' to carry on)`]);
  });

  it('a terminal that hangs up mid-prompt leaves the answers saved, no lock, and no crash', async () => {
    const record = join(home.home, 'exit.json');
    const terminal = new Terminal(['checklist', 'po', '--file', file], { env: home.env, command: recordingExit(record) });
    await answer(terminal, 1, 1, 'noted');
    await answer(terminal, 2, 3);
    await waitForQuestion(terminal, 3);
    terminal.hangUp();
    await expect.poll(() => existsSync(record), { timeout: 10_000 }).toBe(true);
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ code: null, signal: 'SIGHUP' });
    expect(statuses()).toEqual(['ask', 'skipped', undefined]);
    expect(leftovers()).toEqual([]);
  });

  it('keeps the chosen status when interrupted while the note is being typed', async () => {
    const terminal = start();
    await waitForQuestion(terminal, 1);
    terminal.type(KEY.down + KEY.enter);
    await terminal.waitFor('? Anything to remember');
    terminal.type('half a no');
    await terminal.waitFor('half a no');
    terminal.type(KEY.ctrlC);
    expect((await terminal.exited).exitCode).toBe(130);
    expect(statuses()).toEqual(['ask', undefined, undefined]);
    expect(questions()[0]?.note).toBe('half a no');
    const lines = terminal.text().split('\n').filter((line) => line.startsWith('roles:'));
    expect(lines).toEqual([`roles: stopped at question 1 of 16; your answers, and the note you were typing, are saved in ${file} (run 'roles checklist po --file ${file}' to carry on)`]);
  });
});

describe('two checklists on one session', () => {
  it('refuses the second with a clear message and keeps the first one working', async () => {
    const first = start();
    await answer(first, 1, 0, 'from the first');
    await waitForQuestion(first, 2);
    const second = start();
    expect((await second.exited).exitCode).toBe(1);
    expect(second.text()).toContain(`roles: ${file}: this checklist is open in another 'roles checklist' (process ${first.pid}) (finish or quit that one first; if it is not running, delete ${file}.lock)`);
    first.type(KEY.down + KEY.enter);
    await first.waitFor('? Anything to remember');
    first.type(`still mine${KEY.enter}`);
    await waitForQuestion(first, 3);
    first.type(KEY.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    expect(statuses()).toEqual(['answered', 'ask', undefined]);

    const third = start();
    await waitForQuestion(third, 3);
    third.type(KEY.ctrlC);
    expect((await third.exited).exitCode).toBe(130);
  });
});

describe('a corrupt session file', () => {
  const garbage = '{"format": "roles-checklist", "version": 1, "questions": [{"group": "po", "te';

  it('is reported with its path, kept byte for byte, and not overwritten', async () => {
    writeFileSync(file, garbage);
    const terminal = start();
    expect((await terminal.exited).exitCode).toBe(1);
    expect(terminal.text()).toMatch(new RegExp(`roles: ${file}: not a usable checklist session: not valid JSON \\(.*\\); the file is kept as it is \\(fix it, or pass --restart to start over with the old file kept as a backup\\)`));
    expect(readFileSync(file, 'utf8')).toBe(garbage);
    const exported = runRoles(['checklist', 'po', '--file', file, '--export'], { env: home.env });
    expect(exported.status).toBe(1);
    expect(exported.stderr).toContain('not a usable checklist session');
    expect(readFileSync(file, 'utf8')).toBe(garbage);
    expect(leftovers()).toEqual([]);
  });

  it('is set aside as a backup with --restart, and a new session starts', async () => {
    writeFileSync(file, garbage);
    const terminal = start('--restart');
    await answer(terminal, 1, 2, 'fresh start');
    await waitForQuestion(terminal, 2);
    terminal.type(KEY.ctrlC);
    expect((await terminal.exited).exitCode).toBe(130);
    const backups = leftovers();
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^po\.json\.\d{8}T\d{6}Z\.bak$/);
    expect(readFileSync(join(home.home, backups[0]!), 'utf8')).toBe(garbage);
    expect(statuses()).toEqual(['not-relevant', undefined, undefined]);
  });
});
