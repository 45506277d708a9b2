// The config file's pieces on their own: where it is, what it says, and how each setting
// meets the flags and the environment that win over it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideColor } from '../../src/cli/io.js';
import { resolveFormat } from '../../src/cli/output-format.js';
import { pagerCommandLine } from '../../src/cli/pager.js';
import { optionsFromConfig } from '../../src/config/config-defaults.js';
import { FORMAT_NAMES } from '../../src/config/config-schema.js';
import { configFileFor, loadConfig } from '../../src/config/load-config.js';
import { isRolesError, type RolesError } from '../../src/format/roles-error.js';

const dir = mkdtempSync(join(tmpdir(), 'roles-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let made = 0;

function configWith(text: string): Record<string, string> {
  const file = join(dir, `config-${++made}.yaml`);
  writeFileSync(file, text);
  return { HOME: '/home/me', ROLES_CONFIG: file };
}

async function problemOf(text: string): Promise<RolesError> {
  const error: unknown = await loadConfig(configWith(text), dir).catch((caught: unknown) => caught);
  if (!isRolesError(error)) throw new Error(`expected a RolesError, got ${String(error)}`);
  return error;
}

describe('configFileFor', () => {
  it('is config.yaml under XDG_CONFIG_HOME, else ~/.config', () => {
    expect(configFileFor({ XDG_CONFIG_HOME: '/x' }, '/home/me', '/cwd')).toEqual({ file: '/x/roles/config.yaml', from: 'XDG_CONFIG_HOME' });
    expect(configFileFor({}, '/home/me', '/cwd').file).toBe('/home/me/.config/roles/config.yaml');
  });

  it('is the file ROLES_CONFIG names, from the working folder, or none when it is empty', () => {
    expect(configFileFor({ ROLES_CONFIG: 'my.yaml' }, '/home/me', '/cwd')).toEqual({ file: '/cwd/my.yaml', from: 'ROLES_CONFIG' });
    expect(configFileFor({ ROLES_CONFIG: '' }, '/home/me', '/cwd')).toEqual({ file: undefined, from: 'ROLES_CONFIG' });
  });
});

describe('loadConfig', () => {
  it('reads every setting, folders made absolute from the file and the home folder', async () => {
    const config = await loadConfig(configWith('color: never\npager: less -R\nformat: md\ndata: [pack, ~/roles, /abs]\ncompany: Acme\n'), dir);
    expect(config).toMatchObject({ exists: true, color: 'never', pager: 'less -R', format: 'md', company: 'Acme', data: [join(dir, 'pack'), '/home/me/roles', '/abs'] });
  });

  it.each([
    ['false', false],
    ['never', false],
    ['cat', false],
    ['""', false],
    ['true', undefined],
  ])('reads pager: %s as %s', async (written, expected) => {
    expect((await loadConfig(configWith(`pager: ${written}\n`), dir)).pager).toBe(expected);
  });

  it('takes a file of comments or nothing for every default', async () => {
    for (const text of ['', '# color: never\n\n', '---\n# nothing\n...\n']) expect(await loadConfig(configWith(text), dir)).toMatchObject({ exists: true, data: [] });
  });

  it('is every default when the usual file does not exist', async () => {
    expect(await loadConfig({ HOME: dir, XDG_CONFIG_HOME: join(dir, 'none') }, dir)).toEqual({ file: join(dir, 'none', 'roles', 'config.yaml'), from: 'XDG_CONFIG_HOME', exists: false, data: [] });
  });

  it('makes an unknown key a usage error where a role file would only warn', async () => {
    const error = await problemOf('color: never\npagr: less\n');
    expect(error).toMatchObject({ kind: 'usage', exitCode: 2, message: 'pagr: unknown setting; did you mean pager?', location: { line: 2, col: 1 } });
    expect((await problemOf('shade: dark\n')).message).toBe('shade: unknown setting');
  });

  it.each([
    ['company: ""\n', 'company: must not be empty'],
    ['company: "--"\n', 'company: needs a letter or digit to name its checklists by'],
    ['data: [""]\n', 'data[0]: must not be empty'],
    ['company: 1234\n', 'company: expected text, got the number 1234; put it in quotes to keep it as text'],
  ])('refuses %j', async (text, message) => {
    expect((await problemOf(text)).message).toBe(message);
  });
});

describe('optionsFromConfig', () => {
  const config = { format: 'md' as const, company: 'Acme' };
  const given = (command: string, values: Record<string, unknown>, flags = ['--format', '--json', '--company', '--file']) => optionsFromConfig(config, { command, flags, values });

  it('gives the format as a default to a command with --format, unless --format or --json is given', () => {
    expect(given('list', {})).toEqual({ defaultFormat: 'md' });
    expect(given('list', { format: 'plain' })).toEqual({});
    expect(given('list', { json: true })).toEqual({});
    expect(given('new', {}, ['--from'])).toEqual({});
  });

  it('gives the company to a checklist with no --company and no --file, and to no other command', () => {
    expect(given('checklist', {})).toEqual({ defaultFormat: 'md', company: 'Acme' });
    expect(given('checklist', { company: 'Beta' })).toEqual({ defaultFormat: 'md' });
    expect(given('checklist', { file: 's.json' })).toEqual({ defaultFormat: 'md' });
    expect(given('questions', {})).toEqual({ defaultFormat: 'md' });
  });
});

describe('resolveFormat with the config file format', () => {
  it('uses it when the command has it, else its own default, and never over --format or --json', () => {
    expect(resolveFormat({ defaultFormat: 'md' }, false, ['text', 'plain', 'md', 'json'])).toBe('md');
    expect(resolveFormat({ defaultFormat: 'md' }, true, ['text', 'plain', 'json'])).toBe('text');
    expect(resolveFormat({ defaultFormat: 'md' }, false, ['text', 'plain', 'json'])).toBe('plain');
    expect(resolveFormat({ defaultFormat: 'markdown', format: 'json' }, false, ['md', 'json'])).toBe('json');
    expect(resolveFormat({ defaultFormat: 'md', json: true }, false, ['md', 'json'])).toBe('json');
  });

  it('knows every format name the config file accepts', () => {
    for (const name of FORMAT_NAMES) expect(() => resolveFormat({ format: name }, false, ['text', 'plain', 'md', 'json', 'yaml'])).not.toThrow();
  });
});

describe('decideColor with the config file colour', () => {
  it('applies only when no flag and no colour variable has decided', () => {
    expect(decideColor(undefined, false, {}, 'always')).toBe(true);
    expect(decideColor(undefined, true, {}, 'never')).toBe(false);
    expect(decideColor(undefined, true, {}, 'auto')).toBe(true);
    expect(decideColor('auto', false, {}, 'always')).toBe(false);
    expect(decideColor(undefined, false, { NO_COLOR: '1' }, 'always')).toBe(false);
    expect(decideColor(undefined, true, { FORCE_COLOR: '1' }, 'never')).toBe(true);
  });
});

describe('pagerCommandLine with the config file pager', () => {
  it('comes after ROLES_PAGER and PAGER, before less', () => {
    expect(pagerCommandLine({}, 'most')).toBe('most');
    expect(pagerCommandLine({}, false)).toBeUndefined();
    expect(pagerCommandLine({ PAGER: 'more' }, false)).toBe('more');
    expect(pagerCommandLine({ ROLES_PAGER: 'pg', PAGER: 'more' }, 'most')).toBe('pg');
    expect(pagerCommandLine({}, undefined)).toBe('less -FRX');
  });
});
