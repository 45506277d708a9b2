// Whether output goes through a pager, and which: the decision alone, as git makes it
// (pager.c: GIT_PAGER, else PAGER, else less; an empty one or `cat` means none).
import { displayWidth } from '../render/text-width.js';

export interface PagerCommand {
  /** The program and its arguments, run directly; or, for a command line with shell syntax in it, `sh -c LINE`. */
  file: string;
  args: string[];
  /** True when run through sh, which reports a pager it cannot find by exiting 127 (126 when it cannot run it). */
  viaShell: boolean;
  /** Added to the pager's environment: less keeps colour and quits on a short page, as under git. */
  env: Record<string, string>;
}

const DEFAULT_PAGER = 'less -FRX';
/** Words a command line can be split on without a shell: no quotes, variables, pipes or globs. */
const PLAIN_WORDS = /^[\w./+,:@%=-]+( +[\w./+,:@%=-]+)*$/;

/** The pager's command line: ROLES_PAGER, else PAGER, else the config file's `pager` (false for none), else less; undefined for none. */
export function pagerCommandLine(env: Record<string, string | undefined>, configured?: string | false): string | undefined {
  const line = (env.ROLES_PAGER ?? env.PAGER ?? (configured === false ? '' : configured) ?? DEFAULT_PAGER).trim();
  return line === '' || line === 'cat' ? undefined : line;
}

export function pagerCommand(line: string, env: Record<string, string | undefined>): PagerCommand {
  const added: Record<string, string> = {};
  if (env.LESS === undefined) added.LESS = 'FRX';
  if (env.LV === undefined) added.LV = '-c';
  if (!PLAIN_WORDS.test(line)) return { file: '/bin/sh', args: ['-c', line], viaShell: true, env: added };
  const [file = line, ...args] = line.split(/ +/);
  return { file, args, viaShell: false, env: added };
}

/** The terminal rows `text` takes at `width` columns, counting no further than `limit`. */
export function screenRows(text: string, width: number, limit: number): number {
  let rows = 0;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  for (const line of lines) {
    rows += Math.max(1, Math.ceil(displayWidth(line) / Math.max(1, width)));
    if (rows > limit) break;
  }
  return rows;
}

/**
 * The pager to show `text` through, or undefined to print it. Text fits when it leaves
 * the last row free for the shell's prompt, as `less -F` judges it.
 */
export function choosePager(text: string, screen: { rows: number; width: number }, env: Record<string, string | undefined>, configured?: string | false): PagerCommand | undefined {
  if (text === '' || screenRows(text, screen.width, screen.rows) < screen.rows) return undefined;
  const line = pagerCommandLine(env, configured);
  return line === undefined ? undefined : pagerCommand(line, env);
}
