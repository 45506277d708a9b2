// Runs the built command in a real pseudo-terminal and types at it, for the
// checklist's end-to-end tests. Waits are on what the screen shows, never on time.
import pty from '@lydell/node-pty';
import { BIN, cleanEnv, ROOT } from '../helpers/run-roles.js';

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', ctrlC: '\u0003' } as const;

// eslint-disable-next-line no-control-regex -- removing terminal codes is the point
const CODES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\r/g;

export interface Exit {
  exitCode: number;
  signal?: number;
}

export class Terminal {
  private raw = '';
  /** How far waitFor has read: each wait looks only at output after the last match. */
  private cursor = 0;
  readonly exited: Promise<Exit>;
  private readonly process: pty.IPty;

  constructor(args: string[], options: { env?: Record<string, string | undefined>; cwd?: string; command?: string[]; cols?: number; rows?: number } = {}) {
    const [file, ...prefix] = options.command ?? [process.execPath, BIN];
    this.process = pty.spawn(file ?? process.execPath, [...prefix, ...args], {
      // node-pty sets TERM from the name, whatever the environment says.
      name: options.env?.TERM ?? 'xterm-256color',
      cols: options.cols ?? 200,
      rows: options.rows ?? 50,
      cwd: options.cwd ?? ROOT,
      env: cleanEnv({ TERM: 'xterm-256color', ...options.env }) as Record<string, string>,
    });
    this.process.onData((data) => void (this.raw += data));
    this.exited = new Promise((resolve) => this.process.onExit((exit) => resolve(exit)));
  }

  get pid(): number {
    return this.process.pid;
  }

  /** Everything sent to the terminal so far, codes and all. */
  rawOutput(): string {
    return this.raw;
  }

  /** Everything shown so far, without colour or cursor codes. */
  text(): string {
    return this.raw.replace(CODES, '');
  }

  /** Resolves once the screen shows `pattern` after the previous match; fails with what it saw. */
  async waitFor(pattern: string | RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.text().slice(this.cursor);
      const match = typeof pattern === 'string' ? (rest.includes(pattern) ? { index: rest.indexOf(pattern), length: pattern.length, text: pattern } : undefined) : ((m) => (m ? { index: m.index, length: m[0].length, text: m[0] } : undefined))(pattern.exec(rest));
      if (match) {
        this.cursor += match.index + match.length;
        return match.text;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the screen showed:\n${rest.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  type(keys: string): void {
    this.process.write(keys);
  }

  kill(signal: NodeJS.Signals): void {
    this.process.kill(signal);
  }

  /** Closes the terminal itself, as when a terminal window or an ssh connection goes away. */
  hangUp(): void {
    // destroy() exists on Unix terminals but is missing from node-pty's typings.
    (this.process as unknown as { destroy(): void }).destroy();
  }
}

/**
 * A launcher that outlives a hang-up and records how the command ended in `record`
 * (its process id in `record.pid`): a pseudo-terminal cannot report a child's fate
 * once the terminal is gone.
 */
export function recordingExit(record: string): string[] {
  const launcher = `
    const { spawn } = require('node:child_process');
    const { writeFileSync } = require('node:fs');
    process.on('SIGHUP', () => undefined);
    const [record, ...args] = process.argv.slice(1);
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    writeFileSync(record + '.pid', String(child.pid));
    child.on('exit', (code, signal) => {
      writeFileSync(record, JSON.stringify({ code, signal }));
      process.exit(0);
    });`;
  return [process.execPath, '-e', launcher, record, BIN];
}

/** Waits for question `number` (1-based) to be asked, and returns its text. */
export async function waitForQuestion(terminal: Terminal, number: number): Promise<string> {
  const shown = await terminal.waitFor(new RegExp(`\\? ${number}/\\d+ [^:]+: [^\\n]*`));
  await terminal.waitFor('Finish now');
  return shown;
}

/**
 * Answers question `number` with a status by its position (0 = Answered), then a note
 * unless skipped; returns the question as it was shown.
 */
export async function answer(terminal: Terminal, number: number, position: number, note?: string): Promise<string> {
  const shown = await waitForQuestion(terminal, number);
  terminal.type(KEY.down.repeat(position) + KEY.enter);
  if (note === undefined) return shown;
  await terminal.waitFor(/\? (What did you find|Anything to remember|Why not)[^\n]*\(Enter to leave empty\)/);
  terminal.type(`${note}${KEY.enter}`);
  return shown;
}
