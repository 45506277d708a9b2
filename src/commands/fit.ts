import type { Command } from 'commander';
import { join } from 'node:path';
import { openCatalog, PACKAGE_ROOT, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import type { FullOptions } from './finding-commands.js';
import { loadFindingBundle } from './load-finding-bundle.js';
import { parseLimit } from './parse-limit.js';

export function fitCommand(program: Command, io: Io): void {
  program
    .command('fit')
    .argument('[file]', 'the job advert, plain text or Markdown; without it (or with -), stdin')
    .description('which roles a job advert really describes, with the phrases that say so, whatever its title')
    .option('-n, --limit <count>', 'at most this many roles (default 5)', parseLimit)
    .option('-f, --format <format>', 'text, plain or json')
    .option('--json', 'shorthand for --format json')
    .option('--full', 'every phrase that points to a role or an axis, not the first line of them')
    .addHelpText('after', () => helpExamples(io.width, ['roles fit advert.md', 'pbpaste | roles fit', 'roles fit advert.txt --json']))
    .action(async (file: string | undefined, options: FullOptions, command: Command) => {
      const catalog = await openCatalog(command.optsWithGlobals<GlobalOptions>(), io);
      await (await loadFindingBundle()).runFit(file, options, io, catalog, join(PACKAGE_ROOT, 'dist'));
    });
}
