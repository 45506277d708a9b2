import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { ANSI, cleanEnv, linesOf, makeHome, ROOT, runRoles } from '../helpers/run-roles.js';

const home = makeHome();
afterAll(() => home.cleanup());

describe('the default views on an 80-column terminal', () => {
  const at80 = (args: string[]) => runRoles([...args, '--format', 'table'], { env: { COLUMNS: '80' } });

  it('lists one line per role under a header, every short name whole', () => {
    const result = at80(['list']);
    expect(result.stderr).toBe('');
    expect(linesOf(result.stdout)).toHaveLength(15);
    for (const name of ['pm', 'po', 'growth-manager', 'tpm', 'product-specialist']) expect(result.stdout).toMatch(new RegExp(`^${name} `, 'm'));
  });

  it('shows the card of a role in at most 22 lines, every section with --full', () => {
    const card = at80(['show', 'pm']);
    expect(linesOf(card.stdout).length).toBeLessThanOrEqual(22);
    expect(linesOf(card.stdout).at(-1)).toBe('More: roles show pm --full, or --section NAME');
    expect(linesOf(at80(['show', 'pm', '--full']).stdout).length).toBeGreaterThan(100);
  });
});

describe('roles list', () => {
  it('prints one tab-separated role per line when piped', () => {
    const result = runRoles(['list']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = linesOf(result.stdout);
    expect(lines).toHaveLength(14);
    expect(lines).toContainEqual(expect.stringMatching(/^product-manager\tProduct Manager\tpm\tproduct\t/));
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('prints valid JSON with the file format field names', () => {
    const roles = JSON.parse(runRoles(['list', '--json']).stdout) as Record<string, unknown>[];
    expect(roles).toHaveLength(14);
    expect(roles[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), aliases: expect.any(Array), family: expect.any(String), focus: expect.any(String) }));
  });

  it('filters by family', () => {
    const ids = JSON.parse(runRoles(['list', '--family', 'delivery', '--format', 'json']).stdout).map((r: { id: string }) => r.id);
    expect(ids.sort()).toEqual(['program-manager', 'project-manager']);
  });

  it('says which families exist when a family has no roles', () => {
    const result = runRoles(['list', '--family', 'astronomy']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^roles: no role in family "astronomy" \(families: .*product.*\)\n$/);
  });

  it('prints a Markdown table that passes markdownlint', () => {
    const result = runRoles(['list', '--format', 'md']);
    expect(markdownProblems(result.stdout)).toEqual([]);
    expect(result.stdout).toContain('| Product Owner |');
  });

  it.each([10, 16, 40, 80])('keeps the table within COLUMNS=%i', (columns) => {
    const result = runRoles(['list', '--format', 'table'], { env: { COLUMNS: String(columns) } });
    expect(result.status).toBe(0);
    for (const line of linesOf(result.stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
  });

  it('stacks each role when the terminal is too narrow for the table, and says so on stderr', () => {
    const result = runRoles(['list', '--format', 'table'], { env: { COLUMNS: '16' } });
    expect(result.stdout).toMatch(/^Business Analyst\n {2}Names:/);
    expect(result.stderr).toBe('roles: 16 columns is too narrow for the role table, so each role is stacked (widen the terminal or set COLUMNS)\n');
    expect(runRoles(['list', '--format', 'table']).stderr).toBe('');
  });
});

describe('roles show', () => {
  it.each(['pm', 'PM', 'product-manager', 'Product Manager', 'product manager'])('finds the Product Manager as %j', (name) => {
    const result = runRoles(['show', name, '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).id).toBe('product-manager');
  });

  it('prints the role object of the file format as JSON', () => {
    const role = JSON.parse(runRoles(['show', 'po', '--json']).stdout);
    expect(Object.keys(role)).toEqual(expect.arrayContaining(['id', 'title', 'aliases', 'family', 'summary', 'focus', 'responsibilities', 'works_with', 'research', 'sources']));
    expect(role.research.questions.length).toBeGreaterThanOrEqual(6);
  });

  it('prints YAML that reads back to the same role', async () => {
    const { parse } = await import('yaml');
    const yaml = runRoles(['show', 'ba', '--format', 'yaml']).stdout;
    expect(parse(yaml)).toEqual(JSON.parse(runRoles(['show', 'ba', '--json']).stdout));
  });

  it('prints readable sections within COLUMNS=40', () => {
    const result = runRoles(['show', 'pm', '--format', 'text', '--full'], { env: { COLUMNS: '40' } });
    expect(result.stdout).toContain('RESPONSIBILITIES');
    for (const line of linesOf(result.stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(40);
  });

  it('prints only the text of the sections asked for when piped, ready to paste into notes', async () => {
    const { parse } = await import('yaml');
    const role = parse(readFileSync(join(ROOT, 'data', 'roles', 'product-manager.yaml'), 'utf8')) as { summary: string; skills: (string | { text: string })[]; early_career: string };
    expect(runRoles(['show', 'pm', '--section', 'summary']).stdout).toBe(`${role.summary.trim()}\n`);
    const result = runRoles(['show', 'pm', '--section', 'skills', '--section', 'early-career']);
    expect(result.stdout).toBe(`${role.skills.map((skill) => (typeof skill === 'string' ? skill : skill.text)).join('\n')}\n\n${role.early_career.trim()}\n`);
  });

  it.each([['--json'], ['--format', 'yaml'], ['--format', 'json']])('refuses --section with %s, which prints the whole role, as a usage error', (...format) => {
    const result = runRoles(['show', 'pm', '--section', 'summary', ...format]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^roles: --section works with text, plain and md output, not (json|yaml) \(--json and --format yaml print the whole role\)\n$/);
  });

  it('rejects an unknown section as a usage error listing the valid ones', () => {
    const result = runRoles(['show', 'pm', '--section', 'salary']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^roles: unknown section "salary" \(choose from summary, .*sources\)\n$/);
  });

  it('prints Markdown that passes markdownlint for every built-in role', () => {
    const ids = JSON.parse(runRoles(['list', '--json']).stdout).map((r: { id: string }) => r.id);
    for (const id of ids) expect(markdownProblems(runRoles(['show', id, '--format', 'md']).stdout), id).toEqual([]);
  });

  it('names an unknown role and suggests close ones, exit 1', () => {
    const result = runRoles(['show', 'prodct-ownr']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('roles: unknown role "prodct-ownr" (did you mean product-owner?)\n');
  });
});

describe('colour', () => {
  it('is off in a pipe, on with --color always, off with NO_COLOR', () => {
    expect(runRoles(['show', 'pm', '--format', 'text']).stdout).not.toMatch(ANSI);
    expect(runRoles(['show', 'pm', '--format', 'text', '--color', 'always']).stdout).toMatch(ANSI);
    expect(runRoles(['list', '--format', 'table', '--color=always']).stdout).toMatch(ANSI);
    expect(runRoles(['show', 'pm', '--format', 'text'], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runRoles(['show', 'pm', '--format', 'text', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runRoles(['show', 'pm', '--format', 'text'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });

  it('never colours table borders or headers in a pipe', () => {
    expect(runRoles(['list', '--format', 'table']).stdout).not.toMatch(ANSI);
  });
});

describe('usage and exit codes', () => {
  it('exits 2 with one line for an unknown option or a missing argument', () => {
    for (const args of [['list', '--bogus'], ['show'], ['frobnicate'], ['--color', 'sometimes', 'list']]) {
      const result = runRoles(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(linesOf(result.stderr), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(/^roles: /);
    }
  });

  it('prints help with an example on every command, exit 0', () => {
    for (const command of ['list', 'show', 'paths', 'validate']) {
      const result = runRoles([command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Example/);
    }
    expect(runRoles([]).stdout).toMatch(/^roles explains/);
  });

  it('prints the version from package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    expect(runRoles(['--version']).stdout.trim()).toBe(version);
  });

  it('exits 0 quietly when the reader stops early', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" bin/roles.cjs list | head -1`], { encoding: 'utf8', cwd: ROOT, env: cleanEnv() });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(linesOf(result.stdout)).toHaveLength(1);
  });
});

describe('layers of role folders', () => {
  const write = (dir: string, name: string, text: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  const configDir = join(home.env.XDG_CONFIG_HOME, 'roles', 'roles');
  const envDir = join(home.home, 'env-roles');
  const flagDir = join(home.home, 'flag-roles');
  write(configDir, 'steward.yaml', 'id: data-steward\ntitle: Data Steward\nsummary: From config.\nworks_with: [product-owner]\n');
  write(configDir, 'pm.yaml', 'id: product-manager\ntitle: Product Manager\naliases: [pm]\nsummary: Config PM.\n');
  write(envDir, 'pm.yaml', 'id: product-manager\ntitle: Product Manager\naliases: [pm]\nsummary: ROLES_PATH PM.\n');
  write(flagDir, 'pm.yaml', 'id: product-manager\ntitle: Product Manager\naliases: [pm]\nsummary: Flag PM.\n');
  write(flagDir, 'broken.yaml', 'id: broken\ntitle: [oops\n');
  const summary = (args: string[], env: Record<string, string> = {}) => JSON.parse(runRoles(['show', 'pm', '--json', ...args], { env: { ...home.env, ...env } }).stdout).summary;

  it('reads the user config folder and lets later layers win: config < ROLES_PATH < --data', () => {
    expect(summary([])).toBe('Config PM.');
    expect(summary([], { ROLES_PATH: envDir })).toBe('ROLES_PATH PM.');
    expect(summary(['--data', flagDir], { ROLES_PATH: envDir })).toBe('Flag PM.');
  });

  it('shows a user role that refers to a built-in one', () => {
    const result = runRoles(['show', 'data-steward', '--section', 'works-with'], { env: home.env });
    expect(result.stdout).toContain('Product Owner (product-owner)');
  });

  it('reports a broken file with file:line:col and still shows the other roles', () => {
    const result = runRoles(['list', '--data', flagDir], { env: home.env });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(linesOf(result.stdout)).toHaveLength(15);
  });

  it('treats a missing --data folder as a usage error but ignores a missing ROLES_PATH entry', () => {
    expect(runRoles(['list', '--data', '/no/such/dir'], { env: home.env }).status).toBe(2);
    const result = runRoles(['list'], { env: { ...home.env, ROLES_PATH: '/no/such/dir' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('lists the folders in effect, in order, and which exist', () => {
    const result = runRoles(['paths', '--data', flagDir], { env: { ...home.env, ROLES_PATH: `/no/such/dir:${envDir}` } });
    expect(linesOf(result.stdout).map((line) => line.split('\t').filter((_, i) => i !== 1).join(' '))).toEqual([
      'config-file missing', 'builtin exists', 'config exists', 'ROLES_PATH missing', 'ROLES_PATH exists', '--data exists',
    ]);
  });
});

describe('roles validate', () => {
  it('passes the built-in data and every layer with exit 0', () => {
    const result = runRoles(['validate']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('no problems');
  });

  it('prints every problem of a file as file:line:col and exits 1', () => {
    const dir = join(home.home, 'to-validate');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'bad.yaml'), 'id: Bad_Id\ntitle: X\nsummary: S\nworks_with: [nobody]\nsalary: lots\n');
    const result = runRoles(['validate', join(dir, 'bad.yaml')], { env: home.env, cwd: dir });
    expect(result.status).toBe(1);
    expect(linesOf(result.stdout)).toEqual([
      'bad.yaml:1:5: id: must be kebab-case: lower-case letters and digits joined by hyphens',
      'bad.yaml:5:1: warning: salary: unknown field salary; it is ignored (see docs/role-format.md for the fields)',
    ]);
  });

  it('checks references against the other layers', () => {
    const dir = join(home.home, 'refs');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ok.yaml'), 'id: ok-role\ntitle: OK Role\nsummary: S\nworks_with: [product-owner]\n');
    writeFileSync(join(dir, 'dangling.yaml'), 'id: dangling\ntitle: Dangling\nsummary: S\nworks_with: [ghost-role]\n');
    const result = runRoles(['validate', dir], { env: home.env, cwd: dir });
    expect(result.status).toBe(1);
    expect(linesOf(result.stdout)).toEqual(['dangling.yaml:4:14: works_with[0]: "ghost-role" is not the id of any loaded role; fix the id or add that role']);
  });
});
