// Runs the pager with the output on its stdin. node:child_process is required only when
// output is paged: loading it costs every other run a few milliseconds (scripts/build.mjs),
// and the launcher runs the bundle as a vm script, where import() is not available.
import type { PagerCommand } from './pager.js';

export type PagerOutcome = 'shown' | 'not-started';

/**
 * Resolves once the pager has exited. The reader quitting before the end is its choice:
 * the write that fails then (EPIPE) is dropped. Ctrl-C belongs to the pager while it runs
 * (less uses it to stop a search), so this process ignores it until the pager is done.
 */
export function runPager(pager: PagerCommand, text: string, env: Record<string, string | undefined>): Promise<PagerOutcome> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only when paging, see above
  const { spawn } = require('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve) => {
    const ignore = (): void => undefined;
    process.on('SIGINT', ignore);
    let settled = false;
    const settle = (outcome: PagerOutcome): void => {
      if (settled) return;
      settled = true;
      process.off('SIGINT', ignore);
      resolve(outcome);
    };
    const child = spawn(pager.file, pager.args, { stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, ...pager.env } });
    // No such program, or one that cannot be run: the output is printed instead.
    child.on('error', () => settle('not-started'));
    child.on('close', (code) => settle(pager.viaShell && (code === 126 || code === 127) ? 'not-started' : 'shown'));
    child.stdin.on('error', ignore);
    child.stdin.end(text);
  });
}
