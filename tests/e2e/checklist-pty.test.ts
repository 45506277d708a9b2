// `roles checklist` in a real pseudo-terminal: keystrokes in, screen and files out.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSession } from '../../src/checklist/session-json.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { ANSI, BIN, cleanEnv, makeHome, ROOT } from '../helpers/run-roles.js';
import { answer, KEY, Terminal, waitForQuestion } from './checklist-terminal.js';

let home: ReturnType<typeof makeHome>;
beforeEach(() => {
  home = makeHome();
});
afterEach(() => home.cleanup());

const checklists = (): string => join(home.env.XDG_DATA_HOME, 'roles', 'checklists');
const sessionIn = (file: string) => {
  const parsed = parseSession(readFileSync(file, 'utf8'));
  if (!parsed.session) throw new Error(`${file}: ${parsed.problem}`);
  return parsed.session;
};
const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

describe('roles checklist in a terminal', () => {
  it('saves on Ctrl-C, resumes at the first question not done, and finishes with clean Markdown on stdout', async () => {
    const args = ['checklist', 'po', '--company', 'Acme Corp'];
    const first = new Terminal(args, { env: home.env });
    await first.waitFor('Ctrl-C stops and keeps your answers');
    await answer(first, 1, 0, 'careers page: mostly backlog work');
    await answer(first, 2, 1, 'ask the hiring manager');
    await answer(first, 3, 3);
    await answer(first, 4, 0, 'job advert');
    await waitForQuestion(first, 5);
    first.type(KEY.ctrlC);
    expect((await first.exited).exitCode).toBe(130);

    const [name, ...others] = readdirSync(checklists());
    expect(others).toEqual([]);
    expect(name).toMatch(/^product-owner--acme-corp--\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(checklists(), name!);
    const messages = first.text().split('\n').filter((line) => line.startsWith('roles:'));
    expect(messages).toEqual([`roles: stopped at question 5 of 16; your answers are saved in ${file} (run 'roles checklist po --company "Acme Corp"' to carry on)`]);
    expect(first.text()).not.toMatch(/at .*\.cjs:\d+/);
    const saved = sessionIn(file);
    expect(saved.questions.slice(0, 5).map((q) => [q.status, q.note])).toEqual([
      ['answered', 'careers page: mostly backlog work'],
      ['ask', 'ask the hiring manager'],
      ['skipped', undefined],
      ['answered', 'job advert'],
      [undefined, undefined],
    ]);

    // Again, with stdout sent to a file as a user would: `roles checklist po > notes.md`.
    // It starts at the skipped question 3, then moves on to 5, past the answered 4.
    const notes = join(home.home, 'notes.md');
    const second = new Terminal([], { env: home.env, command: ['/bin/sh', '-c', `exec ${[process.execPath, BIN, ...args].map(quote).join(' ')} > ${quote(notes)}`] });
    await second.waitFor('16 questions, 3 done');
    const resumed = await waitForQuestion(second, 3);
    expect(resumed).toContain(saved.questions[2]!.text.slice(0, 60));
    // A skipped question's menu starts on "Answered"; two down is "Not relevant".
    second.type(KEY.down.repeat(2) + KEY.enter);
    await second.waitFor('? Why not?');
    second.type(`they have a separate BA${KEY.enter}`);
    await waitForQuestion(second, 5);
    expect(second.text()).not.toMatch(/\? 4\/16/);
    // Back from 5 goes to 4 even though it is done: its status chosen, its note ready to edit.
    second.type(KEY.down.repeat(4) + KEY.enter);
    await waitForQuestion(second, 4);
    second.type(KEY.enter);
    await second.waitFor(/\? What did you find[^\n]*job advert/);
    second.type(', 2026' + KEY.enter);
    for (let number = 5; number < 16; number++) await answer(second, number, 0, `found ${number}`);
    // Skipping the last question ends the walk; it waits for the next run.
    await answer(second, 16, 3);
    expect((await second.exited).exitCode).toBe(0);

    const markdown = readFileSync(notes, 'utf8');
    expect(markdown).not.toMatch(ANSI);
    expect(markdownProblems(markdown)).toEqual([]);
    expect(markdown).toMatch(/^# Research notes: Product Owner at Acme Corp\n/);
    expect(markdown).toContain('- **Progress:** 15 of 16 questions done');
    expect(markdown).toContain('  - **Status:** answered\n  - **Note:** careers page: mostly backlog work\n');
    expect(markdown).toContain('  - **Status:** not relevant\n  - **Note:** they have a separate BA\n');
    expect(markdown).toContain('  - **Note:** job advert, 2026\n');
    expect(markdown).toContain('  - **Status:** skip for now\n');
    expect(markdown).toContain('  - **Note:** found 15\n');
    expect(second.text()).toContain(`roles: 15 of 16 questions done; saved in ${file}`);
    expect(readdirSync(checklists())).toEqual([name]);

    // A third run goes straight to the question skipped last time.
    const third = new Terminal(args, { env: home.env });
    await waitForQuestion(third, 16);
    third.type(KEY.ctrlC);
    expect((await third.exited).exitCode).toBe(130);
  });

  it('finishes early from the menu and prints the notes so far', async () => {
    const terminal = new Terminal(['checklist', 'ba', '--file', 'ba.json'], { env: home.env, cwd: home.home });
    await answer(terminal, 1, 0, 'read three job adverts');
    await waitForQuestion(terminal, 2);
    terminal.type(KEY.down.repeat(5) + KEY.enter);
    expect((await terminal.exited).exitCode).toBe(0);
    expect(terminal.text()).toContain('# Research notes: Business Analyst');
    expect(terminal.text()).toContain('**Note:** read three job adverts');
    expect(sessionIn(join(home.home, 'ba.json')).finishedAt).toBeDefined();
  });
});

describe('roles checklist without a terminal', () => {
  it('exits 2 at once when stdin is /dev/null, with one line pointing to questions and --export', () => {
    // The timeout only guards against a hang; a process killed by it has no exit status.
    const result = spawnSync('/bin/sh', ['-c', `exec ${quote(process.execPath)} ${quote(BIN)} checklist po </dev/null`], { env: cleanEnv(home.env), cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe("roles: checklist asks its questions in a terminal, and stdin is not a terminal (print them with 'roles questions po', or saved answers with 'roles checklist po --export')\n");
  });

  it('reports a mistyped role as unknown (exit 1) rather than pointing to commands that would fail', () => {
    for (const args of [['checklist', 'prodct-owner', '--no-input'], ['checklist', 'prodct-owner']]) {
      const result = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(home.env), cwd: ROOT, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('roles: unknown role "prodct-owner" (did you mean product-owner?)\n');
    }
  });

  it('exits 2 with --no-input even in a terminal, and creates nothing', async () => {
    const terminal = new Terminal(['checklist', 'po', '--no-input'], { env: home.env });
    expect((await terminal.exited).exitCode).toBe(2);
    expect(terminal.text()).toContain('--no-input was given');
    expect(() => readdirSync(checklists())).toThrow();
  });
});
