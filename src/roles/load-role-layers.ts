// The edge that touches the file system: finds role files in each layer's folder,
// reads them and hands them to the parser; the built-in layer comes prebuilt.
import { closeSync, fstatSync, openSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { Layer } from './data-paths.js';
import type { FileProblem } from './file-problem.js';
import type { Knowledge } from './knowledge-schema.js';
import { loadParser } from './load-parser.js';
import { lazyLoadedRole, summaryOf } from './lazy-role.js';
import { loadedRole, mergeRoleLayers, type LoadedRole, type RoleIndex } from './merge-role-layers.js';
import type { Role } from './role-schema.js';
import type { ReferenceIds } from './role-source-references.js';
import type { FileStamp } from './role-cache-file.js';
import { MAX_FILE_BYTES } from './role-file-limits.js';
import { loadLayerWithCache, parserFingerprint, type LayerRoles, type RoleCacheOptions } from './role-cache.js';
import { readCatalogCache, writeCatalogCache, type CatalogCacheInput, type FoundLayer } from './catalog-cache.js';
import { RolesError } from './roles-error.js';

export interface BuiltinData {
  roles: LoadedRole[];
  knowledge: Knowledge;
  /** Tells this built-in data from another build's: set when read from the build's file. */
  fingerprint?: string;
}

export interface LayerStatus extends Layer {
  exists: boolean;
}

export interface Catalog extends RoleIndex {
  knowledge: Knowledge;
  problems: FileProblem[];
  layers: LayerStatus[];
}

const ROLE_FILE = /\.ya?ml$/i;
const MAX_FOLDER_DEPTH = 8;

/**
 * The built-in data as the build writes it (dist/builtin.jsonl): a first line with each
 * role's summary and where its record is, and the knowledge; then one line of JSON per
 * role. A role is parsed only when a command asks for it whole, and the file is read as
 * bytes outside the JavaScript heap: parsing all fourteen roles on every run allocated
 * enough to cost `compare` a garbage collection.
 */
interface BuiltinIndex {
  /** `at` counts bytes from the start of the second line. */
  roles: (Pick<LoadedRole, 'summary' | 'file' | 'origin'> & { at: number; length: number })[];
  knowledge: Knowledge;
}

export function builtinDataFile(data: BuiltinData): string {
  const records = data.roles.map(({ role }) => JSON.stringify(role));
  let at = 0;
  const roles = data.roles.map(({ role, file, origin }, i) => {
    const length = Buffer.byteLength(records[i] ?? '');
    const entry = { summary: summaryOf(role), file, origin, at, length };
    at += length + 1;
    return entry;
  });
  const index: BuiltinIndex = { roles, knowledge: data.knowledge };
  return [JSON.stringify(index), ...records, ''].join('\n');
}

export function readBuiltinData(path: string): BuiltinData {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  let stats: Stats;
  try {
    stats = fstatSync(fd);
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  const firstLine = bytes.indexOf(10);
  const index = JSON.parse(bytes.toString('utf8', 0, firstLine)) as BuiltinIndex;
  const record = (at: number, length: number): Role => JSON.parse(bytes.toString('utf8', firstLine + 1 + at, firstLine + 1 + at + length)) as Role;
  const roles = index.roles.map(({ summary, file, origin, at, length }) => lazyLoadedRole(summary, file, origin, () => record(at, length)));
  return { roles, knowledge: index.knowledge, fingerprint: `${stats.size}:${stats.mtimeMs}:${stats.ino}` };
}

export type FolderState = 'exists' | 'missing' | 'not a folder';

/** What is at a layer's path: only a folder is read; anything else is skipped like a missing one. */
export function folderState(dir: string): FolderState {
  try {
    return statSync(dir).isDirectory() ? 'exists' : 'not a folder';
  } catch {
    return 'missing';
  }
}

/** A --data folder is asked for by name, so one that is missing or not a folder is a usage error for every command. */
export function requireDataFolders(layers: readonly Layer[]): void {
  for (const layer of layers) {
    const state = layer.origin === '--data' ? folderState(layer.dir) : 'exists';
    if (state === 'missing') throw new RolesError('usage', `--data folder "${layer.dir}" does not exist`, 'pass a folder of role files');
    if (state === 'not a folder') throw new RolesError('usage', `--data "${layer.dir}" is not a folder`, 'pass a folder of role files');
  }
}

/** Why a file or folder could not be read, in words. */
function unreadable(error: unknown, missing = 'a broken link'): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = { ENOENT: missing, ELOOP: 'a symbolic link loop', EACCES: 'permission denied', EPERM: 'permission denied' };
  return (code && reasons[code]) ?? code ?? 'error';
}

/** Every role file under a folder, sorted, following symlinks but never round a loop; `stamps` gets what stat said of each. */
export function findRoleFiles(dir: string, problems: FileProblem[], shownFrom: string, stamps?: Map<string, FileStamp>): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (folder: string, depth: number): void => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch (error) {
      problems.push({ severity: 'error', file: displayPath(folder, shownFrom), message: `cannot open this folder (${unreadable(error)}); it is skipped, fix or remove the link` });
      return;
    }
    if (visited.has(real) || depth > MAX_FOLDER_DEPTH) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      problems.push({ severity: 'error', file: displayPath(folder, shownFrom), message: `cannot read this folder (${unreadable(error)}); it is skipped, check its permissions` });
      return;
    }
    // Joined by hand: path.join() normalises every one of thousands of paths for nothing.
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const path = prefix + name;
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch (error) {
        if (ROLE_FILE.test(name)) problems.push({ severity: 'error', file: displayPath(path, shownFrom), message: `cannot read this file (${unreadable(error)}); it is skipped, fix or remove it` });
        continue;
      }
      if (stats.isDirectory()) walk(path, depth + 1);
      else if (stats.isFile() && ROLE_FILE.test(name)) {
        found.push(path);
        // Only the numbers are kept: a Stats object holds four Dates, and thousands of them kept alive cost the garbage collector dearly.
        stamps?.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino });
      }
    }
  };
  walk(dir, 0);
  return found;
}

function readRoleBytes(file: string, problems: FileProblem[], shown: string): Uint8Array | undefined {
  try {
    const stats = statSync(file);
    // A device or pipe could be read forever; role files are regular files.
    if (!stats.isFile()) {
      problems.push({ severity: 'error', file: shown, message: 'not a regular file; it is skipped, pass a role file' });
      return undefined;
    }
    if (stats.size > MAX_FILE_BYTES) {
      problems.push({ severity: 'error', file: shown, message: `${stats.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a role file; it is skipped, split or shorten it` });
      return undefined;
    }
    return readFileSync(file);
  } catch (error) {
    problems.push({ severity: 'error', file: shown, message: `cannot read this file (${unreadable(error, 'it does not exist')}); it is skipped, check its permissions` });
    return undefined;
  }
}

/** The ids of the source documents role files may cite and of the topics their items may name. */
export function referenceIdsOf(knowledge: Pick<Knowledge, 'sources' | 'topics'>): ReferenceIds {
  return { sources: new Set(knowledge.sources.map((source) => source.id)), topics: new Set(knowledge.topics.map((topic) => topic.id)) };
}

/** Parses role files; broken files become problems, not failures. */
export async function loadRoleFiles(files: string[], origin: Layer['origin'], cwd: string, known?: ReferenceIds): Promise<{ roles: LoadedRole[]; problems: FileProblem[] }> {
  const problems: FileProblem[] = [];
  const roles: LoadedRole[] = [];
  if (files.length === 0) return { roles, problems };
  const { parseRoleFile } = await loadParser();
  for (const file of files) {
    const shown = displayPath(file, cwd);
    const bytes = readRoleBytes(file, problems, shown);
    if (!bytes) continue;
    const parsed = parseRoleFile(bytes, shown, known);
    problems.push(...parsed.problems);
    if (parsed.value) roles.push(loadedRole(parsed.value, shown, origin));
  }
  return { roles, problems };
}

/** The role files of a folder, with what stat said of each and the problems of those that cannot be read. */
function findLayer(layer: Layer, cwd: string): FoundLayer & { problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const stamps = new Map<string, FileStamp>();
  const files = findRoleFiles(layer.dir, problems, cwd, stamps);
  return { layer, files, stamps, problems };
}

/** With `cache`, only files that changed since the last run are parsed (src/roles/role-cache.ts). */
async function loadFoundLayer(found: FoundLayer, cwd: string, known: ReferenceIds, cache?: RoleCacheOptions): Promise<LayerRoles> {
  const { layer, files, stamps } = found;
  return cache
    ? await loadLayerWithCache({ layer, files, stamps, cwd, shown: (file) => displayPath(file, cwd) }, (file) => loadRoleFiles([file], layer.origin, cwd, known), cache)
    : await loadRoleFiles(files, layer.origin, cwd, known);
}

export function displayPath(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}

/** Every layer put together; a folder that is missing (see requireDataFolders for --data) is skipped. */
export async function loadCatalog(options: { builtin: BuiltinData; layers: Layer[]; cwd: string; extra?: LoadedRole[]; cache?: RoleCacheOptions }): Promise<Catalog> {
  const { builtin, cwd, cache } = options;
  const layers = options.layers.map((layer): LayerStatus => ({ ...layer, exists: layer.origin === 'builtin' || folderState(layer.dir) === 'exists' }));
  const userLayers = layers.filter((layer) => layer.origin !== 'builtin');
  const found = userLayers.filter((layer) => layer.exists).map((layer) => findLayer(layer, cwd));
  // Problems in the order of the folders, each folder's unreadable files before the problems of its roles.
  const inOrder = (perLayer: readonly FileProblem[][], merged: readonly FileProblem[]): FileProblem[] => [...found.flatMap((item, i) => [...item.problems, ...(perLayer[i] ?? [])]), ...merged];
  const catalogInput: CatalogCacheInput | undefined =
    cache && !options.extra && builtin.fingerprint !== undefined
      ? { cacheDir: cache.dir, parser: parserFingerprint(), builtin: builtin.fingerprint, cwd, layers: userLayers, found, shown: (path) => displayPath(path, cwd), debug: cache.debug }
      : undefined;
  const { catalog: fromCache, key } = catalogInput ? readCatalogCache(catalogInput, builtin.roles) : {};
  if (fromCache) {
    const problems = inOrder(fromCache.problems.layers, fromCache.problems.merged);
    // `roles` stays a getter: a lookup makes only the role it finds, `list` every role.
    return { get roles() { return fromCache.roles; }, byName: fromCache.byName, knowledge: builtin.knowledge, problems, layers };
  }
  const known = referenceIdsOf(builtin.knowledge);
  const results: LayerRoles[] = [];
  for (const item of found) results.push(await loadFoundLayer(item, cwd, known, cache));
  const loaded: LoadedRole[][] = [builtin.roles, ...results.map((result) => result.roles)];
  if (options.extra) loaded.push(options.extra);
  const merged = mergeRoleLayers(loaded);
  const located = await withPositions(merged.problems, loaded.slice(1), cwd);
  const perLayer = results.map((result) => result.problems);
  if (catalogInput) writeCatalogCache(catalogInput, key, merged, loaded, results.map((result) => result.cached), { layers: perLayer, merged: located });
  return { roles: merged.roles, byName: merged.byName, knowledge: builtin.knowledge, problems: inOrder(perLayer, located), layers };
}

/**
 * The checks across files know the field of each problem but not its line, so the file
 * is read again to find it: only files with such a problem, so a clean folder costs nothing.
 */
async function withPositions(problems: FileProblem[], userLayers: readonly LoadedRole[][], cwd: string): Promise<FileProblem[]> {
  const unlocated = (problem: FileProblem): boolean => problem.field !== undefined && problem.line === undefined;
  if (!problems.some(unlocated)) return problems;
  // Built-in files are shown relative to the package, not the working folder, and are checked when the tool is built.
  const userFiles = new Set(userLayers.flatMap((roles) => roles.map((role) => role.file)));
  const unplaced = problems.filter((problem) => unlocated(problem) && userFiles.has(problem.file));
  if (unplaced.length === 0) return problems;
  const { locateFields } = await loadParser();
  const positions = new Map<FileProblem, { line: number; col: number }>();
  for (const file of new Set(unplaced.map((problem) => problem.file))) {
    const list = unplaced.filter((problem) => problem.file === file);
    const bytes = readRoleBytes(resolve(cwd, file), [], file);
    if (!bytes) continue;
    locateFields(bytes, list.map((problem) => problem.field ?? '')).forEach((position, i) => {
      const problem = list[i];
      if (problem && position) positions.set(problem, position);
    });
  }
  return problems.map((problem) => {
    const position = positions.get(problem);
    return position ? { severity: problem.severity, file: problem.file, ...position, field: problem.field, message: problem.message } : problem;
  });
}
