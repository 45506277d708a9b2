// A cache of the merged catalog, beside the folders' own caches. With thousands of user
// roles, reading every folder's cache index and merging the layers cost more than all the
// rest of a command; a run that finds every role file, and every folder's cache file, just
// as the last run left them reads this one file instead, and only the parts it needs.
// Any difference at all, in the tool, the built-in data, a folder, a file's stamp or how
// files are named from the working folder, and the catalog is merged again and rewritten.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Layer } from '../catalog/data-paths.js';
import { summaryOf, type RoleSummary } from '../catalog/lazy-role.js';
import type { LoadedRole, MergedRoles, NameLookup, RoleIndex } from '../catalog/merge-role-layers.js';
import { openCatalogFile, writeCatalogFile, type CatalogExtras, type CatalogKey, type OpenCatalog, type RolePlace } from './catalog-cache-file.js';
import { cacheFilePath, cwdIsInside, readCachedRole, relativeTo, shownInLayer, type CachedLayer } from './role-cache.js';
import { asciiJson, cacheFileStamp, hashOf, type FileStamp } from './role-cache-file.js';
import type { Role } from '../format/role-schema.js';

/** A user folder as this run found it. */
export interface FoundLayer {
  layer: Layer;
  files: string[];
  stamps: ReadonlyMap<string, FileStamp>;
}

export interface CatalogCacheInput {
  cacheDir: string;
  /** Which parser fills the folders' caches (role-cache.ts). */
  parser: string;
  /** Which built-in data this is: a catalog made with other built-in roles points at the wrong ones. */
  builtin: string;
  cwd: string;
  /** Every layer but the built-in one, in order, with whether its folder exists. */
  layers: readonly (Layer & { exists: boolean })[];
  /** The folders that exist, in the same order. */
  found: readonly FoundLayer[];
  /** How a path is named to the user in this run (displayPath in load-role-layers.ts). */
  shown: (path: string) => string;
  debug?: (line: string) => void;
}

export function catalogCachePath(cacheDir: string, layers: readonly Layer[]): string {
  return join(cacheDir, 'catalog', `${hashOf(Buffer.from(layers.map((layer) => `${layer.origin}:${layer.dir}`).join('\0')))}.cache`);
}

const hasRoleFiles = (input: CatalogCacheInput): boolean => input.found.some((item) => item.files.length > 0);

/**
 * Everything the catalog depends on besides the built-in data. File names are in it as
 * they are shown in this run: each folder as shown, and the working folder only when it
 * is inside a folder, which is when the names of its files depend on it.
 */
function catalogKey(input: CatalogCacheInput): CatalogKey | undefined {
  const paths: string[] = [];
  const stamps: number[] = [];
  const layers = [];
  const found = new Map(input.found.map((item) => [item.layer, item]));
  for (const layer of input.layers) {
    const item = found.get(layer);
    const files = item?.files ?? [];
    let cache: ReturnType<typeof cacheFileStamp> | null = null;
    if (files.length > 0) {
      try {
        cache = cacheFileStamp(statSync(cacheFilePath(input.cacheDir, layer.dir)));
      } catch {
        return undefined; // No cache file yet for a folder with role files: the catalog waits for the run after it is made.
      }
    }
    layers.push({ origin: layer.origin, dir: layer.dir, exists: layer.exists, shownAs: input.shown(layer.dir), cwd: cwdIsInside(input.cwd, layer.dir) ? input.cwd : null, files: files.length, cache });
    const relative = relativeTo(layer.dir);
    for (const file of files) {
      const stamp = item?.stamps.get(file);
      if (!stamp) return undefined;
      paths.push(relative(file));
      stamps.push(stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino);
    }
  }
  const meta = asciiJson({ parser: input.parser, builtin: input.builtin, layers });
  return { text: Buffer.from(`${meta}\n${paths.join('\0')}`), stamps: Float64Array.from(stamps) };
}

/** A role of the cached catalog; for a role found by name, even the summary is read from its record, when first asked for. */
class CatalogRole implements LoadedRole {
  #summary: RoleSummary | undefined;
  #role: Role | undefined;

  constructor(
    summary: RoleSummary | undefined,
    readonly file: string,
    readonly origin: Layer['origin'],
    private readonly load: () => Role,
    private readonly aliases: string[] | undefined,
  ) {
    this.#summary = summary;
  }

  get summary(): RoleSummary {
    this.#summary ??= summaryOf(this.role);
    return this.#summary;
  }

  get role(): Role {
    if (this.#role === undefined) {
      const role = this.load();
      this.#role = this.aliases ? { ...role, aliases: this.aliases } : role;
    }
    return this.#role;
  }
}

/** What a command reads of the catalog, from the cache. */
export interface CachedCatalog extends RoleIndex {
  problems: Pick<CatalogExtras, 'layers' | 'merged'>;
}

/**
 * The catalog as the cache holds it, if the cache was made from exactly what this run
 * found; and this run's key, which writeCatalogCache() takes, so it is built once.
 */
export function readCatalogCache(input: CatalogCacheInput, builtin: readonly LoadedRole[]): { catalog?: CachedCatalog; key?: CatalogKey } {
  if (!hasRoleFiles(input)) return {};
  const key = catalogKey(input);
  const path = catalogCachePath(input.cacheDir, input.layers);
  const opened = key && openCatalogFile(path, key);
  if (!opened) return { key };
  input.debug?.(`roles: catalog cache ${path}: used\n`);
  const made: (LoadedRole | undefined)[] = [];
  const folders: (FolderOfRoles | undefined)[] = [];
  const roleAt = (at: number, summary?: RoleSummary): LoadedRole | undefined => {
    const place = made[at] === undefined ? opened.place(at) : undefined;
    if (place) {
      const layer = place.layer - 1;
      const found = input.found[layer];
      if (found && layer >= 0) folders[layer] ??= folderOfRoles(found, input);
      made[at] = roleFromPlace(place, at, { opened, summary, folders, builtin });
    }
    return made[at];
  };
  let all: LoadedRole[] | undefined;
  const byName: NameLookup = {
    get(name) {
      const at = opened.lookup(name);
      return at === undefined ? undefined : roleAt(at);
    },
  };
  const catalog = {
    get roles() {
      all ??= everyRole(opened, roleAt, path);
      return all;
    },
    byName,
    problems: { layers: opened.extras.layers, merged: opened.extras.merged },
  };
  return { catalog, key };
}

function everyRole(opened: OpenCatalog, roleAt: (at: number, summary?: RoleSummary) => LoadedRole | undefined, path: string): LoadedRole[] {
  const summaries = opened.summaries();
  // Damaged, or replaced by another run since it was opened: each summary then comes from its role's record, and the file is made again next time.
  if (!summaries) rmSync(path, { force: true });
  return Array.from({ length: opened.count }, (_, at) => roleAt(at, summaries?.[at])).filter((role): role is LoadedRole => role !== undefined);
}

/** What every role of one user folder shares: how its files are named, and its cache file. */
interface FolderOfRoles {
  found: FoundLayer;
  shown: (file: string) => string;
  cachePath: string;
}

function folderOfRoles(found: FoundLayer, input: CatalogCacheInput): FolderOfRoles {
  const shownAs = shownInLayer({ layer: found.layer, cwd: input.cwd, shown: input.shown });
  const relative = relativeTo(found.layer.dir);
  return { found, shown: (file) => shownAs(file, relative(file)), cachePath: cacheFilePath(input.cacheDir, found.layer.dir) };
}

interface Materials {
  opened: OpenCatalog;
  summary: RoleSummary | undefined;
  folders: readonly (FolderOfRoles | undefined)[];
  builtin: readonly LoadedRole[];
}

function roleFromPlace(place: Omit<RolePlace, 'hash'>, at: number, { opened, summary, folders, builtin }: Materials): LoadedRole | undefined {
  const aliases = opened.extras.aliases[at];
  if (place.layer === 0) {
    const base = builtin[place.at];
    if (!base || !aliases) return base;
    return new CatalogRole(summary ?? { ...base.summary, aliases }, base.file, base.origin, () => base.role, aliases);
  }
  const folder = folders[place.layer - 1];
  const file = folder?.found.files[place.file];
  if (!folder || file === undefined) return undefined;
  const shown = folder.shown(file);
  const load = (): Role => readCachedRole(folder.cachePath, { file, at: place.at, length: place.length, hash: opened.recordHash(at) }, undefined, shown);
  return new CatalogRole(summary, shown, folder.found.layer.origin, load, aliases);
}

/**
 * Writes the catalog a run merged, when every folder's roles came from its cache file
 * as it is (`cached`, one per found folder): the catalog points at their records. `key`
 * is the one readCatalogCache() built before the folders were read; it still holds,
 * since a run whose folders all came from their cache files changed none of them.
 */
export function writeCatalogCache(
  input: CatalogCacheInput,
  key: CatalogKey | undefined,
  merged: MergedRoles,
  layerRoles: readonly (readonly LoadedRole[])[],
  cached: readonly (CachedLayer | undefined)[],
  problems: Pick<CatalogExtras, 'layers' | 'merged'>,
): void {
  if (!key || !hasRoleFiles(input) || input.found.some((item, i) => item.files.length > 0 && !cached[i])) return;
  const fileIndex = input.found.map((item) => new Map(item.files.map((file, i) => [file, i])));
  const position = new Map(merged.roles.map((role, i) => [role, i]));
  const places: RolePlace[] = [];
  const aliases: Record<number, string[]> = {};
  for (const [i, role] of merged.roles.entries()) {
    const from = merged.places[i];
    const base = from && layerRoles[from.layer]?.[from.index];
    if (!from || !base) return;
    if (role !== base) aliases[i] = role.summary.aliases ?? [];
    if (from.layer === 0) {
      places.push({ layer: 0, at: from.index, length: 0, file: 0, hash: '' });
      continue;
    }
    const record = cached[from.layer - 1]?.records[from.index];
    const file = record && fileIndex[from.layer - 1]?.get(record.file);
    if (!record || file === undefined) return;
    places.push({ layer: from.layer, at: record.at, length: record.length, file, hash: record.hash });
  }
  const names = new Map<string, number>();
  for (const [name, role] of merged.byName) {
    const at = position.get(role);
    if (at === undefined) return;
    names.set(name, at);
  }
  const path = catalogCachePath(input.cacheDir, input.layers);
  try {
    writeCatalogFile(path, key, { summaries: merged.roles.map((role) => role.summary), places, names, extras: { ...problems, aliases } });
    input.debug?.(`roles: catalog cache ${path}: written\n`);
  } catch (error) {
    input.debug?.(`roles: catalog cache ${path}: not written (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
  }
}
