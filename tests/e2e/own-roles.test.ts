// roles new and roles edit, with stand-in editors: scripts that change the file as a
// person would, so the run needs no terminal.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHome, ROOT, runRoles, type TestHome } from '../helpers/run-roles.js';

let home: TestHome;
let tools: string;
let own: string;

beforeEach(() => {
  home = makeHome();
  tools = mkdtempSync(join(tmpdir(), 'roles-editors-'));
  own = join(home.env.XDG_CONFIG_HOME, 'roles', 'roles');
});
afterEach(() => {
  home.cleanup();
  rmSync(tools, { recursive: true, force: true });
});

/** A script standing in for an editor: it runs `body` with the file as $1. */
function editor(name: string, body: string): string {
  const file = join(tools, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}

const roles = (args: string[], env: Record<string, string | undefined> = {}) => runRoles(args, { env: { ...home.env, VISUAL: undefined, EDITOR: undefined, ...env } });

describe('roles new', () => {
  it('writes a commented role file with the schema line into your folder, which validates and shows', () => {
    const result = roles(['new', 'data-steward']);
    const file = join(own, 'data-steward.yaml');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${file}\n`);
    const text = readFileSync(file, 'utf8');
    const schema = /^# yaml-language-server: \$schema=(.+)\n/.exec(text)?.[1] ?? '';
    expect(schema).toBe(join(ROOT, 'schema', 'role.schema.json'));
    expect(existsSync(schema)).toBe(true);
    expect(text).toMatch(/^# aliases:/m);
    expect(roles(['validate', file])).toMatchObject({ status: 0, stderr: 'roles: 1 file(s) checked, no problems\n' });
    expect(roles(['show', 'data-steward', '--format', 'plain']).stdout).toMatch(/^title\tData Steward$/m);
  });

  it('starts from another role with --from, under its own id and title and none of its names', () => {
    expect(roles(['new', 'growth-pm', '--from', 'pm']).status).toBe(0);
    const text = readFileSync(join(own, 'growth-pm.yaml'), 'utf8');
    expect(text).toMatch(/^id: growth-pm\ntitle: Growth Pm\n/m);
    expect(text).not.toMatch(/^aliases:/m);
    expect(text).toMatch(/^responsibilities:/m);
    expect(roles(['validate', join(own, 'growth-pm.yaml')]).status).toBe(0);
  });

  it('writes into the last --data folder when one is given', () => {
    const folder = mkdtempSync(join(tools, 'pack-'));
    expect(roles(['--data', folder, 'new', 'data-steward']).stdout).toBe(`${join(folder, 'data-steward.yaml')}\n`);
    expect(existsSync(join(own, 'data-steward.yaml'))).toBe(false);
  });

  it('refuses an id that names a role already, or a file that is there, and leaves it as it was', () => {
    expect(roles(['new', 'pm'])).toMatchObject({ status: 2, stderr: "roles: \"pm\" already names a role (choose another id, or run 'roles edit pm')\n" });
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, 'broken.yaml'), 'id: [\n');
    const result = roles(['new', 'broken']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`roles: ${join(own, 'broken.yaml')} already exists; a new role would overwrite it`);
    expect(readFileSync(join(own, 'broken.yaml'), 'utf8')).toBe('id: [\n');
  });

  it('refuses an id that is not lower case and hyphens', () => {
    expect(roles(['new', 'Data Steward'])).toMatchObject({ status: 2, stdout: '' });
  });
});

describe('roles edit', () => {
  it('opens your role in $VISUAL before $EDITOR and checks it when the editor is done', () => {
    roles(['new', 'data-steward']);
    const visual = editor('visual', `printf 'focus: "Stewardship: data people can trust"\\n' >> "$1"`);
    const result = roles(['edit', 'data-steward'], { VISUAL: visual, EDITOR: editor('editor', 'exit 3') });
    expect(result).toMatchObject({ status: 0, stderr: 'roles: 1 file(s) checked, no problems\n' });
    expect(roles(['show', 'data-steward', '--section', 'focus', '--format', 'plain']).stdout).toContain('Stewardship: data people can trust');
  });

  it('uses $EDITOR, else vi, found on PATH', () => {
    roles(['new', 'data-steward']);
    expect(roles(['edit', 'data-steward'], { EDITOR: editor('editor', 'echo "# edited by EDITOR" >> "$1"') }).status).toBe(0);
    editor('vi', 'echo "# edited by vi" >> "$1"');
    expect(roles(['edit', 'data-steward'], { PATH: `${tools}:${process.env.PATH}` }).status).toBe(0);
    expect(readFileSync(join(own, 'data-steward.yaml'), 'utf8')).toMatch(/# edited by EDITOR\n# edited by vi\n$/);
  });

  it('copies a built-in role into your folder first, says so, and your copy then wins', () => {
    const result = roles(['edit', 'pm'], { EDITOR: editor('editor', 'sed -i "s/^title: .*/title: Product Manager (mine)/" "$1"') });
    const copy = join(own, 'product-manager.yaml');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`roles: product-manager is built in, so it was copied to ${copy}, which you edit and which now wins over it\n`);
    const listed = JSON.parse(roles(['list', '--json']).stdout) as { id: string; title: string; file: string }[];
    expect(listed.find((row) => row.id === 'product-manager')).toMatchObject({ title: 'Product Manager (mine)', file: copy });
  });

  it('reports what is wrong with the file the editor left, and exits 1', () => {
    roles(['new', 'data-steward']);
    const result = roles(['edit', 'data-steward'], { EDITOR: editor('editor', 'echo "salary: lots" >> "$1"') });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/data-steward\.yaml:\d+:\d+: .*salary/);
  });

  it('stops when the editor fails, leaving the file as it was left', () => {
    roles(['new', 'data-steward']);
    const result = roles(['edit', 'data-steward'], { EDITOR: editor('editor', 'exit 4') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^roles: the editor ".*editor" exited with 4; .*data-steward\.yaml is as the editor left it/);
  });
});
