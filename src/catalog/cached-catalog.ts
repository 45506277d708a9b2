// The catalog as the cache holds it, when the cache was made from exactly this run's
// files: a lookup makes only the role it finds, `list` every role from its summary, and a
// role's whole text is read from its record when first asked for. What the cache gives
// back is data another process may have written: anything of the wrong shape counts as
// damage, and the role comes from its YAML instead.
import type { CachedCatalog } from '../cache/catalog-cache.js';
import { isProblemList, type FileProblem } from '../format/file-problem.js';
import { roleShapeCheck } from '../format/role-shape.js';
import type { Role } from '../format/role-schema.js';
import { RolesError } from '../format/roles-error.js';
import type { Layer } from './data-paths.js';
import { readRoleBytes } from './find-role-files.js';
import { lazyLoadedRole } from './lazy-role.js';
import { SUMMARY_FIELDS, type RoleSummary } from './loaded-role.js';
import { parserNow } from './load-parser.js';
import type { LoadedRole, NameLookup, RoleIndex } from './merge-role-layers.js';

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
  isSummary ??= roleShapeCheck(SUMMARY_FIELDS);
  return summaries?.every((summary) => summary === null || (isSummary as (value: unknown) => boolean)(summary)) ? (summaries as (RoleSummary | null)[]) : undefined;
}

/** The role in a record, or, when the record is gone, damaged or of the wrong shape, the role read again from its YAML. */
export function cachedRoleOrYaml(json: string | undefined, file: string, shown: string, damaged: () => void, id?: string): Role {
  let role: unknown;
  try {
    role = json === undefined ? undefined : JSON.parse(json);
  } catch {
    role = undefined;
  }
  isRole ??= roleShapeCheck();
  if (isRole(role) && (id === undefined || (role as Role).id === id)) return role as Role;
  damaged();
  const bytes = readRoleBytes(file, [], shown);
  const parsed = bytes && parserNow().parseRoleFile(bytes, shown);
  if (!parsed?.value) throw new RolesError('data', `${shown} changed while roles was reading it`, 'run the command again');
  return parsed.value;
}

function isAliases(value: unknown): value is Record<number, string[]> {
  return value !== null && typeof value === 'object' && Object.values(value).every((list) => Array.isArray(list) && list.every((name) => typeof name === 'string'));
}

export interface CatalogFromCache extends RoleIndex {
  /** The problems of each folder's files, by folder, and those found across files. */
  problems: { layers: FileProblem[][]; merged: FileProblem[] };
}

/** Undefined when what the cache holds is not of the shape it writes. */
export function catalogFromCache(cached: CachedCatalog, found: readonly FoundFiles[], builtin: readonly LoadedRole[], damaged: () => void): CatalogFromCache | undefined {
  const { aliases, merged } = cached;
  if (!isAliases(aliases) || !isProblemList(merged)) return undefined;
  const folderOf: number[] = found.flatMap((item, k) => item.files.map(() => k));
  const firstOf: number[] = [];
  found.reduce((first, item, k) => ((firstOf[k] = first), first + item.files.length), 0);
  const layers: FileProblem[][] = [];
  for (const [k, item] of found.entries()) {
    const list: FileProblem[] = [];
    for (let i = 0; i < item.files.length; i++) {
      const problems = cached.problems((firstOf[k] ?? 0) + i);
      if (!isProblemList(problems)) return undefined;
      for (const problem of problems) list.push({ ...problem, file: item.shown(item.files[i] as string) });
    }
    layers.push(list);
  }
  const made: (LoadedRole | undefined)[] = [];
  const roleAt = (at: number, summaries?: readonly (RoleSummary | null)[]): LoadedRole | undefined => {
    if (made[at]) return made[at];
    const place = cached.place(at);
    if (place === undefined) return undefined;
    if (place < 0) {
      const base = builtin[-1 - place];
      made[at] = base && aliases[at] ? lazyLoadedRole(base.summary, base.file, base.origin, () => base.role, aliases[at]) : base;
      return made[at];
    }
    const k = folderOf[place];
    const item = k === undefined ? undefined : found[k];
    const file = item?.files[place - (firstOf[k as number] ?? 0)];
    if (!item || file === undefined) return undefined;
    const shown = item.shown(file);
    made[at] = lazyLoadedRole(summaries?.[place] ?? undefined, shown, item.origin, () => cachedRoleOrYaml(cached.json(place), file, shown, damaged), aliases[at]);
    return made[at];
  };
  const byName: NameLookup = { get: (name) => roleAt(cached.lookup(name) ?? -1) };
  let all: LoadedRole[] | undefined;
  return {
    get roles() {
      if (!all) {
        const summaries = checkedSummaries(cached.summaries());
        // Damaged: each summary then comes from its role's record, and the cache is made again next time.
        if (!summaries) damaged();
        all = Array.from({ length: cached.count }, (_, at) => roleAt(at, summaries)).filter((role): role is LoadedRole => role !== undefined);
      }
      return all;
    },
    byName,
    problems: { layers, merged },
  };
}
