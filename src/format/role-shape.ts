// Whether a value read back as JSON (from the cache, which another process may have
// written) has the shape the role schema gives, without zod, which the main bundle leaves
// out: schema/role.schema.json is emitted from role-schema.ts by the build, and the
// bundle carries it without its descriptions (scripts/build.mjs).
import roleJsonSchema from '../../schema/role.schema.json' with { type: 'json' };

/** The part of JSON Schema that role-schema.ts emits; the build writes the field table of docs/role-format.md from it too. */
export interface Shape {
  type?: string;
  /** Left out of the main bundle's copy (scripts/build.mjs). */
  description?: string;
  properties?: Record<string, Shape>;
  required?: string[];
  /** false for a closed mapping; a shape for a mapping whose keys are free (dimensions). */
  additionalProperties?: false | Shape;
  items?: Shape;
  minimum?: number;
  maximum?: number;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  anyOf?: Shape[];
}

const ROLE_SHAPE = roleJsonSchema as Shape;
type Check = (value: unknown) => boolean;

/** One RegExp per pattern, however many fields share it: each one is compiled on its first use. */
const patterns = new Map<string, RegExp>();

/**
 * A test made once per shape, so checking thousands of records walks no schema. Loops
 * by index and tests that do only what their shape asks: over 3,000 summaries this costs
 * about 14 M instructions less than for...in, a Map and one test for every string.
 */
function compile(shape: Shape): Check {
  // A list item may be text or a mapping of text and topics (role-schema.ts).
  if (shape.anyOf) {
    const alternatives = shape.anyOf.map(compile);
    return (value) => alternatives.some((check) => check(value));
  }
  switch (shape.type) {
    case 'string': {
      const min = shape.minLength ?? 0;
      const allowed = shape.enum && new Set(shape.enum);
      if (allowed) return (value) => typeof value === 'string' && allowed.has(value);
      if (shape.pattern === undefined) return (value) => typeof value === 'string' && value.length >= min;
      if (!patterns.has(shape.pattern)) patterns.set(shape.pattern, new RegExp(shape.pattern));
      const pattern = patterns.get(shape.pattern) as RegExp;
      return (value) => typeof value === 'string' && value.length >= min && pattern.test(value);
    }
    case 'integer': {
      const { minimum = -Infinity, maximum = Infinity } = shape;
      return (value) => Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum;
    }
    case 'array': {
      const item = compile(shape.items ?? {});
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      const fields: Record<string, Check> = Object.create(null) as Record<string, Check>;
      for (const [name, inner] of Object.entries(shape.properties ?? {})) fields[name] = compile(inner);
      const required = shape.required ?? [];
      const other = shape.additionalProperties ? compile(shape.additionalProperties) : () => false;
      return (value) => {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
        const record = value as Record<string, unknown>;
        for (const name of required) if (record[name] === undefined) return false;
        const names = Object.keys(record);
        for (let i = 0; i < names.length; i++) if (!(fields[names[i] as string] ?? other)(record[names[i] as string])) return false;
        return true;
      };
    }
    default:
      return () => false;
  }
}

/** A test for a whole role; with `fields`, for a role cut down to those fields (a summary). */
export function roleShapeCheck(fields?: readonly string[]): (value: unknown) => boolean {
  if (!fields) return compile(ROLE_SHAPE);
  const properties = Object.fromEntries(Object.entries(ROLE_SHAPE.properties ?? {}).filter(([name]) => fields.includes(name)));
  return compile({ ...ROLE_SHAPE, properties, required: (ROLE_SHAPE.required ?? []).filter((name) => fields.includes(name)) });
}
