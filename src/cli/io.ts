// The terminal as a value: commands receive it, tests fake it.
import type { ColorChoice } from '../config/config-schema.js';
import type { RolesConfig } from '../config/load-config.js';
import { RolesError } from '../format/roles-error.js';
import { asciiBorders, localeIsUtf8 } from '../render/ascii-borders.js';
import { isTerminal, writeWhole } from './write-whole.js';

export interface Io {
  /** Writes data to stdout. */
  out(text: string): void;
  /** Writes messages to stderr. */
  err(text: string): void;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  color: boolean;
  width: number;
  /** The terminal's height: output taller than this goes through a pager. */
  rows: number;
  /** Turns the pager off for the rest of the run and writes what it held: prompts are never paged. */
  noPager(): void;
  env: Record<string, string | undefined>;
  /** The settings of the config file; unset, every setting has its built-in default. */
  config?: RolesConfig;
  cwd: string;
  now: () => Date;
}

export type { ColorChoice };

/**
 * Colour on a terminal only; NO_COLOR, FORCE_COLOR=0 and TERM=dumb turn it off, FORCE_COLOR
 * on. A flag beats them, and they beat the config file's `color` (undefined when unset).
 */
export function decideColor(choice: ColorChoice | undefined, isTTY: boolean, env: Io['env'], configured?: ColorChoice): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (env.NO_COLOR) return false;
  // As Node and chalk read it: 0 or false means no colour, even on a terminal.
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined) return true;
  if (env.TERM === 'dumb') return false;
  if (choice === undefined && configured !== undefined && configured !== 'auto') return configured === 'always';
  return isTTY;
}

/** The terminal's columns, else COLUMNS, else 80. */
export function decideWidth(columns: number | undefined, env: Io['env']): number {
  if (columns && columns > 0) return columns;
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/** The terminal's rows, else LINES, else 24. */
export function decideRows(rows: number | undefined, env: Io['env']): number {
  if (rows && rows > 0) return rows;
  const fromEnv = Number.parseInt(env.LINES ?? '', 10);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 24;
}

/** A failed write to stdout (a full disk, an I/O error) as the line the user sees, the reason in Node's words. */
export function outputWriteError(error: unknown): RolesError {
  const { code, message } = error as NodeJS.ErrnoException;
  // Node's message is "ENOSPC: no space left on device, write".
  const reason = /^[A-Z0-9]+: ([^,]+)/.exec(message ?? '')?.[1] ?? code ?? String(error);
  return new RolesError('io', `cannot write the output (${reason})`);
}

/** Output to a pipe or file, written whole; a reader that has gone (`| head -1`) ends the run quietly, as main.ts does for process.stdout. */
function writeToPipeOrFile(text: string): void {
  try {
    writeWhole(1, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw outputWriteError(error);
  }
}

/** Messages to a pipe or file, written whole the same way; a reader that has gone leaves nothing to tell. */
function messageToPipeOrFile(text: string): void {
  try {
    writeWhole(2, text);
  } catch {
    // stderr is closed or broken: the message has nowhere to go, and the run goes on.
  }
}

/** A terminal that cannot show box-drawing characters gets ASCII ones; what goes to a pipe or file is left as data. */
function terminalWriter(env: Io['env']): Io['out'] {
  if (localeIsUtf8(env)) return (text) => void process.stdout.write(text);
  return (text) => void process.stdout.write(asciiBorders(text));
}

export function processIo(choice: ColorChoice): Io {
  const stdoutIsTTY = isTerminal(1);
  const env = process.env;
  let err: Io['err'] | undefined;
  return {
    out: stdoutIsTTY ? terminalWriter(env) : writeToPipeOrFile,
    err: (text) => {
      err ??= isTerminal(2) ? (message) => void process.stderr.write(message) : messageToPipeOrFile;
      err(text);
    },
    stdoutIsTTY,
    // Looked up only when a command asks: touching process.stdin or process.stderr builds
    // the stream, which costs milliseconds that most runs never need to pay.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    color: decideColor(choice, stdoutIsTTY, env),
    width: decideWidth(stdoutIsTTY ? process.stdout.columns : undefined, env),
    rows: decideRows(stdoutIsTTY ? process.stdout.rows : undefined, env),
    // Nothing is paged until main.ts holds the output.
    noPager: () => undefined,
    env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}
