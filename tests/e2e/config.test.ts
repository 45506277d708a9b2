// The config file, run as a user would: each level of precedence against the next
// (flags > environment > config file > built-in defaults), its problems as one line
// and exit 2, and what roles paths says of it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeWithConfig } from '../helpers/config-home.js';
import { ANSI, BIN, cleanEnv, linesOf, ROOT, runRoles, type TestHome } from '../helpers/run-roles.js';

function roleFile(dir: string, id: string, summary: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${id}.yaml`), `id: ${id}\ntitle: Test Role\nsummary: ${summary}\n`);
}

describe('color in the config file', () => {
  const always = homeWithConfig('color: always\n');
  const never = homeWithConfig('color: never\n');
  const list = (home: TestHome, args: string[] = [], env: Record<string, string> = {}) => runRoles([...args, 'list', '--format', 'text'], { env: { ...home.env, ...env } }).stdout;

  it('turns colour on where the built-in default (auto, off in a pipe) would not', () => {
    expect(list(homeWithConfig())).not.toMatch(ANSI);
    expect(list(always)).toMatch(ANSI);
  });

  it('gives way to the environment: NO_COLOR, FORCE_COLOR=0 and TERM=dumb turn it off, FORCE_COLOR on', () => {
    expect(list(always, [], { NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(list(always, [], { FORCE_COLOR: '0' })).not.toMatch(ANSI);
    expect(list(always, [], { TERM: 'dumb' })).not.toMatch(ANSI);
    expect(list(never, [], { FORCE_COLOR: '1' })).toMatch(ANSI);
  });

  it('gives way to a flag, --color auto included, and the flag to nothing', () => {
    expect(list(always, ['--color', 'auto'])).not.toMatch(ANSI);
    expect(list(always, ['--no-color'])).not.toMatch(ANSI);
    expect(list(never, ['--color', 'always'])).toMatch(ANSI);
    expect(list(never, ['--color', 'always'], { NO_COLOR: '1' })).toMatch(ANSI);
  });
});

describe('format in the config file', () => {
  const md = homeWithConfig('format: md\n');
  const yaml = homeWithConfig('format: yaml\n');
  const run = (home: TestHome, args: string[]) => runRoles(args, { env: home.env });

  it('is the format of every command that has it, piped or not', () => {
    expect(run(md, ['list']).stdout).toMatch(/^# Roles\n/);
    expect(run(md, ['questions', 'pm', '--no-common']).stdout).toMatch(/^# Research questions for Product Manager\n/);
    expect(run(yaml, ['show', 'pm']).stdout).toMatch(/^id: product-manager\n/);
  });

  it('leaves a command without that format to its own default', () => {
    expect(run(md, ['paths']).stdout).toMatch(/^config-file\t/);
    expect(run(yaml, ['list']).stdout).toMatch(/^business-analyst\tBusiness Analyst\t/);
  });

  it('gives way to --format and --json', () => {
    expect(run(md, ['list', '--format', 'plain']).stdout).toMatch(/^business-analyst\t/);
    expect(JSON.parse(run(md, ['list', '--json']).stdout)).toBeInstanceOf(Array);
  });
});

describe('data in the config file', () => {
  const home = homeWithConfig('data:\n  - ../../pack\n  - ~/more-roles\n');
  const pack = join(home.home, 'pack');
  const more = join(home.home, 'more-roles');
  const envDir = join(home.home, 'env-roles');
  const userDir = join(home.env.XDG_CONFIG_HOME, 'roles', 'roles');
  roleFile(userDir, 'layered', 'From your folder.');
  roleFile(pack, 'layered', 'From the pack.');
  roleFile(pack, 'pack-only', 'Only in the pack.');
  roleFile(more, 'home-only', 'Only under ~.');
  roleFile(envDir, 'layered', 'From ROLES_PATH.');
  const flagDir = join(home.home, 'flag-roles');
  roleFile(flagDir, 'layered', 'From --data.');
  const summary = (args: string[], env: Record<string, string> = {}) => JSON.parse(runRoles([...args, 'show', 'layered', '--json'], { env: { ...home.env, ...env } }).stdout).summary;

  it("reads its folders, a relative one from the config file's folder and ~ from the home folder", () => {
    const ids = linesOf(runRoles(['list'], { env: home.env }).stdout).map((line) => line.split('\t')[0]);
    expect(ids).toEqual(expect.arrayContaining(['pack-only', 'home-only']));
  });

  it('wins over your folder, and gives way to ROLES_PATH and --data', () => {
    expect(summary([])).toBe('From the pack.');
    expect(summary([], { ROLES_PATH: envDir })).toBe('From ROLES_PATH.');
    expect(summary(['--data', flagDir], { ROLES_PATH: envDir })).toBe('From --data.');
  });

  it('shows its folders in roles paths, between your folder and ROLES_PATH', () => {
    const records = linesOf(runRoles(['paths'], { env: { ...home.env, ROLES_PATH: envDir } }).stdout).map((line) => line.split('\t'));
    expect(records.map(([origin, dir]) => `${origin} ${dir}`)).toEqual([
      `config-file ${home.file}`,
      `builtin ${join(ROOT, 'data', 'roles')}`,
      `config ${userDir}`,
      `config.yaml ${pack}`,
      `config.yaml ${more}`,
      `ROLES_PATH ${envDir}`,
    ]);
  });

  it('feeds role names to shell completion', () => {
    const complete = spawnSync(process.execPath, [BIN, '__complete', '--', 'show', 'pack-'], { env: cleanEnv(home.env), encoding: 'utf8' });
    expect(complete.stdout).toBe('pack-only\n');
  });
});

describe('company in the config file', () => {
  const home = homeWithConfig('company: Acme Corp\n');
  const exportLine = (args: string[]) => runRoles(['checklist', 'po', '--export', ...args], { env: home.env }).stderr;

  it('is the company of a checklist when no --company or --file is given', () => {
    expect(exportLine([])).toContain('no saved checklist for product-owner at "Acme Corp"');
  });

  it('gives way to --company, and is not used with --file, whose session names its own company', () => {
    expect(exportLine(['--company', 'Beta'])).toContain('at "Beta"');
    const session = join(home.home, 'session.json');
    writeFileSync(session, JSON.stringify({ format: 'roles-checklist', version: 1, role: { id: 'product-owner', title: 'Product Owner' }, company: 'Other', createdAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z', questions: [{ group: 'common', text: 'Who decides?' }] }));
    const result = runRoles(['checklist', '--file', session, '--export', 'po'], { env: home.env });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^# Research notes: Product Owner at Other\n/);
  });
});

describe('a config file with a problem', () => {
  it.each([
    ['an unknown key, with the nearest setting', 'color: never\ncolour: never\n', ':2:1: colour: unknown setting; did you mean color? (see \'roles help config\')'],
    ['a bad value', 'color: blue\n', ':1:8: color: must be one of auto, always, never, got "blue"'],
    ['a wrong type', 'data: ~/roles\n', ':1:7: data: expected a list, got text'],
    ['a format that does not exist', 'format: html\n', ':1:9: format: must be one of table, text, plain, md, markdown, json, yaml, got "html"'],
    ['a pager that is a number', 'pager: 3\n', ':1:8: pager: expected a pager command such as "less -R", or false for none'],
    ['a list instead of settings', '- color\n', ':1:1: expected a mapping of fields, got a list'],
    ['broken YAML', 'color: [never\n', ':2:1: invalid YAML'],
  ])('%s is one line, file:line:col, and exit 2', (_, text, expected) => {
    const home = homeWithConfig(text);
    const result = runRoles(['list'], { env: home.env });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(linesOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain(`roles: ${home.file}${expected}`);
  });

  it('counts the other problems in the same line', () => {
    const result = runRoles(['list'], { env: homeWithConfig('color: blue\nformat: html\n').env });
    expect(result.stderr).toMatch(/:1:8: .*\(1 more problem\(s\) in the file; see 'roles help config'\)\n$/);
  });

  it('leaves help, the version and completion working, so that help can explain the file', () => {
    const home = homeWithConfig('colour: blue\n');
    for (const args of [['help', 'config'], ['--help'], ['list', '--help'], ['--version'], ['completion', 'bash']]) {
      const result = runRoles(args, { env: home.env });
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stderr, args.join(' ')).toBe('');
    }
    expect(runRoles(['__complete', '--', 'show', 'p'], { env: home.env }).stdout).toContain('pm\n');
  });

  it('is not read with ROLES_CONFIG empty, which runs without any config file', () => {
    const home = homeWithConfig('colour: blue\n');
    const result = runRoles(['list'], { env: { ...home.env, ROLES_CONFIG: '' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('is a usage error when ROLES_CONFIG names a file that does not exist', () => {
    const home = homeWithConfig();
    const missing = join(home.home, 'nope.yaml');
    const result = runRoles(['list'], { env: { ...home.env, ROLES_CONFIG: missing } });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`roles: ROLES_CONFIG names ${missing}, which does not exist (create it, or set ROLES_CONFIG= to run without a config file)\n`);
  });
});

describe('roles paths and the config file', () => {
  it('names the file in effect and whether it exists, in every format', () => {
    const none = homeWithConfig();
    expect(runRoles(['paths'], { env: none.env }).stdout).toMatch(new RegExp(`^config-file\\t${none.file}\\tmissing\\n`));
    expect(runRoles(['paths', '--format', 'text'], { env: { ...none.env, COLUMNS: '200' } }).stdout).toMatch(/^Config file: .*config\.yaml \(not found; built-in defaults\)\n\n#/);
    const some = homeWithConfig('# nothing set yet\n');
    expect(JSON.parse(runRoles(['paths', '--json'], { env: some.env }).stdout).config).toEqual({ file: some.file, from: 'XDG_CONFIG_HOME', exists: true });
  });

  it('says when ROLES_CONFIG names the file, or none', () => {
    const home = homeWithConfig();
    const other = join(home.home, 'other.yaml');
    writeFileSync(other, 'color: never\n');
    expect(runRoles(['paths', '--format', 'text'], { env: { ...home.env, ROLES_CONFIG: other, COLUMNS: '200' } }).stdout).toMatch(/^Config file: .*other\.yaml \(from ROLES_CONFIG\)\n/);
    expect(runRoles(['paths', '--format', 'text'], { env: { ...home.env, ROLES_CONFIG: '' } }).stdout).toMatch(/^Config file: none \(ROLES_CONFIG is empty\)\n/);
    expect(runRoles(['paths'], { env: { ...home.env, ROLES_CONFIG: '' } }).stdout).toMatch(/^config-file\t\tnone\n/);
  });
});
