// User role folders go through a cache under $XDG_CACHE_HOME/roles/layers/, one file per
// folder, keyed by each role file's path, size, modification and change times and inode.
// A later run reads the small index instead of parsing YAML and parses only the files
// that changed; roles are checked once, when they enter the cache. A cache file that is
// damaged, stale or made by another version is rebuilt, never believed.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ProgressOutput } from '../catalog/cache-progress.js';
import type { Layer } from '../catalog/data-paths.js';
import type { FileProblem } from '../format/file-problem.js';
import { lazyLoadedRole } from '../catalog/lazy-role.js';
import { loadParser } from '../catalog/load-parser.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { hashOf, openCacheFile, readCheckedAt, stampMatches, type CacheFileStamp, type CacheIndex, type FileStamp, type OpenCacheFile } from './role-cache-file.js';
import { rebuild, withFile } from './role-cache-rebuild.js';
import type { Role } from '../format/role-schema.js';
import { RolesError } from '../format/roles-error.js';

export interface RoleCacheOptions {
  /** The tool's cache folder, $XDG_CACHE_HOME/roles. */
  dir: string;
  /** Where progress goes when filling the cache takes a while (stderr on a terminal), if anywhere. */
  progress?: ProgressOutput;
  /** Where to say what the cache did (--debug), if anywhere. */
  debug?: (line: string) => void;
  now?: () => number;
}

export interface LayerFiles {
  layer: Layer;
  /** The role files found in the layer's folder, in order, with what stat said of each. */
  files: string[];
  stamps: ReadonlyMap<string, FileStamp>;
  cwd: string;
  /** How a file is named to the user in this run: displayPath() of load-role-layers.ts. */
  shown: (file: string) => string;
}

export interface LayerRoles {
  roles: LoadedRole[];
  problems: FileProblem[];
  /** Set when every role came from the folder's cache file as it is, so a later run can read them from there too. */
  cached?: CachedLayer;
}

/** Where a role's record is: the role file it was read from, and its bytes in the cache file. */
export interface RecordPlace {
  file: string;
  /** In bytes from the start of the cache file. */
  at: number;
  length: number;
  hash: string;
}

export interface CachedLayer {
  path: string;
  stamp: CacheFileStamp;
  /** Parallel to the layer's roles. */
  records: RecordPlace[];
}

/** Reads and checks one role file from YAML: the layer loader's own code path. */
export type ReadRoleFile = (file: string) => Promise<LayerRoles>;

type ParserModule = Awaited<ReturnType<typeof loadParser>>;
/** Replaced by `true` when bundled (scripts/build.mjs). */
declare const __BUNDLED__: boolean | undefined;
declare const __VERSION__: string | undefined;
const bundled = typeof __BUNDLED__ !== 'undefined' && __BUNDLED__;
let parserModule: ParserModule | undefined;

/** The parser, synchronously: only needed when a role record turns out damaged after the cache was opened. */
function parserNow(): ParserModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
  parserModule ??= require(join(__dirname, 'parse.cjs')) as ParserModule;
  return parserModule;
}

let fingerprint: string | undefined;

/** Which parser fills the cache: a rebuilt or upgraded tool may judge the same file differently. */
export function parserFingerprint(): string {
  if (!bundled) return 'unbundled';
  if (fingerprint === undefined) {
    const stats = statSync(join(__dirname, 'parse.cjs'));
    fingerprint = `${typeof __VERSION__ === 'string' ? __VERSION__ : ''}:${stats.size}:${stats.mtimeMs}`;
  }
  return fingerprint;
}

export function cacheFilePath(cacheDir: string, layerDir: string): string {
  return join(cacheDir, 'layers', `${hashOf(Buffer.from(layerDir))}.cache`);
}

export interface PlannedFile {
  file: string;
  /** Relative to the layer's folder. */
  path: string;
  stamp?: FileStamp;
  /** The file's position in the cache's index, when the index still describes the file as it is now. */
  fresh?: number;
}

/** Paths relative to the folder, by slicing: path.relative() on thousands of files costs tens of milliseconds. */
export function relativeTo(dir: string): (file: string) => string {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : relative(dir, file));
}

/**
 * How files of the folder are named in this run, without a path.relative() per file:
 * unless the working folder is the layer's folder or inside it, a file is shown as the
 * folder is shown, followed by its path inside the folder.
 */
export function shownInLayer(input: Pick<LayerFiles, 'layer' | 'cwd' | 'shown'>): (file: string, path: string) => string {
  const dir = input.layer.dir;
  if (cwdIsInside(input.cwd, dir)) return (file) => input.shown(file);
  const base = input.shown(dir);
  return (_file, path) => (base.endsWith(sep) ? base : base + sep) + path;
}

/** Whether the working folder is the folder or inside it: only then do the names of its files depend on the working folder. */
export function cwdIsInside(cwd: string, dir: string): boolean {
  return cwd === dir || cwd.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

function plan(input: LayerFiles, index?: CacheIndex): PlannedFile[] {
  // The index lists files in the order they were found, so usually entry i is file i; a map only when not.
  let byPath: Map<string, number> | undefined;
  const paths = index?.paths ?? [];
  const relativePath = relativeTo(input.layer.dir);
  return input.files.map((file, i) => {
    const path = relativePath(file);
    let stamp = input.stamps.get(file);
    try {
      stamp ??= statSync(file);
    } catch {
      return { file, path };
    }
    if (!index) return { file, path, stamp };
    const at = paths[i] === path ? i : (byPath ??= new Map(paths.map((known, j) => [known, j]))).get(path);
    return { file, path, stamp, fresh: at !== undefined && stampMatches(index, at, stamp) ? at : undefined };
  });
}

/** Loads the roles of one folder, through its cache file, and brings the cache up to date. */
export async function loadLayerWithCache(input: LayerFiles, readRoleFile: ReadRoleFile, options: RoleCacheOptions): Promise<LayerRoles> {
  if (input.files.length === 0) return { roles: [], problems: [] };
  if (!bundled) parserModule ??= await loadParser();
  const path = cacheFilePath(options.dir, input.layer.dir);
  const meta = { dir: input.layer.dir, parser: parserFingerprint() };
  const opened = openCacheFile(path, meta);
  const planned = plan(input, opened?.index);
  if (opened && opened.index.paths.length === planned.length && planned.every((item) => item.fresh !== undefined)) {
    options.debug?.(`roles: cache ${path}: ${planned.length} role file(s), all from the cache\n`);
    try {
      return fromCache(planned, opened, input, path);
    } finally {
      opened.close();
    }
  }
  try {
    return await rebuild(planned, opened, input, readRoleFile, options, { path, meta });
  } finally {
    opened?.close();
  }
}

/** Roles whose records are read, when first asked for, from the cache file as it is now. */
function fromCache(planned: PlannedFile[], opened: OpenCacheFile, input: LayerFiles, path: string): LayerRoles {
  const roles: LoadedRole[] = [];
  const problems: FileProblem[] = [];
  const records: RecordPlace[] = [];
  const shownAs = shownInLayer(input);
  const { index } = opened;
  for (const { file, path: relativePath, fresh } of planned) {
    if (fresh === undefined) continue;
    const shown = shownAs(file, relativePath);
    const known = index.problems[fresh];
    if (known) problems.push(...withFile(known, shown));
    const cached = index.roles[fresh];
    if (!cached) continue;
    const record = { file, at: opened.recordsStart + cached.at, length: cached.length, hash: cached.hash };
    records.push(record);
    roles.push(lazyLoadedRole(cached.summary, shown, input.layer.origin, () => readCachedRole(path, record, cached.summary.id, shown)));
  }
  return { roles, problems, cached: { path, stamp: opened.stamp, records } };
}

/**
 * A role's record from the cache file at `cachePath`, checked against its hash and, when
 * known, the role's id. A record that is gone or damaged
 * (another run may have replaced the file since) is read from YAML instead, and the
 * cache file is removed, so the next run rebuilds it.
 */
export function readCachedRole(cachePath: string, record: RecordPlace, id: string | undefined, shown: string): Role {
  const text = readCheckedAt(cachePath, record.at, record.length, record.hash)?.toString('utf8');
  const role = text === undefined ? undefined : (JSON.parse(text) as Role);
  return role && (id === undefined || role.id === id) ? role : reparseNow(record.file, shown, cachePath);
}

/** A record the index vouched for did not match its hash: forget the cache file and read the YAML. */
function reparseNow(file: string, shown: string, cachePath: string): Role {
  rmSync(cachePath, { force: true });
  const parsed = parserNow().parseRoleFile(readFileSync(file), shown);
  if (!parsed.value) throw new RolesError('data', `${shown} changed while roles was reading it`, 'run the command again');
  return parsed.value;
}
