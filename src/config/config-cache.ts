// The settings of the last config file read, so that a run whose file has not changed
// loads no YAML parser: the parser bundle takes longer to load than the rest of a run.
// An entry is used only when it holds the very text read now and was made by the same
// parser, and only from a file and folder that no one but the user may write, since
// `pager` names a program to run. Without the cache every run parses the file.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { ConfigFileFields } from './config-schema.js';

const CACHE_FILE = 'config.json';
/** The config file itself is refused over 1 MiB; an entry holds it once, as JSON. */
const MAX_ENTRY_BYTES = 8 * 1024 * 1024;

interface Entry {
  text: string;
  parser: string;
  fields: ConfigFileFields;
}

function isPrivate(stats: Stats): boolean {
  return stats.uid === process.getuid?.() && (stats.mode & 0o022) === 0;
}

/** What the parser makes of a valid file: a mapping of text, true or false, and lists of text. */
function isFields(value: unknown): value is ConfigFileFields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((field) => ['string', 'boolean'].includes(typeof field) || (Array.isArray(field) && field.every((item) => typeof item === 'string')));
}

/** The fields the parser found in `text` before, or undefined to parse it again. */
export function cachedFields(dir: string, text: string, parser: string): ConfigFileFields | undefined {
  let fd: number;
  try {
    if (!isPrivate(statSync(dir))) return undefined;
    fd = openSync(join(dir, CACHE_FILE), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || !isPrivate(stats) || stats.size > MAX_ENTRY_BYTES) return undefined;
    const entry = JSON.parse(readFileSync(fd, 'utf8')) as Partial<Entry> | null;
    return entry?.text === text && entry.parser === parser && isFields(entry.fields) ? entry.fields : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Keeps the fields of a valid file for the next run; a failure only costs that run the parser. */
export function storeFields(dir: string, text: string, parser: string, fields: ConfigFileFields): void {
  const temporary = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // wx: never through a file or link someone left under this name.
    writeFileSync(temporary, JSON.stringify({ text, parser, fields } satisfies Entry), { mode: 0o600, flag: 'wx' });
    renameSync(temporary, join(dir, CACHE_FILE));
  } catch {
    // A read-only or full cache folder: the next run parses the file again.
  }
}
