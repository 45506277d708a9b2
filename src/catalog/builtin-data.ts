// The built-in roles and knowledge, as the build writes them (dist/builtin.jsonl): a first
// line with each role's summary and where its record is, where the knowledge is and the role
// each name leads to; then the knowledge and one line of JSON per role. A run reads the first
// line, then only the lines it asks for (`show pm` one role, `list` none and no knowledge):
// on this machine each kilobyte read costs (bench/RESULTS.md), and parsing all fourteen roles
// on every run allocated enough to cost `compare` a garbage collection.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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

/** Where a line after the first is: `at` counts bytes from the start of the second line. */
interface Place {
  at: number;
  length: number;
}

/** The first line of the file. */
export interface BuiltinIndex {
  roles: (Pick<LoadedRole, 'summary' | 'file' | 'origin'> & Place)[];
  knowledge: Place;
  /** Each normalised name with the position of its role. */
  names: [string, number][];
}

const fingerprintOf = (fd: number): string => {
  const stats = fstatSync(fd);
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
};

/** The file's first line, read in growing pieces: it is a few kilobytes. */
function readFirstLine(fd: number): Buffer {
  for (let size = 16_384; ; size *= 4) {
    const piece = Buffer.alloc(size);
    const read = readSync(fd, piece, 0, size, 0);
    const end = piece.indexOf(10);
    if (end >= 0 && end < read) return piece.subarray(0, end);
    if (read < size) throw new Error('the built-in data has no end to its first line');
  }
}

export function readBuiltinData(path: string): BuiltinData {
  const fd = openSync(path, 'r');
  let fingerprint: string;
  let head: Buffer;
  try {
    fingerprint = fingerprintOf(fd);
    head = readFirstLine(fd);
  } finally {
    closeSync(fd);
  }
  const index = JSON.parse(head.toString('utf8')) as BuiltinIndex;
  // A line is read when first asked for, from the file as it was when the run began.
  const line = <T>({ at, length }: Place): T => {
    const fd = openSync(path, 'r');
    try {
      if (fingerprintOf(fd) !== fingerprint) throw new Error(`${path} changed while roles ran (reinstalled?); run the command again`);
      const bytes = Buffer.alloc(length);
      readSync(fd, bytes, 0, length, head.length + 1 + at);
      return JSON.parse(bytes.toString('utf8')) as T;
    } finally {
      closeSync(fd);
    }
  };
  const roles = index.roles.map((entry) => new LazyLoadedRole(entry.summary, entry.file, entry.origin, () => line<Role>(entry)));
  const byName = new Map(index.names.map(([name, at]) => [name, roles[at] as LoadedRole]));
  let knowledge: Knowledge | undefined;
  return {
    roles,
    get knowledge() {
      return (knowledge ??= line<Knowledge>(index.knowledge));
    },
    fingerprint,
    byName,
  };
}
