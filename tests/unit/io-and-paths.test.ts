import { describe, expect, it } from 'vitest';
import { decideColor, decideWidth } from '../../src/cli/io.js';
import { resolveFormat } from '../../src/cli/output-format.js';
import { homedir } from 'node:os';
import { cacheHome, configHome, dataHome, homeDirectory, roleLayers } from '../../src/catalog/data-paths.js';

describe('decideColor', () => {
  it('colours a terminal and not a pipe', () => {
    expect(decideColor('auto', true, {})).toBe(true);
    expect(decideColor('auto', false, {})).toBe(false);
  });
  it('turns colour off for NO_COLOR and TERM=dumb, and on for FORCE_COLOR', () => {
    expect(decideColor('auto', true, { NO_COLOR: '1' })).toBe(false);
    expect(decideColor('auto', true, { NO_COLOR: '' })).toBe(true);
    expect(decideColor('auto', true, { TERM: 'dumb' })).toBe(false);
    expect(decideColor('auto', false, { FORCE_COLOR: '1' })).toBe(true);
    expect(decideColor('auto', false, { FORCE_COLOR: '0' })).toBe(false);
  });
  it('turns colour off on a terminal for FORCE_COLOR=0 or false, as Node and chalk read it', () => {
    expect(decideColor('auto', true, { FORCE_COLOR: '0' })).toBe(false);
    expect(decideColor('auto', true, { FORCE_COLOR: 'false' })).toBe(false);
    expect(decideColor('always', true, { FORCE_COLOR: '0' })).toBe(true);
  });
  it('lets the flag win over the environment', () => {
    expect(decideColor('always', false, { NO_COLOR: '1' })).toBe(true);
    expect(decideColor('never', true, { FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('decideWidth', () => {
  it('prefers the terminal, then COLUMNS, then 80', () => {
    expect(decideWidth(120, { COLUMNS: '40' })).toBe(120);
    expect(decideWidth(undefined, { COLUMNS: '40' })).toBe(40);
    expect(decideWidth(undefined, { COLUMNS: 'wide' })).toBe(80);
    expect(decideWidth(undefined, {})).toBe(80);
  });
});

describe('resolveFormat', () => {
  it('defaults to text on a terminal and plain in a pipe', () => {
    expect(resolveFormat({}, true, ['text', 'plain'])).toBe('text');
    expect(resolveFormat({}, false, ['text', 'plain'])).toBe('plain');
  });
  it('treats table as text, --json as json, and rejects formats a command lacks', () => {
    expect(resolveFormat({ format: 'table' }, false, ['text'])).toBe('text');
    expect(resolveFormat({ json: true, format: 'md' }, true, ['json'])).toBe('json');
    expect(() => resolveFormat({ format: 'yaml' }, true, ['text', 'json'])).toThrow(/unknown format "yaml"/);
  });
});

describe('XDG folders and role layers', () => {
  it('uses XDG variables when absolute and falls back under HOME', () => {
    expect(configHome({ XDG_CONFIG_HOME: '/x/config' }, '/home/me')).toBe('/x/config');
    expect(configHome({ XDG_CONFIG_HOME: 'relative' }, '/home/me')).toBe('/home/me/.config');
    expect(dataHome({}, '/home/me')).toBe('/home/me/.local/share');
    expect(cacheHome({}, '/home/me')).toBe('/home/me/.cache');
  });

  it('orders layers built-in, user config, ROLES_PATH, --data', () => {
    const layers = roleLayers({ builtinDir: '/pkg/data/roles', env: { ROLES_PATH: '/a::rel' }, home: '/home/me', cwd: '/work', dataDirs: ['d1', '/d2'] });
    expect(layers).toEqual([
      { origin: 'builtin', dir: '/pkg/data/roles' },
      { origin: 'config', dir: '/home/me/.config/roles/roles' },
      { origin: 'ROLES_PATH', dir: '/a' },
      { origin: 'ROLES_PATH', dir: '/work/rel' },
      { origin: '--data', dir: '/work/d1' },
      { origin: '--data', dir: '/d2' },
    ]);
  });
});

describe('homeDirectory', () => {
  it("is $HOME when set, else the account's home folder", () => {
    expect(homeDirectory({ HOME: '/home/someone' })).toBe('/home/someone');
    expect(homeDirectory({ HOME: '' })).toBe(homedir());
    expect(homeDirectory({})).toBe(homedir());
  });
});
