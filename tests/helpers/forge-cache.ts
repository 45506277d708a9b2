// Rewrites a catalog cache file (src/cache/cache-file.ts) as another process could: each
// section changed at will and stored again whole, copies and hashes made to match, so
// that only the reader's checks of what the records hold stand between it and the output.
import { readFileSync, writeFileSync } from 'node:fs';
import { bytesAsFloats, fileBytes, floatBytes, hashOf, TABLE_LENGTH } from '../../src/cache/cache-file.js';

export const SECTIONS = { key: 0, stamps: 1, names: 2, places: 3, table: 4, summaries: 5, extras: 6, records: 7 } as const;

/** The first copy of each section. */
export function cacheSections(bytes: Buffer): Buffer[] {
  const end = bytes.indexOf(10);
  const lengths = bytes.subarray(0, end).toString('latin1').split(' ').slice(2).map(Number);
  let start = end + 1;
  return lengths.map((length, i) => {
    const section = bytes.subarray(start, start + length);
    start += (i < 2 || i === lengths.length - 1 ? 1 : 2) * length;
    return section;
  });
}

/** Each file's record as JSON text (undefined where it has none). */
function records(sections: Buffer[]): (string | undefined)[] {
  const table = bytesAsFloats(sections[SECTIONS.table] as Buffer) as Float64Array;
  return Array.from({ length: table.length / TABLE_LENGTH }, (_, i) => {
    const [at = 0, length = -1] = table.subarray(i * TABLE_LENGTH);
    return length < 0 ? undefined : (sections[SECTIONS.records] as Buffer).toString('utf8', at, at + length - 1);
  });
}

/** Changes the summaries and the records of a cache file with `edit`, which gets each as parsed JSON. */
export function forgeCache(path: string, edit: { summary?: (summary: Record<string, unknown>) => void; record?: (role: Record<string, unknown>) => void }): void {
  const sections = cacheSections(readFileSync(path));
  const summaries = JSON.parse((sections[SECTIONS.summaries] as Buffer).toString('latin1')) as (Record<string, unknown> | null)[];
  for (const summary of summaries) if (summary) edit.summary?.(summary);
  const table = new Float64Array((bytesAsFloats(sections[SECTIONS.table] as Buffer) as Float64Array).length).fill(-1);
  const parts: Buffer[] = [];
  let at = 0;
  records(sections).forEach((json, i) => {
    if (json === undefined) return;
    const role = JSON.parse(json) as Record<string, unknown>;
    edit.record?.(role);
    const bytes = Buffer.from(`${JSON.stringify(role)}\n`);
    table.set([at, bytes.length, ...hashOf(bytes)], i * TABLE_LENGTH);
    parts.push(bytes);
    at += bytes.length;
  });
  sections[SECTIONS.summaries] = Buffer.from(JSON.stringify(summaries));
  sections[SECTIONS.table] = floatBytes(table);
  sections[SECTIONS.records] = Buffer.concat(parts);
  writeFileSync(path, fileBytes(sections));
}
