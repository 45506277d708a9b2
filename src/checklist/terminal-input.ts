// The terminal the prompts use: stdin seen through a stand-in stream, and stderr.
// When the terminal hangs up, readline's attempt to leave raw mode fails with EIO
// and Node emits that as an 'error' on the input stream; on process.stdin itself
// readline would rethrow it and crash the process before the session is saved.
// Behind the stand-in, the error stops here and the hang-up is reported instead.
import { PassThrough } from 'node:stream';

export interface PromptTerminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  close(): void;
}

const ignore = (): void => undefined;

export function openPromptTerminal(onHangUp: () => void): PromptTerminal {
  const stdin = process.stdin;
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(mode: boolean) {
      if (stdin.isTTY) stdin.setRawMode(mode);
      input.isRaw = mode;
      return input;
    },
  });
  const forward = (chunk: Buffer): void => void input.write(chunk);
  const hangUp = (): void => onHangUp();
  // Readline pauses its input between prompts; stdin follows, so the process can exit.
  input.on('pause', () => stdin.pause());
  input.on('resume', () => stdin.resume());
  stdin.on('data', forward);
  stdin.on('end', hangUp);
  // Kept after close(): leaving raw mode on a dead terminal can still fail on the way out.
  stdin.on('error', hangUp);
  // Writes to a terminal that is gone fail with EIO; there is no one left to tell.
  process.stderr.on('error', ignore);
  return {
    input,
    output: process.stderr,
    close: () => {
      stdin.off('data', forward);
      stdin.off('end', hangUp);
      stdin.pause();
      input.end();
    },
  };
}
