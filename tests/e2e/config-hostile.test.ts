// Config files that are not what they seem, or cost what they should not: refused at
// once with one line, and read without loading the YAML parser where it is not needed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { homeWithConfig } from '../helpers/config-home.js';
import { BIN, cleanEnv, linesOf, NOBODY, ROOT, runRoles, type TestHome } from '../helpers/run-roles.js';

describe('a hostile config file', () => {
  const cases: [string, (file: string) => void, RegExp][] = [
    ['a file over 1 MiB', (file) => writeFileSync(file, `# ${'x'.repeat(1024 * 1024)}\n`), /cannot read the config file \(larger than 1 MiB\)/],
    ['binary data', (file) => writeFileSync(file, Buffer.from([0x63, 0x00, 0xff, 0x00])), /binary data \(a NUL byte at offset 1\), not YAML text; a config file must be plain text/],
    ['two YAML documents', (file) => writeFileSync(file, 'color: never\n---\npager: false\n'), /:2:1: the file holds 2 YAML documents; keep every setting in one document/],
    ['a named pipe no one writes to', (file) => spawnSync('mkfifo', [file]), /cannot read the config file \(it is a named pipe\)/],
    ['a link to /dev/zero', (file) => symlinkSync('/dev/zero', file), /cannot read the config file \(it is a device\)/],
    ['a folder', (file) => mkdirSync(file), /cannot read the config file \(it is a folder\)/],
    ['an alias bomb', (file) => writeFileSync(file, `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 12 }, (_, i) => `b${i}: &b${i} [${`*${i === 0 ? 'a' : `b${i - 1}`}, `.repeat(9)}]`).join('\n')}\n`), /aliases/],
  ];

  it.each(cases)('%s is refused at once with one line and exit 2', (_, make, expected) => {
    const home = homeWithConfig();
    make(home.file);
    const result = runRoles(['list'], { env: home.env, timeout: 10_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(2);
    expect(linesOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr.startsWith(`roles: ${home.file}`)).toBe(true);
  });
});

describe('a config file the user may not read', () => {
  // Root may read any file, so as root the command runs as the user nobody, who must be able to reach the package.
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? NOBODY : {};
  const reachable = runRoles(['--version'], user).status === 0;

  it.runIf(reachable)('is no file at all in a folder the user may not enter, and an error in one they may', () => {
    const home = homeWithConfig('color: never\n');
    chmodSync(home.file, 0o000);
    for (const dir of [home.home, home.env.XDG_CONFIG_HOME]) chmodSync(dir, 0o755);
    chmodSync(dirname(home.file), asRoot ? 0o700 : 0o000);
    const elsewhere = runRoles(['list'], { env: home.env, ...user });
    chmodSync(dirname(home.file), 0o755);
    expect(elsewhere.stderr).toBe('');
    expect(elsewhere.status).toBe(0);
    const locked = runRoles(['list'], { env: home.env, ...user });
    expect(locked.status).toBe(2);
    expect(locked.stderr).toBe(`roles: ${home.file}: cannot read the config file (EACCES) (make it a YAML file of settings, or set ROLES_CONFIG= to run without it)\n`);
  });
});

describe('the cost of the config file', () => {
  /** The modules a run loaded from the package's dist/ folder. */
  function bundlesLoaded(home: TestHome, args: string[]): string[] {
    const record = join(home.home, 'loaded.txt');
    const preload = join(home.home, 'record.cjs');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, Object.keys(require.cache).join('\\n')));`);
    const run = spawnSync(process.execPath, ['-r', preload, BIN, ...args], { env: cleanEnv(home.env), encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const loaded = readFileSync(record, 'utf8').split('\n').filter((file) => file.startsWith(join(ROOT, 'dist')));
    rmSync(record);
    return loaded.map((file) => file.slice(join(ROOT, 'dist').length + 1));
  }

  it('loads no YAML parser for list, show and compare when there is no config file, or one with only comments', () => {
    for (const home of [homeWithConfig(), homeWithConfig('# color: never\n')]) {
      for (const args of [['list'], ['show', 'pm'], ['compare', 'pm', 'po']]) expect(bundlesLoaded(home, args)).not.toContain('parse.cjs');
    }
  });

  it('loads the parser bundle to read a config file that sets something, and not again until the file changes', () => {
    const home = homeWithConfig('color: never\n');
    expect(bundlesLoaded(home, ['list'])).toContain('parse.cjs');
    expect(bundlesLoaded(home, ['list'])).not.toContain('parse.cjs');
    writeFileSync(home.file, 'color: always\n');
    expect(bundlesLoaded(home, ['list'])).toContain('parse.cjs');
  });

  it('never takes settings from a cache entry another user may write, or one made from other text', () => {
    const home = homeWithConfig('pager: less\n');
    expect(runRoles(['list'], { env: home.env }).status).toBe(0);
    const entry = join(home.env.XDG_CACHE_HOME, 'roles', 'config.json');
    const forged = (text: string) => JSON.stringify({ ...JSON.parse(readFileSync(entry, 'utf8')), text, fields: { format: 'json' } });
    writeFileSync(entry, forged('pager: less\n'));
    chmodSync(entry, 0o666);
    expect(runRoles(['list'], { env: home.env }).stdout).toMatch(/^business-analyst\t/);
    rmSync(entry);
    expect(runRoles(['list'], { env: home.env }).status).toBe(0);
    writeFileSync(entry, forged('format: json\n'));
    expect(runRoles(['list'], { env: home.env }).stdout).toMatch(/^business-analyst\t/);
  });

  it('still reads a changed file when the cache folder cannot be written', () => {
    const home = homeWithConfig('format: md\n');
    writeFileSync(home.env.XDG_CACHE_HOME, 'a file where the cache folder would be');
    expect(runRoles(['list'], { env: home.env }).stdout).toMatch(/^# Roles\n/);
  });
});
