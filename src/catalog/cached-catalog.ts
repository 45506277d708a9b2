// The catalog as the cache holds it, when the cache was made from exactly this run's
// files: a lookup makes only the role it finds, `list` every role from its summary, and a
// role's whole text is read from its record when first asked for. What the cache gives
// back is data another process may have written: anything of the wrong shape counts as
// damage, and the role comes from its YAML instead.
import type { CachedCatalog } from '../cache/catalog-cache.js';
import type { FileProblem } from '../format/file-problem.js';
import { roleShapeCheck } from '../format/role-shape.js';
import type { Role } from '../format/role-schema.js';
import { RolesError } from '../format/roles-error.js';
import type { Layer } from './data-paths.js';
import { readRoleBytes } from './find-role-files.js';
import { LazyLoadedRole, loadedRole, SUMMARY_FIELDS, type RoleSummary } from './loaded-role.js';
import { parserNow } from './load-parser.js';
import type { LoadedRole, RoleIndex } from './merge-role-layers.js';

/** A user folder's role files as this run found them, and how each is named to the user. */
export interface FoundFiles {
  origin: Layer['origin'];
  files: string[];
  shown: (file: string) => string;
}

let isRole: ((value: unknown) => boolean) | undefined;
let isSummary: ((value: unknown) => boolean) | undefined;

/** The summaries read from the cache, or undefined when one has the wrong shape. */
export function checkedSummaries(summaries: unknown[] | undefined): (RoleSummary | null)[] | undefined {
  const check = (isSummary ??= roleShapeCheck(SUMMARY_FIELDS));
  return summaries?.every((summary) => summary === null || check(summary)) ? (summaries as (RoleSummary | null)[]) : undefined;
}

/** The role in a record, or, when the record is gone, damaged or of the wrong shape, the role read again from its YAML. */
export function cachedRoleOrYaml(json: string | undefined, file: string, shown: string, damaged: () => void, id?: string): Role {
  let role: unknown;
  try {
    role = JSON.parse(json ?? '');
  } catch {
    // Gone or damaged: the role is read from its YAML below.
  }
  isRole ??= roleShapeCheck();
  if (isRole(role) && (id === undefined || (role as Role).id === id)) return role as Role;
  damaged();
  const bytes = readRoleBytes(file, [], shown);
  const parsed = bytes && parserNow().parseRoleFile(bytes, shown);
  if (!parsed?.value) throw new RolesError('data', `${shown} changed while roles was reading it`, 'run the command again');
  return parsed.value;
}

/** The file at `place` in the key, with the position of its folder. */
function fileAt(found: readonly FoundFiles[], place: number): { folder: number; item: FoundFiles; file: string } | undefined {
  let first = 0;
  for (const [folder, item] of found.entries()) {
    const file = item.files[place - first];
    if (place < first + item.files.length) return file === undefined ? undefined : { folder, item, file };
    first += item.files.length;
  }
  return undefined;
}

export interface CatalogFromCache extends RoleIndex {
  /** The problems of each folder's files, by folder. */
  layerProblems: FileProblem[][];
}

export function catalogFromCache(cached: CachedCatalog, found: readonly FoundFiles[], builtin: readonly LoadedRole[], damaged: () => void): CatalogFromCache {
  const layerProblems = found.map((): FileProblem[] => []);
  for (const [entry, problems] of Object.entries(cached.problems)) {
    const at = fileAt(found, Number(entry));
    if (at) for (const problem of problems) layerProblems[at.folder]?.push({ ...problem, file: at.item.shown(at.file) });
  }
  const made: (LoadedRole | undefined)[] = [];
  const roleAt = (at: number, summaries?: readonly (RoleSummary | null)[]): LoadedRole | undefined => {
    const place = cached.places[at];
    const aliases = cached.aliases[at];
    if (made[at] || place === undefined) return made[at];
    if (place < 0) {
      const base = builtin[-1 - place];
      return (made[at] = base && aliases ? new LazyLoadedRole(base.summary, base.file, base.origin, () => base.role, aliases) : base);
    }
    const { item, file } = fileAt(found, place) ?? {};
    if (!item || file === undefined) return undefined;
    const shown = item.shown(file);
    const summary = summaries?.[place];
    const read = (): Role => cachedRoleOrYaml(cached.json(place), file, shown, damaged);
    if (summary) return (made[at] = new LazyLoadedRole(summary, shown, item.origin, read, aliases));
    // Found by name: what asked for it reads its summary, which then comes from the whole role.
    const role = read();
    return (made[at] = loadedRole(aliases ? { ...role, aliases } : role, shown, item.origin));
  };
  let all: LoadedRole[] | undefined;
  return {
    get roles() {
      if (!all) {
        const summaries = checkedSummaries(cached.summaries());
        // Damaged: each summary then comes from its role's record, and the cache is made again next time.
        if (!summaries) damaged();
        all = Array.from(cached.places, (_, at) => roleAt(at, summaries)).filter((role): role is LoadedRole => role !== undefined);
      }
      return all;
    },
    byName: { get: (name) => roleAt(cached.lookup(name) ?? -1) },
    layerProblems,
  };
}
