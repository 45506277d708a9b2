// Every bad file of the corpus (tests/fixtures/bad-role-corpus.ts) gives its one clear
// problem with file:line:col, and never stops the good roles next to it from loading.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/format/file-problem.js';
import { loadCatalog } from '../../src/catalog/load-role-layers.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { readYamlSafely } from '../../src/format/read-yaml-safely.js';
import { AWKWARD_GOOD_CASES, BAD_FOLDERS_DIR, BAD_ROLE_CASES, GOOD_IDS, deepBlockRole, deepFlowRole, problemLine, writeCase, writeGoodRoles } from '../fixtures/bad-role-corpus.js';
import { builtinData } from '../helpers/builtin-catalog.js';

const scratch = mkdtempSync(join(tmpdir(), 'roles-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** A folder of the good roles plus the given cases, and the catalog loaded from it as --data. */
async function loadWith(cases: { file: string; write?: (path: string) => void }[]) {
  const cwd = join(scratch, `run-${++folders}`);
  const dir = join(cwd, 'data');
  writeGoodRoles(dir);
  for (const item of cases) writeCase(item, dir);
  const catalog = await loadCatalog({ builtin: builtinData(), layers: [{ origin: '--data', dir }], cwd });
  return { catalog, lines: catalog.problems.map(formatProblem), ids: catalog.roles.map((loaded) => loaded.role.id) };
}

describe('the bad role file corpus', () => {
  it.each(BAD_ROLE_CASES.map((item) => [item.what, item] as const))('reports %s in one line with its place, and keeps the good roles', async (_what, item) => {
    const { lines, ids } = await loadWith([item]);
    const shown = join('data', item.file);
    expect(lines).toHaveLength(item.problems.length);
    item.problems.forEach((problem, i) => expect(lines[i]).toMatch(problemLine(shown, problem)));
    expect(ids).toEqual(expect.arrayContaining(GOOD_IDS));
    if (item.loads) expect(ids).toContain(item.loads);
    else expect(ids.filter((id) => !GOOD_IDS.includes(id) && id.startsWith(item.file.replace(/\.yaml$/, '')))).toEqual([]);
  });

  it('loads every bad file in one folder together, reporting each and keeping the good roles', async () => {
    const { lines, ids } = await loadWith(BAD_ROLE_CASES);
    for (const item of BAD_ROLE_CASES) {
      const shown = join('data', item.file);
      for (const problem of item.problems) expect(lines).toContainEqual(expect.stringMatching(problemLine(shown, problem)));
    }
    expect(lines).toHaveLength(BAD_ROLE_CASES.reduce((sum, item) => sum + item.problems.length, 0));
    expect(ids).toEqual(expect.arrayContaining(GOOD_IDS));
  });

  it('refuses two files nested a thousand levels deep in the same run, before the YAML parser sees them', async () => {
    const cases = [
      { file: 'deep-one.yaml', write: (path: string) => writeFileSync(path, deepFlowRole('deep-one', 5000)) },
      { file: 'deep-two.yaml', write: (path: string) => writeFileSync(path, deepBlockRole('deep-two', 1200)) },
      { file: 'deep-three.yaml', write: (path: string) => writeFileSync(path, deepFlowRole('deep-three', 3000)) },
    ];
    const { lines, ids } = await loadWith(cases);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^data\/deep-\w+\.yaml:\d+:\d+: nested more than 64 levels deep/);
    expect(ids).toEqual(expect.arrayContaining(GOOD_IDS));
  });

  it.each(AWKWARD_GOOD_CASES.map((item) => [item.what, item] as const))('loads a role with %s', async (_what, item) => {
    const { catalog, lines } = await loadWith([item]);
    expect(lines).toEqual([]);
    expect(catalog.roles.find((loaded) => loaded.role.id === item.id)?.role.title).toBe(item.title);
  });

  it('keeps on, no and off as the words they are', async () => {
    const [item] = AWKWARD_GOOD_CASES.filter((entry) => entry.id === 'yes-no-words');
    const { catalog } = await loadWith(item ? [item] : []);
    const role = catalog.roles.find((loaded) => loaded.role.id === 'yes-no-words')?.role;
    expect(role).toMatchObject({ focus: 'on', aliases: ['no', 'off'] });
  });

  it('folds a CRLF block scalar the same as an LF one', async () => {
    const [item] = AWKWARD_GOOD_CASES;
    const { catalog } = await loadWith(item ? [item] : []);
    expect(catalog.roles.find((loaded) => loaded.role.id === 'bom-crlf')?.role.summary).toBe('Saved by an editor on Windows.');
  });
});

describe('two files in one layer that claim the same name', () => {
  it('skips the second file with an id already taken, naming both files', async () => {
    const catalog = await loadCatalog({ builtin: builtinData(), layers: [{ origin: '--data', dir: join(BAD_FOLDERS_DIR, 'duplicate-id') }], cwd: BAD_FOLDERS_DIR });
    expect(catalog.problems.map(formatProblem)).toEqual([
      'duplicate-id/second.yaml:1:5: id: id "twin-role" is also used by duplicate-id/first.yaml; this file is skipped, give it another id',
    ]);
    expect(catalog.roles.filter((loaded) => loaded.role.id === 'twin-role').map((loaded) => loaded.role.title)).toEqual(['Twin Role First']);
  });

  it('keeps an alias for the first role that claims it and drops it from the second', async () => {
    const catalog = await loadCatalog({ builtin: builtinData(), layers: [{ origin: '--data', dir: join(BAD_FOLDERS_DIR, 'duplicate-alias') }], cwd: BAD_FOLDERS_DIR });
    expect(catalog.problems.map(formatProblem)).toEqual([expect.stringMatching(/^duplicate-alias\/second\.yaml:3:11: aliases\[0\]: alias "shared-name" already names alias-owner/)]);
    const aliases = Object.fromEntries(catalog.roles.map((loaded) => [loaded.role.id, loaded.role.aliases]));
    expect(aliases['alias-owner']).toEqual(['shared-name']);
    expect(aliases['alias-claimant']).toEqual([]);
  });
});

describe('parseRoleFile on the corpus', () => {
  it.each(BAD_ROLE_CASES.filter((item) => !item.loads).map((item) => [item.what, item] as const))('gives problems and no role for %s', (_what, item) => {
    const bytes = readFileSync(writeCase(item, mkdtempSync(join(scratch, 'read-'))));
    const parsed = parseRoleFile(bytes, item.file);
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map(formatProblem)).toEqual(item.problems.map((problem) => expect.stringMatching(problemLine(item.file, problem))));
  });

  it('gives YAML problems only for the files broken as YAML, not for those the schema rejects', () => {
    const yamlBroken = new Set(['invalid-syntax.yaml', 'tab-indentation.yaml', 'duplicate-key.yaml', 'empty.yaml', 'only-comments.yaml', 'multi-document.yaml', 'tag-js-function.yaml', 'tag-include.yaml', 'alias-bomb.yaml', 'latin-1.yaml', 'utf-16.yaml', 'binary.yaml', 'huge.yaml', 'deep-flow.yaml', 'deep-block.yaml']);
    const dir = mkdtempSync(join(scratch, 'yaml-'));
    for (const item of BAD_ROLE_CASES) {
      const read = readYamlSafely(readFileSync(writeCase(item, dir)), item.file);
      expect({ file: item.file, broken: read.problems.length > 0 }).toEqual({ file: item.file, broken: yamlBroken.has(item.file) });
    }
  });
});

