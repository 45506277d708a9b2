// An unknown role name is not a dead end: after the spelling suggestions, the error names
// the role the name most likely means, found by search, unless a suggestion names it already. Runs only on that error's path,
// so the search code is loaded only then.
import { unknownRoleOf } from '../catalog/lookup-role.js';
import { isRolesError, RolesError } from '../format/roles-error.js';
import { loadFindingBundle } from '../commands/load-finding-bundle.js';

export async function withClosestRole(error: unknown): Promise<unknown> {
  const unknown = unknownRoleOf(error);
  if (!unknown || !isRolesError(error)) return error;
  let closest: { id: string; label: string } | undefined;
  try {
    closest = (await loadFindingBundle()).closestRole(unknown.typed, unknown.roles);
  } catch {
    // The closest role is a courtesy: without it the error still says all it must.
    return error;
  }
  if (closest === undefined || unknown.suggested.includes(closest.id)) return error;
  const hint = error.hint ? ` (${error.hint})` : '';
  // The stack stays the one of the lookup that failed, which is what --debug is for.
  return Object.assign(new RolesError(error.kind, `${error.message}${hint}; closest: ${closest.label}`, undefined, error.location, error.exitCode), { stack: error.stack });
}
