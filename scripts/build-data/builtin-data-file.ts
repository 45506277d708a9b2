// Build time: the built-in data as dist/builtin.jsonl, which readBuiltinData() in
// src/catalog/builtin-data.ts reads: a first line of summaries and knowledge, then a line per role.
import type { BuiltinData, BuiltinIndex } from '../../src/catalog/builtin-data.js';
import { summaryOf } from '../../src/catalog/loaded-role.js';

export function builtinDataFile(data: BuiltinData): string {
  const records = data.roles.map(({ role }) => JSON.stringify(role));
  let at = 0;
  const roles = data.roles.map(({ role, file, origin }, i) => {
    const length = Buffer.byteLength(records[i] ?? '');
    const entry = { summary: summaryOf(role), file, origin, at, length };
    at += length + 1;
    return entry;
  });
  const index: BuiltinIndex = { roles, knowledge: data.knowledge };
  return [JSON.stringify(index), ...records, ''].join('\n');
}
