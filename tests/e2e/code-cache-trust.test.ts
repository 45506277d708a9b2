// The launcher's code cache runs whatever code its file holds (V8 checks only the
// script's length), so only a folder and files that the user owns and no one else may
// write are ever used: a cache planted by someone else is ignored, silently.
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgeCodeCache } from '../fixtures/attack-corpus.js';
import { NOBODY, ROOT, runRoles } from '../helpers/run-roles.js';

const asRoot = process.getuid?.() === 0;
let cacheHome: string;
let codeDir: string;
let marker: string;

const list = () => runRoles(['list', '--format', 'plain'], { env: { XDG_CACHE_HOME: cacheHome, ROLES_MARKER: marker } });
// search runs a bundle beside the main one (dist/finding.cjs), which has a code cache of its own.
const search = () => runRoles(['search', 'backlog', '--format', 'plain'], { env: { XDG_CACHE_HOME: cacheHome, ROLES_MARKER: marker } });

/** Runs `list` once so its cache exists, then replaces that cache with a forged one; returns the file. */
function plantForgedCache(): string {
  expect(list().status).toBe(0);
  const [name] = readdirSync(codeDir).filter((file) => file.startsWith('list-'));
  const file = join(codeDir, name ?? 'missing');
  forgeCodeCache(file, marker);
  chmodSync(file, 0o600);
  return file;
}

/** Runs `search` once so the cache of dist/finding.cjs exists, then replaces it with a forged one; returns the file. */
function plantForgedSiblingCache(): string {
  expect(search().status).toBe(0);
  const [name] = readdirSync(codeDir).filter((file) => file.startsWith('search.finding-'));
  const file = join(codeDir, name ?? 'missing');
  forgeCodeCache(file, marker, 'finding.cjs');
  chmodSync(file, 0o600);
  return file;
}

beforeEach(() => {
  cacheHome = mkdtempSync(join(tmpdir(), 'roles-code-trust-'));
  codeDir = join(cacheHome, 'roles', 'code');
  marker = join(cacheHome, 'marker');
});
afterEach(() => rmSync(cacheHome, { recursive: true, force: true }));

describe('the code cache', () => {
  it('is made in folders only its owner may enter, in files only its owner may read, named by the bundle content', () => {
    expect(list().status).toBe(0);
    expect(statSync(join(cacheHome, 'roles')).mode & 0o777).toBe(0o700);
    expect(statSync(codeDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(codeDir);
    expect(files).toHaveLength(1);
    expect(statSync(join(codeDir, files[0] ?? '')).mode & 0o777).toBe(0o600);
    // The build writes the hash of the bundle's code as the bundle's last line.
    const bundle = readFileSync(join(ROOT, 'dist', 'roles.cjs'), 'latin1');
    const code = bundle.slice(0, bundle.lastIndexOf('// sha256 '));
    const hash = createHash('sha256').update(code, 'latin1').digest('hex');
    expect(bundle.endsWith(`// sha256 ${hash}\n`)).toBe(true);
    expect(files[0]).toContain(hash.slice(0, 32));
  });

  it('runs a forged cache the user owns, which is why only the user may write it (the control)', () => {
    plantForgedCache();
    const result = list();
    expect(existsSync(marker)).toBe(true);
    expect(result.stdout).toBe('');
  });

  // The main bundle's cache (run by list) and a sibling bundle's (dist/finding.cjs, run by search) are trusted alike.
  const bundles = [
    { bundle: 'the main bundle', plant: plantForgedCache, run: list, output: /^product-manager\t/m },
    { bundle: 'finding.cjs', plant: plantForgedSiblingCache, run: search, output: /^product-owner\t/m },
  ];
  const loosenings: [string, (file: string) => void][] = [
    ['writable by others', (file) => chmodSync(file, 0o666)],
    ['writable by its group', (file) => chmodSync(file, 0o620)],
    ['in a folder others may write', () => chmodSync(codeDir, 0o777)],
    [
      'reached through a link',
      (file) => {
        renameSync(file, `${file}.real`);
        symlinkSync(`${file}.real`, file);
      },
    ],
  ];
  it.each(bundles.flatMap(({ bundle, ...how }) => loosenings.map(([what, loosen]) => ({ bundle, what, loosen, ...how }))))('ignores a forged cache of $bundle $what, silently, and the command runs as usual', ({ plant, run, output, loosen }) => {
    const file = plant();
    loosen(file);
    const result = run();
    expect(existsSync(marker)).toBe(false);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(output);
  });

  it('keeps a cache for each bundle a command loads, per command, named by that bundle content', () => {
    expect(search().status).toBe(0);
    const files = readdirSync(codeDir).sort();
    expect(files.map((name) => name.replace(/-.*/, ''))).toEqual(['search', 'search.finding']);
    for (const name of files) expect(statSync(join(codeDir, name)).mode & 0o777).toBe(0o600);
    const bundle = readFileSync(join(ROOT, 'dist', 'finding.cjs'), 'latin1');
    const hash = createHash('sha256').update(bundle.slice(0, bundle.lastIndexOf('// sha256 ')), 'latin1').digest('hex');
    expect(bundle.endsWith(`// sha256 ${hash}\n`)).toBe(true);
    expect(files[1]).toContain(hash.slice(0, 32));
    // A second run reads both and writes neither again.
    const written = files.map((name) => statSync(join(codeDir, name)).mtimeMs);
    expect(search().status).toBe(0);
    expect(readdirSync(codeDir).sort()).toEqual(files);
    expect(files.map((name) => statSync(join(codeDir, name)).mtimeMs)).toEqual(written);
  });

  it('runs a forged cache of a sibling bundle the user owns (the control for the sibling cases)', () => {
    plantForgedSiblingCache();
    search();
    expect(existsSync(marker)).toBe(true);
  });

  it.skipIf(!asRoot)('ignores a forged cache, or a cache folder, owned by another user (needs root to give files away)', () => {
    const file = plantForgedCache();
    chownSync(file, NOBODY.uid, NOBODY.gid);
    expect(list().stdout).toMatch(/^product-manager\t/m);
    expect(existsSync(marker)).toBe(false);
    chownSync(file, 0, 0);
    chownSync(codeDir, NOBODY.uid, NOBODY.gid);
    const before = readdirSync(codeDir);
    expect(list().stdout).toMatch(/^product-manager\t/m);
    expect(existsSync(marker)).toBe(false);
    // Nothing is written into a folder that is not the user's own either.
    expect(readdirSync(codeDir)).toEqual(before);
  });

  it.skipIf(!asRoot)('ignores a forged cache of a sibling bundle owned by another user (needs root to give files away)', () => {
    const file = plantForgedSiblingCache();
    chownSync(file, NOBODY.uid, NOBODY.gid);
    expect(search().stdout).toMatch(/^product-owner\t/m);
    expect(existsSync(marker)).toBe(false);
  });
});
