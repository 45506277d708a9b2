// What `roles compare` prints under the table: what the marks mean, what every role's
// lists share, and the contrasts and pairings the sources draw between these roles.
import type { ContrastView, CompareView, Mark } from '../views/compare-view.js';
import type { Paint } from './paint.js';
import { wrapText } from './text-width.js';

/** Characters, not colours, carry the marks, so they survive pipes and NO_COLOR. */
export const MARKERS: Record<Mark, string> = { shared: '= ', some: '~ ', unique: '• ' };

/** What a list cell says when --only-differences left nothing in it. */
export const hiddenNote = (count: number): string => `(${count} shared, hidden)`;

export function legendText(view: CompareView): string | undefined {
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

function wrapIndented(text: string, width: number, first: string, rest = first): string[] {
  const room = width - Math.max(first.length, rest.length);
  if (room < MIN_TEXT_WIDTH) return wrapText(text, width);
  return wrapText(text, room).map((line, i) => (i === 0 ? first : rest) + line);
}

function contrastLines(contrast: ContrastView, width: number, paint: Paint): string[] {
  const title = contrast.match === 'exact' ? contrast.title : `${contrastRoles(contrast)}: ${contrast.title}`;
  return [
    ...wrapIndented(title, width, '  ').map(paint.title),
    ...wrapIndented(contrast.summary, width, '  '),
    ...contrast.points.flatMap((point) => wrapIndented(point, width, `  ${MARKERS.unique}`, '    ')),
    ...wrapIndented(sourcesLine(contrast), width, '  ').map(paint.dim),
  ];
}

function inCommonLines(view: CompareView, width: number, paint: Paint): string[] {
  if (view.onlyDifferences || !view.rows.some((row) => row.values.some((value) => value.kind === 'list'))) return [];
  const heading = wrapText(view.roles.length === 2 ? 'IN BOTH' : 'IN ALL OF THEM', width).map(paint.heading);
  if (view.shared.length === 0) return [...heading, ...wrapIndented('No item appears in every list.', width, '  ')];
  return [...heading, ...view.shared.flatMap((entry) => wrapIndented(`${entry.label}: ${entry.items.join(', ')}`, width, '  ', '    '))];
}

/** Blocks separated by blank lines; empty when there is nothing to add. */
export function compareNotes(view: CompareView, width: number, paint: Paint): string[] {
  const blocks: string[][] = [inCommonLines(view, width, paint)];
  for (const section of ['differ', 'together', 'related'] as const) {
    const contrasts = view.contrasts.filter((contrast) => sectionOf(contrast) === section);
    if (contrasts.length === 0) continue;
    const heading = wrapText(SECTION_HEADINGS[section].toUpperCase(), width).map(paint.heading);
    blocks.push([...heading, ...contrasts.flatMap((contrast, i) => [...(i > 0 ? [''] : []), ...contrastLines(contrast, width, paint)])]);
  }
  return blocks.filter((block) => block.length > 0).flatMap((block, i) => (i > 0 ? ['', ...block] : block));
}
