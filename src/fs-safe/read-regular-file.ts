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
  return stats.isSocket() ? 'a socket' : 'not a regular file';
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'error';

/** The bytes of the regular file at `path`, at most `limit` of them, or why they were not read. */
export function readRegularFile(path: string, limit: number): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { refused: errorCode(error) === 'ENOENT' ? { kind: 'missing' } : { kind: 'unreadable', code: errorCode(error) } };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: { kind: 'special', what: whatItIs(stats) } };
    if (stats.size > limit) return { refused: { kind: 'too large', size: stats.size } };
    // One byte more than fstat said, so a file read whole is known to end with one more read.
    let buffer = Buffer.allocUnsafe(stats.size + 1);
    for (let used = 0; ; ) {
      const read = readSync(fd, buffer, used, buffer.length - used, null);
      if (read === 0) return { bytes: buffer.subarray(0, used) };
      used += read;
      if (used > limit) return { refused: { kind: 'too large', size: used } };
      if (used === buffer.length) buffer = Buffer.concat([buffer], used + CHUNK);
    }
  } catch (error) {
    return { refused: { kind: 'unreadable', code: errorCode(error) } };
  } finally {
    closeSync(fd);
  }
}
