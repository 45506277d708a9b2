// `roles paths`: folder names that cannot drive the terminal, files that are not folders,
// and the same usage error as every other command for a --data folder that is not there.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linesOf, makeHome, runRoles } from '../helpers/run-roles.js';

const home = makeHome();
afterAll(() => home.cleanup());
const hostileDir = join(home.home, '\u001b]0;title\u0007\u001b[31mdir');
mkdirSync(hostileDir, { recursive: true });
const aFile = join(home.home, 'not-a-folder.yaml');
writeFileSync(aFile, 'id: x\n');

// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('roles paths', () => {
  it.each(['plain', 'text'])('shows the control characters of a folder name as \\u escapes in %s output', (format) => {
    const result = runRoles(['--data', hostileDir, 'paths', '--format', format], { env: home.env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('\\u001b]0;title\\u0007\\u001b[31mdir');
    expect(result.stdout.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('keeps the folder name as it is in JSON, where it is escaped', () => {
    const { folders } = JSON.parse(runRoles(['--data', hostileDir, 'paths', '--json'], { env: home.env }).stdout) as { folders: { dir: string; state: string; exists: boolean }[] };
    expect(folders.at(-1)).toEqual(expect.objectContaining({ dir: hostileDir, state: 'exists', exists: true }));
  });

  it('ends the table with a short note on stderr', () => {
    const result = runRoles(['paths', '--format', 'text'], { env: home.env });
    expect(result.stderr).toBe('Later folders win over earlier ones.\n');
    expect(result.stderr.length).toBeLessThan(40);
  });

  it('shows a ROLES_PATH entry that is a file as not a folder, and the other commands skip it quietly', () => {
    const result = runRoles(['paths'], { env: { ...home.env, ROLES_PATH: aFile } });
    expect(linesOf(result.stdout)).toContain(`ROLES_PATH\t${aFile}\tnot a folder`);
    const list = runRoles(['list'], { env: { ...home.env, ROLES_PATH: aFile } });
    expect(list.status).toBe(0);
    expect(list.stderr).toBe('');
  });

  it.each(['paths', 'list', 'validate'])('exits 2 with one line for a --data folder that does not exist or is a file (%s)', (command) => {
    const missing = runRoles(['--data', '/no/such/dir', command], { env: home.env });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('roles: --data folder "/no/such/dir" does not exist (pass a folder of role files)\n');
    const file = runRoles(['--data', aFile, command], { env: home.env });
    expect(file.status).toBe(2);
    expect(file.stderr).toBe(`roles: --data "${aFile}" is not a folder (pass a folder of role files)\n`);
  });

  it('keeps one line a folder at 40 columns where it can, breaking a long folder only after a "/", with no blank lines', () => {
    const deep = join(home.home, 'research', 'interviews-2026', 'product-roles');
    mkdirSync(deep, { recursive: true });
    const result = runRoles(['--data', deep, 'paths', '--format', 'text'], { env: { ...home.env, COLUMNS: '40' } });
    // The config file's line comes first, a blank line after it.
    const lines = linesOf(result.stdout).slice(linesOf(result.stdout).indexOf('') + 1);
    expect(lines).not.toContain('');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    const [header = '', ...rows] = lines;
    const at = header.indexOf('Folder');
    const folders: string[][] = [];
    for (const line of rows) {
      const piece = line.slice(at).replace(/ {2}\S.*$/, '').trim();
      if (/^\d/.test(line)) folders.push([piece]);
      else folders.at(-1)?.push(piece);
    }
    expect(folders.map((pieces) => pieces.join(''))).toContain(deep);
    for (const pieces of folders) for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/\/$/);
    expect(folders.some((pieces) => pieces.length > 1)).toBe(true);
  });
});
