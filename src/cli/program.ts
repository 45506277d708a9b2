// The commander set-up: global options, the commands, and usage errors that exit 2.
import { Command, Option } from 'commander';
import { checklistCommand } from '../commands/checklist.js';
import { compareCommand } from '../commands/compare.js';
import { completionCommand } from '../commands/completion.js';
import { graphCommand } from '../commands/graph.js';
import { listCommand } from '../commands/list.js';
import { mapCommand } from '../commands/map.js';
import { ownRolesCommands } from '../commands/own-roles.js';
import { pathsCommand } from '../commands/paths.js';
import { questionsCommand } from '../commands/questions.js';
import { quizCommand } from '../commands/quiz.js';
import { showCommand } from '../commands/show.js';
import { validateCommand } from '../commands/validate.js';
import { fitCommand } from '../commands/fit.js';
import { relatedCommand } from '../commands/related.js';
import { searchCommand } from '../commands/search.js';
import { HELP_TOPICS, isHelpTopic, renderHelpTopic } from './help-topics.js';
import { docsLine } from './help-overview.js';
import { PACKAGE_ROOT } from './catalog-context.js';
import { helpExamples, helpLayout } from './help-layout.js';
import type { Io } from './io.js';

declare const __VERSION__: string;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

type Register = (program: Command, io: Io) => void;

/** Every command, by the names that call it; completion and help are not here, as they need all the others. */
const COMMANDS: [names: string[], register: Register][] = [
  [['list', 'ls'], listCommand],
  [['show'], showCommand],
  [['compare'], compareCommand],
  [['search'], searchCommand],
  [['related'], relatedCommand],
  [['fit'], fitCommand],
  [['questions'], questionsCommand],
  [['checklist'], checklistCommand],
  [['quiz'], quizCommand],
  [['map'], mapCommand],
  [['graph'], graphCommand],
  [['paths'], pathsCommand],
  [['validate'], validateCommand],
  [['new', 'edit'], ownRolesCommands],
];

/** The command `args` name after the global options (and the values of --data and --color); undefined when none. */
function commandNamed(args: readonly string[]): string | undefined {
  for (let at = 0; at < args.length; at++) {
    if (args[at] === '--data' || args[at] === '--color') at++;
    else if (!args[at]!.startsWith('-')) return args[at];
  }
  return undefined;
}

/**
 * The commands to set up for `args`: only the one they name, as commander's set-up of all of
 * them cost every run about 2 ms (bench/RESULTS.md); all of them for help, a typo or no command,
 * so that the overview, suggestions and completion see every name.
 */
function registersFor(args: readonly string[] | undefined): Register[] {
  const name = args && commandNamed(args);
  const named = COMMANDS.find(([names]) => name !== undefined && names.includes(name));
  return named ? [named[1]] : [...COMMANDS.map(([, register]) => register), completionCommand, helpCommand];
}

/**
 * `docsRoot` names where README.md and docs/ are: the package folder, or words for the man page.
 * `args` (argv after the script) sets up only the command they name; without them, every command.
 */
export function buildProgram(io: Io, docsRoot: string = PACKAGE_ROOT, args?: readonly string[]): Command {
  const program = new Command('roles')
    .description('Explore and compare product-adjacent job roles: what each job is, how they differ, what to ask.')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev', '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'also read role files from this folder (repeatable; wins over the others)', collect)
    .addOption(new Option('--color <when>', 'colour output (default: auto, or color in the config file)').choices(['auto', 'always', 'never']))
    .option('--no-color', 'same as --color never')
    .option('--no-pager', 'print long output straight to the terminal instead of through a pager')
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text), outputError: () => undefined })
    .configureHelp(helpLayout(io.width))
    .exitOverride()
    .helpCommand(false)
    .addHelpText('after', () => helpExamples(io.width, ['roles compare pm po', 'roles show "business analyst"', 'roles list --family product'], [docsLine(docsRoot), 'Exit codes: 0 ok, 1 failure, 2 usage error, 130 interrupted.']));
  for (const register of registersFor(args)) register(program, io);
  for (const command of program.commands) {
    command.showSuggestionAfterError(true).configureOutput(program.configureOutput()).configureHelp(program.configureHelp()).exitOverride();
  }
  return program;
}

/**
 * Commander's own help command prints the whole help on stderr and exits 0 for a name it
 * does not know; this one sends such a name back through commander, which reports it as
 * it reports `roles NAME`: a usage error with a suggestion.
 */
function helpCommand(program: Command, io: Io): void {
  program
    .command('help')
    .argument('[command]', `the command or topic to explain: ${HELP_TOPICS.join(', ')}`)
    .description('show help for a command, or a topic')
    .action(async (name: string | undefined) => {
      if (name !== undefined && isHelpTopic(name)) return io.out(renderHelpTopic(name, io.width));
      const command = name === undefined ? program : program.commands.find((candidate) => candidate.name() === name || candidate.aliases().includes(name));
      if (command) return command.help();
      await program.parseAsync(['--', name ?? ''], { from: 'user' });
    });
}
