import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { loadParser } from '../catalog/load-parser.js';
import { requireRole, rolesWithIds } from '../catalog/lookup-role.js';
import { RolesError } from '../format/roles-error.js';
import { makePaint } from '../render/paint.js';
import { renderRoleMarkdown, renderRolePlain, renderRoleText, renderSectionsPlain } from '../render/render-role.js';
import { renderRoleCardMarkdown, renderRoleCardText } from '../render/render-role-card.js';
import { buildRoleCard } from '../views/role-card-view.js';
import { cardGauges } from '../views/gauges-view.js';
import { gaugeLines } from '../render/render-gauges.js';
import { buildRoleView, parseSectionNames, SECTION_NAMES } from '../views/role-view.js';

export interface ShowOptions extends FormatOptions {
  section?: string[];
  full?: boolean;
}

export async function runShow(name: string, options: ShowOptions, io: Io, catalog: Catalog): Promise<void> {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'md', 'json', 'yaml']);
  // The role file's fields are not the sections (works-with names titles, companies come from elsewhere), so there is nothing to filter by.
  if ((format === 'json' || format === 'yaml') && options.section !== undefined) {
    throw new RolesError('usage', `--section works with text, plain and md output, not ${format}`, '--json and --format yaml print the whole role');
  }
  const sections = parseSectionNames(options.section ?? []);
  const loaded = requireRole(catalog, name);
  if (format === 'json') return io.out(toJson(loaded.role));
  if (format === 'yaml') return io.out((await loadParser()).stringifyYaml(loaded.role));
  // Only the roles it works with are looked up, so a big folder's roles are not all read.
  const related = rolesWithIds(catalog, loaded.summary.works_with ?? []);
  // Plain records are for grep and cut, so they hold every section unless some are named.
  if (sections.length === 0 && !options.full && format !== 'plain') {
    const card = buildRoleCard(loaded, related);
    if (format === 'md') return io.out(renderRoleCardMarkdown(card));
    return io.out(renderRoleCardText(card, io.width, makePaint(io.color), gaugeLines(cardGauges(catalog.knowledge.dimensions.dimensions, loaded.role.dimensions))));
  }
  const view = buildRoleView(loaded, related, catalog.knowledge, sections);
  if (format === 'plain') io.out(sections.length > 0 ? renderSectionsPlain(view) : renderRolePlain(view));
  else if (format === 'md') io.out(renderRoleMarkdown(view));
  else io.out(renderRoleText(view, io.width, makePaint(io.color)));
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',')];

export function showCommand(program: Command, io: Io): void {
  program
    .command('show')
    .argument('<role>', 'id, short name or title, e.g. pm, product-owner, "Business Analyst"')
    .description('show one role: a card that fits one screen, every section with --full')
    .option('-s, --section <name>', `only this section (repeatable): ${SECTION_NAMES.join(', ')}`, collect)
    .option('--full', 'every section instead of the card (text and md)')
    .option('-f, --format <format>', 'text, plain, md, json or yaml')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['roles show pm', 'roles show pm --full', 'roles show "business analyst" --section responsibilities --section skills', 'roles show pm --section summary | pbcopy', 'roles show po --format md >> notes.md']))
    .action(async (name: string, options: ShowOptions, command: Command) => {
      await runShow(name, options, io, await openCatalog(command.optsWithGlobals<GlobalOptions>(), io));
    });
}
