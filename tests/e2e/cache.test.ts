// The caches the command keeps under $XDG_CACHE_HOME/roles: the catalog of the role
// folders (catalog/) and the compiled bundle (code/). Whatever happens to them, output must stay right.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { fakeIo } from '../helpers/fake-io.js';
import { forgeCache } from '../helpers/forge-cache.js';
import { BIN, cleanEnv, ROOT, runRoles, type RunResult } from '../helpers/run-roles.js';

const LONG_AGO = new Date('2026-01-01T00:00:00Z');
let root: string;
let rolesDir: string;
let cacheHome: string;

function roleYaml(id: string, title: string): string {
  return `id: ${id}\ntitle: ${title}\nfamily: delivery\nsummary: What the ${title} does all day.\nfocus: Keeping ${id} on track\n`;
}

/** Writes a role file dated in the past, as files are when a user has had them a while. */
function writeRole(name: string, text: string, old = true): void {
  const file = join(rolesDir, name);
  writeFileSync(file, text);
  if (old) utimesSync(file, LONG_AGO, LONG_AGO);
}

function roles(args: string[]): RunResult {
  return runRoles(['--data', rolesDir, ...args], { env: { XDG_CACHE_HOME: cacheHome } });
}

function listedIds(): string[] {
  const result = roles(['list', '--format', 'json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return (JSON.parse(result.stdout) as { id: string; title: string; file: string }[]).filter((row) => row.file.startsWith(rolesDir)).map((row) => `${row.id}|${row.title}|${row.file.slice(rolesDir.length + 1)}`);
}

function catalogFiles(): string[] {
  const dir = join(cacheHome, 'roles', 'catalog');
  return readdirSync(dir).map((name) => join(dir, name));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'roles-cache-e2e-'));
  rolesDir = join(root, 'my-roles');
  cacheHome = join(root, 'cache');
  mkdirSync(rolesDir);
  writeRole('alpha.yaml', roleYaml('alpha-lead', 'Alpha Lead'));
  writeRole('beta.yaml', roleYaml('beta-lead', 'Beta Lead'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the role cache, run after run', () => {
  it('sees an edited file on the next run, even when its size did not change', () => {
    expect(listedIds()).toEqual(['alpha-lead|Alpha Lead|alpha.yaml', 'beta-lead|Beta Lead|beta.yaml']);
    writeRole('alpha.yaml', roleYaml('alpha-lead', 'Alpha Chef'), false);
    expect(listedIds()).toEqual(['alpha-lead|Alpha Chef|alpha.yaml', 'beta-lead|Beta Lead|beta.yaml']);
    expect(roles(['show', 'alpha-lead', '--format', 'plain']).stdout).toContain('title\tAlpha Chef');
  });

  it('answers from the catalog once both caches are filled, and still sees an edit made in place after that', () => {
    const runs = [1, 2, 3].map(() => roles(['show', 'alpha-lead', '--format', 'plain', '--debug']));
    expect(runs[2]?.stderr).toMatch(/cache .*: used/);
    expect(runs[2]?.stderr).not.toMatch(/role file\(s\)/);
    expect(runs[2]?.stdout).toBe(runs[0]?.stdout);
    expect(roles(['list', '--format', 'plain', '--debug']).stderr).toMatch(/cache .*: used/);
    writeRole('alpha.yaml', roleYaml('alpha-lead', 'Alpha Chef'), false);
    const edited = roles(['show', 'alpha-lead', '--format', 'plain', '--debug']);
    expect(edited.stderr).not.toMatch(/cache .*: used/);
    expect(edited.stdout).toContain('title\tAlpha Chef');
  });

  it('gives the same output, silently, when the catalog file is damaged, and writes it again', () => {
    const before = [1, 2].map(() => roles(['show', 'alpha-lead', '--format', 'json']))[1];
    const [file] = catalogFiles();
    if (!file) throw new Error('no catalog file was written');
    const bytes = readFileSync(file);
    for (const damaged of [Buffer.alloc(bytes.length, '#'), bytes.subarray(0, bytes.length - 7), Buffer.from(bytes.toString('latin1').replace('alpha-lead', 'alpha-leaf'), 'latin1')]) {
      writeFileSync(file, damaged);
      const after = roles(['show', 'alpha-lead', '--format', 'json']);
      expect(after.stderr).toBe('');
      expect(after.stdout).toBe(before?.stdout);
      expect(roles(['list', '--format', 'json']).stdout).toBe(roles(['list', '--format', 'json']).stdout);
    }
    expect(roles(['show', 'alpha-lead', '--debug']).stderr).toMatch(/cache .*: used/);
  });

  it('leaves a valid catalog when two processes write it at the same time', async () => {
    listedIds();
    const [one, two] = await Promise.all([runAsync(['--data', rolesDir, 'list', '--format', 'json']), runAsync(['--data', rolesDir, 'list', '--format', 'json'])]);
    expect(one?.stdout).toBe(two?.stdout);
    const third = roles(['list', '--format', 'json', '--debug']);
    expect(third.stderr).toMatch(/cache .*: used/);
    expect(third.stdout).toBe(one?.stdout);
    expect(catalogFiles().filter((file) => !file.endsWith('.cache'))).toEqual([]);
  });

  it('sees an added file, forgets a removed one and follows a renamed one', () => {
    listedIds();
    writeRole('gamma.yaml', roleYaml('gamma-lead', 'Gamma Lead'));
    expect(listedIds()).toContain('gamma-lead|Gamma Lead|gamma.yaml');
    unlinkSync(join(rolesDir, 'beta.yaml'));
    expect(listedIds()).toEqual(['alpha-lead|Alpha Lead|alpha.yaml', 'gamma-lead|Gamma Lead|gamma.yaml']);
    renameSync(join(rolesDir, 'alpha.yaml'), join(rolesDir, 'renamed.yaml'));
    expect(listedIds()).toEqual(['alpha-lead|Alpha Lead|renamed.yaml', 'gamma-lead|Gamma Lead|gamma.yaml']);
  });

  it('reports the problems of a broken file on every run, not only the first', () => {
    writeRole('broken.yaml', 'id: broken\ntitle: [unclosed\n');
    const first = roles(['list', '--format', 'plain']);
    const second = roles(['list', '--format', 'plain']);
    expect(first.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(second.stderr).toBe(first.stderr);
    expect(second.stdout).toBe(first.stdout);
  });

  it('answers from the cache once it is filled', () => {
    expect(roles(['list', '--debug']).stderr).toMatch(/2 role file\(s\), 2 read from YAML/);
    const second = roles(['list', '--debug']).stderr;
    expect(second).toMatch(/cache .*: used/);
    expect(second).not.toMatch(/read from YAML/);
  });

  it('gives the same output, silently, when a record in the cache was edited to the wrong shape, and makes the cache again', () => {
    const list = roles(['list', '--format', 'json']);
    const show = roles(['show', 'alpha-lead', '--format', 'json']);
    const [file] = catalogFiles();
    if (!file) throw new Error('no catalog file was written');
    const wrong = (value: Record<string, unknown>): void => {
      value.title = { text: 'Alpha' };
      value.works_with = 'beta-lead';
    };
    for (const edit of [{ summary: wrong }, { record: wrong }]) {
      forgeCache(file, edit);
      for (const [args, before] of [[['list', '--format', 'json'], list], [['show', 'alpha-lead', '--format', 'json'], show]] as const) {
        const after = roles([...args]);
        expect(after.stderr).toBe('');
        expect(after.status).toBe(0);
        expect(after.stdout).toBe(before.stdout);
      }
    }
  });

  it('rebuilds a corrupt cache file silently and gives the same output', () => {
    const before = roles(['show', 'alpha-lead', '--format', 'json']);
    for (const file of catalogFiles()) writeFileSync(file, Buffer.alloc(readFileSync(file).length, '#'));
    const after = roles(['show', 'alpha-lead', '--format', 'json']);
    expect(after.stderr).toBe('');
    expect(after.stdout).toBe(before.stdout);
    expect(roles(['list', '--debug']).stderr).toMatch(/cache .*: used/);
  });

  it('leaves a valid cache when two processes build it at the same time', async () => {
    for (let i = 0; i < 150; i++) writeRole(`role-${i}.yaml`, roleYaml(`role-${i}`, `Role Number ${i}`));
    const expected = [...listedIds()];
    rmSync(join(cacheHome, 'roles'), { recursive: true, force: true });
    const [one, two] = await Promise.all([runAsync(['--data', rolesDir, 'list', '--format', 'json']), runAsync(['--data', rolesDir, 'list', '--format', 'json'])]);
    for (const result of [one, two]) {
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe(one?.stdout);
    }
    expect(listedIds()).toEqual(expected);
    expect(roles(['list', '--debug']).stderr).toMatch(/cache .*: used/);
    expect(catalogFiles().filter((file) => !file.endsWith('.cache'))).toEqual([]);
  });
});

describe('the code cache for the bundle', () => {
  it('is kept under XDG_CACHE_HOME, and a damaged one is ignored and replaced', () => {
    const first = roles(['show', 'pm', '--format', 'plain']);
    const codeDir = join(cacheHome, 'roles', 'code');
    const files = readdirSync(codeDir);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) writeFileSync(join(codeDir, name), Buffer.alloc(readFileSync(join(codeDir, name)).length, 7));
    const second = roles(['show', 'pm', '--format', 'plain']);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    // The first run parsed the role files, so the parser's bundle has a cache too (show.parse-);
    // the second read its roles from the catalog cache and never loaded the parser, so only its own cache was read and replaced.
    expect(files.map((name) => name.replace(/-.*/, '')).sort()).toEqual(['show', 'show.parse']);
    for (const name of readdirSync(codeDir).filter((file) => file.startsWith('show-'))) expect(readFileSync(join(codeDir, name)).every((byte) => byte === 7)).toBe(false);
  });

  it('is not used when its two copies differ anywhere, and is written again whole', () => {
    roles(['show', 'pm', '--format', 'plain']);
    const codeDir = join(cacheHome, 'roles', 'code');
    const [name] = readdirSync(codeDir).filter((file) => file.startsWith('show-'));
    const file = join(codeDir, name as string);
    const good = readFileSync(file);
    const magic = good.indexOf(10) + 1;
    const half = (good.length - magic) / 2;
    // A cache made afresh may differ in length from the first: each file's halves are its own.
    const halvesDiffer = (bytes: Buffer): boolean => !bytes.subarray(magic, magic + (bytes.length - magic) / 2).equals(bytes.subarray(magic + (bytes.length - magic) / 2));
    expect(halvesDiffer(good)).toBe(false);
    // The first and last byte of the second copy, and one in its middle: each read in a different piece.
    for (const at of [magic + half, magic + half + Math.floor(half / 2), good.length - 1]) {
      const damaged = Buffer.from(good);
      damaged[at] = (damaged[at] as number) ^ 0xff;
      writeFileSync(file, damaged, { mode: 0o600 });
      expect(roles(['show', 'pm', '--format', 'plain']).status).toBe(0);
      // Not believed, so compiled afresh, and a new cache written in its place.
      expect(halvesDiffer(readFileSync(file)), `byte ${at}`).toBe(false);
    }
  });

  it('keeps one file per command, and one for every other word, so typos cannot fill the folder', () => {
    for (const typo of ['lsit', 'shwo', 'comapre']) expect(roles([typo]).status).toBe(2);
    const codeDir = join(cacheHome, 'roles', 'code');
    expect(readdirSync(codeDir).filter((name) => !/^(list|ls|show|compare|questions|checklist|paths|validate)-/.test(name))).toHaveLength(1);
  });

  it('knows every command the program has', () => {
    const { COMMANDS } = createRequire(import.meta.url)(BIN) as { COMMANDS: Set<string> };
    const program = buildProgram(fakeIo());
    const names = program.commands.flatMap((command) => [command.name(), ...command.aliases()]).filter((name) => name !== 'help');
    expect([...COMMANDS].sort()).toEqual(names.sort());
  });

  it('never stops the command when the cache folder cannot be written', () => {
    writeFileSync(join(root, 'blocked'), '');
    const result = runRoles(['show', 'pm', '--format', 'plain'], { env: { XDG_CACHE_HOME: join(root, 'blocked') } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('id\tproduct-manager');
  });
});

function runAsync(args: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: cleanEnv({ XDG_CACHE_HOME: cacheHome }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
