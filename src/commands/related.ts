import type { Command } from 'commander';
import { join } from 'node:path';
import { openCatalog, PACKAGE_ROOT, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import type { FullOptions } from './finding-commands.js';
import { loadFindingBundle } from './load-finding-bundle.js';
import { parseLimit } from './parse-limit.js';

export function relatedCommand(program: Command, io: Io): void {
  program
    .command('related')
    .argument('<role>', 'id, short name or title, e.g. pm')
    .description('the roles nearest to one role, and why: who it works with, the contrasts drawn, the work they share')
    .option('-n, --limit <count>', 'at most this many roles (default 5)', parseLimit)
    .option('-f, --format <format>', 'text, plain or json')
    .option('--json', 'shorthand for --format json')
    .option('--full', 'every shared topic, not the first line of them')
    .addHelpText('after', () => helpExamples(io.width, ['roles related pm', 'roles related ba --limit 3', 'roles related po --json']))
    .action(async (name: string, options: FullOptions, command: Command) => {
      const catalog = await openCatalog(command.optsWithGlobals<GlobalOptions>(), io);
      (await loadFindingBundle()).runRelated(name, options, io, catalog, join(PACKAGE_ROOT, 'dist'));
    });
}
