// Reads a session file's text without ever hanging or filling memory: the path is
// opened once, non-blocking (a FIFO opens at once rather than waiting for a writer),
// the opened descriptor is checked to be a regular file, and reading stops past the
// size limit. Checking a path and then opening it again would let it be swapped between.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { RolesError } from '../format/roles-error.js';

/** No checklist comes near this: a thousand questions with a page of notes each is a few megabytes. */
export const SESSION_FILE_LIMIT = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;

function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const cannotRead = (file: string, why: string, hint = 'check the file and its permissions'): RolesError => new RolesError('io', `cannot read this checklist (${why})`, hint, { file });

/** The file's text, or undefined when there is no file at `file`. */
export function readSessionText(file: string, limit = SESSION_FILE_LIMIT): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT') return undefined;
    throw cannotRead(file, code);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw cannotRead(file, `it is ${whatItIs(stats)}`, 'a checklist is a file; choose another --file');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw cannotRead(file, `larger than ${limit / 1024 / 1024} MiB, more than any checklist holds`, 'check that it is a checklist session, or choose another --file');
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof RolesError) throw error;
    throw cannotRead(file, (error as NodeJS.ErrnoException).code ?? 'error');
  } finally {
    closeSync(fd);
  }
}
