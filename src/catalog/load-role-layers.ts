// Puts the catalog together: finds the role files of each layer, takes what it can from
// the cache (src/cache), reads the rest from YAML through the lazily loaded parser, merges
// the layers and keeps the cache up to date. The built-in layer comes prebuilt.
import { resolve } from 'node:path';
import { catalogCache, type CacheKey, type CacheOptions, type CachedCatalog, type FileEntry } from '../cache/catalog-cache.js';
import type { FileProblem } from '../format/file-problem.js';
import type { Knowledge } from '../format/knowledge-schema.js';
import type { ReferenceIds } from '../format/role-source-references.js';
import type { BuiltinData } from './builtin-data.js';
import { cacheProgress, type ProgressOutput } from './cache-progress.js';
import { cachedRoleOrYaml, catalogFromCache, checkedSummaries, type FoundFiles } from './cached-catalog.js';
import type { Layer } from './data-paths.js';
import { displayPath, findRoleFiles, folderState, isInside, namesInFolder, readRoleBytes } from './find-role-files.js';
import { LazyLoadedRole, loadedRole, summaryOf, type LoadedRole } from './loaded-role.js';
import { loadParser, parserFingerprint, prepareParserNow } from './load-parser.js';
import { mergeRoleLayers, type MergedRoles, type RoleIndex } from './merge-role-layers.js';

export interface LayerStatus extends Layer {
  exists: boolean;
}

export interface Catalog extends RoleIndex {
  knowledge: Knowledge;
  problems: FileProblem[];
  layers: LayerStatus[];
}

export interface CatalogCacheOptions extends CacheOptions {
  /** Where progress goes when reading files takes a while (stderr on a terminal), if anywhere. */
  progress?: ProgressOutput;
  now?: () => number;
}

/** A file edited this close to being read could be edited again without its mtime changing. */
const RACY_MS = 2000;

/** The ids of the source documents role files may cite, of the topics their items may name and of the dimensions they place themselves on. */
export function referenceIdsOf(knowledge: Pick<Knowledge, 'sources' | 'topics' | 'dimensions'>): ReferenceIds {
  return {
    sources: new Set(knowledge.sources.map((source) => source.id)),
    topics: new Set(knowledge.topics.map((topic) => topic.id)),
    dimensions: new Set(knowledge.dimensions.dimensions.map((dimension) => dimension.id)),
  };
}

type Parser = Awaited<ReturnType<typeof loadParser>>;

/** One role file read and checked; `read` is false when its bytes could not be read. */
function readRoleFile(parser: Parser, file: string, shown: string, known?: ReferenceIds): { role?: LoadedRole['role']; problems: FileProblem[]; read: boolean } {
  const problems: FileProblem[] = [];
  const bytes = readRoleBytes(file, problems, shown);
  if (!bytes) return { problems, read: false };
  const parsed = parser.parseRoleFile(bytes, shown, known);
  return { role: parsed.value, problems: parsed.problems, read: true };
}

/** Parses role files; broken files become problems, not failures. */
export async function loadRoleFiles(files: string[], origin: Layer['origin'], cwd: string, known?: ReferenceIds): Promise<{ roles: LoadedRole[]; problems: FileProblem[] }> {
  const problems: FileProblem[] = [];
  const roles: LoadedRole[] = [];
  if (files.length === 0) return { roles, problems };
  const parser = await loadParser();
  for (const file of files) {
    const shown = displayPath(file, cwd);
    const read = readRoleFile(parser, file, shown, known);
    problems.push(...read.problems);
    if (read.role) roles.push(loadedRole(read.role, shown, origin));
  }
  return { roles, problems };
}

interface FoundLayer extends FoundFiles {
  layer: Layer;
  /** Four numbers per file (CacheKey). */
  stamps: number[];
  problems: FileProblem[];
}

/** Everything the catalog depends on besides its files: the files are named from the working folder only when it is inside a folder. */
function cacheKey(builtin: BuiltinData, layers: readonly LayerStatus[], found: readonly FoundLayer[], cwd: string): CacheKey {
  const folders = layers.map((layer) => ({ origin: layer.origin, dir: layer.dir, exists: layer.exists, shownAs: displayPath(layer.dir, cwd), cwd: isInside(cwd, layer.dir) ? cwd : null }));
  return { meta: JSON.stringify({ parser: parserFingerprint(), builtin: builtin.fingerprint, folders }), files: found.flatMap((item) => item.files), stamps: ([] as number[]).concat(...found.map((item) => item.stamps)) };
}

/** Every layer put together; a folder that is missing (see requireDataFolders for --data) is skipped. */
export async function loadCatalog(options: { builtin: BuiltinData; layers: Layer[]; cwd: string; extra?: LoadedRole[]; cache?: CatalogCacheOptions }): Promise<Catalog> {
  const { builtin, cwd, extra } = options;
  const layers = options.layers.map((layer): LayerStatus => ({ ...layer, exists: layer.origin === 'builtin' || folderState(layer.dir) === 'exists' }));
  const userLayers = layers.filter((layer) => layer.origin !== 'builtin');
  const found = userLayers.filter((layer) => layer.exists).map((layer): FoundLayer => {
    const problems: FileProblem[] = [];
    const stamps: number[] = [];
    return { layer, origin: layer.origin, files: findRoleFiles(layer.dir, problems, cwd, stamps), stamps, problems, shown: namesInFolder(layer.dir, cwd) };
  });
  // Problems in the order of the folders, each folder's unreadable files before the problems of its roles.
  const inOrder = (perLayer: readonly FileProblem[][], merged: readonly FileProblem[]): FileProblem[] => [...found.flatMap((item, i) => [...item.problems, ...(perLayer[i] ?? [])]), ...merged];
  const key = cacheKey(builtin, userLayers, found, cwd);
  const cache = options.cache && key.files.length > 0 && builtin.fingerprint !== undefined ? catalogCache(options.cache, userLayers.map((layer) => `${layer.origin}:${layer.dir}`)) : undefined;
  if (cache) await prepareParserNow();
  const cached = cache?.load(key);
  if (cached?.exact && !extra) {
    const fromCache = catalogFromCache(cached, found, builtin.roles, () => cache?.clear());
    // `roles` stays a getter: a lookup makes only the role it finds, `list` every role.
    return { get roles() { return fromCache.roles; }, byName: fromCache.byName, get knowledge() { return builtin.knowledge; }, problems: inOrder(fromCache.layerProblems, cached.merged), layers };
  }
  const read = await readLayers(found, cached, builtin, cwd, options.cache);
  options.cache?.debug?.(`roles: ${key.files.length} role file(s), ${read.fromYaml} read from YAML\n`);
  const loaded: LoadedRole[][] = [builtin.roles, ...read.roles];
  if (extra) loaded.push(extra);
  // Without user roles the catalog is the built-in roles, which the build merged already.
  const prebuilt = key.files.length === 0 && !extra && builtin.byName;
  const merged = prebuilt ? { roles: builtin.roles, byName: prebuilt, unmerged: builtin.roles, problems: [] } : mergeRoleLayers(loaded);
  const located = await withPositions(merged.problems, loaded.slice(1), cwd);
  if (cache && !extra) {
    // A reused record that cannot be read back means the old file is damaged.
    if (read.entries.some((entry) => entry.summary !== undefined && entry.json === undefined)) cache.clear();
    else cache.store(key, toStore(read.entries, merged, builtin.roles, read.position, located));
  }
  // A getter, like the built-in data's: `list` never reads the knowledge.
  return { roles: merged.roles, byName: merged.byName, get knowledge() { return builtin.knowledge; }, problems: inOrder(read.problems, located), layers };
}

/** Each folder's roles and problems: a file whose entry the cache holds with its stamp comes from there, the others from YAML. */
async function readLayers(found: readonly FoundLayer[], cached: CachedCatalog | undefined, builtin: Pick<BuiltinData, 'knowledge'>, cwd: string, options?: CatalogCacheOptions) {
  const summaries = cached && checkedSummaries(cached.summaries());
  const now = options?.now ?? Date.now;
  let known: ReferenceIds | undefined;
  const roles: LoadedRole[][] = [];
  const problems: FileProblem[][] = [];
  const entries: FileEntry[] = [];
  const position = new Map<LoadedRole, number>();
  let parser: Parser | undefined;
  let fromYaml = 0;
  for (const item of found) {
    const layerRoles: LoadedRole[] = [];
    const layerProblems: FileProblem[] = [];
    const hits = item.files.map((_, i) => (summaries ? cached?.entry(entries.length + i) : undefined));
    const progress = cacheProgress({ total: hits.filter((at) => at === undefined).length, what: `role files in ${displayPath(item.layer.dir, cwd)}`, output: options?.progress, now });
    let readCount = 0;
    for (const [i, file] of item.files.entries()) {
      const shown = item.shown(file);
      const at = hits[i];
      let entry: FileEntry;
      let role: LoadedRole | undefined;
      if (at !== undefined) {
        const summary = summaries?.[at] ?? undefined;
        const json = summary && cached?.json(at);
        entry = { problems: cached?.problems[at] ?? [], summary, json };
        if (summary) role = new LazyLoadedRole(summary, shown, item.origin, () => cachedRoleOrYaml(json, file, shown, () => undefined, summary.id));
      } else {
        parser ??= await loadParser();
        const result = readRoleFile(parser, file, shown, (known ??= referenceIdsOf(builtin.knowledge)));
        progress.step(++readCount);
        // Only a recent mtime is a risk: an edit of an older file always moves its mtime.
        const volatile = !result.read || now() - (item.stamps[i * 4 + 1] ?? 0) < RACY_MS;
        entry = { problems: result.problems.map((problem) => ({ ...problem, file: '' })), volatile, ...(result.role ? { summary: summaryOf(result.role), json: JSON.stringify(result.role) } : {}) };
        if (result.role) role = loadedRole(result.role, shown, item.origin);
      }
      layerProblems.push(...entry.problems.map((problem) => ({ ...problem, file: shown })));
      if (role) {
        layerRoles.push(role);
        position.set(role, entries.length);
      }
      entries.push(entry);
    }
    progress.finish();
    fromYaml += readCount;
    roles.push(layerRoles);
    problems.push(layerProblems);
  }
  return { roles, problems, entries, position, fromYaml };
}

/** What the cache keeps of a merge: where each merged role's record is, each name's role, the problems and the aliases taken away. */
function toStore(files: FileEntry[], merged: MergedRoles, builtin: readonly LoadedRole[], position: ReadonlyMap<LoadedRole, number>, problems: FileProblem[]) {
  const index = new Map(merged.roles.map((role, i) => [role, i]));
  const aliases: Record<number, string[]> = {};
  const places = merged.roles.map((role, i) => {
    const base = merged.unmerged[i] as LoadedRole;
    if (role !== base) aliases[i] = role.summary.aliases ?? [];
    return position.get(base) ?? -1 - builtin.indexOf(base);
  });
  const names = new Map([...merged.byName].map(([name, role]) => [name, index.get(role) ?? -1]));
  return { files, places, names, merged: problems, aliases };
}

/**
 * The checks across files know the field of each problem but not its line, so the file
 * is read again to find it: only files with such a problem, so a clean folder costs nothing.
 */
async function withPositions(problems: FileProblem[], userLayers: readonly LoadedRole[][], cwd: string): Promise<FileProblem[]> {
  const unlocated = problems.filter((problem) => problem.field !== undefined && problem.line === undefined);
  if (unlocated.length === 0) return problems;
  // Built-in files are shown relative to the package, not the working folder, and are checked when the tool is built.
  const userFiles = new Set(userLayers.flatMap((roles) => roles.map((role) => role.file)));
  const byFile = new Map<string, FileProblem[]>();
  for (const problem of unlocated) if (userFiles.has(problem.file)) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  if (byFile.size === 0) return problems;
  const { locateFields } = await loadParser();
  const positions = new Map<FileProblem, { line: number; col: number }>();
  for (const [file, list] of byFile) {
    const bytes = readRoleBytes(resolve(cwd, file), [], file);
    if (bytes) locateFields(bytes, list.map((problem) => problem.field ?? '')).forEach((position, i) => position && positions.set(list[i] as FileProblem, position));
  }
  return problems.map((problem) => {
    const position = positions.get(problem);
    return position ? { severity: problem.severity, file: problem.file, ...position, field: problem.field, message: problem.message } : problem;
  });
}
