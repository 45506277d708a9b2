// The catalog cache file: every layer merged, as the last run that found nothing changed
// left it. A header line gives each section's length, then come the sections:
//   key        what the catalog was made from (text), compared byte for byte with this run's
//   stamps     each role file's size, mtime, ctime and inode, likewise compared
//   names      a line per name a role answers to, `"name"\tposition`, found with one search
//   places     where each role's whole text is, six numbers a role (PLACE_LENGTH)
//   summaries  each role's summary as JSON, read only by commands that list every role
//   extras     the problems, and the aliases of roles the merge took some from
// Sections are read only when needed. All but the first two are stored twice and checked
// by comparing the copies: a memcmp, where hashing the same bytes in JavaScript took
// several times longer than reading them twice.
import { fstatSync } from 'node:fs';
import type { FileProblem } from '../format/file-problem.js';
import type { RoleSummary } from '../catalog/lazy-role.js';
import { asciiJson, cacheFileStamp, readAt, readCopies, readingFile, replaceFileWhole, type CacheFileStamp } from './role-cache-file.js';

/** Bump when the file's layout or meaning changes: older files are then rebuilt. */
export const CATALOG_FORMAT = 2;
const MAGIC = 'roles-catalog-cache';
const HEADER_MAX = 400;
const SECTIONS = ['key', 'stamps', 'names', 'places', 'summaries', 'extras'] as const;

/**
 * Where a role's whole text is. A built-in role: layer 0 and its position among them. A
 * user role: its folder (k for the k-th user folder that exists), its file's position
 * in that folder's list, and its record in the folder's cache file (from the start of
 * that file, its length and the two halves of its hash).
 */
export interface RolePlace {
  layer: number;
  at: number;
  length: number;
  file: number;
  hash: string;
}

export const PLACE_LENGTH = 6;

/** What the catalog was made from, as bytes: the catalog is believed only when the bytes of this run are the same. */
export interface CatalogKey {
  text: Buffer;
  /** Four numbers a role file. */
  stamps: Float64Array;
}

export interface CatalogExtras {
  /** The problems of each user folder's files, by folder. */
  layers: FileProblem[][];
  /** Those found across files. */
  merged: FileProblem[];
  /** The aliases a role kept, by its position, for each role the merge took some from. */
  aliases: Record<number, string[]>;
}

export interface CatalogContents {
  summaries: RoleSummary[];
  /** Parallel to `summaries`. */
  places: RolePlace[];
  /** Each normalised name with the position of its role. */
  names: ReadonlyMap<string, number>;
  extras: CatalogExtras;
}

/** The catalog file once its key matched. */
export interface OpenCatalog {
  /** The position of the role a normalised name belongs to. */
  lookup(name: string): number | undefined;
  place(at: number): Omit<RolePlace, 'hash'> | undefined;
  /** The hash of the record of the role at `at`. */
  recordHash(at: number): string;
  count: number;
  extras: CatalogExtras;
  /** Every role's summary, read when first asked for; undefined if the section is damaged. */
  summaries(): RoleSummary[] | undefined;
}

function floatBytes(numbers: Float64Array): Buffer {
  return Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength);
}

function placeNumbers(places: readonly RolePlace[]): Float64Array {
  const numbers = new Float64Array(places.length * PLACE_LENGTH);
  places.forEach((place, i) => {
    numbers.set([place.layer, place.at, place.length, place.file, Number.parseInt(place.hash.slice(0, 8) || '0', 16), Number.parseInt(place.hash.slice(8) || '0', 16)], i * PLACE_LENGTH);
  });
  return numbers;
}

const hex = (half: number): string => half.toString(16).padStart(8, '0');

export function writeCatalogFile(path: string, key: CatalogKey, contents: CatalogContents): void {
  // Each line begins with a newline, so a search for "\n<name>\t" finds a whole name.
  const names = [''];
  for (const [name, at] of contents.names) names.push(`${asciiJson(name)}\t${at}`);
  const compared = [key.text, floatBytes(key.stamps)];
  const copied = [Buffer.from(`${names.join('\n')}\n`, 'latin1'), floatBytes(placeNumbers(contents.places)), Buffer.from(asciiJson(contents.summaries), 'latin1'), Buffer.from(asciiJson(contents.extras), 'latin1')];
  const header = `${MAGIC} ${CATALOG_FORMAT} ${[...compared, ...copied].map((section) => section.length).join(' ')}\n`;
  replaceFileWhole(path, Buffer.concat([Buffer.from(header, 'latin1'), ...compared, ...copied.flatMap((section) => [section, section])]));
}

interface Section {
  start: number;
  /** Of one copy. */
  length: number;
}

/** Sections stored once: the key and the stamps, which are compared with this run's. */
const COMPARED = 2;

function sectionsOf(header: Buffer): { sections: Section[]; size: number } | undefined {
  const end = header.indexOf(10);
  if (end < 0) return undefined;
  const [magic, format, ...fields] = header.subarray(0, end).toString('latin1').split(' ');
  if (magic !== MAGIC || Number(format) !== CATALOG_FORMAT || fields.length !== SECTIONS.length) return undefined;
  let start = end + 1;
  const sections: Section[] = [];
  for (const [i, length] of fields.entries()) {
    if (!/^\d+$/.test(length)) return undefined;
    sections.push({ start, length: Number(length) });
    start += (i < COMPARED ? 1 : 2) * Number(length);
  }
  return { sections, size: start };
}

/** The catalog file at `path`, when it was made from exactly `key` and what it holds is whole; otherwise undefined. */
export function openCatalogFile(path: string, key: CatalogKey): OpenCatalog | undefined {
  return readingFile(path, (fd) => {
    const { size } = fstatSync(fd);
    const layout = sectionsOf(readAt(fd, Math.min(HEADER_MAX, size), 0) ?? Buffer.alloc(0));
    if (!layout || layout.size !== size) return undefined;
    const [keyAt, stampsAt, namesAt, placesAt, summariesAt, extrasAt] = layout.sections as [Section, Section, Section, Section, Section, Section];
    const read = (section: Section): Buffer | undefined => readAt(fd, section.length, section.start);
    if (!read(keyAt)?.equals(key.text) || !read(stampsAt)?.equals(floatBytes(key.stamps))) return undefined;
    const checked = (section: Section): Buffer | undefined => readCopies(fd, section.start, section.length);
    const names = checked(namesAt)?.toString('latin1');
    const placeBytes = checked(placesAt);
    const extrasBytes = checked(extrasAt);
    if (names === undefined || !placeBytes || !extrasBytes || placeBytes.length % (8 * PLACE_LENGTH) !== 0) return undefined;
    const places = new Float64Array(placeBytes.buffer.slice(placeBytes.byteOffset, placeBytes.byteOffset + placeBytes.length));
    // Read only by the commands that list every role, and by path again: if another run has replaced the file since, it is not read.
    const opened = cacheFileStamp(fstatSync(fd));
    const summaries = (): RoleSummary[] | undefined => {
      const bytes = readingFile(path, (again) => (sameStamp(cacheFileStamp(fstatSync(again)), opened) ? readCopies(again, summariesAt.start, summariesAt.length) : undefined));
      return bytes && (JSON.parse(bytes.toString('latin1')) as RoleSummary[]);
    };
    return {
      lookup(name) {
        const found = names.indexOf(`\n${asciiJson(name)}\t`);
        if (found < 0) return undefined;
        const end = names.indexOf('\n', found + 1);
        return Number(names.slice(names.lastIndexOf('\t', end) + 1, end));
      },
      place(at) {
        const from = at * PLACE_LENGTH;
        if (!Number.isInteger(at) || at < 0 || from >= places.length) return undefined;
        return { layer: places[from] ?? 0, at: places[from + 1] ?? 0, length: places[from + 2] ?? 0, file: places[from + 3] ?? 0 };
      },
      // Spelled out only when a record is read: a list of thousands of roles reads none.
      recordHash: (at) => hex(places[at * PLACE_LENGTH + 4] ?? 0) + hex(places[at * PLACE_LENGTH + 5] ?? 0),
      count: places.length / PLACE_LENGTH,
      extras: JSON.parse(extrasBytes.toString('latin1')) as CatalogExtras,
      summaries,
    };
  });
}

function sameStamp(a: CacheFileStamp, b: CacheFileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}
