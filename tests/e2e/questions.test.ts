import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { markdownProblems } from '../helpers/markdownlint.js';
import { ANSI, BIN, cleanEnv, linesOf, ROOT, runRoles } from '../helpers/run-roles.js';

describe('roles questions', () => {
  it('prints a printable Markdown checklist that passes markdownlint', () => {
    const result = runRoles(['questions', 'pm', '--company', 'Acme', '--date', '2026-03-14', '--format', 'md']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(markdownProblems(result.stdout)).toEqual([]);
    expect(linesOf(result.stdout).slice(0, 5)).toEqual(['# Research questions for Product Manager', '', '- **Company:** Acme', '- **Interview date:** 2026-03-14', '']);
    expect(result.stdout).toContain('## For any role');
  });

  it('prints plain records without colour when piped, and leaves out the common questions on request', () => {
    const all = runRoles(['questions', 'po', 'ba']);
    expect(all.status).toBe(0);
    expect(all.stdout).not.toMatch(ANSI);
    const groups = new Set(linesOf(all.stdout).map((line) => line.split('\t')[0]));
    expect([...groups]).toEqual(['product-owner', 'business-analyst', 'common']);
    const own = runRoles(['questions', 'po', 'ba', '--no-common']);
    expect(linesOf(own.stdout).length).toBe(linesOf(all.stdout).filter((line) => !line.startsWith('common\t')).length);
  });

  it('never prompts, even with nothing on stdin', () => {
    const result = spawnSync('/bin/sh', ['-c', `exec '${process.execPath}' '${BIN}' questions po </dev/null`], { env: cleanEnv(), cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('exits 0 quietly when the reader stops early or never reads', () => {
    const roles = `'${process.execPath}' '${BIN}' questions po ba pm --format md`;
    // `true` exits at once, so the command writes into a closed pipe (EPIPE).
    const script = `${roles} | head -1; echo "status \${PIPESTATUS[0]}"; ${roles} | true; echo "status \${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { env: cleanEnv(), cwd: ROOT, encoding: 'utf8', timeout: 10_000 });
    expect(result.stdout).toBe('# Research questions\nstatus 0\nstatus 0\n');
    expect(result.stderr).toBe('');
  });

  it('rejects a bad date and an unknown role with one line each', () => {
    const badDate = runRoles(['questions', 'po', '--date', '14/03/2026']);
    expect(badDate.status).toBe(2);
    expect(linesOf(badDate.stderr)).toEqual(['roles: --date "14/03/2026" is not a date (write it as YYYY-MM-DD, e.g. 2026-03-14, or --date today; a bare --date takes the next word as its value)']);
    const unknown = runRoles(['questions', 'prodct-owner']);
    expect(unknown.status).toBe(1);
    expect(linesOf(unknown.stderr)).toEqual(['roles: unknown role "prodct-owner" (did you mean product-owner?)']);
  });
});
