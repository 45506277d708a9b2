// Pure: finds the role a user meant, or the closest names when it finds none.
import { RolesError } from './roles-error.js';
import { normaliseRoleName, type LoadedRole, type RoleIndex } from './merge-role-layers.js';

export function roleNames(loaded: LoadedRole): string[] {
  return [loaded.summary.id, ...(loaded.summary.aliases ?? []), loaded.summary.title];
}

export function findRole(index: RoleIndex, name: string): LoadedRole | undefined {
  return index.byName.get(normaliseRoleName(name));
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to three role ids whose id, alias or title is closest to what was typed. */
export function suggestRoles(roles: readonly LoadedRole[], name: string, limit = 3): string[] {
  const key = normaliseRoleName(name);
  const scored = roles.map((loaded) => {
    const distances = roleNames(loaded).map((candidate) => {
      const other = normaliseRoleName(candidate);
      // A typed prefix ("product-m") is a near miss even when the full name is long.
      return other.startsWith(key) && key.length >= 3 ? 1 : editDistance(key, other);
    });
    return { id: loaded.summary.id, distance: Math.min(...distances) };
  });
  const threshold = Math.max(1, Math.floor(key.length / 3));
  return scored
    .filter((entry) => entry.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}

export function requireRole(index: RoleIndex, name: string): LoadedRole {
  const found = findRole(index, name);
  if (found) return found;
  const suggestions = suggestRoles(index.roles, name);
  const hint = suggestions.length > 0 ? `did you mean ${suggestions.join(', ')}?` : "run 'roles list' to see every role";
  throw new RolesError('not-found', `unknown role "${name}"`, hint);
}
