// The attacks of issue 18 on finding and reading role files, through the built command:
// each one hung `roles` for ever, took minutes or walked the whole file system before.
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_DIR, writeGoodRoles } from '../fixtures/bad-role-corpus.js';
import { longListRole, manyKeysRole, writeSwapToPipePreload } from '../fixtures/loader-attacks.js';
import { linesOf, runRoles } from '../helpers/run-roles.js';

const scratch = mkdtempSync(join(tmpdir(), 'roles-loader-attacks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let count = 0;
/** A fresh folder of the good roles under the scratch folder, as it is named from there. */
function roleFolder(): string {
  const name = `case-${++count}`;
  writeGoodRoles(join(scratch, name));
  return name;
}

describe('a role file swapped for a named pipe between the check and the open', () => {
  it('is refused as a pipe by validate, which never waits on it', () => {
    const folder = roleFolder();
    const target = join(scratch, folder, 'swap.yaml');
    writeFileSync(target, 'id: swapped\ntitle: Swapped\nsummary: s\n');
    const preload = writeSwapToPipePreload(scratch);
    const result = runRoles(['validate', folder], { cwd: scratch, env: { NODE_OPTIONS: `--require ${preload}`, ROLES_SWAP_FILE: target } });
    // The control: the check saw a role file (only those are listed) and the swap happened after it.
    expect(lstatSync(target).isFIFO()).toBe(true);
    expect({ status: result.status, signal: result.signal }).toEqual({ status: 1, signal: null });
    expect(linesOf(result.stdout)).toEqual([`${folder}/swap.yaml: not a regular file (a named pipe); it is skipped, pass a role file`]);
  });
});

describe('a role file of tens of thousands of keys (60,000 took 110 s to check)', () => {
  // That the work grows in proportion to the keys is checked without timing in tests/unit/many-keys-linear.test.ts.
  it('is checked by validate with one warning per unknown key, each at its place', () => {
    const folder = roleFolder();
    writeFileSync(join(scratch, folder, 'many-keys.yaml'), manyKeysRole('many-keys', 5000));
    const result = runRoles(['validate', `${folder}/many-keys.yaml`], { cwd: scratch });
    const lines = linesOf(result.stdout);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 1, stderr: 'roles: 1 file(s) checked, 5000 problem(s)\n' });
    expect(lines).toHaveLength(5000);
    expect(lines.at(-1)).toBe(`${folder}/many-keys.yaml:5003:1: warning: k4999: unknown field k4999; it is ignored (see docs/role-format.md for the fields)`);
  });
});

// The attack had 200,000 items (tests/unit/list-caps.test.ts reads that file); 20,000 take the same path at a tenth of the parsing.
describe('a role file of 20,000 skills or research questions (200,000 passed validate and crashed show)', () => {
  let folder: string | undefined;
  /** One folder for the tests below, so later runs read the problems from the cache. */
  const longLists = (): string => {
    if (folder) return folder;
    folder = roleFolder();
    writeFileSync(join(scratch, folder, 'long-skills.yaml'), longListRole('long-skills', 20_000, 'skills'));
    writeFileSync(join(scratch, folder, 'long-questions.yaml'), longListRole('long-questions', 20_000, 'research.questions'));
    return folder;
  };
  const problems = (name: string): string[] => [
    `${name}/long-questions.yaml:5:14: research.questions: 20000 items, over the 1000-item limit for a list; shorten it`,
    `${name}/long-skills.yaml:4:9: skills: 20000 items, over the 1000-item limit for a list; shorten it`,
  ];

  it('is one file:line:col line each from validate, exit 1', () => {
    const name = longLists();
    const result = runRoles(['validate', name], { cwd: scratch });
    expect({ status: result.status, stdout: linesOf(result.stdout) }).toEqual({ status: 1, stdout: problems(name) });
  });

  it('is skipped by show and questions with those lines as warnings, never an internal error', () => {
    const name = longLists();
    const warnings = problems(name).map((line) => `roles: ${line}`);
    const show = runRoles(['show', 'long-skills', '--data', name], { cwd: scratch });
    expect({ status: show.status, stderr: linesOf(show.stderr) }).toEqual({ status: 1, stderr: [...warnings, expect.stringMatching(/^roles: unknown role "long-skills" \(run 'roles list' to see every role\)/)] });
    const questions = runRoles(['questions', 'fixture-analyst', '--data', name], { cwd: scratch });
    expect({ status: questions.status, stderr: linesOf(questions.stderr) }).toEqual({ status: 0, stderr: warnings });
  });
});

describe('a link to / inside a role folder, which walked the whole file system (481 s)', () => {
  it('is not followed: one warning line from validate and list, and the folder\'s own roles are read', () => {
    const folder = roleFolder();
    symlinkSync('/', join(scratch, folder, 'everything'));
    const warning = `${folder}/everything: warning: links to a folder outside the role folder (/); it is not followed, add that folder to ROLES_PATH or pass it with --data`;
    const validate = runRoles(['validate', folder], { cwd: scratch });
    expect({ status: validate.status, stdout: validate.stdout, stderr: validate.stderr }).toEqual({ status: 1, stdout: `${warning}\n`, stderr: 'roles: 2 file(s) checked, 1 problem(s)\n' });
    const list = runRoles(['list', '--data', folder], { cwd: scratch });
    expect({ status: list.status, stderr: list.stderr }).toEqual({ status: 0, stderr: `roles: ${warning}\n` });
    expect(linesOf(list.stdout).filter((line) => line.startsWith('fixture-'))).toHaveLength(2);
  });
});

describe('a role file more than eight folders down, which validate skipped without a word', () => {
  it('is named by validate as a folder it did not read', () => {
    const folder = `case-${++count}`;
    const deep = join(scratch, folder, '1', '2', '3', '4', '5', '6', '7', '8', '9');
    mkdirSync(deep, { recursive: true });
    copyFileSync(join(GOOD_DIR, 'fixture-analyst.yaml'), join(deep, 'deep.yaml'));
    const result = runRoles(['validate', folder], { cwd: scratch });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 1,
      stdout: `${folder}/1/2/3/4/5/6/7/8/9: warning: more than 8 folders down; its role files are not read, move them nearer the top of the role folder\n`,
      stderr: 'roles: 0 file(s) checked, 1 problem(s)\n',
    });
  });
});

describe('the same folder or file named many times', () => {
  it('reads a --data folder given 10,000 times, or through a link, once', () => {
    const folder = roleFolder();
    symlinkSync(folder, join(scratch, `${folder}-link`));
    const repeated = Array.from({ length: 10_000 }, () => ['--data', folder]).flat();
    const paths = runRoles([...repeated, '--data', `${folder}-link`, '--data', `./${folder}/`, 'paths', '--format', 'plain'], { cwd: scratch });
    expect(paths.status).toBe(0);
    expect(linesOf(paths.stdout).filter((line) => line.startsWith('--data'))).toEqual([`--data\t${join(scratch, folder)}\texists`]);
    const list = runRoles([...repeated, 'list'], { cwd: scratch });
    expect({ status: list.status, stderr: list.stderr }).toEqual({ status: 0, stderr: '' });
    expect(linesOf(list.stdout).filter((line) => line.startsWith('fixture-'))).toHaveLength(2);
  });

  it('validates a file named twice, or by two paths, once, without calling it a duplicate of itself', () => {
    const folder = roleFolder();
    const file = `${folder}/fixture-builder.yaml`;
    const result = runRoles(['validate', file, file, `./${file}`, folder], { cwd: scratch });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({ status: 0, stdout: '', stderr: 'roles: 2 file(s) checked, no problems\n' });
  });
});

describe('a user role whose id is a name of a built-in role', () => {
  it('is flagged by validate of the user folder at the id, and the built-in role keeps the name', () => {
    const folder = roleFolder();
    writeFileSync(join(scratch, folder, 'pm.yaml'), 'id: pm\ntitle: Pocket Monster\nsummary: Not a product manager.\n');
    const problem = `${folder}/pm.yaml:1:5: id: id "pm" is a name of the built-in product-manager (data/roles/product-manager.yaml); this file is skipped, choose another id, or use product-manager to replace that role`;
    const validate = runRoles(['validate', folder], { cwd: scratch });
    expect({ status: validate.status, stdout: validate.stdout }).toEqual({ status: 1, stdout: `${problem}\n` });
    const show = runRoles(['show', 'pm', '--data', folder, '--format', 'plain'], { cwd: scratch });
    expect({ status: show.status, stderr: show.stderr }).toEqual({ status: 0, stderr: `roles: ${problem}\n` });
    expect(show.stdout).toMatch(/^id\tproduct-manager\n/);
  });
});
