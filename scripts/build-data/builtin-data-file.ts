// Build time: the built-in data as dist/builtin.jsonl, which readBuiltinData() in
// src/catalog/builtin-data.ts reads: a first line of summaries and places, then the knowledge and a line per role.
import type { BuiltinData, BuiltinIndex } from '../../src/catalog/builtin-data.js';
import { summaryOf } from '../../src/catalog/loaded-role.js';
import { mergeRoleLayers } from '../../src/catalog/merge-role-layers.js';

export function builtinDataFile(data: BuiltinData): string {
  const lines = [data.knowledge, ...data.roles.map(({ role }) => role)].map((record) => JSON.stringify(record));
  let at = 0;
  const [knowledge, ...places] = lines.map((line) => {
    const place = { at, length: Buffer.byteLength(line) };
    at += place.length + 1;
    return place;
  });
  const roles = data.roles.map(({ role, file, origin }, i) => ({ summary: summaryOf(role), file, origin, ...(places[i] as { at: number; length: number }) }));
  // Merged here so that a run without user roles does not normalise every built-in name again.
  const { byName } = mergeRoleLayers([data.roles]);
  const names = [...byName].map(([name, loaded]): [string, number] => [name, data.roles.indexOf(loaded)]);
  const index: BuiltinIndex = { roles, knowledge: knowledge as { at: number; length: number }, names };
  return [JSON.stringify(index), ...lines, ''].join('\n');
}
