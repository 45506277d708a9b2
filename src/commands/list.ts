import type { Command } from 'commander';
import { absoluteRoleFile, openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { RolesError } from '../format/roles-error.js';
import { makePaint } from '../render/paint.js';
import { listJson, renderListMarkdown, renderListPlain, renderListTable } from '../render/render-list.js';
import { listLineLayout, renderListLines } from '../render/render-list-lines.js';
import { buildListView, familiesOf } from '../views/list-view.js';

export interface ListOptions extends FormatOptions {
  family?: string;
  long?: boolean;
}

export function runList(options: ListOptions, io: Io, catalog: Catalog): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'md', 'json']);
  // Only --json shows the file, and resolving thousands of paths costs a big folder's list tens of milliseconds.
  const rows = buildListView(catalog.roles, options.family, format === 'json' ? (loaded) => absoluteRoleFile(loaded, io.cwd) : undefined);
  if (rows.length === 0 && options.family !== undefined) {
    throw new RolesError('not-found', `no role in family "${options.family}"`, `families: ${familiesOf(catalog.roles).join(', ')}`);
  }
  if (format === 'json') io.out(toJson(listJson(rows)));
  else if (format === 'plain') io.out(renderListPlain(rows));
  else if (format === 'md') io.out(renderListMarkdown(rows));
  else {
    const layout = options.long ? undefined : listLineLayout(rows, io.width);
    if (layout) return io.out(renderListLines(rows, layout, makePaint(io.color)));
    const rendered = renderListTable(rows, io.width, makePaint(io.color));
    if (rendered.stacked) io.err(`roles: ${io.width} columns is too narrow for the role table, so each role is stacked (widen the terminal or set COLUMNS)\n`);
    io.out(rendered.text);
  }
}

export function listCommand(program: Command, io: Io): void {
  program
    .command('list')
    .alias('ls')
    .description('list every role: title, short names, family and focus')
    .option('--family <name>', 'only roles of this family (e.g. product, delivery, analysis)')
    .option('-l, --long', 'the wrapped table with every short name and the whole focus, instead of one line per role')
    .option('-f, --format <format>', 'table, plain, md or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['roles list', 'roles list --long --family delivery', 'roles list --family delivery --format md']))
    .action(async (options: ListOptions, command: Command) => {
      runList(options, io, await openCatalog(command.optsWithGlobals<GlobalOptions>(), io));
    });
}
