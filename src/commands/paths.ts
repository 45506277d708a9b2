import type { Command } from 'commander';
import { layersFor, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Layer } from '../roles/data-paths.js';
import { existsSync } from 'node:fs';
import { renderBorderlessColumns } from '../render/columns.js';
import { makePaint } from '../render/paint.js';

export function runPaths(layers: Layer[], options: FormatOptions, io: Io): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const rows = layers.map((layer, i) => ({ order: i + 1, origin: layer.origin, dir: layer.dir, exists: existsSync(layer.dir) }));
  if (format === 'json') return io.out(toJson(rows));
  if (format === 'plain') return io.out(rows.map((row) => `${row.origin}\t${row.dir}\t${row.exists ? 'exists' : 'missing'}`).join('\n') + '\n');
  io.out(renderBorderlessColumns({
    columns: [{ header: '#' }, { header: 'From' }, { header: 'Folder' }, { header: 'State' }],
    rows: rows.map((row) => [String(row.order), row.origin, row.dir, row.exists ? 'exists' : 'missing']),
    width: io.width,
    paintHeader: makePaint(io.color).heading,
  }));
  io.err('Later folders win: a role with the same id replaces the one before.\n');
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
