// Renders the compact comparison: borderless columns under each aspect's name, then each
// contrast's title and first points, then how to see everything. The notes give way
// first, so two roles keep within COMPACT_HEIGHT lines.
import type { CompactCompareView, CompactContrast, CompactValue } from '../views/compact-compare-view.js';
import { borderlessColumnLines, type Cell } from './columns.js';
import { hiddenNote, legendText, MARKERS, SECTION_HEADINGS } from './render-compare-notes.js';
import { roleHeading } from './render-compare.js';
import type { Paint } from './paint.js';
import { displayWidth, wrapText } from './text-width.js';
import type { Gauge } from '../views/gauges-view.js';
import { gaugeCell } from './render-gauges.js';
import { pushAll, largest } from './push-all.js';

/** Two 24-line screens less the prompts: the pager shows the table first, the notes a page down. */
export const COMPACT_HEIGHT = 40;
/** A role's column is never narrower than this; below it each aspect is stacked. */
export const MIN_COMPACT_ROLE_WIDTH = 16;
const GAP = 2;

export function fitsCompactColumns(roleCount: number, width: number): boolean {
  return width - GAP * (roleCount - 1) >= MIN_COMPACT_ROLE_WIDTH * roleCount;
}

function compactCell(value: CompactValue, paint: Paint): Cell {
  switch (value.kind) {
    case 'none':
      return '—';
    case 'text':
      return value.text;
    case 'list': {
      if (value.items.length === 0) return hiddenNote(value.hiddenShared);
      const items: Cell = value.items.map((item) => ({ marker: MARKERS[item.mark], text: item.text, paintMarker: item.mark === 'unique' ? paint.unique : paint.shared }));
      return value.more > 0 ? [...items, { marker: '  ', text: `+${value.more} more` }] : items;
    }
  }
}

/** Lines of `text` under `first` then `rest`, wrapped to the width. */
function hanging(text: string, width: number, first: string, rest: string): string[] {
  const room = width - Math.max(displayWidth(first), displayWidth(rest));
  if (room < 8) return wrapText(`${first}${text}`, width);
  return wrapText(text, room).map((line, i) => (i === 0 ? first : rest) + line);
}

/** A row of gauges a dimension, under LEANS, when every role's gauge fits its column on one line. */
function gaugeRows(gauges: readonly Gauge[], roleCount: number, width: number, paint: Paint): ({ span: string; paint: (text: string) => string } | Cell[])[] {
  const rows = gauges.map((gauge) => Array.from({ length: roleCount }, (_, i) => gaugeCell(gauge, i)));
  const column = Math.floor((width - GAP * (roleCount - 1)) / roleCount);
  if (rows.length === 0 || largest(rows.flat().map(displayWidth), 0) > column) return [];
  return [{ span: 'LEANS', paint: paint.heading }, ...rows];
}

function tableLines(view: CompactCompareView, width: number, paint: Paint, gauges: readonly Gauge[]): string[] {
  if (fitsCompactColumns(view.roles.length, width)) {
    return borderlessColumnLines({
      columns: view.roles.map((role) => ({ header: roleHeading(role) })),
      rows: [...view.rows.flatMap((row) => [{ span: row.label.toUpperCase(), paint: paint.heading }, row.values.map((value) => compactCell(value, paint))]), ...gaugeRows(gauges, view.roles.length, width, paint)],
      width,
      paintHeader: paint.title,
      blankBetweenRows: false,
    });
  }
  // Too narrow for columns: each aspect, then each role's value under its name.
  const lines = wrapText(view.roles.map(roleHeading).join(' vs '), width).map(paint.title);
  for (const row of view.rows) {
    pushAll(lines, wrapText(row.label.toUpperCase(), width).map(paint.heading));
    row.values.forEach((value, r) => {
      lines.push(...hanging(view.shortNames[r] ?? '', width, '  ', '  ').map(paint.title));
      const cell = compactCell(value, paint);
      for (const paragraph of typeof cell === 'string' ? [cell] : cell) {
        if (typeof paragraph === 'string') lines.push(...hanging(paragraph, width, '    ', '    '));
        else lines.push(...hanging(paragraph.text, width, `    ${paragraph.marker}`, `    ${' '.repeat(displayWidth(paragraph.marker))}`));
      }
    });
  }
  return lines;
}

function contrastLines(contrast: CompactContrast, points: number, width: number, paint: Paint): string[] {
  const title = contrast.roles ? `${contrast.roles}: ${contrast.title}` : contrast.title;
  const heading = contrast.section === 'related' ? title : `${SECTION_HEADINGS[contrast.section].toUpperCase()}: ${title}`;
  const lines = contrast.section === 'related' ? hanging(heading, width, '  ', '    ') : wrapText(heading, width).map(paint.heading);
  for (const point of contrast.points.slice(0, points)) lines.push(...hanging(point, width, `  ${MARKERS.unique}`, '    '));
  return lines;
}

function notesLines(view: CompactCompareView, points: number[], width: number, paint: Paint): string[] {
  const lines: string[] = [];
  let related = false;
  view.contrasts.forEach((contrast, i) => {
    if (contrast.section === 'related') {
      if (!related) lines.push('', ...wrapText(SECTION_HEADINGS.related, width).map(paint.heading));
      related = true;
    } else lines.push('');
    lines.push(...contrastLines(contrast, points[i] ?? 0, width, paint));
  });
  return lines;
}

export function fullCompareCommand(view: CompactCompareView): string {
  return `roles compare ${view.shortNames.join(' ')} --full`;
}

/** The compact comparison; `notes` false leaves out the contrasts; `gauges` (a terminal's) end the table. */
export function renderCompactCompare(view: CompactCompareView, width: number, paint: Paint, notes = true, gauges: readonly Gauge[] = []): string {
  const lines = tableLines(view, width, paint, gauges);
  const legend = legendText({ roles: view.roles, onlyDifferences: view.onlyDifferences, rows: view.rows.map((row) => ({ values: row.values })) });
  if (legend) pushAll(lines, wrapText(legend, width));
  const footer = ['', ...wrapText(`More: ${fullCompareCommand(view)} (every aspect, the notes in full)`, width).map(paint.dim)];
  if (notes) {
    const points = view.contrasts.map((contrast) => contrast.points.length);
    let body = notesLines(view, points, width, paint);
    // Points give way from the last contrast back, each contrast keeping one while another has more.
    while (lines.length + body.length + footer.length > COMPACT_HEIGHT && points.some((count) => count > 0)) {
      const most = largest(points, 0);
      const last = points.lastIndexOf(most > 1 ? most : 1);
      points[last] = (points[last] ?? 1) - 1;
      body = notesLines(view, points, width, paint);
    }
    pushAll(lines, body);
  }
  pushAll(lines, footer);
  return `${lines.join('\n')}\n`;
}
