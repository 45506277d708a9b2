// The built-in data as the command loads it (dist/builtin.jsonl, made by the build).
import { join } from 'node:path';
import { readBuiltinData, type BuiltinData } from '../../src/catalog/builtin-data.js';
import type { Catalog } from '../../src/catalog/load-role-layers.js';
import { indexRoles } from '../../src/catalog/merge-role-layers.js';
import { ROOT } from './run-roles.js';

export function builtinData(): BuiltinData {
  return readBuiltinData(join(ROOT, 'dist', 'builtin.jsonl'));
}

/** The catalog a command gets when no user folder has roles. */
export function builtinCatalog(): Catalog {
  const data = builtinData();
  return { ...indexRoles(data.roles), knowledge: data.knowledge, problems: [], layers: [] };
}
