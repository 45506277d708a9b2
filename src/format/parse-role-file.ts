// Entry point of the lazily loaded parser bundle (dist/parse.cjs): the yaml and zod
// libraries are only paid for when a role file has to be read from YAML or written as YAML.
import type { z } from 'zod';
import type { FileProblem } from './file-problem.js';
import { readYamlSafely, type YamlFileKind } from './read-yaml-safely.js';
import { checkReferenceIds, type Locate, type ReferenceIds } from './role-source-references.js';
import { roleSchema, type Role } from './role-schema.js';
import { positionOf, validateWithSchema, type ParsedFile } from './validate-with-schema.js';

/** Reads a YAML file and checks it against `schema`, then with `check` when it passes; `kind` names the file in messages (a role file by default). */
export function parseYamlFile<T>(schema: z.ZodType<T>, bytes: Uint8Array, file: string, check?: (value: T, locate: Locate) => FileProblem[], kind?: YamlFileKind): ParsedFile<T> {
  const read = readYamlSafely(bytes, file, kind);
  if (read.problems.length > 0 || read.value === undefined) return { problems: read.problems };
  const checked = validateWithSchema(schema, read.value, { file, document: read.document, lineCounter: read.lineCounter });
  if (!checked.value || !check) return checked;
  return { value: checked.value, problems: [...checked.problems, ...check(checked.value, (path) => positionOf(read, path))] };
}

/** A role file read and checked on its own; with `known`, its references to source documents and topics are checked too. */
export function parseRoleFile(bytes: Uint8Array, file: string, known?: ReferenceIds): ParsedFile<Role> {
  return parseYamlFile(roleSchema, bytes, file, known && ((role, locate) => checkReferenceIds(role, known, file, locate)));
}

/**
 * Where each field path (`aliases[1]`, `works_with[0]`) is in a role file: for problems
 * found across files, which know the field but not the place. Undefined where unknown.
 */
export function locateFields(bytes: Uint8Array, fields: readonly string[]): ({ line: number; col: number } | undefined)[] {
  const read = readYamlSafely(bytes, '');
  return fields.map((field) => (read.document ? positionOf(read, parseFieldPath(field)) : undefined));
}

/** The inverse of formatFieldPath for the simple paths the checks across files use: `a.b[2]`. */
function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? '') : Number(match[2])));
}

export { stringifyYaml } from '../render/render-yaml.js';
/** For schemas outside this room (src/config) that are built only once this bundle is loaded: zod stays out of the main bundle. */
export { z } from 'zod';
