import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { requireRole, rolesWithIds } from '../catalog/lookup-role.js';
import { RolesError } from '../format/roles-error.js';
import { makePaint } from '../render/paint.js';
import { renderComparePlain, renderCompareTable, type RenderedCompare } from '../render/render-compare.js';
import { compareJson, renderCompareMarkdown } from '../render/render-compare-markdown.js';
import { COMPARE_FIELDS, fieldHelpName, parseFieldNames } from '../views/compare-fields.js';
import { buildCompareView } from '../views/compare-view.js';
import { compareGauges, type Gauge } from '../views/gauges-view.js';
import { buildCompactCompareView, COMPACT_FIELDS, type CompactCompareView } from '../views/compact-compare-view.js';
import { fitsCompactColumns, renderCompactCompare } from '../render/render-compact-compare.js';
import { renderCompactCompareMarkdown } from '../render/render-compact-compare-markdown.js';

export const MIN_ROLES = 2;
export const MAX_ROLES = 4;

export interface CompareOptions extends FormatOptions {
  fields?: string[];
  onlyDifferences?: boolean;
  full?: boolean;
  /** False with --no-notes: the contrasts the sources draw are left out. */
  notes?: boolean;
}

/** Looks each name up; two names for one role (pm and product-manager) are a mistake worth naming. */
function comparedRoles(names: readonly string[], catalog: Catalog): LoadedRole[] {
  const found: LoadedRole[] = [];
  names.forEach((name) => {
    const loaded = requireRole(catalog, name);
    const twin = found.findIndex((other) => other.summary.id === loaded.summary.id);
    if (twin >= 0) {
      const how = names[twin] === name ? `"${name}" is given twice` : `"${names[twin]}" and "${name}" both name ${loaded.summary.id}`;
      // Two names for one role leave fewer than two roles: the wrong number of roles, a usage error as the README's table says.
      throw new RolesError('usage', `${how}; a role cannot be compared with itself`, 'name different roles, e.g. roles compare pm po');
    }
    found.push(loaded);
  });
  return found;
}

function checkRoleCount(names: readonly string[]): void {
  if (names.length < MIN_ROLES || names.length > MAX_ROLES) {
    throw new RolesError('usage', `compare takes ${MIN_ROLES} to ${MAX_ROLES} roles, got ${names.length}`, 'e.g. roles compare pm po');
  }
}

export function runCompare(names: string[], options: CompareOptions, io: Io, catalog: Catalog): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'md', 'json']);
  checkRoleCount(names);
  const fields = options.fields === undefined ? undefined : parseFieldNames(options.fields);
  const compared = comparedRoles(names, catalog);
  // The view names the roles these work with and those of the contrasts; only they are looked up, so a big folder's roles are not all read.
  const named = rolesWithIds(catalog, [...compared.flatMap((loaded) => loaded.summary.works_with ?? []), ...catalog.knowledge.contrasts.flatMap((contrast) => contrast.roles)]);
  // Chosen aspects are shown whole, as the full view does; the compact view is the everyday first look.
  const compact = !options.full && fields === undefined && format !== 'json';
  const built = buildCompareView(compared, named, catalog.knowledge, { fields: compact ? COMPACT_FIELDS : fields, onlyDifferences: options.onlyDifferences });
  const view = options.notes === false ? { ...built, contrasts: [] } : built;
  if (format === 'json') return io.out(toJson(compareJson(view)));
  // Gauges are for reading on a terminal; piped, the layout stays as it was for the scripts that read it.
  const gauges = format === 'text' ? compareGauges(catalog.knowledge.dimensions.dimensions, compared.map((loaded) => loaded.role.dimensions)) : [];
  if (compact) return runCompactCompare(buildCompactCompareView(view, compared, named), format, options.notes !== false, io, gauges);
  if (format === 'md') return io.out(renderCompareMarkdown(view));
  const rendered: RenderedCompare = format === 'plain' ? renderComparePlain(view, io.width) : renderCompareTable(view, io.width, makePaint(io.color));
  if (rendered.stacked) {
    io.err(`roles: ${io.width} columns is too narrow for ${names.length} roles side by side, so each aspect is stacked (widen the terminal or set COLUMNS)\n`);
  }
  io.out(rendered.text);
}

function runCompactCompare(view: CompactCompareView, format: string, notes: boolean, io: Io, gauges: readonly Gauge[]): void {
  if (format === 'md') return io.out(renderCompactCompareMarkdown(view, notes));
  if (!fitsCompactColumns(view.roles.length, io.width)) {
    io.err(`roles: ${io.width} columns is too narrow for ${view.roles.length} roles side by side, so each aspect is stacked (widen the terminal or set COLUMNS)\n`);
  }
  io.out(renderCompactCompare(view, io.width, makePaint(format === 'text' && io.color), notes, gauges));
}

const collectFields = (value: string, previous: string[] = []): string[] => {
  const names = value.split(',').map((name) => name.trim());
  if (names.every((name) => name === '')) throw new RolesError('usage', '--fields is empty', `choose from ${COMPARE_FIELDS.map(fieldHelpName).join(', ')}`);
  return [...previous, ...names.filter(Boolean)];
};

export function compareCommand(program: Command, io: Io): void {
  program
    .command('compare')
    .argument('[roles...]', `${MIN_ROLES} to ${MAX_ROLES} roles by id, short name or title, e.g. pm po`)
    .description('put two to four roles side by side, aspect by aspect, with what they share and how the sources contrast them')
    .option('--fields <names>', `only these aspects, in this order, shown whole (comma-separated): ${COMPARE_FIELDS.map(fieldHelpName).join(', ')}`, collectFields)
    .option('--full', 'every aspect in a box table, what the roles share, and the contrasts in full')
    .option('--no-notes', 'leave out how the sources contrast the roles')
    .option('--only-differences', 'hide the list items every compared role shares')
    .option('-f, --format <format>', 'table, plain, md or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () =>
       helpExamples(io.width, ['roles compare pm po', 'roles compare pm po --full', 'roles compare pm po pjm ba --no-notes', 'roles compare pm po ba --only-differences', 'roles compare "product manager" "project manager" --fields focus,responsibilities,outputs', 'roles compare pm po --format md >> notes.md']),
    )
    .action(async (names: string[], options: CompareOptions, command: Command) => {
      // A usage slip needs no role files, so it is caught before they are read.
      checkRoleCount(names);
      runCompare(names, options, io, await openCatalog(command.optsWithGlobals<GlobalOptions>(), io));
    });
}
