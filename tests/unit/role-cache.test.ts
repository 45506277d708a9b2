import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Layer } from '../../src/catalog/data-paths.js';
import { displayPath, findRoleFiles, loadRoleFiles } from '../../src/catalog/load-role-layers.js';
import { cacheFilePath, loadLayerWithCache, type RoleCacheOptions } from '../../src/cache/role-cache.js';
import { openCacheFile } from '../../src/cache/role-cache-file.js';
import { summaryOf } from '../../src/catalog/lazy-role.js';
import type { LoadedRole } from '../../src/catalog/merge-role-layers.js';
import type { Role } from '../../src/format/role-schema.js';
import { writeSettledRole } from '../helpers/role-files.js';

let root: string;
let rolesDir: string;
let cacheDir: string;

function roleYaml(id: string, title: string, extra = ''): string {
  return `id: ${id}\ntitle: ${title}\naliases: [${id.slice(0, 3)}x]\nfamily: delivery\nsummary: What ${title} does.\nfocus: Flow\nresponsibilities:\n  - Keep the work moving.\n${extra}`;
}

function writeRole(name: string, text: string): void {
  writeSettledRole(rolesDir, name, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'roles-cache-unit-'));
  rolesDir = join(root, 'roles');
  cacheDir = join(root, 'cache');
  mkdirSync(rolesDir);
  writeRole('alpha.yaml', roleYaml('alpha-lead', 'Alpha Lead'));
  writeRole('beta.yaml', roleYaml('beta-lead', 'Beta Lead'));
  writeRole('broken.yaml', 'id: broken\ntitle: [unclosed\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const layer: () => Layer = () => ({ origin: '--data', dir: rolesDir });

/** Everything about the roles a command can see: each one's summary, whole role, file and origin. */
function asJson(roles: LoadedRole[]): string {
  return JSON.stringify(roles.map(({ summary, role, file, origin }) => ({ summary: summaryOf(summary as Role), role, file, origin })));
}

/** Loads the folder through the cache as the command does, counting the files read from YAML. */
async function load(options: Partial<RoleCacheOptions> = {}, cwd = root): Promise<{ json: string; problems: string[]; parsed: string[] }> {
  const parsed: string[] = [];
  const stamps = new Map();
  const files = findRoleFiles(rolesDir, [], cwd, stamps);
  const result = await loadLayerWithCache(
    { layer: layer(), files, stamps, cwd, shown: (file) => displayPath(file, cwd) },
    (file) => {
      parsed.push(file.slice(rolesDir.length + 1));
      return loadRoleFiles([file], '--data', cwd);
    },
    { dir: cacheDir, ...options },
  );
  return {
    json: asJson(result.roles),
    problems: result.problems.map((problem) => `${problem.file}:${problem.line ?? ''}: ${problem.message}`),
    parsed: parsed.sort(),
  };
}

async function fromYaml(cwd = root): Promise<{ json: string; problems: string[] }> {
  const files = findRoleFiles(rolesDir, [], cwd);
  const result = await loadRoleFiles(files, '--data', cwd);
  return { json: asJson(result.roles), problems: result.problems.map((problem) => `${problem.file}:${problem.line ?? ''}: ${problem.message}`) };
}

function cacheFile(): string {
  return cacheFilePath(cacheDir, rolesDir);
}

describe('the role cache', () => {
  it('reads every file from YAML once, then answers from the cache with the same roles and problems', async () => {
    const first = await load();
    expect(first.parsed).toEqual(['alpha.yaml', 'beta.yaml', 'broken.yaml']);
    const second = await load();
    expect(second.parsed).toEqual([]);
    const truth = await fromYaml();
    expect(second.json).toBe(truth.json);
    expect(second.problems).toEqual(truth.problems);
    expect(first.json).toBe(truth.json);
  });

  it('names files and problems from the working folder of each run', async () => {
    await load({}, root);
    const elsewhere = await load({}, rolesDir);
    expect(elsewhere.parsed).toEqual([]);
    expect(elsewhere.json).toBe((await fromYaml(rolesDir)).json);
    expect(elsewhere.problems).toEqual((await fromYaml(rolesDir)).problems);
    expect(elsewhere.problems[0]).toMatch(/^broken\.yaml:/);
  });

  it('names every file as the loader without a cache does, from any working folder', async () => {
    mkdirSync(join(rolesDir, 'sub'));
    writeRole('sub/delta.yaml', roleYaml('delta-lead', 'Delta Lead'));
    await load();
    for (const cwd of [root, rolesDir, join(rolesDir, 'sub'), tmpdir(), '/']) {
      const cached = await load({}, cwd);
      expect(cached.parsed).toEqual([]);
      expect(cached.json).toBe((await fromYaml(cwd)).json);
      expect(cached.problems).toEqual((await fromYaml(cwd)).problems);
    }
  });

  it('reads an edited file again, even when its size stays the same, and keeps the others', async () => {
    await load();
    writeRole('alpha.yaml', roleYaml('alpha-lead', 'Alpha Leaf'));
    const after = await load();
    expect(after.parsed).toEqual(['alpha.yaml']);
    expect(after.json).toContain('Alpha Leaf');
    expect(after.json).toBe((await fromYaml()).json);
  });

  it('sees an added file, forgets a removed one and follows a renamed one', async () => {
    await load();
    writeRole('gamma.yaml', roleYaml('gamma-lead', 'Gamma Lead'));
    unlinkSync(join(rolesDir, 'beta.yaml'));
    renameSync(join(rolesDir, 'alpha.yaml'), join(rolesDir, 'zeta.yaml'));
    const after = await load();
    expect(after.parsed).toEqual(['gamma.yaml', 'zeta.yaml']);
    expect(after.json).toBe((await fromYaml()).json);
    expect(after.json).not.toContain('beta-lead');
    expect(after.json).toContain('roles/zeta.yaml');
    expect((await load()).parsed).toEqual([]);
  });

  it('reads a file again on the next run when it changed moments before it was cached', async () => {
    const file = join(rolesDir, 'alpha.yaml');
    writeFileSync(file, roleYaml('alpha-lead', 'Alpha Lead'));
    await load();
    expect((await load()).parsed).toEqual(['alpha.yaml']);
  });

  it('is not used by another parser version, a file for another folder or another format', async () => {
    await load();
    const bytes = readFileSync(cacheFile());
    expect(openCacheFile(cacheFile(), { dir: rolesDir, parser: 'unbundled' })).toBeDefined();
    expect(openCacheFile(cacheFile(), { dir: rolesDir, parser: '0.2.0:1:2' })).toBeUndefined();
    expect(openCacheFile(cacheFile(), { dir: join(root, 'other'), parser: 'unbundled' })).toBeUndefined();
    writeFileSync(cacheFile(), bytes.toString('latin1').replace('roles-layer-cache 2 ', 'roles-layer-cache 99 '), 'latin1');
    expect(openCacheFile(cacheFile(), { dir: rolesDir, parser: 'unbundled' })).toBeUndefined();
  });

  const damages: [string, (bytes: Buffer) => Buffer][] = [
    ['emptied', () => Buffer.alloc(0)],
    ['cut short', (bytes) => bytes.subarray(0, bytes.length - 40)],
    ['filled with other bytes', (bytes) => Buffer.alloc(bytes.length, 'x')],
    ['changed inside its index', (bytes) => flip(bytes, bytes.indexOf('Alpha Lead'))],
    ['changed inside a role record', (bytes) => flip(bytes, bytes.lastIndexOf('Keep the work moving'))],
    ['given a longer tail', (bytes) => Buffer.concat([bytes, Buffer.from('{}\n')])],
  ];
  for (const [how, damage] of damages) {
    it(`rebuilds a cache file that was ${how}, silently, with the right roles`, async () => {
      await load();
      writeFileSync(cacheFile(), damage(readFileSync(cacheFile())));
      const truth = await fromYaml();
      const loaded = await load();
      expect(loaded.json).toBe(truth.json);
      expect(loaded.problems).toEqual(truth.problems);
      await load();
      expect((await load()).parsed).toEqual([]);
    });
  }

  it('leaves no temporary files beside the cache file', async () => {
    await load();
    writeRole('gamma.yaml', roleYaml('gamma-lead', 'Gamma Lead'));
    await load();
    expect(readdirSync(join(cacheDir, 'layers')).filter((name) => !name.endsWith('.cache'))).toEqual([]);
  });

  it('still loads every role when the cache cannot be written', async () => {
    writeFileSync(join(root, 'not-a-folder'), '');
    cacheDir = join(root, 'not-a-folder');
    const notes: string[] = [];
    const loaded = await load({ debug: (line) => void notes.push(line) });
    expect(loaded.json).toBe((await fromYaml()).json);
    expect(notes.join('')).toMatch(/not written/);
  });

  it('says what it did when asked to (--debug)', async () => {
    const notes: string[] = [];
    await load({ debug: (line) => void notes.push(line) });
    await load({ debug: (line) => void notes.push(line) });
    expect(notes[0]).toMatch(/3 role file\(s\), 3 read from YAML/);
    expect(notes[1]).toMatch(/3 role file\(s\), all from the cache/);
  });
});

/** The same bytes with one character changed to another, so the length stays the same. */
function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}
