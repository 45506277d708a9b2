// The built-in roles and knowledge, as the build writes them (dist/builtin.jsonl): a first
// line with each role's summary and where its record is, the knowledge and the role each
// name leads to; then one line of JSON per role. A role is parsed only when a command asks for it whole, and the file is
// read as bytes outside the JavaScript heap: parsing all fourteen roles on every run
// allocated enough to cost `compare` a garbage collection.
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import type { Knowledge } from '../format/knowledge-schema.js';
import type { Role } from '../format/role-schema.js';
import { LazyLoadedRole, type LoadedRole } from './loaded-role.js';

export interface BuiltinData {
  roles: LoadedRole[];
  knowledge: Knowledge;
  /** Tells this built-in data from another build's: set when read from the build's file. */
  fingerprint?: string;
  /** The built-in roles merged alone (mergeRoleLayers), each name with its role: what a run without user roles needs, merged by the build. */
  byName?: ReadonlyMap<string, LoadedRole>;
}

/** The first line of the file; `at` counts bytes from the start of the second line. */
export interface BuiltinIndex {
  roles: (Pick<LoadedRole, 'summary' | 'file' | 'origin'> & { at: number; length: number })[];
  knowledge: Knowledge;
  /** Each normalised name with the position of its role. */
  names: [string, number][];
}

export function readBuiltinData(path: string): BuiltinData {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  let stats: Stats;
  try {
    stats = fstatSync(fd);
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  const firstLine = bytes.indexOf(10);
  const index = JSON.parse(bytes.toString('utf8', 0, firstLine)) as BuiltinIndex;
  const record = (at: number, length: number): Role => JSON.parse(bytes.toString('utf8', firstLine + 1 + at, firstLine + 1 + at + length)) as Role;
  const roles = index.roles.map(({ summary, file, origin, at, length }) => new LazyLoadedRole(summary, file, origin, () => record(at, length)));
  const byName = new Map(index.names.map(([name, at]) => [name, roles[at] as LoadedRole]));
  return { roles, knowledge: index.knowledge, fingerprint: `${stats.size}:${stats.mtimeMs}:${stats.ino}`, byName };
}
