import type { Command } from 'commander';
import { join } from 'node:path';
import { openCatalog, PACKAGE_ROOT, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import type { FormatOptions } from '../cli/output-format.js';
import { loadFindingBundle } from './load-finding-bundle.js';
import { parseLimit } from './parse-limit.js';

export interface SearchOptions extends FormatOptions {
  family?: string;
  limit?: number;
}

export function searchCommand(program: Command, io: Io): void {
  program
    .command('search')
    .argument('<words...>', 'what to look for, e.g. acceptance criteria')
    .description('find the roles whose text mentions some words, best match first, with the passage that matched')
    .option('--family <name>', 'only roles of this family')
    .option('-n, --limit <count>', 'at most this many roles (default 10)', parseLimit)
    .option('-f, --format <format>', 'text, plain or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['roles search acceptance criteria', 'roles search roadmap --limit 3', 'roles search prioritise --family product', 'roles search stakeholders --json']))
    .action(async (words: string[], options: SearchOptions, command: Command) => {
      const catalog = await openCatalog(command.optsWithGlobals<GlobalOptions>(), io);
      (await loadFindingBundle()).runSearch(words.join(' '), options, io, catalog, join(PACKAGE_ROOT, 'dist'));
    });
}
