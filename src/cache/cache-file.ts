// The bytes of the catalog cache file. A header line gives each section's length, then:
//   key        what the catalog was made from: a line of metadata, then every role file's path
//   stamps     each role file's size, mtime, ctime and inode (a size of -1 never matches)
//   names      a line per name a role answers to, `"name"\tposition`, found with one search
//   places     for each merged role, its file's position, or -1 - its built-in position
//   table      for each file, where its role's record is (at, length, two halves of its hash)
//   summaries  each file's role summary as JSON, or null; read only when every role is listed
//   extras     each file's problems, those found across files, aliases the merge took away
//   records    each role as a line of JSON, checked against its hash when read
// The key and the stamps are compared byte for byte with this run's; the sections after
// them are stored twice and checked by comparing the copies (a memcmp, where hashing the
// same bytes in JavaScript took several times longer), the records by their hashes.
// node:crypto is not used: loading it costs more start-up time than the cache saves on a small folder.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

const MAGIC = 'roles-catalog-cache';
/** Bump when the layout or meaning changes: older files are then rebuilt. */
const CACHE_FORMAT = 3;
const HEADER_MAX = 400;
/** How much of a section's second copy is compared at a time. */
const PIECE = 32 * 1024;
/** In the file's order. */
export const SECTIONS = ['key', 'stamps', 'names', 'places', 'table', 'summaries', 'extras', 'records'] as const;
export type SectionName = (typeof SECTIONS)[number];
export const TABLE_LENGTH = 4;

/** Whether section `i` is stored once: the key and stamps (compared whole) and the records (hashed). */
const storedOnce = (i: number): boolean => i < 2 || i === SECTIONS.length - 1;

/** Two FNV-1a hashes with different starting points: enough to notice damage, cheap for a few kilobytes. */
export function hashOf(bytes: Uint8Array): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  // An index rather than for...of, which is four times slower over a Buffer in a process this short.
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    a = Math.imul(a ^ byte, 0x01000193);
    b = Math.imul(b ^ byte ^ 0xa5, 0x01000193);
  }
  return [a >>> 0, b >>> 0];
}

/** JSON with every character outside ASCII escaped, so the text is the same read as latin1 or as UTF-8. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function floatBytes(numbers: Float64Array): Buffer {
  return Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength);
}

export function bytesAsFloats(bytes: Buffer | undefined): Float64Array | undefined {
  if (!bytes || bytes.length % 8 !== 0) return undefined;
  return new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** The file's sections in the order of SECTIONS, as stored. */
export function fileBytes(sections: Buffer[]): Buffer {
  const header = `${MAGIC} ${CACHE_FORMAT} ${sections.map((section) => section.length).join(' ')}\n`;
  return Buffer.concat([Buffer.from(header, 'latin1'), ...sections.flatMap((section, i) => (storedOnce(i) ? [section] : [section, section]))]);
}

/** An open cache file whose header holds; reads return undefined rather than throw. Kept open for the records read later. */
export interface OpenFile {
  /** A section stored once. */
  read(name: 'key' | 'stamps'): Buffer | undefined;
  /** Whether a section stored once holds exactly `expected`: compared without reading it whole. */
  holds(name: 'key' | 'stamps', expected: Buffer): boolean;
  /** A section stored twice, when its copies are the same. */
  checked(name: Exclude<SectionName, 'key' | 'stamps' | 'records'>): Buffer | undefined;
  /** `length` bytes at `at` in the records, when they match the hash. */
  record(at: number, length: number, hash: ArrayLike<number>): Buffer | undefined;
  close(): void;
}

/**
 * Opens the file without following a link and without waiting on a pipe, and keeps it
 * only when it is a regular file that `trust` accepts and its header describes its size.
 */
export function openFile(path: string, trust: (stats: Stats) => boolean): OpenFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  /** Fills the start of `buffer` with `length` bytes from `position`; false when the file ends first or cannot be read. */
  const readInto = (buffer: Buffer, length: number, position: number): boolean => {
    try {
      for (let done = 0; done < length; ) {
        const read = readSync(fd, buffer, done, length - done, position + done);
        if (read === 0) return false;
        done += read;
      }
      return true;
    } catch {
      return false;
    }
  };
  const readAt = (length: number, position: number): Buffer | undefined => {
    if (!(length >= 0 && position >= 0)) return undefined;
    const buffer = Buffer.allocUnsafe(length);
    return readInto(buffer, length, position) ? buffer : undefined;
  };
  let piece: Buffer | undefined;
  /**
   * Whether the file holds `expected` at `position`, read a piece at a time into one small
   * buffer: reading a second copy or a long key whole touched as much fresh memory again,
   * which is slow here (bench/RESULTS.md).
   */
  const holdsAt = (position: number, expected: Buffer): boolean => {
    piece ??= Buffer.allocUnsafeSlow(PIECE);
    for (let at = 0; at < expected.length; at += PIECE) {
      const length = Math.min(PIECE, expected.length - at);
      if (!readInto(piece, length, position + at) || !piece.subarray(0, length).equals(expected.subarray(at, at + length))) return false;
    }
    return true;
  };
  const stats = fstatSync(fd);
  const sections = stats.isFile() && trust(stats) ? layout(readAt(Math.min(HEADER_MAX, stats.size), 0), stats.size) : undefined;
  if (!sections) {
    closeSync(fd);
    return undefined;
  }
  const records = sections.records;
  return {
    read: (name) => readAt(sections[name].length, sections[name].start),
    holds: (name, expected) => sections[name].length === expected.length && holdsAt(sections[name].start, expected),
    checked(name) {
      const section = sections[name];
      const copy = readAt(section.length, section.start);
      return copy && holdsAt(section.start + section.length, copy) ? copy : undefined;
    },
    record(at, length, hash) {
      const bytes = at + length <= records.length ? readAt(length, records.start + at) : undefined;
      const [a, b] = bytes ? hashOf(bytes) : [];
      return a === hash[0] && b === hash[1] ? bytes : undefined;
    },
    close: () => closeSync(fd),
  };
}

/** Where each section starts and how long one copy of it is, when the header describes a file of this size. */
function layout(header: Buffer | undefined, size: number): Record<SectionName, { start: number; length: number }> | undefined {
  const end = header?.indexOf(10) ?? -1;
  if (!header || end < 0) return undefined;
  const [magic, format, ...fields] = header.subarray(0, end).toString('latin1').split(' ');
  const lengthsValid = fields.length === SECTIONS.length && fields.every((field) => /^\d+$/.test(field));
  if (magic !== MAGIC || Number(format) !== CACHE_FORMAT || !lengthsValid) return undefined;
  let start = end + 1;
  const sections = SECTIONS.map((name, i) => {
    const section = { start, length: Number(fields[i]) };
    start += (storedOnce(i) ? 1 : 2) * section.length;
    return [name, section];
  });
  return start === size ? Object.fromEntries(sections) : undefined;
}
