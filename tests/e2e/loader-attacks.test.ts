// The attacks of issue 18 on finding and reading role files, through the built command:
// each one hung `roles` for ever, took minutes or walked the whole file system before.
import { lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeGoodRoles } from '../fixtures/bad-role-corpus.js';
import { manyKeysRole, writeSwapToPipePreload } from '../fixtures/loader-attacks.js';
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
