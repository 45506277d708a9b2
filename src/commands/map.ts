import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { loadPicturesBundle } from '../pictures/load-pictures-bundle.js';
import type { MapOptions } from '../pictures/run-map.js';
import { DEFAULT_X, DEFAULT_Y } from '../views/map-view.js';

export function mapCommand(program: Command, io: Io): void {
  program
    .command('map')
    .description('a chart of every role on two dimensions: inward to outward across, strategy to delivery down')
    .option('--x <dimension>', `the dimension across (default ${DEFAULT_X}; 'roles quiz --questions' lists them)`)
    .option('--y <dimension>', `the dimension down (default ${DEFAULT_Y})`)
    .addHelpText('after', () => helpExamples(io.width, ['roles map', 'roles map --x technical --y scope', 'COLUMNS=60 roles map > map.txt']))
    .action(async (options: MapOptions, command: Command) => {
      const catalog = await openCatalog(command.optsWithGlobals<GlobalOptions>(), io);
      (await loadPicturesBundle()).runMap(options, io, catalog);
    });
}
