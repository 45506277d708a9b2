// Checks a parsed YAML value against a zod schema and turns each issue into a
// FileProblem that points at the line and column of the offending field.
import type { z } from 'zod';
import { isMap, isNode, isScalar, type Document, type LineCounter, type Node, type Scalar } from 'yaml';
import type { FileProblem } from './file-problem.js';
import { editDistance } from './edit-distance.js';

type Path = readonly PropertyKey[];
type Where = { file: string; document?: Document.Parsed; lineCounter: LineCounter };

/** A key from the file as it can be shown: odd ones quoted, and what JSON leaves alone but a terminal acts on escaped. */
export function showKey(key: string): string {
  return /^[\w-]+$/.test(key) ? key : escapeInvisible(JSON.stringify(key));
}

function escapeInvisible(json: string): string {
  return json.replace(/[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function formatFieldPath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${showKey(String(key))}` : showKey(String(key))), '');
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), value);
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping of fields';
  return typeof value === 'string' ? 'text' : `the ${typeof value} ${String(value)}`;
}

export const tooManyItems = (count: number, maximum: number): string => `${count} items, over the ${maximum}-item limit for a list; shorten it`;

const EXPECTED: Record<string, string> = { string: 'text', array: 'a list', object: 'a mapping of fields', record: 'a mapping of fields', number: 'a number', int: 'a whole number' };

/** Zod's own messages name types as JavaScript does; these say what to write in YAML. */
function describeIssue(issue: z.core.$ZodIssue, input: unknown, written: string | undefined): string {
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (found === undefined) return 'is required but missing';
      if (issue.path.length === 0) return `expected a mapping of fields, got ${describeValue(found)}; write one field per line, as name: value`;
      const mismatch = `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeValue(found)}`;
      // YAML reads some bare words as numbers, booleans or null; quoting keeps what was written.
      if (issue.expected !== 'string' || !(found === null || typeof found === 'number' || typeof found === 'boolean')) return mismatch;
      return found === null && !written ? 'is empty; write the text after the colon, or remove the field' : `${mismatch}; put it in quotes to keep it as text`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}, got ${escapeInvisible(JSON.stringify(found) ?? String(found))}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : issue.message;
    case 'too_big':
      return issue.origin === 'array' && Array.isArray(found) ? tooManyItems(found.length, Number(issue.maximum)) : issue.message;
    default:
      return issue.message;
  }
}

/** The part of a zod 4 schema's own definition (`_zod.def`) needed to find the fields at a path. */
interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode } };
}

/** The field names the schema allows at a path, for "did you mean" hints. */
function fieldsAt(schema: SchemaNode, path: Path): string[] {
  const unwrap = (node: SchemaNode | undefined): SchemaNode | undefined => (node?._zod.def.innerType ? unwrap(node._zod.def.innerType) : node);
  let at = unwrap(schema);
  for (const key of path) {
    const def = at?._zod.def;
    at = unwrap(def?.type === 'object' ? def.shape?.[String(key)] : def?.type === 'array' ? def.element : undefined);
  }
  return Object.keys(at?._zod.def.shape ?? {});
}

function unknownFieldMessage(key: string, known: string[]): string {
  const typed = key.toLowerCase();
  // A typo (a letter or two off) or a shortened name ("alias" for aliases), never a different word.
  const closest = known
    .map((name) => ({ name, distance: typed.length >= 4 && name.startsWith(typed) ? 1 : editDistance(typed, name) }))
    .filter((entry) => entry.distance < typed.length && entry.distance <= Math.max(1, Math.floor(entry.name.length / 4)))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = closest ? `did you mean ${closest.name}?` : 'see docs/role-format.md for the fields';
  return `unknown field ${showKey(key)}; it is ignored (${hint})`;
}

/** The node for a path, falling back to the nearest ancestor that exists. */
function nodeAt(document: Document.Parsed | undefined, path: Path): Node | undefined {
  for (let length = path.length; document && length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true) as Node | undefined;
    if (isNode(node)) return node;
  }
  return undefined;
}

/** Finds the node of each key of the mapping at `path`; indexed once, since searching the mapping for each of 60,000 unknown keys took minutes. */
function keyNodes(document: Document.Parsed | undefined, path: Path): (key: string) => Node | undefined {
  const parent = nodeAt(document, path);
  // Keys reach the schema check plain and unique (read-yaml-safely.ts refuses others).
  const byKey = new Map(isMap<Scalar, unknown>(parent) ? parent.items.map(({ key }) => [key.value, key]) : []);
  return (key) => byKey.get(key) ?? parent;
}

export interface ParsedFile<T> {
  value?: T;
  problems: FileProblem[];
}

/**
 * Unknown fields are warnings: the value is still accepted without them, so a typo
 * or a field from a newer version never hides a role. `roles validate` fails on them.
 */
export function validateWithSchema<T>(schema: z.ZodType<T>, input: unknown, where: Where): ParsedFile<T> {
  const result = schema.safeParse(input);
  if (result.success) return { value: result.data, problems: [] };
  const unknown = result.error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  const problems = unknown.flatMap((issue) => {
    const fields = fieldsAt(schema as unknown as SchemaNode, issue.path);
    const keyNode = keyNodes(where.document, issue.path);
    return issue.keys.map((key) => locate('warning', where, keyNode(key), [...issue.path, key], unknownFieldMessage(key, fields)));
  });
  let fatal: z.core.$ZodIssue[] = result.error.issues.filter((issue) => issue.code !== 'unrecognized_keys');
  if (fatal.length === 0) {
    const retry = schema.safeParse(withoutKeys(input, unknown));
    if (retry.success) return { value: retry.data, problems };
    fatal = retry.error.issues;
  }
  for (const issue of fatal) {
    const node = nodeAt(where.document, issue.path);
    const written = isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    problems.push(locate('error', where, node, issue.path, describeIssue(issue, input, written)));
  }
  return { problems };
}

function withoutKeys(input: unknown, removals: { path: Path; keys: string[] }[]): unknown {
  const copy = structuredClone(input);
  // Unknown keys are only ever reported on mappings.
  for (const { path, keys } of removals) for (const key of keys) delete (valueAt(copy, path) as Record<string, unknown>)[key];
  return copy;
}

/** Where a field path such as `aliases[1]` starts in the file, as line and column; undefined when it is not there. */
export function positionOf(where: Omit<Where, 'file'>, path: Path): { line: number; col: number } | undefined {
  const node = where.document?.getIn(path as unknown[], true) as Node | undefined;
  return isNode(node) && node.range ? where.lineCounter.linePos(node.range[0]) : undefined;
}

function locate(severity: FileProblem['severity'], where: Where, node: Node | undefined, path: Path, message: string): FileProblem {
  const field = formatFieldPath(path) || undefined;
  return { severity, file: where.file, ...(node?.range && where.lineCounter.linePos(node.range[0])), field, message };
}
