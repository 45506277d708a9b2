// Roles that come from the cache: the fields every run looks at (names, family, focus,
// works_with) are there at once; the first touch of any other field reads the whole
// role from the cache file, so `show` reads one role rather than every role.
import type { Role } from './role-schema.js';

/** What `list`, lookup and the checks across roles need; kept in the cache's index. */
export const SUMMARY_FIELDS = ['id', 'title', 'aliases', 'family', 'focus', 'works_with'] as const;
export type RoleSummary = Pick<Role, (typeof SUMMARY_FIELDS)[number]>;

export function summaryOf(role: Role): RoleSummary {
  const summary: Record<string, unknown> = {};
  for (const field of SUMMARY_FIELDS) if (role[field] !== undefined) summary[field] = role[field];
  return summary as RoleSummary;
}

const loaders = new WeakMap<object, () => Role>();
const descriptors = new Map<string, PropertyDescriptor>();

/** Reads the whole role once and turns every lazy field into a plain one, in place. */
function materialise(target: object): Record<string, unknown> {
  const load = loaders.get(target);
  if (!load) return target as Record<string, unknown>;
  loaders.delete(target);
  const full = load() as unknown as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor?.get) Object.defineProperty(target, key, { value: full[key], writable: true, enumerable: true, configurable: true });
  }
  return target as Record<string, unknown>;
}

function lazyField(key: string): PropertyDescriptor {
  let descriptor = descriptors.get(key);
  if (!descriptor) {
    descriptor = {
      enumerable: true,
      configurable: true,
      get(this: object): unknown {
        return materialise(this)[key];
      },
      set(this: object, value: unknown): void {
        Object.defineProperty(materialise(this), key, { value, writable: true, enumerable: true, configurable: true });
      },
    };
    descriptors.set(key, descriptor);
  }
  return descriptor;
}

/**
 * A role with the fields `keys` (in the file's order, so JSON and YAML output match a
 * role read from YAML); those in `summary` are plain, the others call `load` when first read.
 */
export function lazyRole(summary: RoleSummary, keys: readonly string[], load: () => Role): Role {
  const role: Record<string, unknown> = {};
  let lazy = false;
  for (const key of keys) {
    if (Object.hasOwn(summary, key)) role[key] = summary[key as keyof RoleSummary];
    else {
      Object.defineProperty(role, key, lazyField(key));
      lazy = true;
    }
  }
  if (lazy) loaders.set(role, load);
  return role as Role;
}
