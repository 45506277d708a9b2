// The catalog cache (src/cache/catalog-cache.ts): whatever changed, was damaged or forged,
// a catalog read through it must be the catalog merged from the YAML, role for role.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Layer } from '../../src/catalog/data-paths.js';
import { formatProblem } from '../../src/format/file-problem.js';
import { loadCatalog, type Catalog } from '../../src/catalog/load-role-layers.js';
import { findRole } from '../../src/catalog/lookup-role.js';
import { summaryOf } from '../../src/catalog/loaded-role.js';
import type { Role } from '../../src/format/role-schema.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { forgeCache } from '../helpers/forge-cache.js';
import { writeSettledRole } from '../helpers/role-files.js';

let root: string;
let mine: string;
let theirs: string;
let cacheDir: string;

function roleYaml(id: string, title: string, extra = ''): string {
  return `id: ${id}\ntitle: ${title}\nfamily: delivery\nsummary: What ${title} does.\nfocus: Flow\nresponsibilities:\n  - Keep the work moving.\n${extra}`;
}

const writeRole = writeSettledRole;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'roles-catalog-unit-'));
  mine = join(root, 'mine');
  theirs = join(root, 'theirs');
  cacheDir = join(root, 'cache');
  mkdirSync(mine);
  mkdirSync(theirs);
  writeRole(mine, 'alpha.yaml', roleYaml('alpha-lead', 'Alpha Lead', 'aliases: [alx]\nworks_with: [beta-lead, pm]\n'));
  writeRole(mine, 'beta.yaml', roleYaml('beta-lead', 'Beta Lead', 'aliases: [po, btl]\n'));
  writeRole(mine, 'broken.yaml', 'id: broken\ntitle: [unclosed\n');
  writeRole(theirs, 'alpha.yaml', roleYaml('alpha-lead', 'Alpha Lead Again'));
  writeRole(theirs, 'pmm.yaml', roleYaml('pmm', 'Project Money Manager'));
  writeRole(theirs, 'dangling.yaml', roleYaml('gamma-lead', 'Gamma Lead', 'works_with: [nobody-here]\n'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const layers = (): Layer[] => [
  { origin: 'builtin', dir: join(root, 'builtin') },
  { origin: 'ROLES_PATH', dir: mine },
  { origin: 'ROLES_PATH', dir: join(root, 'not-there') },
  { origin: '--data', dir: theirs },
];

/** Everything a command can read of a catalog: each role whole, lookups by every name, and the problems. */
function described(catalog: Catalog): string {
  const roles = catalog.roles.map(({ summary, role, file, origin }) => ({ summary: summaryOf(summary as Role), role, file, origin }));
  const names = catalog.roles.flatMap((loaded) => [loaded.summary.id, ...(loaded.summary.aliases ?? []), loaded.summary.title]);
  const lookups = [...names, 'po', 'nobody', 'Beta Lead'].map((name) => `${name}=${findRole(catalog, name)?.file ?? '-'}`);
  return JSON.stringify({ roles, lookups, problems: catalog.problems.map(formatProblem), layers: catalog.layers });
}

/** What a run sees when it starts with a lookup, as `show` does: the role found by name, before any list of roles. */
function lookedUp(catalog: Catalog, name: string): string {
  const found = findRole(catalog, name);
  return JSON.stringify(found && { summary: summaryOf(found.summary as Role), role: found.role, file: found.file, origin: found.origin });
}

async function load(cwd = root): Promise<{ catalog: Catalog; notes: string }> {
  const notes: string[] = [];
  const catalog = await loadCatalog({ builtin: builtinData(), layers: layers(), cwd, cache: { dir: cacheDir, debug: (line) => void notes.push(line) } });
  return { catalog, notes: notes.join('') };
}

async function truth(cwd = root): Promise<string> {
  return described(await loadCatalog({ builtin: builtinData(), layers: layers(), cwd }));
}

function catalogFile(): string {
  const files = readdirSync(join(cacheDir, 'catalog'));
  expect(files).toHaveLength(1);
  return join(cacheDir, 'catalog', files[0] as string);
}

/** How many role files a run read from YAML, from its --debug notes. */
function readFromYaml(notes: string): number {
  return Number(/(\d+) read from YAML/.exec(notes)?.[1] ?? 0);
}

/** Runs until the catalog is written; the next run reads it. */
async function fill(cwd = root): Promise<void> {
  const first = await load(cwd);
  expect(first.notes).toMatch(/cache .*: written/);
}

describe('the catalog cache', () => {
  it('is written by the first run, then read, giving the catalog the YAML gives', async () => {
    const first = await load();
    expect(first.notes).toMatch(/cache .*: written, 6 role file\(s\)/);
    expect(readFromYaml(first.notes)).toBe(6);
    expect(described(first.catalog)).toBe(await truth());
    const second = await load();
    expect(second.notes).toMatch(/cache .*: used/);
    expect(second.notes).not.toMatch(/role file\(s\)|written/);
    expect(described(second.catalog)).toBe(await truth());
  });

  it('reads again only the files that changed, and keeps the others', async () => {
    await fill();
    writeRole(mine, 'beta.yaml', roleYaml('beta-lead', 'Beta Lea2', 'aliases: [po, btl]\n'));
    writeRole(theirs, 'delta.yaml', roleYaml('delta-lead', 'Delta Lead'));
    const { catalog, notes } = await load();
    expect(notes).toMatch(/partly used/);
    expect(readFromYaml(notes)).toBe(2);
    expect(described(catalog)).toBe(await truth());
    expect(described(catalog)).toContain('Beta Lea2');
    expect((await load()).notes).toMatch(/: used/);
  });

  it('reads a file again on the next run when it changed moments before it was cached', async () => {
    writeFileSync(join(mine, 'alpha.yaml'), roleYaml('alpha-lead', 'Alpha Lead', 'aliases: [alx]\nworks_with: [beta-lead, pm]\n'));
    await load();
    const { notes } = await load();
    expect(readFromYaml(notes)).toBe(1);
  });

  it('is kept in a folder only its owner may enter, in a file only its owner may read', async () => {
    await fill();
    expect(statSync(join(cacheDir, 'catalog')).mode & 0o777).toBe(0o700);
    expect(statSync(catalogFile()).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(cacheDir, 'catalog')).filter((name) => !name.endsWith('.cache'))).toEqual([]);
  });

  it('is not read when others may write to it or to its folder: the catalog comes from the YAML', async () => {
    await fill();
    forgeCache(catalogFile(), { summary: (summary) => (summary.title = 'Planted'), record: (role) => (role.title = 'Planted') });
    chmodSync(catalogFile(), 0o666);
    const { catalog, notes } = await load();
    expect(described(catalog)).toBe(await truth());
    expect(notes).not.toMatch(/: used/);
    chmodSync(join(cacheDir, 'catalog'), 0o777);
    const again = await load();
    expect(again.notes).toMatch(/not used: .* is not a folder that only you may change/);
    expect(described(again.catalog)).toBe(await truth());
  });

  it.skipIf(process.getuid?.() !== 0)('is not read when another user owns it (needs root to give the file away)', async () => {
    await fill();
    forgeCache(catalogFile(), { summary: (summary) => (summary.title = 'Planted'), record: (role) => (role.title = 'Planted') });
    chownSync(catalogFile(), 65534, 65534);
    const { catalog, notes } = await load();
    expect(notes).not.toMatch(/: used/);
    expect(described(catalog)).toBe(await truth());
  });

  const forgeries: [string, Parameters<typeof forgeCache>[1]][] = [
    ['a title that is a mapping, in a summary', { summary: (summary) => (summary.title = { text: 'Alpha' }) }],
    ['works_with as text, in a summary', { summary: (summary) => (summary.works_with = 'beta-lead') }],
    ['a title that is a mapping, in a whole role', { record: (role) => (role.title = { text: 'Alpha' }) }],
    ['works_with as text, in a whole role', { record: (role) => (role.works_with = 'beta-lead') }],
    ['skills as a number, in a whole role', { record: (role) => (role.skills = 42) }],
  ];
  for (const [what, edit] of forgeries) {
    it(`treats a record with ${what} as damage: the same catalog, and the cache made again`, async () => {
      await fill();
      forgeCache(catalogFile(), edit);
      const { catalog } = await load();
      expect(described(catalog)).toBe(await truth());
      const lookup = await load();
      expect(lookedUp(lookup.catalog, 'alpha-lead')).toBe(lookedUp(await loadCatalog({ builtin: builtinData(), layers: layers(), cwd: root }), 'alpha-lead'));
      await load();
      expect(described((await load()).catalog)).toBe(await truth());
    });
  }

  it('finds a role by any of its names without reading the others, with the same summary and text', async () => {
    const expected = await loadCatalog({ builtin: builtinData(), layers: layers(), cwd: root });
    await fill();
    for (const name of ['alpha-lead', 'Alpha Lead Again', 'btl', 'beta-lead', 'pm', 'po', 'gamma-lead', 'no-such-role']) {
      const { catalog, notes } = await load();
      expect(notes).toMatch(/used/);
      expect(lookedUp(catalog, name)).toBe(lookedUp(expected, name));
    }
  });

  it('keeps the aliases the merge took from a role: in its summary, its whole text and its lookups', async () => {
    await fill();
    const { catalog } = await load();
    const beta = findRole(catalog, 'beta-lead');
    expect(beta?.summary.aliases).toEqual(['btl']);
    expect(beta?.role.aliases).toEqual(['btl']);
    expect(findRole(catalog, 'po')?.origin).toBe('builtin');
    // A built-in role keeps its names: theirs/pmm.yaml, with one of them as its id, is skipped.
    const marketing = findRole(catalog, 'product-marketing-manager');
    expect(marketing?.summary.aliases).toContain('pmm');
    expect(marketing?.role.aliases).toContain('pmm');
    expect(findRole(catalog, 'pmm')?.summary.id).toBe('product-marketing-manager');
    expect(catalog.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^theirs\/pmm\.yaml:1:5: id: id "pmm" is a name of the built-in product-marketing-manager /));
    const listed = (await load()).catalog.roles.find((role) => role.summary.id === 'product-marketing-manager');
    expect(listed?.role.aliases).toEqual(marketing?.summary.aliases);
  });

  it('keeps the problems of every file and across files, in the same order, with their positions', async () => {
    await fill();
    const { catalog } = await load();
    const lines = catalog.problems.map(formatProblem);
    expect(lines.some((line) => line.startsWith(join('mine', 'broken.yaml:')))).toBe(true);
    expect(lines.some((line) => /^theirs\/dangling\.yaml:\d+:\d+: .*nobody-here/.test(line))).toBe(true);
    expect(JSON.stringify(catalog.problems)).toBe(JSON.stringify((await loadCatalog({ builtin: builtinData(), layers: layers(), cwd: root })).problems));
  });

  const changes: [string, () => void][] = [
    ['a file edited in place to the same size', () => writeRole(mine, 'beta.yaml', roleYaml('beta-lead', 'Beta Lea2', 'aliases: [po, btl]\n'))],
    ['a file added', () => writeRole(mine, 'delta.yaml', roleYaml('delta-lead', 'Delta Lead'))],
    ['a file removed', () => unlinkSync(join(mine, 'beta.yaml'))],
    ['a file renamed', () => renameSync(join(mine, 'beta.yaml'), join(mine, 'zeta.yaml'))],
    ['a file given an id another role has', () => writeRole(theirs, 'dangling.yaml', roleYaml('beta-lead', 'Gamma Lead'))],
    ['the missing folder made', () => (mkdirSync(join(root, 'not-there')), writeRole(join(root, 'not-there'), 'x.yaml', roleYaml('x-lead', 'X Lead')))],
    ['its file removed by another run', () => rmSync(join(cacheDir, 'catalog'), { recursive: true })],
  ];
  for (const [what, change] of changes) {
    it(`is not believed after ${what}`, async () => {
      await fill();
      change();
      const { catalog, notes } = await load();
      expect(notes).not.toMatch(/catalog cache .*: used/);
      expect(described(catalog)).toBe(await truth());
    });
  }

  it('names files from the working folder of each run', async () => {
    await fill();
    for (const cwd of [mine, theirs, join(root, '..'), root]) {
      const { catalog } = await load(cwd);
      expect(described(catalog)).toBe(await truth(cwd));
    }
  });

  const damages: [string, (bytes: Buffer) => Buffer][] = [
    ['emptied', () => Buffer.alloc(0)],
    ['cut short', (bytes) => bytes.subarray(0, bytes.length - 10)],
    ['given a longer tail', (bytes) => Buffer.concat([bytes, Buffer.from('[]')])],
    ['changed in its names', (bytes) => flip(bytes, bytes.indexOf('"btl"') + 1)],
    ['changed in its problems', (bytes) => flip(bytes, bytes.lastIndexOf('nobody-here'))],
    ['changed in the first copy of its places', (bytes) => flip(bytes, sectionStart(bytes, 3) + 9)],
    ['changed in the second copy of its summaries', (bytes) => flip(bytes, bytes.lastIndexOf('Alpha Lead Again', sectionStart(bytes, 6)))],
    ['changed in the first copy of its summaries', (bytes) => flip(bytes, bytes.indexOf('Alpha Lead Again', sectionStart(bytes, 5)))],
    ['changed inside a role record', (bytes) => flip(bytes, bytes.lastIndexOf('Keep the work moving'))],
    ['filled with other bytes', (bytes) => Buffer.alloc(bytes.length, 'x')],
  ];
  for (const [how, damage] of damages) {
    it(`gives the right catalog when its file was ${how}, and is written again`, async () => {
      await fill();
      writeFileSync(catalogFile(), damage(readFileSync(catalogFile())));
      const { catalog } = await load();
      expect(described(catalog)).toBe(await truth());
      expect(lookedUp((await load()).catalog, 'beta-lead')).toBe(lookedUp(await loadCatalog({ builtin: builtinData(), layers: layers(), cwd: root }), 'beta-lead'));
      const after = await load();
      expect(described(after.catalog)).toBe(await truth());
      expect((await load()).notes).toMatch(/used/);
    });
  }

  it('is not used by other built-in data, nor for roles given on the command line', async () => {
    await fill();
    const other = await loadCatalog({ builtin: { ...builtinData(), fingerprint: 'another build' }, layers: layers(), cwd: root, cache: { dir: cacheDir, debug: () => undefined } });
    expect(described(other)).toBe(await truth());
    const notes: string[] = [];
    const extra = (await loadCatalog({ builtin: builtinData(), layers: layers(), cwd: root })).roles.slice(-1);
    await loadCatalog({ builtin: builtinData(), layers: layers(), cwd: root, extra, cache: { dir: cacheDir, debug: (line) => void notes.push(line) } });
    expect(notes.join('')).not.toMatch(/: used|written/);
  });

  it('still loads every role when the cache cannot be written, and says so with --debug', async () => {
    writeFileSync(join(root, 'not-a-folder'), '');
    cacheDir = join(root, 'not-a-folder');
    const { catalog, notes } = await load();
    expect(described(catalog)).toBe(await truth());
    expect(notes).toMatch(/not (used|written)/);
  });

  it('is never made when no folder has role files', async () => {
    for (const dir of [mine, theirs]) for (const name of readdirSync(dir)) unlinkSync(join(dir, name));
    await load();
    await load();
    expect(() => readdirSync(join(cacheDir, 'catalog'))).toThrow();
  });
});

/** Where section `n` of a catalog file starts (see the header in src/cache/cache-file.ts). */
function sectionStart(bytes: Buffer, n: number): number {
  const header = bytes.subarray(0, bytes.indexOf(10) + 1);
  const lengths = header.toString('latin1').split(' ').slice(2).map(Number);
  // The key and the stamps are stored once, the other sections twice (the records come last).
  return header.length + lengths.slice(0, n).reduce((sum, length, i) => sum + (i < 2 ? 1 : 2) * length, 0);
}

/** The same bytes with one changed, so the length stays the same. */
function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}
