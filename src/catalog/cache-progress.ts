// A count on stderr while role files are read into the cache, for a first run over a
// big folder: nothing for the first half second, then one line redrawn in place at
// most ten times a second, and erased when the work is done. Only on a terminal.

export interface ProgressOutput {
  write(text: string): void;
}

export interface CacheProgress {
  step(done: number): void;
  finish(): void;
}

export const PROGRESS_DELAY_MS = 500;
const REDRAW_MS = 100;

export function cacheProgress(options: { total: number; what: string; output?: ProgressOutput; now: () => number }): CacheProgress {
  const { output, now, total } = options;
  if (!output) return { step: () => undefined, finish: () => undefined };
  const started = now();
  let drawnAt: number | undefined;
  return {
    step(done) {
      const time = now();
      if (time - started < PROGRESS_DELAY_MS || (drawnAt !== undefined && time - drawnAt < REDRAW_MS)) return;
      drawnAt = time;
      output.write(`\rroles: reading ${options.what} into the cache: ${done}/${total}\u001b[K`);
    },
    finish() {
      if (drawnAt !== undefined) output.write('\r\u001b[K');
    },
  };
}
