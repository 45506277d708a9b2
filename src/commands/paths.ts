import type { Command } from 'commander';
import { layersFor, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Layer } from '../catalog/data-paths.js';
import { folderState } from '../catalog/find-role-files.js';
import { makePaint } from '../render/paint.js';
import { renderPathsText } from '../render/render-paths.js';
import { showControlCharacters } from '../render/sanitize-text.js';

export function runPaths(layers: Layer[], options: FormatOptions, io: Io): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const rows = layers.map((layer, i) => ({ order: i + 1, origin: layer.origin, dir: layer.dir, state: folderState(layer.dir) }));
  if (format === 'json') return io.out(toJson(rows.map((row) => ({ ...row, exists: row.state === 'exists' }))));
  // A folder name can hold anything; shown as in the messages about it, it cannot drive the terminal.
  const shown = rows.map((row) => [String(row.order), row.origin, showControlCharacters(row.dir), row.state]);
  if (format === 'plain') return io.out(shown.map((row) => row.slice(1).join('\t')).join('\n') + '\n');
  io.out(renderPathsText(shown, io.width, makePaint(io.color).heading));
  io.err('Later folders win over earlier ones.\n');
}

export function pathsCommand(program: Command, io: Io): void {
  program
    .command('paths')
    .description('show the folders roles are read from, lowest precedence first, and which exist')
    .option('-f, --format <format>', 'text, plain or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['ROLES_PATH=~/my-roles roles paths']))
    .action((options: FormatOptions, command: Command) => {
      runPaths(layersFor(command.optsWithGlobals<GlobalOptions>(), io), options, io);
    });
}
