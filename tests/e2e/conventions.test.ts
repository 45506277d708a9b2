// Conventions a script relies on: list --json names files it can open from anywhere, and
// a wrong number of roles for compare is a usage error.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runRoles } from '../helpers/run-roles.js';

describe('roles list --json', () => {
  it('gives every role file as an absolute path that exists, built-in and user roles alike, from any folder', () => {
    const fixtures = join(ROOT, 'tests', 'fixtures', 'roles-good');
    for (const [cwd, data] of [[ROOT, 'tests/fixtures/roles-good'], [tmpdir(), fixtures]] as const) {
      const result = runRoles(['--data', data, 'list', '--json'], { cwd });
      expect(result.status).toBe(0);
      const rows = JSON.parse(result.stdout) as { id: string; file: string }[];
      expect(rows.find((row) => row.id === 'product-manager')?.file).toBe(join(ROOT, 'data', 'roles', 'product-manager.yaml'));
      expect(rows.find((row) => row.id === 'fixture-analyst')?.file).toBe(join(fixtures, 'fixture-analyst.yaml'));
      for (const row of rows) expect(isAbsolute(row.file) && existsSync(row.file), row.file).toBe(true);
    }
  });
});

describe('roles compare with one role named twice', () => {
  it.each([[['pm', 'pm']], [['pm', 'product-manager']]])('is a usage error for %j (exit 2)', (names) => {
    const result = runRoles(['compare', ...names]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^roles: .*a role cannot be compared with itself \(name different roles, e\.g\. roles compare pm po\)\n$/);
  });
});
