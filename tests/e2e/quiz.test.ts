// `roles quiz` as a user runs it: scripted with --answers, piped, and in a real pseudo-terminal.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSI, BIN, cleanEnv, makeHome, ROOT, runRoles } from '../helpers/run-roles.js';
import { writeSettledRole } from '../helpers/role-files.js';
import { KEY, Terminal } from './checklist-terminal.js';

let home: ReturnType<typeof makeHome>;
beforeEach(() => {
  home = makeHome();
});
afterEach(() => home.cleanup());

interface Question {
  dimension: string;
  scale: { min: number; max: number };
}

const questions = (): Question[] => (JSON.parse(runRoles(['quiz', '--questions', '--json']).stdout) as { questions: Question[] }).questions;

describe('roles quiz, scripted', () => {
  it('lists its questions as JSON, and ranks every role for the answers given', () => {
    const count = questions().length;
    expect(count).toBeGreaterThanOrEqual(10);
    expect(count).toBeLessThanOrEqual(15);
    const result = runRoles(['quiz', '--answers', Array(count).fill('5').join(','), '--json']);
    expect(result.status).toBe(0);
    const { ranking } = JSON.parse(result.stdout) as { ranking: { id: string; fit: number }[] };
    expect(ranking).toHaveLength(14);
    expect(ranking.map((role) => role.fit)).toEqual([...ranking.map((role) => role.fit)].sort((a, b) => b - a));
  });

  it('exits 2 with one line, without waiting, when there is no terminal and no --answers', () => {
    const result = spawnSync('/bin/sh', ['-c', `exec '${process.execPath}' '${BIN}' quiz </dev/null`], { env: cleanEnv(home.env), cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^roles: quiz asks its questions in a terminal, and stdin is not a terminal \(give the answers with --answers/)]);
  });

  it('reports a wrong number of answers as a usage error, and prints nothing on stdout', () => {
    const result = runRoles(['quiz', '--answers', '1,2,3']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^roles: --answers gives 3 answer\(s\), but the quiz has \d+ questions/);
  });

  it('prints plain records without escape codes when piped, and saves the result with --save', () => {
    const count = questions().length;
    const result = runRoles(['quiz', '--answers', Array(count).fill('3').join(','), '--save', '--color', 'always'], { env: home.env });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout.trimEnd().split('\n').every((line) => /^\d+\t[a-z0-9-]+\t.+$/.test(line))).toBe(true);
    expect(readdirSync(join(home.env.XDG_DATA_HOME, 'roles', 'quiz'))).toEqual([expect.stringMatching(/^quiz-\d{4}-\d{2}-\d{2}\.json$/)]);
  });
});

describe('a role of your own in the quiz', () => {
  const MAKER: Record<string, number> = { direction: 3, facing: 3, scope: 3, planning: 3, data: 3, design: 5, selling: 5, technical: 5, setting: 1 };

  it('ranks first for answers that match it, on the first run and from the cache after', () => {
    const dir = join(home.home, 'roles');
    mkdirSync(dir);
    const block = Object.entries(MAKER).map(([id, position]) => `  ${id}: ${position}\n`).join('');
    writeSettledRole(dir, 'maker.yaml', `id: maker\ntitle: Maker\nsummary: Builds and sells it.\ndimensions:\n${block}`);
    const answers = questions().map((question) => MAKER[question.dimension]).join(',');
    for (const run of ['first', 'cached']) {
      const result = runRoles(['--data', dir, 'quiz', '--answers', answers, '--json'], { env: home.env });
      expect(result.status, run).toBe(0);
      expect((JSON.parse(result.stdout) as { ranking: { id: string; fit: number }[] }).ranking[0], run).toEqual({ id: 'maker', fit: 100 });
    }
  });

  it('is checked by roles validate, each problem with its line and column', () => {
    const dir = join(home.home, 'bad');
    mkdirSync(dir);
    writeSettledRole(dir, 'scale.yaml', 'id: off-scale\ntitle: Off Scale\nsummary: S.\ndimensions:\n  direction: 7\n');
    writeSettledRole(dir, 'unknown.yaml', 'id: unknown\ntitle: Unknown\nsummary: S.\ndimensions:\n  direction: 2\n  vision: 2\n');
    const result = runRoles(['validate', dir], { env: home.env });
    expect(result.status).toBe(1);
    const said = result.stderr + result.stdout;
    expect(said).toMatch(/scale\.yaml:5:14: dimensions\.direction: must be a whole number from 1 to 5/);
    expect(said).toMatch(/unknown\.yaml:6:11: dimensions\.vision: "vision" is not the id of a dimension in data\/dimensions\.yaml/);
  });
});

describe('roles quiz in a terminal', () => {
  it('asks every question, answered by number keys, and prints the ranking with why', async () => {
    const count = questions().length;
    const terminal = new Terminal(['quiz'], { env: home.env, cols: 100 });
    await terminal.waitFor('Ctrl-C stops');
    for (let number = 1; number <= count; number++) {
      await terminal.waitFor(new RegExp(`\\? ${number}/${count} `));
      // 1 picks the first step of the scale; the third question onward stays on the middle.
      terminal.type(number <= 2 ? `1${KEY.enter}` : KEY.enter);
    }
    expect((await terminal.exited).exitCode).toBe(0);
    expect(terminal.text()).toContain('YOUR BEST FITS');
    expect(terminal.text()).toMatch(/More: roles show \S+, roles compare \S+ \S+/);
  });

  it('stops quietly with 130 on Ctrl-C', async () => {
    const terminal = new Terminal(['quiz'], { env: home.env });
    await terminal.waitFor(/\? 1\/\d+ /);
    terminal.type(`5${KEY.enter}`);
    await terminal.waitFor(/\? 2\/\d+ /);
    terminal.type(KEY.ctrlC);
    expect((await terminal.exited).exitCode).toBe(130);
    const after = terminal.text().slice(terminal.text().lastIndexOf('2/'));
    expect(after).not.toMatch(/roles:|Error|at .*\.cjs:\d+|YOUR BEST FITS/);
  });
});
