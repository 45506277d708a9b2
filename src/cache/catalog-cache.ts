// The one cache: the merged catalog of the user folders, with every role file's role and
// problems, in one file per set of folders under $XDG_CACHE_HOME/roles/catalog. A run
// whose files all have the stamps the last run saw reads only what it needs from it; a
// run where something changed reuses the entries of the files that did not, and the
// catalog writes the file again. Only the catalog uses this module; the catalog is the
// same with it or without it. A file that is damaged, made by another version, not the
// user's own or writable by others is never believed: the catalog reads the YAML instead.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { FileProblem } from '../format/file-problem.js';
import { asciiJson, bytesAsFloats, fileBytes, floatBytes, hashOf, openFile, TABLE_LENGTH, type OpenFile, type Section } from './cache-file.js';

export interface CacheOptions {
  /** The tool's cache folder, $XDG_CACHE_HOME/roles. */
  dir: string;
  /** Where to say what the cache did (--debug), if anywhere. */
  debug?: (line: string) => void;
}

/** What a role file is known by between runs: an edit, a rename over it or a copy changes one of these. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** What the catalog is made from. */
export interface CacheKey {
  /** Everything besides the files: the tool, the built-in data, the folders and how files are named. */
  meta: string;
  /** Every role file, in the order found, with its stamp. */
  files: readonly string[];
  stamps: readonly FileStamp[];
}

/** One role file as the catalog read it. */
export interface FileEntry {
  /** With `file` left empty: it depends on the working folder. */
  problems: FileProblem[];
  summary?: unknown;
  /** The whole role as JSON. */
  json?: string;
  /** Changed moments before it was read, or unreadable: read it again next time. */
  volatile?: boolean;
}

export interface CatalogToStore {
  /** Parallel to the key's files. */
  files: FileEntry[];
  /** For each merged role, its file's position in the key, or -1 - its position among the built-in roles. */
  places: number[];
  /** Each normalised name with the position of its role. */
  names: ReadonlyMap<string, number>;
  merged: FileProblem[];
  /** The aliases a role kept, by its position, for each role the merge took some from. */
  aliases: Record<number, string[]>;
}

export interface CachedCatalog {
  /** True when made from exactly this run's key: the merged roles, names and problems hold. */
  exact: boolean;
  count: number;
  lookup(name: string): number | undefined;
  place(at: number): number | undefined;
  merged: unknown;
  aliases: unknown;
  /** The cached entry of the file at `i` in this run's key, if the file has the stamp it had then. */
  entry(i: number): number | undefined;
  problems(entry: number): unknown;
  /** Every entry's summary, as stored (damaged: undefined). */
  summaries(): unknown[] | undefined;
  /** The entry's role as JSON text, when its bytes match their hash. */
  json(entry: number): string | undefined;
  close(): void;
}

export interface CatalogCache {
  load(key: CacheKey): CachedCatalog | undefined;
  store(key: CacheKey, catalog: CatalogToStore): void;
  clear(): void;
}

const uid = process.getuid?.();

/** Like ssh with its keys: only what the user owns and no one else may change. */
function trusted(stats: Stats): boolean {
  return (uid === undefined || stats.uid === uid) && (stats.mode & 0o022) === 0;
}

/** The cache of the catalog of these folders (each `origin:dir`). */
export function catalogCache(options: CacheOptions, folders: readonly string[]): CatalogCache {
  const folder = join(options.dir, 'catalog');
  const path = join(folder, `${hashOf(Buffer.from(folders.join('\0'))).map((half) => half.toString(16).padStart(8, '0')).join('')}.cache`);
  const note = (what: string): void => options.debug?.(`roles: cache ${path}: ${what}\n`);
  /** Whether the folders are the user's own; false when one exists that is not. */
  const foldersTrusted = (): boolean => {
    for (const dir of [options.dir, folder]) {
      let stats: Stats;
      try {
        stats = statSync(dir);
      } catch {
        return true;
      }
      if (!stats.isDirectory() || !trusted(stats)) {
        note(`not used: ${dir} is not a folder that only you may change`);
        return false;
      }
    }
    return true;
  };
  return {
    load(key) {
      const opened = foldersTrusted() ? openFile(path, trusted) : undefined;
      const cached = opened && readSafely(() => readCatalog(opened, key));
      if (opened && !cached) opened.close();
      if (cached) note(cached.exact ? 'used' : 'partly used');
      return cached;
    },
    store(key, catalog) {
      if (!foldersTrusted()) return;
      const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        writeFileSync(temporary, catalogBytes(key, catalog), { mode: 0o600 });
        renameSync(temporary, path);
        note(`written, ${key.files.length} role file(s)`);
      } catch (error) {
        note(`not written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
        readSafely(() => rmSync(temporary, { force: true }));
      }
    },
    clear: () => rmSync(path, { force: true }),
  };
}

/** What a forged or damaged file's JSON gives: undefined, never an exception. */
function readSafely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The key as bytes; a file marked volatile gets a size of -1, which no file has. */
function keyBytes(key: CacheKey, files?: readonly FileEntry[]): [Buffer, Buffer] {
  const stamps = new Float64Array(key.stamps.length * 4);
  // Written number by number: an array per file to set() from is thousands of allocations.
  key.stamps.forEach((stamp, i) => {
    stamps[i * 4] = files?.[i]?.volatile ? -1 : stamp.size;
    stamps[i * 4 + 1] = stamp.mtimeMs;
    stamps[i * 4 + 2] = stamp.ctimeMs;
    stamps[i * 4 + 3] = stamp.ino;
  });
  return [Buffer.from(`${key.meta}\n${key.files.join('\0')}`), floatBytes(stamps)];
}

function catalogBytes(key: CacheKey, catalog: CatalogToStore): Buffer {
  const [text, stamps] = keyBytes(key, catalog.files);
  const table = new Float64Array(catalog.files.length * TABLE_LENGTH).fill(-1);
  const records: Buffer[] = [];
  let at = 0;
  catalog.files.forEach((entry, i) => {
    if (entry.json === undefined) return;
    const bytes = Buffer.from(`${entry.json}\n`);
    table.set([at, bytes.length, ...hashOf(bytes)], i * TABLE_LENGTH);
    records.push(bytes);
    at += bytes.length;
  });
  const names = [''];
  for (const [name, position] of catalog.names) names.push(`${asciiJson(name)}\t${position}`);
  const problems = Object.fromEntries(catalog.files.flatMap((entry, i) => (entry.problems.length > 0 ? [[i, entry.problems]] : [])));
  const sections = [names.join('\n') + '\n', floatBytes(Float64Array.from(catalog.places)), floatBytes(table), asciiJson(catalog.files.map((entry) => entry.summary ?? null)), asciiJson({ problems, merged: catalog.merged, aliases: catalog.aliases })];
  return fileBytes([text, stamps, ...sections.map((section) => (typeof section === 'string' ? Buffer.from(section, 'latin1') : section)), Buffer.concat(records)]);
}

function readCatalog(opened: OpenFile, key: CacheKey): CachedCatalog | undefined {
  const [keySection, stampSection, namesSection, placesSection, tableSection, summariesSection, extrasSection] = opened.sections as Section[];
  const [text, stamps] = keyBytes(key);
  const storedText = opened.read(keySection as Section);
  const storedStamps = opened.read(stampSection as Section);
  const names = opened.checked(namesSection as Section)?.toString('latin1');
  const places = bytesAsFloats(opened.checked(placesSection as Section) ?? Buffer.alloc(1));
  const table = bytesAsFloats(opened.checked(tableSection as Section) ?? Buffer.alloc(1));
  const extrasBytes = opened.checked(extrasSection as Section);
  if (!storedText || !storedStamps || names === undefined || !places || !table || !extrasBytes) return undefined;
  const extras = JSON.parse(extrasBytes.toString('latin1')) as { problems?: Record<number, unknown>; merged?: unknown; aliases?: unknown } | null;
  if (!extras || typeof extras !== 'object') return undefined;
  const exact = storedText.equals(text) && storedStamps.equals(stamps);
  const entry = exact ? (i: number) => i : entryFinder(storedText, storedStamps, key);
  const entries = table.length / TABLE_LENGTH;
  return {
    exact,
    count: places.length,
    lookup(name) {
      const found = names.indexOf(`\n${asciiJson(name)}\t`);
      if (found < 0) return undefined;
      const end = names.indexOf('\n', found + 1);
      return Number(names.slice(names.lastIndexOf('\t', end) + 1, end));
    },
    place: (at) => (Number.isInteger(at) && at >= 0 && at < places.length ? places[at] : undefined),
    merged: extras.merged,
    aliases: extras.aliases,
    entry,
    problems: (at) => extras.problems?.[at] ?? [],
    summaries() {
      const bytes = opened.checked(summariesSection as Section);
      const summaries: unknown = bytes && readSafely(() => JSON.parse(bytes.toString('latin1')));
      return Array.isArray(summaries) && summaries.length === entries ? summaries : undefined;
    },
    json(at) {
      const from = at * TABLE_LENGTH;
      if (!Number.isInteger(at) || at < 0 || at >= entries) return undefined;
      return opened.record(table[from] ?? -1, table[from + 1] ?? -1, [table[from + 2] ?? 0, table[from + 3] ?? 0])?.toString('utf8', 0, (table[from + 1] ?? 1) - 1);
    },
    close: () => opened.close(),
  };
}

/** For a run where something changed: each file's entry by its path, when its stamp is the same. */
function entryFinder(storedText: Buffer, storedStamps: Buffer, key: CacheKey): (i: number) => number | undefined {
  const text = storedText.toString('utf8');
  const paths = text.slice(text.indexOf('\n') + 1).split('\0');
  const stamps = bytesAsFloats(storedStamps) ?? new Float64Array(0);
  const byPath = new Map(paths.map((path, i) => [path, i]));
  return (i) => {
    const file = key.files[i];
    const stamp = key.stamps[i];
    const at = file === undefined ? undefined : byPath.get(file);
    if (at === undefined || !stamp) return undefined;
    const s = at * 4;
    return stamps[s] === stamp.size && stamps[s + 1] === stamp.mtimeMs && stamps[s + 2] === stamp.ctimeMs && stamps[s + 3] === stamp.ino ? at : undefined;
  };
}
