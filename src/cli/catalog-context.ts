// Builds the catalog a command works on from the global options and the process's
// surroundings; the one place that knows where the built-in data lives.
import { isAbsolute, join, resolve } from 'node:path';
import { cacheHome, distinctLayers, homeDirectory, roleLayers, type Layer } from '../catalog/data-paths.js';
import { summariseProblems } from '../format/file-problem.js';
import { readBuiltinData, type BuiltinData } from '../catalog/builtin-data.js';
import { realPathOr, requireDataFolders } from '../catalog/find-role-files.js';
import { loadCatalog, type Catalog, type CatalogCacheOptions } from '../catalog/load-role-layers.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { Io } from './io.js';

export interface GlobalOptions {
  data?: string[];
  debug?: boolean;
}

/** A file with hundreds of problems should not bury the output; `roles validate` shows them all. */
const PROBLEMS_SHOWN_PER_FILE = 5;

/** dist/ when bundled; the package root is one level up. */
export const PACKAGE_ROOT = join(__dirname, '..');

/** The folders in effect, each once. A --data folder is asked for by name, so one that is missing or not a folder is a usage error for every command. */
export function layersFor(options: GlobalOptions, io: Io): Layer[] {
  const named = roleLayers({ builtinDir: join(PACKAGE_ROOT, 'data', 'roles'), env: io.env, home: homeDirectory(io.env), cwd: io.cwd, dataDirs: options.data ?? [], configDirs: io.config?.data });
  const layers = distinctLayers(named, realPathOr);
  requireDataFolders(layers);
  return layers;
}

/** User folders are read through $XDG_CACHE_HOME/roles; progress and --debug notes go to stderr. */
export function roleCacheFor(options: GlobalOptions, io: Io): CatalogCacheOptions {
  const err = (text: string): void => io.err(text);
  // Progress is redrawn in place, which only makes sense on a terminal; asked only once there is progress to show.
  const onTerminal = (text: string): void => void (io.stderrIsTTY && io.err(text));
  return { dir: join(cacheHome(io.env, homeDirectory(io.env)), 'roles'), progress: { write: onTerminal }, debug: options.debug ? err : undefined };
}

/** Where a role's file is, whatever folder the command ran in: built-in files are named from the package folder, others from the working folder. */
export function absoluteRoleFile(loaded: Pick<LoadedRole, 'file' | 'origin'>, cwd: string): string {
  if (isAbsolute(loaded.file)) return loaded.file;
  return loaded.origin === 'builtin' ? join(PACKAGE_ROOT, loaded.file) : resolve(cwd, loaded.file);
}

let builtin: BuiltinData | undefined;

/** The built-in roles and knowledge, compiled by the build next to the bundle. */
export function builtinData(): BuiltinData {
  builtin ??= readBuiltinData(join(__dirname, 'builtin.jsonl'));
  return builtin;
}

/** Loads every layer; problems in user files are warnings on stderr, never the end of the run. */
export async function openCatalog(options: GlobalOptions, io: Io, reportProblems = true, extra?: LoadedRole[]): Promise<Catalog> {
  const catalog = await loadCatalog({ builtin: builtinData(), layers: layersFor(options, io), cwd: io.cwd, extra, cache: roleCacheFor(options, io) });
  if (reportProblems) for (const line of summariseProblems(catalog.problems, PROBLEMS_SHOWN_PER_FILE)) io.err(`roles: ${line}\n`);
  return catalog;
}
