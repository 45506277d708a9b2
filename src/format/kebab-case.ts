// The shape of ids, in a module of its own so the main bundle can test a name without
// pulling in zod, which role-schema.ts needs.

/** Lower-case letters and digits joined by single hyphens: product-manager. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
