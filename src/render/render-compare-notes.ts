// What `roles compare` prints under the table: what the marks mean, what every role's
// lists share, and the contrasts and pairings the sources draw between these roles.
import type { ContrastView, CompareView, Mark } from '../views/compare-view.js';
import type { Paint } from './paint.js';
import { wrapText } from './text-width.js';

/** Characters, not colours, carry the marks, so they survive pipes and NO_COLOR. */
export const MARKERS: Record<Mark, string> = { shared: '= ', some: '~ ', unique: '• ' };

/** What a list cell says when --only-differences left nothing in it. */
export const hiddenNote = (count: number): string => `(${count} shared, hidden)`;

/** What the legend needs of a view, full or compact. */
export type LegendSource = Pick<CompareView, 'roles' | 'onlyDifferences'> & { rows: readonly { values: readonly { kind: string }[] }[] };

export function legendText(view: LegendSource): string | undefined {
  if (!view.rows.some((row) => row.values.some((value) => value.kind === 'list'))) return undefined;
  const every = view.roles.length === 2 ? 'both lists' : 'every list';
  const marks = [
    ...(view.onlyDifferences ? [] : [`${MARKERS.shared}in ${every}`]),
    ...(view.roles.length > 2 ? [`${MARKERS.some}in some of the others`] : []),
    `${MARKERS.unique}in this list only`,
  ];
  return `Marks: ${marks.join(', ')}.${view.onlyDifferences ? ` Items in ${every} are hidden.` : ''}`;
}

/** Narrower than this, indenting costs more than it shows. */
export const MIN_TEXT_WIDTH = 8;

export type ContrastSection = 'differ' | 'together' | 'related';

export const SECTION_HEADINGS: Record<ContrastSection, string> = {
  differ: 'How they differ',
  together: 'Working together',
  related: 'Related comparisons',
};

export function sectionOf(contrast: ContrastView): ContrastSection {
  if (contrast.match !== 'exact') return 'related';
  return contrast.kind === 'pairing' ? 'together' : 'differ';
}

/** "Product Manager vs Product Owner", or "with" for a pairing. */
export function contrastRoles(contrast: ContrastView): string {
  return contrast.roles.map((role) => role.title).join(contrast.kind === 'pairing' ? ' with ' : ' vs ');
}

export function sourcesLine(contrast: ContrastView): string {
  return `Sources: ${contrast.sources.join('; ')}.`;
}

/**
 * Adds `text` to `lines`, wrapped with `first` before its first line and `rest` before the
 * others, each line painted when asked. Everything under the table goes into one array,
 * where arrays per paragraph and per block, spread into each other, added up.
 */
function addIndented(lines: string[], text: string, width: number, first: string, rest = first, paint?: (line: string) => string): void {
  const start = lines.length;
  const room = width - Math.max(first.length, rest.length);
  if (room < MIN_TEXT_WIDTH) wrapText(text, width, lines);
  else {
    wrapText(text, room, lines);
    for (let i = start; i < lines.length; i++) lines[i] = (i === start ? first : rest) + (lines[i] ?? '');
  }
  if (paint) for (let i = start; i < lines.length; i++) lines[i] = paint(lines[i] ?? '');
}

function addHeading(lines: string[], heading: string, width: number, paint: Paint): void {
  const start = lines.length;
  wrapText(heading, width, lines);
  for (let i = start; i < lines.length; i++) lines[i] = paint.heading(lines[i] ?? '');
}

function addContrast(lines: string[], contrast: ContrastView, width: number, paint: Paint): void {
  const title = contrast.match === 'exact' ? contrast.title : `${contrastRoles(contrast)}: ${contrast.title}`;
  addIndented(lines, title, width, '  ', '  ', paint.title);
  addIndented(lines, contrast.summary, width, '  ');
  for (const point of contrast.points) addIndented(lines, point, width, `  ${MARKERS.unique}`, '    ');
  addIndented(lines, sourcesLine(contrast), width, '  ', '  ', paint.dim);
}

function addInCommon(lines: string[], view: CompareView, width: number, paint: Paint): void {
  if (view.onlyDifferences || !view.rows.some((row) => row.values.some((value) => value.kind === 'list'))) return;
  addHeading(lines, view.roles.length === 2 ? 'IN BOTH' : 'IN ALL OF THEM', width, paint);
  if (view.shared.length === 0) return addIndented(lines, 'No item appears in every list.', width, '  ');
  for (const entry of view.shared) addIndented(lines, `${entry.label}: ${entry.items.join(', ')}`, width, '  ', '    ');
}

const SECTIONS: readonly ContrastSection[] = ['differ', 'together', 'related'];

/** Blocks separated by blank lines; empty when there is nothing to add. */
export function compareNotes(view: CompareView, width: number, paint: Paint): string[] {
  const lines: string[] = [];
  addInCommon(lines, view, width, paint);
  for (const section of SECTIONS) {
    const contrasts = view.contrasts.filter((contrast) => sectionOf(contrast) === section);
    if (contrasts.length === 0) continue;
    if (lines.length > 0) lines.push('');
    addHeading(lines, SECTION_HEADINGS[section].toUpperCase(), width, paint);
    contrasts.forEach((contrast, i) => {
      if (i > 0) lines.push('');
      addContrast(lines, contrast, width, paint);
    });
  }
  return lines;
}
