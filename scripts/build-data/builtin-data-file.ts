// Build time: the built-in data as dist/builtin.jsonl, which readBuiltinData() in
// src/catalog/builtin-data.ts reads: a first line of summaries and knowledge, then a line per role.
import type { BuiltinData, BuiltinIndex } from '../../src/catalog/builtin-data.js';
import { summaryOf } from '../../src/catalog/loaded-role.js';
import { mergeRoleLayers } from '../../src/catalog/merge-role-layers.js';

export function builtinDataFile(data: BuiltinData): string {
  const records = data.roles.map(({ role }) => JSON.stringify(role));
  let at = 0;
  const roles = data.roles.map(({ role, file, origin }, i) => {
    const length = Buffer.byteLength(records[i] ?? '');
    const entry = { summary: summaryOf(role), file, origin, at, length };
    at += length + 1;
    return entry;
  });
  // Merged here so that a run without user roles does not normalise every built-in name again.
  const { byName } = mergeRoleLayers([data.roles]);
  const names = [...byName].map(([name, loaded]): [string, number] => [name, data.roles.indexOf(loaded)]);
  const index: BuiltinIndex = { roles, knowledge: data.knowledge, names };
  return [JSON.stringify(index), ...records, ''].join('\n');
}
