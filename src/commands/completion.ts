import type { Command } from 'commander';
import { builtinData, openCatalog } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { completeWords, type CompletionData } from '../completion/complete-words.js';
import { completionScript, SHELLS, type Shell } from '../completion/shell-scripts.js';
import { RolesError } from '../format/roles-error.js';
import { COMPARE_FIELDS, fieldHelpName } from '../views/compare-fields.js';
import { familiesOf } from '../views/list-view.js';
import { SECTION_NAMES } from '../views/role-view.js';

export function runCompletion(shell: string, io: Io): void {
  if (!(SHELLS as readonly string[]).includes(shell)) throw new RolesError('usage', `no completion for shell "${shell}"`, `choose from ${SHELLS.join(', ')}`);
  io.out(completionScript(shell as Shell));
}

/** The --data folders among the typed words, so role names come from the folders the command will read. */
export function dataFoldersIn(words: readonly string[]): string[] {
  return words.flatMap((word, i) => (word === '--data' && i + 1 < words.length - 1 ? [words[i + 1] ?? ''] : word.startsWith('--data=') ? [word.slice('--data='.length)] : []));
}

/** The catalog is opened once, and only when the word being typed is a role or a family. */
function catalogData(words: readonly string[], io: Io): CompletionData {
  let catalog: ReturnType<typeof openCatalog> | undefined;
  const open = (): ReturnType<typeof openCatalog> => (catalog ??= openCatalog({ data: dataFoldersIn(words) }, io, false));
  return {
    // A name with a space would reach the shell as two words; every such role has an id to offer instead.
    roleNames: async () => (await open()).roles.flatMap((loaded) => [loaded.summary.id, ...(loaded.summary.aliases ?? [])]).filter((name) => !/\s/.test(name)),
    families: async () => familiesOf((await open()).roles),
  };
}

export async function runComplete(program: Command, words: readonly string[], io: Io): Promise<void> {
  let candidates: string[];
  try {
    candidates = await completeWords(program, words.length > 0 ? words : [''], catalogData(words, io), {
      commaLists: { '--fields': COMPARE_FIELDS.map(fieldHelpName) },
      values: { '--section': SECTION_NAMES, ...Object.fromEntries(['--x', '--y'].map((flag) => [flag, builtinData().knowledge.dimensions.dimensions.map((dimension) => dimension.id)])) },
      positional: { completion: SHELLS },
    });
  } catch {
    // A missing --data folder or a broken file must not print errors into the shell's prompt line.
    candidates = [];
  }
  if (candidates.length > 0) io.out(`${candidates.join('\n')}\n`);
}

export function completionCommand(program: Command, io: Io): void {
  program
    .command('completion')
    .argument('<shell>', 'bash, zsh or fish')
    .description('print the shell completion script for bash, zsh or fish')
    .addHelpText('after', () =>
      helpExamples(io.width, ['eval "$(roles completion bash)"', 'roles completion zsh > "${fpath[1]}/_roles"', 'roles completion fish | source'], [
        'Each script names the file to install it in on its first line.',
      ]),
    )
    .action((shell: string) => runCompletion(shell, io));
  // The entry point the scripts call: the words typed after `roles`, the last one being completed.
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words: string[]) => runComplete(program, words, io));
}
