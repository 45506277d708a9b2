// Entry point of the lazily loaded parser bundle (dist/parse.cjs): the yaml and zod
// libraries are only paid for when a role file has to be read from YAML.
import { stringify } from 'yaml';
import { toJSONSchema, type z } from 'zod';
import type { FileProblem } from './file-problem.js';
import { readYamlSafely } from './read-yaml-safely.js';
import { roleSchema, type Role } from './role-schema.js';
import { validateWithSchema } from './validate-with-schema.js';

export interface ParsedFile<T> {
  value?: T;
  problems: FileProblem[];
}

export function parseYamlFile<T>(schema: z.ZodType<T>, bytes: Uint8Array, file: string): ParsedFile<T> {
  const read = readYamlSafely(bytes, file);
  if (read.problems.length > 0 || read.value === undefined) return { problems: read.problems };
  return validateWithSchema(schema, read.value, { file, document: read.document, lineCounter: read.lineCounter });
}

export function parseRoleFile(bytes: Uint8Array, file: string): ParsedFile<Role> {
  return parseYamlFile(roleSchema, bytes, file);
}

export { KNOWLEDGE_FILES } from './knowledge-schema.js';
export { compileBuiltinData } from './compile-builtin-data.js';

export function stringifyYaml(value: unknown): string {
  // With lineWidth 0 the library folds some long double-quoted strings so they no longer read back the same.
  return stringify(value, { lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
}

/** The JSON Schema editors use to check role files, derived from the same zod schema. */
export function roleJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/roles-cli/roles/schema/role.schema.json',
    title: 'roles role file',
    ...toJSONSchema(roleSchema, { target: 'draft-2020-12' }),
  };
}
export { withFieldReference } from './field-reference.js';
