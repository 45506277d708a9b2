// The edge: argv in, exit code out. The only place that turns errors into stderr lines.
import { CommanderError, type Command } from 'commander';
import { useBundleLoader, type BundleLoader } from '../bundles/sibling-bundle.js';
import { optionsFromConfig } from '../config/config-defaults.js';
import { loadConfig } from '../config/load-config.js';
import { formatErrorLine, isRolesError } from '../format/roles-error.js';
import { showControlCharacters } from '../render/sanitize-text.js';
import { holdOutput } from './held-output.js';
import { decideColor, outputWriteError, processIo, type ColorChoice, type Io } from './io.js';
import { PACKAGE_ROOT } from './catalog-context.js';
import { renderOverview } from './help-overview.js';
import { buildProgram } from './program.js';
import { withClosestRole } from './closest-role.js';

const SUCCESS_CODES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** Undefined when no flag was given, so that the config file's colour may apply. */
function colorChoice(value: unknown): ColorChoice | undefined {
  if (value === false) return 'never';
  return value === 'always' || value === 'never' || value === 'auto' ? value : undefined;
}

/** Help and the completion scripts work with a broken config file, so that `roles help config` can explain it. */
const RUN_WITHOUT_CONFIG = new Set(['help', 'completion', '__complete']);

/** Reads the config file into io.config; its problem is returned, to be reported by the commands that use it. */
async function readConfig(io: Io): Promise<unknown> {
  try {
    io.config = await loadConfig(io.env, io.cwd);
    return undefined;
  } catch (error) {
    return error;
  }
}

/** The settings' colour, and the defaults they give the command's own options (src/config/config-defaults.ts). */
function applyConfig(io: Io, action: Command): void {
  io.color = decideColor(colorChoice(action.optsWithGlobals().color), io.stdoutIsTTY, io.env, io.config?.color);
  if (!io.config) return;
  const given = { command: action.name(), flags: action.options.flatMap((option) => option.long ?? []), values: action.opts() };
  for (const [key, value] of Object.entries(optionsFromConfig(io.config, given))) action.setOptionValueWithSource(key, value, 'config');
}

/** Commander puts its suggestion on a line of its own: "(Did you mean list?)"; any other line break came with an argument. The pointer is to the help of the command that was given. */
function commanderLine(error: CommanderError, command: string | undefined): string {
  const text = error.message.replace(/^error: /, '');
  const suggestion = /\n\((Did you mean [^\n]+\?)\)\s*$/.exec(text);
  const what = (suggestion ? text.slice(0, suggestion.index) : text).replace(/\n+$/, '');
  return `roles: ${what} (${suggestion?.[1] ? suggestion[1].replace(/^D/, 'd') : `see 'roles ${command ? `${command} ` : ''}--help'`})`;
}

export function reportError(error: unknown, io: Pick<Io, 'err'>, debug: boolean, command?: string): number {
  // Arguments and file names end up in these lines: whatever they hold, line breaks included, must not drive the terminal or split the line.
  const say = (line: string): void => io.err(`${showControlCharacters(line)}\n`);
  const sayStack = (stack: string): void => io.err(`${stack.split('\n').map(showControlCharacters).join('\n')}\n`);
  if (error instanceof CommanderError) {
    if (SUCCESS_CODES.has(error.code)) return 0;
    // An unknown command is a slip at the top level, whatever command passed it on (`roles help bogus`).
    say(commanderLine(error, error.code === 'commander.unknownCommand' ? undefined : command));
    return 2;
  }
  if (isRolesError(error)) {
    if (error.message) say(formatErrorLine(error));
    if (debug && error.stack) sayStack(error.stack);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  say(`roles: internal error: ${detail.split('\n')[0] ?? ''} (run with --debug for details, and please report it)`);
  if (debug && error instanceof Error && error.stack) sayStack(error.stack);
  return 1;
}

/** Reading stops early (`roles list | head -1`): that is the reader's choice, not an error; any other failure to write is one. */
function watchTerminalOutput(io: Io, debug: boolean): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.exitCode = reportError(outputWriteError(error), io, debug);
  });
}

/**
 * Holds what a terminal is sent until the command is done, for the pager (held-output.ts);
 * returns what shows it. Piped output and --no-pager are written as they come.
 */
function holdForPager(io: Io, argv: string[]): () => Promise<void> {
  if (!io.stdoutIsTTY || argv.includes('--no-pager')) return async () => undefined;
  const held = holdOutput({ out: io.out, err: io.err });
  Object.assign(io, { out: held.out, err: held.err, noPager: held.release });
  return () => held.finish(io);
}

/** `loadBundle` is the launcher's way to load the bundles beside this one (bin/roles.cjs), through its code cache. */
export async function main(argv: string[], loadBundle?: BundleLoader): Promise<void> {
  useBundleLoader(loadBundle);
  const io = processIo('auto');
  const debug = argv.includes('--debug');
  // Piped output is written without process.stdout (io.ts); only a terminal's stream needs the handler.
  if (io.stdoutIsTTY) watchTerminalOutput(io, debug);
  const showOutput = holdForPager(io, argv);
  const configProblem = await readConfig(io);
  const program = buildProgram(io, PACKAGE_ROOT, argv.slice(2));
  let command: string | undefined;
  program.hook('preSubcommand', (_root, subcommand) => {
    command = subcommand.name();
  });
  program.hook('preAction', (_root, action) => {
    if (configProblem !== undefined && !RUN_WITHOUT_CONFIG.has(action.name())) throw configProblem;
    applyConfig(io, action);
  });
  let failed = false;
  let failure: unknown;
  try {
    if (argv.length <= 2) io.out(renderOverview(io.width, PACKAGE_ROOT));
    else await program.parseAsync(argv);
  } catch (error) {
    failed = true;
    failure = error;
  }
  // The output comes first, so a failure's message is the last thing on the screen.
  await showOutput();
  if (failed) process.exitCode = reportError(await withClosestRole(failure), io, debug, command);
}
