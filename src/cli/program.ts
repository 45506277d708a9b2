// The commander set-up: global options, the commands, and usage errors that exit 2.
import { Command, Option } from 'commander';
import { checklistCommand } from '../commands/checklist.js';
import { compareCommand } from '../commands/compare.js';
import { listCommand } from '../commands/list.js';
import { pathsCommand } from '../commands/paths.js';
import { questionsCommand } from '../commands/questions.js';
import { showCommand } from '../commands/show.js';
import { validateCommand } from '../commands/validate.js';
import type { Io } from './io.js';

declare const __VERSION__: string;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function buildProgram(io: Io): Command {
  const program = new Command('roles')
    .description('Explore and compare product-adjacent job roles: what each job is, how they differ, what to ask.')
    .version(typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev', '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'also read role files from this folder (repeatable; wins over the others)', collect)
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-color', 'same as --color never')
    .option('--debug', 'show stack traces for errors')
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text), outputError: () => undefined })
    .exitOverride()
    .addHelpText('after', '\nExamples:\n  roles compare pm po\n  roles show "business analyst"\n  roles list --family product\n\nDocs: README.md, docs/role-format.md. Exit codes: 0 ok, 1 failure, 2 usage error, 130 interrupted.');
  for (const register of [listCommand, showCommand, compareCommand, questionsCommand, checklistCommand, pathsCommand, validateCommand]) register(program, io);
  for (const command of program.commands) {
    command.showSuggestionAfterError(true).configureOutput(program.configureOutput()).exitOverride();
  }
  return program;
}
