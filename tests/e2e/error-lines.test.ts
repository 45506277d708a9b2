// Error lines: one line each, never raw control characters from the arguments, and a
// clear message when the output cannot be written.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, linesOf, runRoles } from '../helpers/run-roles.js';

// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('error lines', () => {
  it.each([
    ['an unknown role', ['show', '\u001b[31mpm\u0007'], 1, 'roles: unknown role "\\u001b[31mpm\\u0007"'],
    ['an unknown command', ['\u001b]0;title\u0007list'], 2, "roles: unknown command '\\u001b]0;title\\u0007list'"],
    ['an unknown option', ['list', '--\u001b[2J'], 2, "roles: unknown option '--\\u001b[2J'"],
    ['a missing --data folder', ['--data', '/no/such/\u009b1A', 'list'], 2, 'roles: --data folder "/no/such/\\u009b1A" does not exist'],
  ])('show the control characters of %s as \\u escapes', (_what, args, status, start) => {
    const result = runRoles(args);
    expect(result.status).toBe(status);
    expect(result.stderr.startsWith(start)).toBe(true);
    expect(result.stderr.replace(/\n$/, '')).not.toMatch(RAW_CONTROL);
  });

  it.each([
    ['a role', ['show', 'p\nm']],
    ['--format', ['show', 'pm', '--format', 'x\ny']],
    ['--section', ['show', 'pm', '--section', 'a\nb']],
    ['--company', ['checklist', 'po', '--company', 'a\nb', '--export']],
    ['--file', ['checklist', '--file', 'a\nb', '--export']],
    ['--data', ['--data', 'a\nb', 'list']],
    ['compare', ['compare', 'pm', 'x\ny']],
    ['validate', ['validate', 'a\nb']],
    ['a command', ['li\nst']],
    ['an option', ['list', '--x\ny']],
  ])('keep a line break in %s inside one line, shown as \\u000a', (_what, args) => {
    const result = runRoles(args);
    expect(result.status).not.toBe(0);
    expect(linesOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('\\u000a');
  });

  it('shows zero-width characters in an argument as escapes', () => {
    const result = runRoles(['show', 'p\u200bm\u200d']);
    expect(result.stderr).toMatch(/^roles: unknown role "p\\u200bm\\u200d"/);
  });

  it('keeps the suggestion of an unknown command after a line break in it', () => {
    expect(runRoles(['lis\nt']).stderr).toBe("roles: unknown command 'lis\\u000at' (did you mean list?)\n");
    expect(runRoles(['lsit']).stderr).toBe("roles: unknown command 'lsit' (did you mean list?)\n");
  });

  it('gives the --debug stack trace the names and lines of the TypeScript sources, though the bundle is minified', () => {
    const result = runRoles(['show', 'no-such-role', '--debug']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/at requireRole \(.*src\/catalog\/lookup-role\.ts:\d+:\d+\)/);
    expect(result.stderr).toMatch(/at runShow \(.*src\/commands\/show\.ts:\d+:\d+\)/);
  });

  it('keeps the --debug stack trace free of raw control characters too', () => {
    const result = runRoles(['show', '\u001b[31mpm', '--debug']);
    expect(result.stderr).toContain('\\u001b[31mpm');
    expect(result.stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
  });
});

describe.runIf(existsSync('/dev/full'))('output to a full disk', () => {
  it.each([['list'], ['show', 'pm', '--format', 'md'], ['--help'], ['--version'], ['-V']])('is one clear line and exit 1 for roles %s', (...args) => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [BIN, ...args], { env: cleanEnv(), stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('roles: cannot write the output (no space left on device)\n');
    } finally {
      closeSync(full);
    }
  });
});
