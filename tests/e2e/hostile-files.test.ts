// The built command against the corpus of bad and hostile role files: `validate` names
// each problem as file:line:col and exits 1; `list` and `show` warn on stderr and carry
// on with the good roles; nothing prints a stack trace or drives the terminal.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { AWKWARD_GOOD_CASES, BAD_ROLE_CASES, GOOD_IDS, HOSTILE_TEXT_DIR, deepBlockRole, deepFlowRole, problemLine, writeCase, writeGoodRoles } from '../fixtures/bad-role-corpus.js';
import { copyOfCommand, linesOf, NOBODY, runRoles, whyNobodyCannotRunNode } from '../helpers/run-roles.js';

const scratch = mkdtempSync(join(tmpdir(), 'roles-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STACK_TRACE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at \S+:\d+:\d+$/m;
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- colour codes are the one escape the command may add
const COLOUR = /\u001b\[[0-9;]*m/g;

const run = (args: string[], env?: Record<string, string | undefined>) => runRoles(args, { cwd: scratch, env });

beforeAll(() => {
  mkdirSync(join(scratch, 'bad'));
  for (const item of [...BAD_ROLE_CASES, ...AWKWARD_GOOD_CASES]) writeCase(item, join(scratch, 'bad'));
  writeGoodRoles(join(scratch, 'mixed'));
  for (const item of [...BAD_ROLE_CASES, ...AWKWARD_GOOD_CASES]) writeCase(item, join(scratch, 'mixed'));
});

describe('roles validate on each bad file', () => {
  it.each(BAD_ROLE_CASES.map((item) => [item.what, item] as const))('reports %s as file:line:col on stdout and exits 1', (_what, item) => {
    const result = run(['validate', `bad/${item.file}`]);
    expect(result.status).toBe(1);
    expect(linesOf(result.stdout)).toEqual(item.problems.map((problem) => expect.stringMatching(problemLine(`bad/${item.file}`, problem))));
    expect(result.stderr).toBe(`roles: 1 file(s) checked, ${item.problems.length} problem(s)\n`);
    expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
  });

  it.each(AWKWARD_GOOD_CASES.map((item) => [item.what, item] as const))('accepts a role with %s', (_what, item) => {
    const result = run(['validate', `bad/${item.file}`]);
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '', stderr: 'roles: 1 file(s) checked, no problems\n' });
  });
});

describe('roles list and show with every bad file among good ones', () => {
  const warnings = BAD_ROLE_CASES.flatMap((item) => item.problems.map((problem) => problemLine(`mixed/${item.file}`, problem)));
  const expectWarnings = (stderr: string): void => {
    const lines = linesOf(stderr);
    expect(lines).toHaveLength(warnings.length);
    for (const warning of warnings) expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^roles: ${warning.source.slice(1)}`)));
  };

  it('lists the good roles, warns once per problem on stderr, and exits 0', () => {
    const result = run(['list', '--data', 'mixed']);
    expect(result.status).toBe(0);
    expectWarnings(result.stderr);
    const ids = linesOf(result.stdout).map((line) => line.split('\t')[0]);
    expect(ids).toEqual(expect.arrayContaining([...GOOD_IDS, 'product-manager', 'unknown-field', 'works-with-nowhere', 'bom-crlf', 'yes-no-words']));
    expect(ids).not.toContain('alias-bomb');
    expect(result.stdout + result.stderr).not.toMatch(STACK_TRACE);
  });

  it('shows a good role from the same folder with the same warnings, and exits 0', () => {
    const result = run(['show', 'fxa', '--data', 'mixed']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^id\tfixture-analyst\ntitle\tFixture Analyst\n/);
    expectWarnings(result.stderr);
  });

  it('refuses three files nested thousands of levels deep in one run, and lists the rest', () => {
    const dir = join(scratch, 'deep');
    writeGoodRoles(dir);
    writeFileSync(join(dir, 'deep-1.yaml'), deepFlowRole('deep-1', 20_000));
    writeFileSync(join(dir, 'deep-2.yaml'), deepBlockRole('deep-2', 1300));
    writeFileSync(join(dir, 'deep-3.yaml'), `id: deep-3\ntitle: Deep 3\nsummary: s\nskills:\n  ${'- '.repeat(100_000)}x\nfocus: after\n`);
    const result = run(['list', '--data', 'deep']);
    expect(result.status).toBe(0);
    expect(linesOf(result.stderr)).toEqual([1, 2, 3].map((n) => expect.stringMatching(new RegExp(`^roles: deep/deep-${n}\\.yaml:\\d+:\\d+: nested more than 64 levels deep`))));
    expect(linesOf(result.stdout).map((line) => line.split('\t')[0])).toEqual(expect.arrayContaining(GOOD_IDS));
  });
});

describe('hostile folders', () => {
  it('warns about role files in a symbolic link loop and a broken link, follows a folder loop once, and lists the rest', () => {
    const dir = join(scratch, 'links');
    writeGoodRoles(dir);
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    symlinkSync(join(scratch, 'nowhere.yaml'), join(dir, 'gone.yaml'));
    symlinkSync('.', join(dir, 'again'));
    const result = run(['list', '--data', 'links']);
    expect(result.status).toBe(0);
    expect(linesOf(result.stderr)).toEqual([
      'roles: links/gone.yaml: cannot read this file (a broken link); it is skipped, fix or remove it',
      'roles: links/loop-a.yaml: cannot read this file (a symbolic link loop); it is skipped, fix or remove it',
      'roles: links/loop-b.yaml: cannot read this file (a symbolic link loop); it is skipped, fix or remove it',
    ]);
    expect(linesOf(result.stdout).filter((line) => line.startsWith('fixture-'))).toHaveLength(2);
  });

  it('warns about a role file it may not read, and lists the rest', (context) => {
    // Root may read any file, so as root the command runs as the user nobody, from a copy in a folder that user may enter.
    const asRoot = process.getuid?.() === 0;
    const cannot = asRoot ? whyNobodyCannotRunNode() : undefined;
    if (cannot) return context.skip(cannot);
    const open = mkdtempSync(join(tmpdir(), 'roles-locked-'));
    chmodSync(open, 0o755);
    const dir = join(open, 'locked');
    writeGoodRoles(dir);
    writeFileSync(join(dir, 'locked.yaml'), 'id: locked\ntitle: Locked\nsummary: s\n');
    chmodSync(join(dir, 'locked.yaml'), 0o000);
    const result = runRoles(['list', '--data', 'locked'], { cwd: open, ...(asRoot ? { ...NOBODY, bin: copyOfCommand(join(open, 'roles')) } : {}) });
    rmSync(open, { recursive: true, force: true });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('roles: locked/locked.yaml: cannot read this file (permission denied); it is skipped, check its permissions\n');
    expect(linesOf(result.stdout).filter((line) => line.startsWith('fixture-'))).toHaveLength(GOOD_IDS.length);
  });

  it('makes a --data folder that does not exist a usage error, exit 2', () => {
    const result = run(['list', '--data', 'no-such-folder']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`roles: --data folder "${join(scratch, 'no-such-folder')}" does not exist (pass a folder of role files)\n`);
  });

  it('ignores a ROLES_PATH folder that does not exist, and roles paths shows it missing', () => {
    const missing = join(scratch, 'not-there');
    const list = run(['list'], { ROLES_PATH: missing });
    expect({ status: list.status, stderr: list.stderr }).toEqual({ status: 0, stderr: '' });
    const paths = run(['paths'], { ROLES_PATH: missing });
    expect(paths.status).toBe(0);
    expect(linesOf(paths.stdout)).toContain(`ROLES_PATH\t${missing}\tmissing`);
  });
});

describe('hostile text through the built command', () => {
  const data = ['--data', HOSTILE_TEXT_DIR];
  const outputs: [string, string[]][] = [
    ['list as plain records', ['list']],
    ['list as a table', ['list', '--format', 'table']],
    ['list as Markdown', ['list', '--format', 'md']],
    ['show as plain records', ['show', 'terminal-tricks']],
    ['show as text', ['show', 'terminal-tricks', '--format', 'text']],
    ['show as Markdown', ['show', 'terminal-tricks', '--format', 'md']],
    ['show of wide text as text', ['show', 'wide-text', '--format', 'text']],
  ];

  it.each(outputs)('never lets a control sequence through in %s, coloured or not', (_what, args) => {
    const plain = run([...args, ...data, '--color', 'never'], { COLUMNS: '64' });
    const coloured = run([...args, ...data, '--color', 'always'], { COLUMNS: '64' });
    expect({ status: plain.status, stderr: plain.stderr }).toEqual({ status: 0, stderr: '' });
    expect(coloured.stdout.replace(COLOUR, '')).toBe(plain.stdout);
    for (const line of linesOf(plain.stdout)) expect(line.replace(/\t/g, ' ')).not.toMatch(TERMINAL_ACTIVE);
    if (args.includes('text') || args.includes('table')) for (const line of linesOf(plain.stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(64);
  });

  it('keeps the escape codes in json, escaped, so the data is not lost', () => {
    const result = run(['show', 'terminal-tricks', '--json', ...data]);
    expect(result.stdout).toContain('\\u001b]52;c;');
    expect(result.stdout).not.toContain('\u001b');
    expect((JSON.parse(result.stdout) as { title: string }).title).toBe('Terminal \u001b[31mTricks\u001b[0m');
  });
});
