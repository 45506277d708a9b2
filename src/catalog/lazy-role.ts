// Roles that come from the cache: the fields every run looks at (names, family, focus,
// works_with) are in the cache's index and at hand at once; the whole role is read from
// the cache file the first time it is asked for, so `show` reads one role rather than all.
import type { Layer } from './data-paths.js';
import type { LoadedRole } from './merge-role-layers.js';
import type { Role } from '../format/role-schema.js';

/** What `list`, lookup and the checks across roles need; kept in the cache's index. */
export const SUMMARY_FIELDS = ['id', 'title', 'aliases', 'family', 'focus', 'works_with'] as const;
export type RoleSummary = Pick<Role, (typeof SUMMARY_FIELDS)[number]>;

export function summaryOf(role: Role): RoleSummary {
  const summary: Record<string, unknown> = {};
  for (const field of SUMMARY_FIELDS) if (role[field] !== undefined) summary[field] = role[field];
  return summary as RoleSummary;
}

/** A class rather than an object with a getter each, because thousands are made on every run over a big folder. */
class LazyLoadedRole implements LoadedRole {
  #role: Role | undefined;

  constructor(
    readonly summary: RoleSummary,
    readonly file: string,
    readonly origin: Layer['origin'],
    private readonly load: () => Role,
  ) {}

  get role(): Role {
    this.#role ??= this.load();
    return this.#role;
  }
}

/** A loaded role whose summary is known and whose whole role `load` reads, once, when first asked for. */
export function lazyLoadedRole(summary: RoleSummary, file: string, origin: Layer['origin'], load: () => Role): LoadedRole {
  return new LazyLoadedRole(summary, file, origin, load);
}
