// Pure: puts the roles of every layer together, later layers replacing earlier ones,
// and checks what only makes sense across files: unique ids, names and references.
import type { FileProblem } from './file-problem.js';
import type { Layer } from './data-paths.js';
import type { Role } from './role-schema.js';

export interface LoadedRole {
  role: Role;
  /** The file it was read from, as shown to the user. */
  file: string;
  origin: Layer['origin'];
}

export interface MergedRoles {
  roles: LoadedRole[];
  problems: FileProblem[];
}

/** How people type a role: case, spaces, underscores and hyphens do not matter. */
export function normaliseRoleName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Each layer's roles in file order; layers from lowest to highest precedence. */
export function mergeRoleLayers(layers: LoadedRole[][]): MergedRoles {
  const problems: FileProblem[] = [];
  const byId = new Map<string, LoadedRole>();
  for (const layer of layers) {
    const seenInLayer = new Map<string, LoadedRole>();
    for (const loaded of layer) {
      const twin = seenInLayer.get(loaded.role.id);
      if (twin) {
        problems.push({
          severity: 'error',
          file: loaded.file,
          field: 'id',
          message: `id "${loaded.role.id}" is also used by ${twin.file}; this file is skipped, give it another id`,
        });
        continue;
      }
      seenInLayer.set(loaded.role.id, loaded);
      byId.set(loaded.role.id, loaded);
    }
  }
  // Ids are claimed first, so an alias can never shadow another role's id.
  const names = new Map([...byId].map(([id, loaded]) => [id, loaded]));
  const roles = [...byId.values()].map((loaded) => withUniqueNames(loaded, names, problems));
  checkReferences(roles, byId, problems);
  return { roles, problems };
}

/** Drops an alias or title that already names another role, and says so. */
function withUniqueNames(loaded: LoadedRole, names: Map<string, LoadedRole>, problems: FileProblem[]): LoadedRole {
  const claim = (name: string, field: 'aliases' | 'title', consequence: string): boolean => {
    const key = normaliseRoleName(name);
    const owner = names.get(key);
    if (owner && owner !== loaded) {
      const what = field === 'title' ? 'title' : 'alias';
      problems.push({ severity: 'error', file: loaded.file, field, message: `${what} "${name}" already names ${owner.role.id} (${owner.file}); ${consequence}` });
      return false;
    }
    names.set(key, loaded);
    return true;
  };
  const aliases = loaded.role.aliases ?? [];
  const keep = aliases.filter((alias) => claim(alias, 'aliases', 'the alias is ignored, choose another'));
  claim(loaded.role.title, 'title', 'give the role a distinct title');
  return keep.length === aliases.length ? loaded : { ...loaded, role: { ...loaded.role, aliases: keep } };
}

function checkReferences(roles: LoadedRole[], byId: Map<string, LoadedRole>, problems: FileProblem[]): void {
  for (const loaded of roles) {
    for (const id of loaded.role.works_with ?? []) {
      if (!byId.has(id)) {
        problems.push({
          severity: 'error',
          file: loaded.file,
          field: 'works_with',
          message: `"${id}" is not the id of any loaded role; fix the id or add that role`,
        });
      }
    }
  }
}
