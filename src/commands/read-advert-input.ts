// The advert `roles fit` reads: a file, or stdin (pasted on a terminal, or piped). Only
// the first ADVERT_SIZE_CAP bytes are read; empty and binary input are errors.
import { closeSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Io } from '../cli/io.js';
import { RolesError } from '../format/roles-error.js';

/** About twenty pages of text: far more than any advert, little enough to score at once. */
export const ADVERT_SIZE_CAP = 256 * 1024;

function readFileStart(file: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(ADVERT_SIZE_CAP + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) read = readSync(fd, buffer, length, buffer.length - length, null);
    return buffer.subarray(0, length);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    throw new RolesError('io', `cannot read the advert ${file} (${reason})`, 'give the path of a text or Markdown file, or pipe the advert in');
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a stream up to the cap; Ctrl-C while waiting ends the run with 130 and nothing more said. */
function readStreamStart(stream: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const finish = (): void => {
      process.removeListener('SIGINT', interrupted);
      stream.removeListener('data', onData);
      stream.pause();
    };
    const interrupted = (): void => {
      finish();
      stream.destroy();
      reject(new RolesError('interrupted', ''));
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      length += chunk.length;
      if (length > ADVERT_SIZE_CAP) {
        finish();
        stream.destroy();
        resolve(Buffer.concat(chunks).subarray(0, ADVERT_SIZE_CAP + 1));
      }
    };
    process.once('SIGINT', interrupted);
    stream.on('data', onData);
    stream.once('end', () => {
      finish();
      resolve(Buffer.concat(chunks));
    });
    stream.once('error', (error) => {
      finish();
      reject(new RolesError('io', `cannot read the advert from stdin (${error.message})`));
    });
  });
}

/** The text, or an error for input that is empty or not text; a message on stderr when it was cut. */
export function advertText(bytes: Buffer, where: string, io: Pick<Io, 'err'>): string {
  let kept = bytes;
  if (bytes.length > ADVERT_SIZE_CAP) {
    kept = bytes.subarray(0, ADVERT_SIZE_CAP);
    // A character cut in half at the end is dropped, not taken for binary.
    while (kept.length > 0 && ((kept[kept.length - 1] ?? 0) & 0xc0) === 0x80) kept = kept.subarray(0, -1);
    if (kept.length > 0 && (kept[kept.length - 1] ?? 0) >= 0xc0) kept = kept.subarray(0, -1);
    io.err(`roles: the advert in ${where} is over ${ADVERT_SIZE_CAP / 1024} KB; only its first ${ADVERT_SIZE_CAP / 1024} KB were read\n`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(kept);
  } catch {
    text = '\0';
  }
  if (text.includes('\0')) throw new RolesError('data', `the advert in ${where} is not text`, 'give a plain text or Markdown file');
  if (text.trim() === '') throw new RolesError('data', `the advert in ${where} is empty`, 'paste or pipe the text of a job advert');
  return text;
}

/**
 * `stdin` defaults to process.stdin, looked at only here: touching it makes Node build a
 * stream for fd 0, loading the stream modules (about 750 KB of heap) for nothing when the
 * advert is a file.
 */
export async function readAdvertInput(file: string | undefined, io: Pick<Io, 'err' | 'stdinIsTTY' | 'noPager'>, stdin?: Readable): Promise<string> {
  if (file !== undefined && file !== '-') return advertText(readFileStart(file), file, io);
  // Reading starts, and Ctrl-C is caught, before the prompt shows: a Ctrl-C typed the moment it
  // appears would otherwise kill the process by the signal's default action.
  const reading = readStreamStart(stdin ?? process.stdin);
  if (io.stdinIsTTY) {
    // A prompt held back for the pager would never be seen.
    io.noPager();
    io.err('roles: paste the job advert, then press Ctrl-D on a line of its own (Ctrl-C to stop)\n');
  }
  return advertText(await reading, 'stdin', io);
}
