// Pure: finds the role a user meant, or the closest names when it finds none.
import { RolesError } from '../format/roles-error.js';
import { editDistance } from '../format/edit-distance.js';
import { normaliseRoleName, type LoadedRole, type RoleIndex } from './merge-role-layers.js';

export function findRole(index: RoleIndex, name: string): LoadedRole | undefined {
  return index.byName.get(normaliseRoleName(name));
}

/** The role whose id is `id` (not one that merely answers to it). */
export function roleWithId(index: RoleIndex, id: string): LoadedRole | undefined {
  const found = index.byName.get(id);
  return found?.summary.id === id ? found : undefined;
}

/**
 * The roles with these ids that exist, each once: what a view needs to name the roles it
 * mentions, without making every role of a big folder to search through them.
 */
export function rolesWithIds(index: RoleIndex, ids: Iterable<string>): LoadedRole[] {
  return [...new Set(ids)].flatMap((id) => roleWithId(index, id) ?? []);
}

/** How far what was typed is from a name: from the whole name first, then its start, its words and its initials. */
interface NearMiss {
  distance: number;
  /** 0 for the whole name, 1 for its start, 2 for one of its words, 3 for its initials: the closer to a whole name, the likelier. */
  kind: number;
}

/**
 * One typed word may be a near miss of the start of a name ("prodcut" for product-manager),
 * of one of its words ("desinger" for product-designer) or of its initials ("tpm" for
 * technical-product-manager); several words are compared whole.
 */
function nearMiss(typed: string, name: string): NearMiss {
  let best: NearMiss = { distance: editDistance(typed, name), kind: 0 };
  if (typed.includes('-')) return best;
  const consider = (target: string, kind: number): void => {
    const distance = editDistance(typed, target);
    if (distance < best.distance) best = { distance, kind };
  };
  const words = name.split('-');
  if (name.length > typed.length) consider(name.slice(0, typed.length), 1);
  for (const word of words) if (word.length >= 3 && word !== name) consider(word, 2);
  if (words.length >= 2) consider(words.map((word) => word[0] ?? '').join(''), 3);
  return best;
}

/** Up to three role ids whose id, alias or title is closest to what was typed. */
export function suggestRoles(roles: readonly LoadedRole[], name: string, limit = 3): string[] {
  const key = normaliseRoleName(name);
  const threshold = Math.max(1, Math.floor(key.length / 3));
  const scored = roles.map(({ summary }) => {
    const misses = [summary.id, ...(summary.aliases ?? []), summary.title].map((candidate) => nearMiss(key, normaliseRoleName(candidate)));
    const best = misses.reduce((a, b) => (b.distance < a.distance || (b.distance === a.distance && b.kind < a.kind) ? b : a));
    return { id: summary.id, ...best };
  });
  return scored
    .filter((entry) => entry.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.kind - b.kind || a.id.length - b.id.length || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}

const UNKNOWN_ROLE = Symbol.for('roles.unknownRole');

/** What was typed and the roles it was looked for among, so the edge can add the closest role by search (src/cli/closest-role.ts) on this path only. */
export interface UnknownRole {
  typed: string;
  roles: readonly LoadedRole[];
  /** The ids the spelling suggestions already name. */
  suggested: string[];
}

export function unknownRoleOf(error: unknown): UnknownRole | undefined {
  return typeof error === 'object' && error !== null ? ((error as Record<symbol, UnknownRole | undefined>)[UNKNOWN_ROLE] ?? undefined) : undefined;
}

export function requireRole(index: RoleIndex, name: string): LoadedRole {
  const found = findRole(index, name);
  if (found) return found;
  const suggestions = suggestRoles(index.roles, name);
  const hint = suggestions.length > 0 ? `did you mean ${suggestions.join(', ')}?` : "run 'roles list' to see every role";
  throw Object.assign(new RolesError('not-found', `unknown role "${name}"`, hint), { [UNKNOWN_ROLE]: { typed: name, roles: index.roles, suggested: suggestions } });
}
