// Reads a file without ever hanging or filling memory, for role files and checklist
// sessions alike: the path is opened once, non-blocking (a FIFO opens at once rather than
// waiting for a writer), the opened descriptor is checked to be a regular file, and
// reading stops past the size limit. Checking a path and then opening it again would let
// it be swapped between the two for a pipe or a device.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** Why a file was not read; each caller words it for its own kind of file. */
export type FileRefusal =
  | { kind: 'missing' }
  /** `code` is the errno code, e.g. EACCES or ELOOP. */
  | { kind: 'unreadable'; code: string }
  /** `what` says what is there instead, e.g. "a named pipe". */
  | { kind: 'special'; what: string }
  /** `size` is what fstat said, or, for a file that grew while it was read, the bytes read so far. */
  | { kind: 'too large'; size: number };

export type RegularFileRead = { bytes: Buffer } | { refused: FileRefusal };

/** Read on from here when a file is longer than fstat said (files in /proc say 0). */
const CHUNK = 64 * 1024;

function whatItIs(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

/** The bytes of the regular file at `path`, at most `limit` of them, or why they were not read. */
export function readRegularFile(path: string, limit: number): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = errorCode(error);
    return { refused: code === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: { kind: 'special', what: whatItIs(stats) } };
    if (stats.size > limit) return { refused: { kind: 'too large', size: stats.size } };
    return readUpTo(fd, stats.size, limit);
  } catch (error) {
    return { refused: { kind: 'unreadable', code: errorCode(error) } };
  } finally {
    closeSync(fd);
  }
}

function readUpTo(fd: number, expected: number, limit: number): RegularFileRead {
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte more than fstat said, so a file read whole is known to end with one more read.
  let chunk = Buffer.allocUnsafe(expected + 1);
  let used = 0;
  for (;;) {
    const read = readSync(fd, chunk, used, chunk.length - used, null);
    if (read === 0) break;
    used += read;
    total += read;
    if (total > limit) return { refused: { kind: 'too large', size: total } };
    if (used === chunk.length) {
      chunks.push(chunk);
      chunk = Buffer.allocUnsafe(CHUNK);
      used = 0;
    }
  }
  chunks.push(chunk.subarray(0, used));
  return { bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) };
}
