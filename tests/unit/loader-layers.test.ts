// Hostile folders rather than hostile files: symbolic link loops, broken links, links out
// of the folder, pseudo file systems, folders too deep or too full, files nobody may read,
// pipes, and folders that do not exist.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, type FileProblem } from '../../src/format/file-problem.js';
import { findRoleFiles, MAX_LAYER_ENTRIES, requireDataFolders } from '../../src/catalog/find-role-files.js';
import { loadCatalog, loadRoleFiles } from '../../src/catalog/load-role-layers.js';
import { isRolesError } from '../../src/format/roles-error.js';
import { GOOD_IDS, writeGoodRoles } from '../fixtures/bad-role-corpus.js';
import { builtinData } from '../helpers/builtin-catalog.js';

const scratch = mkdtempSync(join(tmpdir(), 'roles-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Root reads any file whatever its mode, so chmod 000 proves nothing when tests run as
 * root (as they do in CI containers): there, the broken-link and vanished-file tests
 * cover the same code path, a stat or read that fails.
 */
const RUNNING_AS_ROOT = process.getuid?.() === 0;

let count = 0;
function dataFolder(): { cwd: string; dir: string } {
  const cwd = join(scratch, `case-${++count}`);
  const dir = join(cwd, 'data');
  writeGoodRoles(dir);
  return { cwd, dir };
}

async function load(cwd: string, dir: string) {
  const catalog = await loadCatalog({ builtin: builtinData(), layers: [{ origin: '--data', dir }], cwd });
  return { lines: catalog.problems.map(formatProblem), ids: catalog.roles.map((loaded) => loaded.role.id) };
}

describe('role folders with links', () => {
  it('walks a folder that links back to itself once, without a warning', async () => {
    const { cwd, dir } = dataFolder();
    symlinkSync('.', join(dir, 'again'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'parent'));
    const { lines, ids } = await load(cwd, dir);
    expect(lines).toEqual([]);
    expect(ids.filter((id) => GOOD_IDS.includes(id))).toEqual(GOOD_IDS);
  });

  it('does not follow a link to a folder outside the role folder, and says so in one line each', async () => {
    const { cwd, dir } = dataFolder();
    const elsewhere = join(cwd, 'elsewhere');
    writeGoodRoles(elsewhere);
    copyFileSync(join(dir, 'fixture-analyst.yaml'), join(elsewhere, 'outside.yaml'));
    symlinkSync('/', join(dir, 'root'));
    symlinkSync('..', join(dir, 'up'));
    symlinkSync(elsewhere, join(dir, 'pack'));
    const { lines, ids } = await load(cwd, dir);
    const outside = (link: string, real: string) => `data/${link}: warning: links to a folder outside the role folder (${real}); it is not followed, add that folder to ROLES_PATH or pass it with --data`;
    expect(lines).toEqual([outside('pack', elsewhere), outside('root', '/'), outside('up', cwd)]);
    expect(ids.filter((id) => id.startsWith('fixture-'))).toEqual(GOOD_IDS);
  });

  it('reports role files that link to each other in a loop, and loads the rest', async () => {
    const { cwd, dir } = dataFolder();
    symlinkSync('loop-b.yaml', join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(dir, 'loop-b.yaml'));
    const { lines, ids } = await load(cwd, dir);
    expect(lines).toEqual([
      'data/loop-a.yaml: cannot read this file (a symbolic link loop); it is skipped, fix or remove it',
      'data/loop-b.yaml: cannot read this file (a symbolic link loop); it is skipped, fix or remove it',
    ]);
    expect(ids).toEqual(expect.arrayContaining(GOOD_IDS));
  });

  it('reports a role file that is a broken link, and loads the rest', async () => {
    const { cwd, dir } = dataFolder();
    symlinkSync(join(scratch, 'nowhere.yaml'), join(dir, 'gone.yaml'));
    const { lines, ids } = await load(cwd, dir);
    expect(lines).toEqual(['data/gone.yaml: cannot read this file (a broken link); it is skipped, fix or remove it']);
    expect(ids).toEqual(expect.arrayContaining(GOOD_IDS));
  });

  it('never descends a chain of nested links for ever', async () => {
    const { cwd, dir } = dataFolder();
    mkdirSync(join(dir, 'a'));
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b'));
    symlinkSync(dir, join(dir, 'a', 'top'));
    const files = findRoleFiles(dir, [], cwd);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual(['fixture-analyst.yaml', 'fixture-builder.yaml']);
  });
});

describe('folders that must not be walked whole', () => {
  it('names a folder too deep to read, so validate does not say it checked nothing without a word', async () => {
    const { cwd, dir } = dataFolder();
    const deep = join(dir, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    mkdirSync(deep, { recursive: true });
    copyFileSync(join(dir, 'fixture-analyst.yaml'), join(deep, 'deep.yaml'));
    mkdirSync(join(dir, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'other'));
    const { lines } = await load(cwd, dir);
    const tooDeep = (folder: string) => `data/a/b/c/d/e/f/g/h/${folder}: warning: more than 8 folders down; its role files are not read, move them nearer the top of the role folder`;
    expect(lines).toEqual([tooDeep('i'), tooDeep('other')]);
  });

  it('stops after the most files and folders a layer may hold, saying so once, and keeps what it found', () => {
    const { cwd, dir } = dataFolder();
    mkdirSync(join(dir, 'more'));
    for (const name of ['x1.yaml', 'x2.yaml', 'x3.yaml']) writeFileSync(join(dir, 'more', name), '');
    const problems: FileProblem[] = [];
    const files = findRoleFiles(dir, problems, cwd, undefined, 4);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual(['fixture-analyst.yaml', 'fixture-builder.yaml', 'more/x1.yaml']);
    expect(problems.map(formatProblem)).toEqual(['data: more than 4 files and folders, more than any role folder holds; only the first 4 are read, point the layer at a folder of role files']);
  });

  it('holds far more files than any role pack, and the 3,000 of the largest benchmark', () => {
    expect(MAX_LAYER_ENTRIES).toBeGreaterThanOrEqual(10 * 3000);
  });

  it.skipIf(!existsSync('/proc/self'))('never walks /proc, saying what it is', () => {
    const problems: FileProblem[] = [];
    expect(findRoleFiles('/proc', problems, scratch)).toEqual([]);
    expect(problems.map(formatProblem)).toEqual(['/proc: warning: a proc system folder, not role files; it is skipped, point the layer at a folder of role files']);
  });

  it('never enters /proc mounted inside a role folder (needs root to mount it; skipped where it cannot)', async (context) => {
    const { cwd, dir } = dataFolder();
    const mountPoint = join(dir, 'proc');
    mkdirSync(mountPoint);
    if (spawnSync('mount', ['-t', 'proc', 'proc', mountPoint]).status !== 0) return context.skip('this machine cannot mount a proc file system here');
    try {
      const { lines, ids } = await load(cwd, dir);
      expect(lines).toEqual(['data/proc: warning: a proc system folder, not role files; it is skipped, point the layer at a folder of role files']);
      expect(ids.filter((id) => id.startsWith('fixture-'))).toEqual(GOOD_IDS);
    } finally {
      spawnSync('umount', [mountPoint]);
    }
  });
});

describe('files that cannot be read', () => {
  it.skipIf(RUNNING_AS_ROOT)('reports a role file without read permission, and loads the rest', async () => {
    const { cwd, dir } = dataFolder();
    const locked = join(dir, 'locked.yaml');
    writeFileSync(locked, 'id: locked\ntitle: Locked\nsummary: Nobody may read this.\n');
    chmodSync(locked, 0o000);
    const { lines, ids } = await load(cwd, dir);
    chmodSync(locked, 0o644);
    expect(lines).toEqual(['data/locked.yaml: cannot read this file (permission denied); it is skipped, check its permissions']);
    expect(ids).toEqual(expect.arrayContaining(GOOD_IDS));
  });

  it('reports a read error by its reason when the file vanishes between finding and reading it', async () => {
    const { cwd, dir } = dataFolder();
    const result = await loadRoleFiles([join(dir, 'vanished.yaml')], '--data', cwd);
    expect(result.problems.map(formatProblem)).toEqual(['data/vanished.yaml: cannot read this file (it does not exist); it is skipped, check its permissions']);
  });

  it('skips a named pipe with a .yaml name instead of waiting on it for ever', async () => {
    const { cwd, dir } = dataFolder();
    const pipe = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [pipe]);
    expect(findRoleFiles(dir, [], cwd)).not.toContain(pipe);
    const result = await loadRoleFiles([pipe], '--data', cwd);
    expect(result.problems.map(formatProblem)).toEqual(['data/pipe.yaml: not a regular file (a named pipe); it is skipped, pass a role file']);
  });
});

describe('folders that do not exist', () => {
  it('makes a --data folder that does not exist a usage error', () => {
    const missing = join(scratch, 'no-such-folder');
    let error: unknown;
    try {
      requireDataFolders([{ origin: 'ROLES_PATH', dir: missing }, { origin: '--data', dir: missing }]);
    } catch (caught) {
      error = caught;
    }
    expect(isRolesError(error) && { kind: error.kind, exitCode: error.exitCode, message: error.message }).toEqual({
      kind: 'usage',
      exitCode: 2,
      message: `--data folder "${missing}" does not exist`,
    });
  });

  it('ignores a ROLES_PATH folder that does not exist, marking it missing', async () => {
    const missing = join(scratch, 'not-there');
    const catalog = await loadCatalog({ builtin: builtinData(), layers: [{ origin: 'builtin', dir: '' }, { origin: 'ROLES_PATH', dir: missing }], cwd: scratch });
    expect(catalog.problems).toEqual([]);
    expect(catalog.layers.find((layer) => layer.dir === missing)?.exists).toBe(false);
    expect(catalog.roles.length).toBe(builtinData().roles.length);
  });
});
