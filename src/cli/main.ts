// The edge: argv in, exit code out. The only place that turns errors into stderr lines.
import { CommanderError } from 'commander';
import { formatErrorLine, isRolesError } from '../roles/roles-error.js';
import { showControlCharacters } from '../render/sanitize-text.js';
import { decideColor, outputWriteError, processIo, type ColorChoice, type Io } from './io.js';
import { PACKAGE_ROOT } from './catalog-context.js';
import { renderOverview } from './help-overview.js';
import { buildProgram } from './program.js';

const SUCCESS_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

function colorChoice(value: unknown): ColorChoice {
  if (value === false) return 'never';
  return value === 'always' || value === 'never' ? value : 'auto';
}

/** Commander puts its suggestion on a line of its own: "(Did you mean list?)". The pointer is to the help of the command that was given. */
function commanderLine(error: CommanderError, command: string | undefined): string {
  const [what = '', ...more] = error.message.replace(/^error: /, '').split('\n');
  const suggestion = /^\((Did you mean .+\?)\)$/.exec(more.join(' ').trim())?.[1];
  return `roles: ${what} (${suggestion ? suggestion.replace(/^D/, 'd') : `see 'roles ${command ? `${command} ` : ''}--help'`})`;
}

export function reportError(error: unknown, io: Pick<Io, 'err'>, debug: boolean, command?: string): number {
  // Arguments and file names end up in these lines: whatever they hold must not drive the terminal.
  const say = (text: string): void => io.err(`${text.split('\n').map(showControlCharacters).join('\n')}\n`);
  if (error instanceof CommanderError) {
    if (SUCCESS_CODES.has(error.code)) return 0;
    // An unknown command is a slip at the top level, whatever command passed it on (`roles help bogus`).
    say(commanderLine(error, error.code === 'commander.unknownCommand' ? undefined : command));
    return 2;
  }
  if (isRolesError(error)) {
    if (error.message) say(formatErrorLine(error));
    if (debug && error.stack) say(error.stack);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  say(`roles: internal error: ${detail.split('\n')[0] ?? ''} (run with --debug for details, and please report it)`);
  if (debug && error instanceof Error && error.stack) say(error.stack);
  return 1;
}

/** Reading stops early (`roles list | head -1`): that is the reader's choice, not an error; any other failure to write is one. */
function watchTerminalOutput(io: Io, debug: boolean): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.exitCode = reportError(outputWriteError(error), io, debug);
  });
}

export async function main(argv: string[]): Promise<void> {
  const io = processIo('auto');
  const debug = argv.includes('--debug');
  // Piped output is written without process.stdout (io.ts); only a terminal's stream needs the handler.
  if (io.stdoutIsTTY) watchTerminalOutput(io, debug);
  const program = buildProgram(io);
  let command: string | undefined;
  program.hook('preSubcommand', (_root, subcommand) => {
    command = subcommand.name();
  });
  program.hook('preAction', (_root, action) => {
    io.color = decideColor(colorChoice(action.optsWithGlobals().color), io.stdoutIsTTY, io.env);
  });
  try {
    if (argv.length <= 2) {
      io.out(renderOverview(io.width, PACKAGE_ROOT));
      return;
    }
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error, io, debug, command);
  }
}
