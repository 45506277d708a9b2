import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { loadPicturesBundle } from '../pictures/load-pictures-bundle.js';
import type { GraphOptions } from '../pictures/run-graph.js';

export function graphCommand(program: Command, io: Io): void {
  program
    .command('graph')
    .argument('[role]', 'only the roles this one works with and hands work to or from')
    .description('how the roles work together (works_with, and the hand-offs across a product\'s life) as a Mermaid or Graphviz graph')
    .option('-f, --format <format>', 'mermaid (GitHub and most note apps draw it) or dot (Graphviz)')
    .addHelpText('after', () =>
      helpExamples(
        io.width,
        ['roles graph > roles.mmd', 'roles graph po', 'roles graph --format dot | dot -Tsvg > roles.svg'],
        ['Arrows are hand-offs, numbered by stage (data/handoffs.yaml); plain lines join roles that work together.'],
      ),
    )
    .action(async (role: string | undefined, options: GraphOptions, command: Command) => {
      const catalog = await openCatalog(command.optsWithGlobals<GlobalOptions>(), io);
      (await loadPicturesBundle()).runGraph(role, options, io, catalog);
    });
}
