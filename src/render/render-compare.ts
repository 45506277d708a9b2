// Renders a CompareView for a terminal width: a box table (`table`), the same columns
// without borders (`plain`), or, when the width leaves a role under MIN_ROLE_WIDTH
// columns, one block per aspect with each role's value under it.
import type { CompareRole, CompareValue, CompareView, Mark } from '../views/compare-view.js';
import { borderlessColumnLines, renderBoxTable, type Cell, type Row } from './columns.js';
import { compareNotes, hiddenNote, legendText, MARKERS, MIN_TEXT_WIDTH } from './render-compare-notes.js';
import { makePaint, type Paint } from './paint.js';
import { displayWidth, wrapText } from './text-width.js';
import { pushAll } from './push-all.js';

export interface RenderedCompare {
  text: string;
  /** True when the width was too small for columns and the stacked layout was used. */
  stacked: boolean;
}

/** Under this many columns a role's text wraps every two or three words. */
export const MIN_ROLE_WIDTH = 20;
const BOX_OVERHEAD = { perColumn: 3, fixed: 1 };
const BORDERLESS_OVERHEAD = { perColumn: 2, fixed: -2 };
const NOTHING = '—';

export function fitsSideBySide(roleCount: number, width: number, overhead = BOX_OVERHEAD): boolean {
  return width - overhead.fixed - overhead.perColumn * roleCount >= MIN_ROLE_WIDTH * roleCount;
}

/** The name a column goes by: the title and the shortest name that finds it. */
export function roleHeading(role: CompareRole): string {
  const short = role.aliases[0] ?? role.id;
  return short.toLowerCase() === role.title.toLowerCase() ? role.title : `${role.title} (${short})`;
}

function markPaint(mark: Mark, paint: Paint): (text: string) => string {
  return mark === 'unique' ? paint.unique : paint.shared;
}

function valueCell(value: CompareValue, paint: Paint): Cell {
  switch (value.kind) {
    case 'none':
      return NOTHING;
    case 'text':
      return value.text;
    case 'list':
      if (value.items.length === 0) return hiddenNote(value.hiddenShared);
      return value.items.map((item) => ({ marker: MARKERS[item.mark], text: item.text, paintMarker: markPaint(item.mark, paint) }));
    case 'pairs':
      // A blank line between groups keeps each myth with its correction.
      return value.groups.flatMap((group, i) => [...(i > 0 ? [''] : []), ...group.map((item) => `${item.label}: ${item.text}`)]);
  }
}

function tableRows(view: CompareView, paint: Paint): Row[] {
  return view.rows.flatMap((row): Row[] => [
    { span: row.label.toUpperCase(), paint: paint.heading },
    row.values.map((value) => valueCell(value, paint)),
  ]);
}

function withNotes(body: string, view: CompareView, width: number, paint: Paint): string {
  const notes = compareNotes(view, width, paint);
  return notes.length > 0 ? `${body}\n${notes.join('\n')}\n` : body;
}

/** Lines of `text` indented by `by` columns, or not indented when the width cannot spare it. */
function indented(text: string, width: number, by: number, first = ''): string[] {
  if (text === '') return [''];
  const room = width - by - displayWidth(first);
  if (room < MIN_TEXT_WIDTH) return wrapText(`${first}${text}`, width);
  const pad = ' '.repeat(by);
  return wrapText(text, room).map((line, i) => (i === 0 ? `${pad}${first}${line}` : `${pad}${' '.repeat(displayWidth(first))}${line}`));
}

/** Each aspect as a heading, each role's value indented under the role's name. */
export function renderCompareStacked(view: CompareView, width: number, paint: Paint): string {
  const lines = wrapText(view.roles.map(roleHeading).join(' vs '), width).map(paint.title);
  for (const row of view.rows) {
    lines.push('');
    pushAll(lines, wrapText(row.label.toUpperCase(), width).map(paint.heading));
    row.values.forEach((value, i) => {
      const role = view.roles[i];
      if (role) pushAll(lines, indented(roleHeading(role), width, 2).map(paint.title));
      const cell = valueCell(value, paint);
      for (const paragraph of typeof cell === 'string' ? [cell] : cell) {
        if (typeof paragraph === 'string') pushAll(lines, indented(paragraph, width, 4));
        else pushAll(lines, indented(paragraph.text, width, 4, paragraph.marker).map((line, n) => (n === 0 ? line.replace(paragraph.marker, paragraph.paintMarker?.(paragraph.marker) ?? paragraph.marker) : line)));
      }
    });
  }
  const legend = legendText(view);
  if (legend) { lines.push(''); pushAll(lines, wrapText(legend, width)); }
  return withNotes(`${lines.join('\n')}\n`, view, width, paint);
}

export function renderCompareTable(view: CompareView, width: number, paint: Paint): RenderedCompare {
  if (!fitsSideBySide(view.roles.length, width)) return { text: renderCompareStacked(view, width, paint), stacked: true };
  const table = renderBoxTable({
    columns: view.roles.map((role) => ({ header: roleHeading(role) })),
    rows: tableRows(view, paint),
    width,
    paintHeader: paint.title,
  });
  const legend = legendText(view);
  const body = legend ? `${table}${wrapText(legend, width).join('\n')}\n` : table;
  return { text: withNotes(body, view, width, paint), stacked: false };
}

/** The same as the table without borders or colour, for pipes and files. */
export function renderComparePlain(view: CompareView, width: number): RenderedCompare {
  const paint = makePaint(false);
  if (!fitsSideBySide(view.roles.length, width, BORDERLESS_OVERHEAD)) return { text: renderCompareStacked(view, width, paint), stacked: true };
  const lines = borderlessColumnLines({
    columns: view.roles.map((role) => ({ header: roleHeading(role) })),
    rows: tableRows(view, paint),
    width,
  });
  const legend = legendText(view);
  if (legend) {
    lines.push('');
    wrapText(legend, width, lines);
  }
  const notes = compareNotes(view, width, paint);
  if (notes.length > 0) { lines.push(''); pushAll(lines, notes); }
  // The closing newline is joined in with the rest: added on its own, it would leave V8 a
  // rope of pieces to copy whole when the text is written out.
  lines.push('');
  return { text: lines.join('\n'), stacked: false };
}
