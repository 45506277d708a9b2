// User role folders go through a cache under $XDG_CACHE_HOME/roles/layers/, one file per
// folder, keyed by each role file's path, size, modification and change times and inode.
// A later run reads the small index instead of parsing YAML and parses only the files
// that changed; roles are checked once, when they enter the cache. A cache file that is
// damaged, stale or made by another version is rebuilt, never believed.
import { readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ProgressOutput } from './cache-progress.js';
import type { Layer } from './data-paths.js';
import type { FileProblem } from './file-problem.js';
import { lazyRole } from './lazy-role.js';
import { loadParser } from './load-parser.js';
import type { LoadedRole } from './merge-role-layers.js';
import { hashOf, openCacheFile, type CachedFile, type OpenCacheFile } from './role-cache-file.js';
import { rebuild, withFile } from './role-cache-rebuild.js';
import type { Role } from './role-schema.js';
import { RolesError } from './roles-error.js';

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
  stats: ReadonlyMap<string, Stats>;
  cwd: string;
  /** How a file is named to the user in this run: displayPath() of load-role-layers.ts. */
  shown: (file: string) => string;
}

export interface LayerRoles {
  roles: LoadedRole[];
  problems: FileProblem[];
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

/** Which parser fills the cache: a rebuilt or upgraded tool may judge the same file differently. */
function parserFingerprint(): string {
  if (!bundled) return 'unbundled';
  const stats = statSync(join(__dirname, 'parse.cjs'));
  return `${typeof __VERSION__ === 'string' ? __VERSION__ : ''}:${stats.size}:${stats.mtimeMs}`;
}

export function cacheFilePath(cacheDir: string, layerDir: string): string {
  return join(cacheDir, 'layers', `${hashOf(Buffer.from(layerDir))}.cache`);
}

export interface PlannedFile {
  file: string;
  /** Relative to the layer's folder. */
  path: string;
  stats?: Stats;
  /** The cache's entry, when it still describes the file as it is now. */
  fresh?: CachedFile;
}

function sameFile(entry: CachedFile, stats: Stats): boolean {
  return !entry.racy && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs && entry.ctimeMs === stats.ctimeMs && entry.ino === stats.ino;
}

/** Paths relative to the folder, by slicing: path.relative() on thousands of files costs tens of milliseconds. */
function relativeTo(dir: string): (file: string) => string {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return (file) => (file.startsWith(prefix) ? file.slice(prefix.length) : relative(dir, file));
}

/**
 * How files of the folder are named in this run, without a path.relative() per file:
 * unless the working folder is the layer's folder or inside it, a file is shown as the
 * folder is shown, followed by its path inside the folder.
 */
function shownInLayer(input: LayerFiles): (file: string, path: string) => string {
  const dir = input.layer.dir;
  if (input.cwd === dir || input.cwd.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return (file) => input.shown(file);
  const base = input.shown(dir);
  return (_file, path) => (base.endsWith(sep) ? base : base + sep) + path;
}

function plan(input: LayerFiles, cached: CachedFile[] = []): PlannedFile[] {
  // The index lists files in the order they were found, so usually entry i is file i; a map only when not.
  let byPath: Map<string, CachedFile> | undefined;
  const relativePath = relativeTo(input.layer.dir);
  return input.files.map((file, i) => {
    const path = relativePath(file);
    let stats = input.stats.get(file);
    try {
      stats ??= statSync(file);
    } catch {
      return { file, path };
    }
    const entry = cached[i]?.path === path ? cached[i] : (byPath ??= new Map(cached.map((known) => [known.path, known]))).get(path);
    return { file, path, stats, fresh: entry && sameFile(entry, stats) ? entry : undefined };
  });
}

/** Loads the roles of one folder, through its cache file, and brings the cache up to date. */
export async function loadLayerWithCache(input: LayerFiles, readRoleFile: ReadRoleFile, options: RoleCacheOptions): Promise<LayerRoles> {
  if (input.files.length === 0) return { roles: [], problems: [] };
  if (!bundled) parserModule ??= await loadParser();
  const path = cacheFilePath(options.dir, input.layer.dir);
  const meta = { dir: input.layer.dir, parser: parserFingerprint() };
  const opened = openCacheFile(path, meta);
  const planned = plan(input, opened?.index.files);
  if (opened && opened.index.files.length === planned.length && planned.every((item) => item.fresh)) {
    options.debug?.(`roles: cache ${path}: ${planned.length} role file(s), all from the cache\n`);
    return fromCache(planned, opened, input, path);
  }
  try {
    return await rebuild(planned, opened, input, readRoleFile, options, { path, meta });
  } finally {
    opened?.close();
  }
}

function fromCache(planned: PlannedFile[], opened: OpenCacheFile, input: LayerFiles, path: string): LayerRoles {
  const roles: LoadedRole[] = [];
  const problems: FileProblem[] = [];
  const shownAs = shownInLayer(input);
  for (const { file, path: relativePath, fresh } of planned) {
    if (!fresh) continue;
    const shown = shownAs(file, relativePath);
    if (fresh.problems.length > 0) problems.push(...withFile(fresh.problems, shown));
    const cached = fresh.role;
    if (!cached) continue;
    const load = (): Role => {
      const text = opened.readRecord(cached);
      const role = text === undefined ? undefined : (JSON.parse(text) as Role);
      return role?.id === cached.summary.id ? role : reparseNow(file, shown, path);
    };
    roles.push({ role: lazyRole(cached.summary, opened.index.shapes[cached.shape] ?? [], load), file: shown, origin: input.layer.origin });
  }
  return { roles, problems };
}

/** A record the index vouched for did not match its hash: forget the cache file and read the YAML. */
function reparseNow(file: string, shown: string, cachePath: string): Role {
  rmSync(cachePath, { force: true });
  const parsed = parserNow().parseRoleFile(readFileSync(file), shown);
  if (!parsed.value) throw new RolesError('data', `${shown} changed while roles was reading it`, 'run the command again');
  return parsed.value;
}
