// The built-in data as the command loads it (dist/builtin.json, made by the build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltinData } from '../../src/roles/load-role-layers.js';
import { ROOT } from './run-roles.js';

export function builtinData(): BuiltinData {
  return JSON.parse(readFileSync(join(ROOT, 'dist', 'builtin.json'), 'utf8')) as BuiltinData;
}
