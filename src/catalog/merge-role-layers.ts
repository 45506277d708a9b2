// Pure: puts the roles of every layer together, later layers replacing earlier ones,
// and checks what only makes sense across files: unique ids, names and references.
// It also indexes every name a role answers to, so a lookup is one map read.
import type { FileProblem } from '../format/file-problem.js';
import { BEYOND_ASCII } from '../format/beyond-ascii.js';
import { KEBAB_CASE } from '../format/kebab-case.js';
import { LazyLoadedRole, type LoadedRole } from './loaded-role.js';

// Where the views have always found them.
export { loadedRole, type LoadedRole } from './loaded-role.js';

/** Each name a role answers to, normalised, with the role it belongs to. */
export interface NameLookup {
  get(name: string): LoadedRole | undefined;
}

/** The merged roles, and each name (normalised) with the role it belongs to. */
export interface RoleIndex {
  readonly roles: readonly LoadedRole[];
  readonly byName: NameLookup;
}

export interface MergedRoles extends RoleIndex {
  roles: LoadedRole[];
  byName: ReadonlyMap<string, LoadedRole>;
  /** Parallel to `roles`: each role as its layer gave it, before the merge took any of its names. */
  unmerged: LoadedRole[];
  problems: FileProblem[];
}

/** Words of letters and digits with one space between: most titles, which only need lower case and hyphens. */
const PLAIN_TITLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** How people type a role: case, punctuation, spaces, underscores and hyphens do not matter ("Technical P.M." is technical-pm). */
export function normaliseRoleName(name: string): string {
  // Ids and most aliases are kebab-case already, which this would leave as it is; a
  // merge of thousands of roles normalises every name, so the usual shapes go the short way.
  if (KEBAB_CASE.test(name)) return name;
  if (PLAIN_TITLE.test(name)) return name.toLowerCase().replaceAll(' ', '-');
  const lower = name.trim().toLowerCase().replace(/[.'\u2019]/g, '');
  // Names in ASCII ("ui/ux designer") go without the Unicode properties (beyond-ascii.ts).
  const hyphened = BEYOND_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, '-') : lower.replace(/[^a-z0-9]+/g, '-');
  return hyphened.replace(/^-|-$/g, '');
}

/** Each layer's roles in file order; layers from lowest to highest precedence. */
export function mergeRoleLayers(layers: readonly (readonly LoadedRole[])[]): MergedRoles {
  const problems: FileProblem[] = [];
  // Ids are claimed first, so an alias or a title can never shadow another role's id; a
  // later layer's role takes the place of the earlier one with its id.
  const byName = new Map<string, LoadedRole>();
  for (const layer of layers) {
    const inLayer = new Set<string>();
    for (const loaded of layer) {
      const id = loaded.summary.id;
      if (inLayer.has(id)) problems.push({ severity: 'error', file: loaded.file, field: 'id', message: `id "${id}" is also used by ${byName.get(id)?.file ?? ''}; this file is skipped, give it another id` });
      else byName.set(id, loaded);
      inLayer.add(id);
    }
  }
  keepBuiltinNames(byName, problems);
  const unmerged = [...byName.values()];
  const roles = unmerged.map((loaded) => claimNames(loaded, byName, problems));
  checkReferences(roles, byName, problems);
  return { roles, byName, unmerged, problems };
}

/**
 * A built-in role keeps its aliases and title: a user role whose id is one of them (`id: pm`)
 * would take the name from the role everyone knows by it, so the user's file is skipped and
 * the problem is its own. Replacing the built-in role, by its id, is the way to change it.
 */
function keepBuiltinNames(byName: Map<string, LoadedRole>, problems: FileProblem[]): void {
  const builtinNames = new Map<string, LoadedRole>();
  for (const loaded of byName.values()) {
    if (loaded.origin !== 'builtin') continue;
    for (const name of [...(loaded.summary.aliases ?? []), loaded.summary.title]) builtinNames.set(normaliseRoleName(name), loaded);
  }
  for (const [id, loaded] of byName) {
    const holder = loaded.origin === 'builtin' ? undefined : builtinNames.get(id);
    if (!holder) continue;
    problems.push({ severity: 'error', file: loaded.file, field: 'id', message: `id "${id}" is a name of the built-in ${holder.summary.id} (${holder.file}); this file is skipped, choose another id, or use ${holder.summary.id} to replace that role` });
    byName.delete(id);
  }
}

/** Indexes roles that need no merging, such as those of one file, for a lookup. */
export function indexRoles(roles: readonly LoadedRole[]): { roles: LoadedRole[]; byName: ReadonlyMap<string, LoadedRole> } {
  const { roles: merged, byName } = mergeRoleLayers([roles]);
  return { roles: merged, byName };
}

/**
 * Claims the role's aliases and title; one that already names another role is dropped
 * (alias) or reported (title). Every name it keeps then leads to the role as it is returned.
 */
function claimNames(loaded: LoadedRole, byName: Map<string, LoadedRole>, problems: FileProblem[]): LoadedRole {
  const aliases = loaded.summary.aliases ?? [];
  const claimed = [loaded.summary.id];
  const kept = aliases.filter((alias, i) => {
    const owner = otherOwner(byName, alias, loaded, claimed);
    if (owner) problems.push({ severity: 'error', file: loaded.file, field: `aliases[${i}]`, message: `alias "${alias}" already names ${owner.summary.id} (${owner.file}); the alias is ignored, choose another` });
    return !owner;
  });
  const title = loaded.summary.title;
  const owner = otherOwner(byName, title, loaded, claimed);
  if (owner) problems.push({ severity: 'error', file: loaded.file, field: 'title', message: `title "${title}" already names ${owner.summary.id} (${owner.file}); give the role a distinct title` });
  const result = kept.length < aliases.length ? new LazyLoadedRole(loaded.summary, loaded.file, loaded.origin, () => loaded.role, kept) : loaded;
  for (const key of claimed) byName.set(key, result);
  return result;
}

/** The other role that `name` already names; otherwise the name is claimed for `loaded`. */
function otherOwner(byName: Map<string, LoadedRole>, name: string, loaded: LoadedRole, claimed: string[]): LoadedRole | undefined {
  const key = normaliseRoleName(name);
  const owner = byName.get(key);
  if (owner && owner !== loaded) return owner;
  byName.set(key, loaded);
  claimed.push(key);
  return undefined;
}

/** `byName` leads each id to its own role (ids are claimed first), and other names to theirs. */
function checkReferences(roles: readonly LoadedRole[], byName: ReadonlyMap<string, LoadedRole>, problems: FileProblem[]): void {
  for (const loaded of roles) {
    (loaded.summary.works_with ?? []).forEach((id, i) => {
      if (byName.get(id)?.summary.id !== id) problems.push({ severity: 'error', file: loaded.file, field: `works_with[${i}]`, message: `"${id}" is not the id of any loaded role; fix the id or add that role` });
    });
  }
}
