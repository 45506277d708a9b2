// Writing to stdout when it is a pipe or a file, without process.stdout: building that
// stream loads node:net and the stream modules, which costs every piped run about five
// milliseconds (bench/RESULTS.md). A terminal still gets process.stdout (see io.ts).
import { fstatSync, writeSync } from 'node:fs';

type Write = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

/** A pause of a few milliseconds, for a pipe that is full and was opened non-blocking by someone else. */
function pauseBriefly(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}

/**
 * Writes every byte of `text`, however slowly the reader takes them. Errors other than
 * a full non-blocking pipe (EAGAIN) are thrown: EPIPE means the reader has gone.
 */
export function writeWhole(fd: number, text: string, write: Write = writeSync, pause: () => void = pauseBriefly): void {
  const bytes = Buffer.from(text);
  let done = 0;
  while (done < bytes.length) {
    try {
      done += write(fd, bytes, done, bytes.length - done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      pause();
    }
  }
}

/** isatty(), without loading node:tty (and node:net with it) when the answer is plainly no. */
export function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only for character devices, see above
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}
