// Roles whose whole text is read when first asked for: built-in roles from the build's
// file, user roles from the cache. The fields every run looks at (names, family, focus,
// works_with) are the summary, at hand at once, so `show` reads one role rather than all.
import type { Role } from '../format/role-schema.js';
import type { Layer } from './data-paths.js';
import { summaryOf, type LoadedRole, type RoleSummary } from './loaded-role.js';

/**
 * A class rather than an object with a getter each, because thousands are made on every
 * run over a big folder. With `aliases`, the role answers to those only (the merge gave
 * the others to other roles). The summary is a field of its own, so a copy made with
 * `{ ...loaded }` keeps it.
 */
class LazyLoadedRole implements LoadedRole {
  #role: Role | undefined;
  readonly summary: RoleSummary;

  constructor(
    summary: RoleSummary,
    readonly file: string,
    readonly origin: Layer['origin'],
    private readonly load: () => Role,
    private readonly aliases?: string[],
  ) {
    this.summary = aliases ? { ...summary, aliases } : summary;
  }

  get role(): Role {
    if (this.#role === undefined) {
      const role = this.load();
      this.#role = this.aliases ? { ...role, aliases: this.aliases } : role;
    }
    return this.#role;
  }
}

/** A role found by name in the cache, before any summary was read: even its summary comes from the whole role, when first asked for. */
class RoleReadOnDemand implements LoadedRole {
  #summary: RoleSummary | undefined;
  readonly #whole: LazyLoadedRole;

  constructor(
    readonly file: string,
    readonly origin: Layer['origin'],
    load: () => Role,
    aliases?: string[],
  ) {
    this.#whole = new LazyLoadedRole({ id: '', title: '' }, file, origin, load, aliases);
  }

  get role(): Role {
    return this.#whole.role;
  }

  get summary(): RoleSummary {
    this.#summary ??= summaryOf(this.role);
    return this.#summary;
  }
}

/** A loaded role whose whole role `load` reads, once, when first asked for. */
export function lazyLoadedRole(summary: RoleSummary | undefined, file: string, origin: Layer['origin'], load: () => Role, aliases?: string[]): LoadedRole {
  return summary ? new LazyLoadedRole(summary, file, origin, load, aliases) : new RoleReadOnDemand(file, origin, load, aliases);
}
