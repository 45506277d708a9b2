// The cache file of one role folder: a header line, an index of every role file (what
// it was keyed by, its problems, its role's summary) written twice, and the roles as
// JSON records that can be read one at a time, each with its hash in the index. A damaged
// or half-written file is noticed and never believed. node:crypto is not used: loading it
// costs more start-up time than the whole cache saves on a small folder.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileProblem } from '../format/file-problem.js';
import type { RoleSummary } from '../catalog/lazy-role.js';

/** Bump when the file's layout or meaning changes: older files are then rebuilt. */
export const CACHE_FORMAT = 2;
const MAGIC = 'roles-layer-cache';
const HEADER_MAX = 200;

/** What a role file is known by between runs: an edit, a rename over it or a copy changes one of these. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export const STAMP_LENGTH = 4;

export interface CachedRole {
  summary: RoleSummary;
  /** Where its JSON record starts, in bytes after the index, and how long it is. */
  at: number;
  length: number;
  hash: string;
}

/**
 * The role files of the folder as they were when they entered the cache, by position:
 * file i is `paths[i]`, its stamp the four numbers from `stamps[4 * i]`, its problems
 * `problems[i]` and its role `roles[i]`. Arrays rather than an object per file, because
 * the index of a big folder is read on every run and parsing it is most of its cost.
 */
export interface CacheIndex {
  format: number;
  /** Which parser made it: a new version may judge the same file differently. */
  parser: string;
  dir: string;
  /** Relative to the folder, in the order the files were found. */
  paths: string[];
  /** size, mtimeMs, ctimeMs, ino for each file; a size of -1 never matches (see FileToCache.racy). */
  stamps: number[];
  /** The problems of the files that have any; `file` is left empty, as it depends on the run's working folder. */
  problems: Record<number, FileProblem[]>;
  /** The role of each file, or null when it has none. */
  roles: (CachedRole | null)[];
  recordBytes: number;
}

/** What tells one cache file from the one that replaces it: every write renames a new file into place. */
export interface CacheFileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export function cacheFileStamp(stats: CacheFileStamp): CacheFileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}

export interface OpenCacheFile {
  index: CacheIndex;
  stamp: CacheFileStamp;
  /** Where the records start, in bytes from the start of the file: `at` of a record counts from here. */
  recordsStart: number;
  /** The role's JSON text, or undefined when its bytes do not match the hash in the index. */
  readRecord(role: CachedRole): string | undefined;
  /** Safe to call more than once; records cannot be read after it. */
  close(): void;
}

/** Two FNV-1a hashes with different starting points: enough to notice damage, cheap for a few kilobytes. */
export function hashOf(bytes: Uint8Array): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  // An index rather than for...of, which is four times slower over a Buffer in a process this short.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte ^ 0xa5, 0x01000193);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

/** True when file `i` of the index was cached with exactly this stamp. */
export function stampMatches(index: CacheIndex, i: number, stamp: FileStamp): boolean {
  const at = i * STAMP_LENGTH;
  const { stamps } = index;
  return stamps[at] === stamp.size && stamps[at + 1] === stamp.mtimeMs && stamps[at + 2] === stamp.ctimeMs && stamps[at + 3] === stamp.ino;
}

export function readAt(fd: number, length: number, position: number): Buffer | undefined {
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

function isIndex(value: unknown, expected: { dir: string; parser: string }): value is CacheIndex {
  const index = value as Partial<CacheIndex> | null;
  if (!index || index.format !== CACHE_FORMAT || index.parser !== expected.parser || index.dir !== expected.dir) return false;
  const { paths, stamps, roles } = index;
  return Array.isArray(paths) && Array.isArray(roles) && Array.isArray(stamps) && roles.length === paths.length && stamps.length === paths.length * STAMP_LENGTH;
}

/** Opens a cache file made for `dir` by `parser`; undefined when there is none or it cannot be trusted. */
export function openCacheFile(path: string, expected: { dir: string; parser: string }): OpenCacheFile | undefined {
  const fd = openForReading(path);
  if (fd === undefined) return undefined;
  try {
    const stats = fstatSync(fd);
    const header = parseHeader(readAt(fd, Math.min(HEADER_MAX, stats.size), 0) ?? Buffer.alloc(0));
    // The index is stored twice: comparing the copies (a memcmp) checks a megabyte in well under a millisecond.
    const indexBytes = header && readCopies(fd, header.size, header.length);
    if (!header || !indexBytes) throw new Error('damaged');
    // Written as ASCII (see writeCacheFile), so latin1 reads it with a plain copy and no UTF-8 decoding.
    const index: unknown = JSON.parse(indexBytes.toString('latin1'));
    const recordsStart = header.size + 2 * header.length;
    if (!isIndex(index, expected)) throw new Error('other');
    if (stats.size !== recordsStart + index.recordBytes) throw new Error('truncated');
    let open = true;
    return {
      index,
      stamp: cacheFileStamp(stats),
      recordsStart,
      readRecord(role) {
        return open ? readHashed(fd, recordsStart + role.at, role.length, role.hash)?.toString('utf8') : undefined;
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

/** The bytes of something stored twice from `start`, `length` bytes each, when the two copies are the same. */
export function readCopies(fd: number, start: number, length: number): Buffer | undefined {
  const both = readAt(fd, 2 * length, start);
  const copy = both?.subarray(0, length);
  return copy && both?.subarray(length).equals(copy) ? copy : undefined;
}

function openForReading(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}

/** Runs `read` on the file opened for reading and closes it again; undefined when the file cannot be opened or read. */
export function readingFile<T>(path: string, read: (fd: number) => T | undefined): T | undefined {
  const fd = openForReading(path);
  if (fd === undefined) return undefined;
  try {
    return read(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The bytes at `at` in a file, when they match `hash`: another run may have replaced the file since it was opened. */
export function readCheckedAt(path: string, at: number, length: number, hash: string): Buffer | undefined {
  return readingFile(path, (fd) => readHashed(fd, at, length, hash));
}

function readHashed(fd: number, at: number, length: number, hash: string): Buffer | undefined {
  const bytes = readAt(fd, length, at);
  return bytes && hashOf(bytes) === hash ? bytes : undefined;
}

/** A file to write: how it was found, its problems, and its role as JSON. */
export interface FileToCache {
  /** Relative to the folder. */
  path: string;
  stamp: FileStamp;
  /** Changed so shortly before it was read that a later edit could keep the same mtime: read it again next time. */
  racy?: boolean;
  /** With `file` left empty. */
  problems: FileProblem[];
  /** The whole role as JSON, its fields in the file's order. */
  role?: { summary: RoleSummary; json: string };
}

/** JSON with every character outside ASCII escaped, so the text is the same read as latin1 or as UTF-8. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes the cache file whole (replaceFileWhole). */
export function writeCacheFile(path: string, meta: { dir: string; parser: string }, files: FileToCache[]): void {
  const records: Buffer[] = [];
  const index: CacheIndex = { format: CACHE_FORMAT, parser: meta.parser, dir: meta.dir, paths: [], stamps: [], problems: {}, roles: [], recordBytes: 0 };
  files.forEach(({ path: relative, stamp, racy, problems, role }, i) => {
    index.paths.push(relative);
    index.stamps.push(racy ? -1 : stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino);
    if (problems.length > 0) index.problems[i] = problems;
    if (!role) return void index.roles.push(null);
    const bytes = Buffer.from(`${role.json}\n`);
    records.push(bytes);
    index.roles.push({ summary: role.summary, at: index.recordBytes, length: bytes.length, hash: hashOf(bytes) });
    index.recordBytes += bytes.length;
  });
  const indexBytes = Buffer.from(asciiJson(index), 'latin1');
  const header = Buffer.from(`${MAGIC} ${CACHE_FORMAT} ${indexBytes.length}\n`, 'latin1');
  replaceFileWhole(path, Buffer.concat([header, indexBytes, indexBytes, ...records]));
}

/** Writes under a temporary name, then renames into place: a reader, or a second process writing at the same time, only ever sees a complete file. */
export function replaceFileWhole(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
