// Whether a value read back as JSON (from the cache, which another process may have
// written) has the shape the role schema gives, without zod, which the main bundle leaves
// out: schema/role.schema.json is emitted from role-schema.ts by the build, and the
// bundle carries it without its descriptions (scripts/build.mjs).
import roleJsonSchema from '../../schema/role.schema.json' with { type: 'json' };

/** The part of JSON Schema that role-schema.ts emits. */
interface Shape {
  type?: string;
  properties?: Record<string, Shape>;
  required?: string[];
  additionalProperties?: boolean;
  items?: Shape;
  enum?: string[];
  pattern?: string;
  minLength?: number;
}

const ROLE_SHAPE = roleJsonSchema as Shape;
const patterns = new Map<string, RegExp>();

function matches(value: unknown, shape: Shape): boolean {
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string' || value.length < (shape.minLength ?? 0) || (shape.enum && !shape.enum.includes(value))) return false;
      if (shape.pattern === undefined) return true;
      if (!patterns.has(shape.pattern)) patterns.set(shape.pattern, new RegExp(shape.pattern));
      return (patterns.get(shape.pattern) as RegExp).test(value);
    case 'array':
      return Array.isArray(value) && (!shape.items || value.every((item) => matches(item, shape.items as Shape)));
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      const properties = shape.properties ?? {};
      const fields = value as Record<string, unknown>;
      if ((shape.required ?? []).some((name) => fields[name] === undefined)) return false;
      return Object.entries(fields).every(([name, field]) => {
        const inner = Object.hasOwn(properties, name) ? properties[name] : undefined;
        return inner ? matches(field, inner) : shape.additionalProperties !== false;
      });
    }
    default:
      return false;
  }
}

/** A test for a whole role; with `fields`, for a role cut down to those fields (a summary). */
export function roleShapeCheck(fields?: readonly string[]): (value: unknown) => boolean {
  if (!fields) return (value) => matches(value, ROLE_SHAPE);
  const properties = Object.fromEntries(fields.flatMap((name) => (ROLE_SHAPE.properties?.[name] ? [[name, ROLE_SHAPE.properties[name]]] : [])));
  const shape = { ...ROLE_SHAPE, properties, required: (ROLE_SHAPE.required ?? []).filter((name) => fields.includes(name)) };
  return (value) => matches(value, shape);
}
