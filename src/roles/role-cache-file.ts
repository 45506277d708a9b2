// The cache file of one role folder: a header line, an index of every role file (what
// it was keyed by, its problems, its role's summary) written twice, and the roles as
// JSON records that can be read one at a time, each with its hash in the index. A damaged
// or half-written file is noticed and never believed. node:crypto is not used: loading it
// costs more start-up time than the whole cache saves on a small folder.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileProblem } from './file-problem.js';
import type { RoleSummary } from './lazy-role.js';

/** Bump when the file's layout or meaning changes: older files are then rebuilt. */
export const CACHE_FORMAT = 1;
const MAGIC = 'roles-layer-cache';
const HEADER_MAX = 200;

export interface CachedRole {
  summary: RoleSummary;
  /** Index into `shapes`: the role's field names in file order. */
  shape: number;
  /** Where its JSON record starts, in bytes after the index, and how long it is. */
  at: number;
  length: number;
  hash: string;
}

/** One role file as it was when it entered the cache. */
export interface CachedFile {
  /** Relative to the folder. */
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** Changed so shortly before it was read that a later edit could keep the same mtime: read it again next time. */
  racy?: boolean;
  /** `file` is left empty: it depends on the working folder of the run that shows it. */
  problems: FileProblem[];
  role?: CachedRole;
}

export interface CacheIndex {
  format: number;
  /** Which parser made it: a new version may judge the same file differently. */
  parser: string;
  dir: string;
  shapes: string[][];
  files: CachedFile[];
  recordBytes: number;
}

export interface OpenCacheFile {
  index: CacheIndex;
  /** The role's JSON text, or undefined when its bytes do not match the hash in the index. */
  readRecord(role: CachedRole): string | undefined;
  /** Safe to call more than once; records cannot be read after it. */
  close(): void;
}

/** Two FNV-1a hashes with different starting points: enough to notice damage, cheap for a few kilobytes. */
export function hashOf(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const byte of bytes) {
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte ^ 0xa5, 0x01000193);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

function readAt(fd: number, length: number, position: number): Buffer | undefined {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, buffer, done, length - done, position + done);
    if (read === 0) return undefined;
    done += read;
  }
  return buffer;
}

function parseHeader(bytes: Buffer): { length: number; size: number } | undefined {
  const end = bytes.indexOf(10);
  if (end < 0) return undefined;
  const [magic, format, length] = bytes.subarray(0, end).toString('latin1').split(' ');
  if (magic !== MAGIC || Number(format) !== CACHE_FORMAT || !/^\d+$/.test(length ?? '')) return undefined;
  return { length: Number(length), size: end + 1 };
}

/** Opens a cache file made for `dir` by `parser`; undefined when there is none or it cannot be trusted. */
export function openCacheFile(path: string, expected: { dir: string; parser: string }): OpenCacheFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const header = parseHeader(readAt(fd, Math.min(HEADER_MAX, fstatSync(fd).size), 0) ?? Buffer.alloc(0));
    // The index is stored twice: comparing the copies (a memcmp) checks a megabyte in well under a millisecond.
    const copies = header && readAt(fd, 2 * header.length, header.size);
    const indexBytes = copies?.subarray(0, header?.length);
    if (!header || !copies || !indexBytes?.equals(copies.subarray(header.length))) throw new Error('damaged');
    const index = JSON.parse(indexBytes.toString('utf8')) as CacheIndex;
    const recordsStart = header.size + 2 * header.length;
    if (index.format !== CACHE_FORMAT || index.parser !== expected.parser || index.dir !== expected.dir || !Array.isArray(index.files)) throw new Error('other');
    if (fstatSync(fd).size !== recordsStart + index.recordBytes) throw new Error('truncated');
    let open = true;
    return {
      index,
      readRecord(role) {
        const bytes = open ? readAt(fd, role.length, recordsStart + role.at) : undefined;
        return bytes && hashOf(bytes) === role.hash ? bytes.toString('utf8') : undefined;
      },
      close() {
        if (open) closeSync(fd);
        open = false;
      },
    };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/** A file to write: its index entry without the record's position, and its role as JSON. */
export interface FileToCache {
  entry: Omit<CachedFile, 'role'>;
  role?: { summary: RoleSummary; keys: string[]; json: string };
}

/**
 * Writes the cache file whole under a temporary name, then renames it into place, so
 * a reader (or a second process writing at the same time) only ever sees a complete file.
 */
export function writeCacheFile(path: string, meta: { dir: string; parser: string }, files: FileToCache[]): void {
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const records: Buffer[] = [];
  let at = 0;
  const entries = files.map(({ entry, role }): CachedFile => {
    if (!role) return entry;
    const shapeKey = role.keys.join(',');
    let shape = shapeIds.get(shapeKey);
    if (shape === undefined) {
      shape = shapes.push(role.keys) - 1;
      shapeIds.set(shapeKey, shape);
    }
    const bytes = Buffer.from(`${role.json}\n`);
    records.push(bytes);
    const cached = { summary: role.summary, shape, at, length: bytes.length, hash: hashOf(bytes) };
    at += bytes.length;
    return { ...entry, role: cached };
  });
  const index: CacheIndex = { format: CACHE_FORMAT, parser: meta.parser, dir: meta.dir, shapes, files: entries, recordBytes: at };
  const indexBytes = Buffer.from(JSON.stringify(index));
  const header = Buffer.from(`${MAGIC} ${CACHE_FORMAT} ${indexBytes.length}\n`, 'latin1');
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([header, indexBytes, indexBytes, ...records]));
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
