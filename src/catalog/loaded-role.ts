// A role as the catalog holds it: the summary every run looks at, the whole role (read
// when first asked for, for roles from the cache or the build), and where it came from.
import type { Role } from '../format/role-schema.js';
import type { Layer } from './data-paths.js';

/** What `list`, lookup and the checks across roles need; kept apart from the whole role. */
export const SUMMARY_FIELDS = ['id', 'title', 'aliases', 'family', 'focus', 'works_with'] as const;
export type RoleSummary = Pick<Role, (typeof SUMMARY_FIELDS)[number]>;

export function summaryOf(role: Role): RoleSummary {
  const summary: Record<string, unknown> = {};
  for (const field of SUMMARY_FIELDS) if (role[field] !== undefined) summary[field] = role[field];
  return summary as RoleSummary;
}

export interface LoadedRole {
  /**
   * The fields lookup, lists and the checks across roles use. Read them here rather
   * than from `role`: for a role from the cache, `role` reads the whole role from disk.
   */
  readonly summary: RoleSummary;
  readonly role: Role;
  /** The file it was read from, as shown to the user. */
  readonly file: string;
  readonly origin: Layer['origin'];
}

/** A role read whole, from YAML or the built-in data: its summary is the role itself. */
export function loadedRole(role: Role, file: string, origin: Layer['origin']): LoadedRole {
  return { summary: role, role, file, origin };
}

/**
 * A loaded role whose whole role `load` reads, once, when first asked for. A class rather
 * than an object with a getter each, because thousands are made on every run over a big
 * folder. With `aliases`, the role answers to those only (the merge gave the others to
 * other roles). The summary is a field of its own, so a copy made with `{ ...loaded }` keeps it.
 */
export class LazyLoadedRole implements LoadedRole {
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
    this.#role ??= this.aliases ? { ...this.load(), aliases: this.aliases } : this.load();
    return this.#role;
  }
}
