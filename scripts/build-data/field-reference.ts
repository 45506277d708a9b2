// Pure: the field table of docs/role-format.md, written from the JSON Schema so the
// documentation quotes the schema rather than restating it by hand.
import type { Shape as JsonSchema } from '../../src/format/role-shape.js';

function typeName(schema: JsonSchema): string {
  if (schema.type === 'array') return `list of ${schema.items ? typeName(schema.items) : 'values'}`;
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' or ');
  if (schema.enum) return `one of ${schema.enum.join(', ')}`;
  if (schema.type === 'object') return 'mapping';
  if (schema.pattern) return 'kebab-case text';
  return schema.type === 'string' ? 'text' : (schema.type ?? 'value');
}

function rows(schema: JsonSchema, prefix: string): string[] {
  const out: string[] = [];
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    const required = schema.required?.includes(name) ? 'yes' : 'no';
    out.push(`| \`${path}\` | ${typeName(field)} | ${required} | ${(field.description ?? '').replace(/\|/g, '\\|')} |`);
    if (field.type === 'object') out.push(...rows(field, `${path}.`));
    if (field.type === 'array' && field.items?.type === 'object') out.push(...rows(field.items, `${path}[].`));
  }
  return out;
}

export const FIELDS_START = '<!-- fields:start (generated from the schema by npm run build) -->';
export const FIELDS_END = '<!-- fields:end -->';

export function fieldReference(schema: object): string {
  return [
    '<!-- markdownlint-disable MD013 -->',
    '| Field | Type | Required | What it holds |',
    '| --- | --- | --- | --- |',
    ...rows(schema as JsonSchema, ''),
    '<!-- markdownlint-enable MD013 -->',
  ].join('\n');
}

/** The document with its generated field table replaced by the current one. */
export function withFieldReference(document: string, schema: object): string {
  const start = document.indexOf(FIELDS_START);
  const end = document.indexOf(FIELDS_END);
  if (start < 0 || end < start) return document;
  return `${document.slice(0, start + FIELDS_START.length)}\n${fieldReference(schema)}\n${document.slice(end)}`;
}
