// The one cache: the merged catalog of the user folders, with every role file's role and
// problems, in one file per set of folders under $XDG_CACHE_HOME/roles/catalog. A run
// whose files all have the stamps the last run saw reads only what it needs from it; a
// run where something changed reuses the entries of the files that did not, and the
// catalog writes the file again. Only the catalog uses this module; the catalog is the
// same with it or without it. A file that is damaged, made by another version, not the
// user's own or writable by others is never believed: the catalog reads the YAML instead.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isProblemList, type FileProblem } from '../format/file-problem.js';
import { asciiJson, bytesAsFloats, fileBytes, floatBytes, hashOf, openFile, TABLE_LENGTH, type OpenFile } from './cache-file.js';

export interface CacheOptions {
  /** The tool's cache folder, $XDG_CACHE_HOME/roles. */
  dir: string;
  /** Where to say what the cache did (--debug), if anywhere. */
  debug?: (line: string) => void;
}

/** What the catalog is made from. */
export interface CacheKey {
  /** Everything besides the files: the tool, the built-in data, the folders and how files are named. */
  meta: string;
  /** Every role file, in the order found. */
  files: readonly string[];
  /** Four numbers per file, which an edit, a rename over it or a copy changes: size, mtime, ctime and inode. */
  stamps: readonly number[];
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

/** What the merge made, besides the files' own entries. */
interface Merged {
  /** Each file's problems, by its position, for the files that have some. */
  problems: Record<number, FileProblem[]>;
  /** The problems found across files. */
  merged: FileProblem[];
  /** The aliases a role kept, by its position, for each role the merge took some from. */
  aliases: Record<number, string[]>;
}

export interface CatalogToStore extends Pick<Merged, 'merged' | 'aliases'> {
  /** Parallel to the key's files. */
  files: FileEntry[];
  /** For each merged role, its file's position in the key, or -1 - its position among the built-in roles. */
  places: number[];
  /** Each normalised name with the position of its role. */
  names: ReadonlyMap<string, number>;
}

export interface CachedCatalog extends Merged {
  /** True when made from exactly this run's key: the merged roles, names and problems hold. */
  exact: boolean;
  /** As stored: see CatalogToStore. */
  places: Float64Array;
  /** The position of the role a normalised name leads to. */
  lookup(name: string): number | undefined;
  /** The cached entry of the file at `i` in this run's key, if the file has the stamp it had then. */
  entry(i: number): number | undefined;
  /** Every entry's summary, as stored (damaged: undefined). */
  summaries(): unknown[] | undefined;
  /** The entry's role as JSON text, when its bytes match their hash. */
  json(entry: number): string | undefined;
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
  const foldersTrusted = (): boolean =>
    [options.dir, folder].every((dir) => {
      const stats = readSafely(() => statSync(dir));
      if (!stats || (stats.isDirectory() && trusted(stats))) return true;
      note(`not used: ${dir} is not a folder that only you may change`);
      return false;
    });
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
  const stamps = new Float64Array(key.stamps);
  files?.forEach((entry, i) => entry.volatile && (stamps[i * 4] = -1));
  return [Buffer.from(`${key.meta}\n${key.files.join('\0')}`), floatBytes(stamps)];
}

function catalogBytes(key: CacheKey, catalog: CatalogToStore): Buffer {
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
  const names = [...catalog.names].map(([name, position]) => `\n${asciiJson(name)}\t${position}`).join('') + '\n';
  const problems = Object.fromEntries(catalog.files.flatMap((entry, i) => (entry.problems.length > 0 ? [[i, entry.problems]] : [])));
  const texts = [names, floatBytes(Float64Array.from(catalog.places)), floatBytes(table), asciiJson(catalog.files.map((entry) => entry.summary ?? null)), asciiJson({ problems, merged: catalog.merged, aliases: catalog.aliases })];
  return fileBytes([...keyBytes(key, catalog.files), ...texts.map((text) => (typeof text === 'string' ? Buffer.from(text, 'latin1') : text)), Buffer.concat(records)]);
}

function readCatalog(opened: OpenFile, key: CacheKey): CachedCatalog | undefined {
  // Searched as bytes: decoding hundreds of kilobytes of names to find one costs more than the search.
  const names = opened.checked('names');
  const places = bytesAsFloats(opened.checked('places'));
  const table = bytesAsFloats(opened.checked('table'));
  const extras: unknown = JSON.parse(opened.checked('extras')?.toString('latin1') ?? 'null');
  if (names === undefined || !places || !table || !isMerged(extras)) return undefined;
  const [text, stamps] = keyBytes(key);
  // Compared where they lie; read only when some file changed, to find the others' entries by path.
  const exact = opened.holds('key', text) && opened.holds('stamps', stamps);
  const entry = exact ? (i: number): number | undefined => i : entryFinder(opened, key);
  if (!entry) return undefined;
  const entries = table.length / TABLE_LENGTH;
  return {
    ...extras,
    exact,
    places,
    lookup(name) {
      const found = names.indexOf(`\n${asciiJson(name)}\t`, 0, 'latin1');
      if (found < 0) return undefined;
      const end = names.indexOf(10, found + 1);
      return Number(names.toString('latin1', names.lastIndexOf(9, end) + 1, end));
    },
    entry,
    summaries() {
      const bytes = opened.checked('summaries');
      const summaries: unknown = bytes && readSafely(() => JSON.parse(bytes.toString('latin1')));
      return Array.isArray(summaries) && summaries.length === entries ? summaries : undefined;
    },
    json(at) {
      if (!Number.isInteger(at) || at < 0 || at >= entries) return undefined;
      const [start = -1, length = -1, ...hash] = table.subarray(at * TABLE_LENGTH, (at + 1) * TABLE_LENGTH);
      return opened.record(start, length, hash)?.toString('utf8', 0, length - 1);
    },
  };
}

/** What the file says the merge made, when it has the shape this module writes. */
function isMerged(value: unknown): value is Merged {
  const { problems, merged, aliases } = (value ?? {}) as Record<string, unknown>;
  const isRecordOf = (record: unknown, check: (item: unknown) => boolean): boolean => record !== null && typeof record === 'object' && Object.values(record).every(check);
  return isProblemList(merged) && isRecordOf(problems, isProblemList) && isRecordOf(aliases, (list) => Array.isArray(list) && list.every((name) => typeof name === 'string'));
}

/** For a run where something changed: each file's entry by its path, when its stamp is the same; undefined when the stored key cannot be read. */
function entryFinder(opened: OpenFile, key: CacheKey): ((i: number) => number | undefined) | undefined {
  const storedText = opened.read('key');
  const storedStamps = opened.read('stamps');
  if (!storedText || !storedStamps) return undefined;
  const text = storedText.toString('utf8');
  const byPath = new Map(
    text
      .slice(text.indexOf('\n') + 1)
      .split('\0')
      .map((path, i) => [path, i]),
  );
  const stamps = bytesAsFloats(storedStamps) ?? [];
  return (i) => {
    const at = byPath.get(key.files[i] as string);
    if (at === undefined) return undefined;
    for (let n = 0; n < 4; n++) if (stamps[at * 4 + n] !== key.stamps[i * 4 + n]) return undefined;
    return at;
  };
}
