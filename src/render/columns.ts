// Lays out rows of cells as columns that fit a width: box tables (uncoloured borders)
// or borderless columns. Cells are wrapped to their column here, so nothing is ever
// truncated with an ellipsis.
import { displayWidth, padEnd, wrapText } from './text-width.js';

export interface ColumnSpec {
  header: string;
  /** Columns never narrower than this (unless the width cannot hold them all). */
  min?: number;
  /** Columns never wider than their widest word/line need; `max` caps them further. */
  max?: number;
}

/** A list item: its marker hangs to the left of every wrapped line of its text. */
export interface MarkedParagraph {
  marker: string;
  text: string;
  /** Applied to the marker after layout, so colour never affects widths. */
  paintMarker?: (marker: string) => string;
}

export type Paragraph = string | MarkedParagraph;

/** A cell is one or more paragraphs; each is wrapped on its own. */
export type Cell = string | Paragraph[];

/** A row with one cell across every column, e.g. the name of the rows below it. */
export interface SpanRow {
  span: Cell;
  paint?: (line: string) => string;
}

export type Row = Cell[] | SpanRow;

function isSpanRow(row: Row): row is SpanRow {
  return !Array.isArray(row);
}

const BOX_OVERHEAD_PER_COLUMN = 3; // "│ " before and " " after the content
const GAP = 2; // between borderless columns

function paragraphs(cell: Cell): Paragraph[] {
  return typeof cell === 'string' ? [cell] : cell;
}

function paragraphWidth(paragraph: Paragraph): number {
  return typeof paragraph === 'string' ? displayWidth(paragraph) : displayWidth(paragraph.marker) + displayWidth(paragraph.text);
}

function naturalWidth(spec: ColumnSpec, cells: Cell[]): number {
  const widths = [displayWidth(spec.header), ...cells.flatMap(paragraphs).map(paragraphWidth)];
  return Math.min(Math.max(1, ...widths), spec.max ?? Number.POSITIVE_INFINITY);
}

/** Shares `available` columns out: narrow columns get what they need, the rest split what is left. */
export function fitColumnWidths(specs: ColumnSpec[], rows: Cell[][], available: number): number[] {
  const natural = specs.map((spec, i) => naturalWidth(spec, rows.map((row) => row[i] ?? '')));
  const widths = natural.map(() => 0);
  let remaining = Math.max(specs.length, available);
  let open = specs.map((_, i) => i);
  // Give every column that wants less than an equal share all it wants, then share again.
  for (;;) {
    const share = Math.floor(remaining / Math.max(1, open.length));
    const satisfied = open.filter((i) => (natural[i] ?? 0) <= share);
    if (satisfied.length === 0) break;
    for (const i of satisfied) {
      widths[i] = natural[i] ?? 1;
      remaining -= widths[i];
    }
    open = open.filter((i) => !satisfied.includes(i));
    if (open.length === 0) return widths;
  }
  const share = Math.floor(remaining / open.length);
  let extra = remaining - share * open.length;
  for (const i of open) {
    widths[i] = Math.max(1, share + (extra > 0 ? 1 : 0));
    extra--;
  }
  return widths;
}

function wrapParagraph(paragraph: Paragraph, width: number): string[] {
  if (typeof paragraph === 'string') return wrapText(paragraph, width);
  const indent = displayWidth(paragraph.marker);
  if (indent >= width) return wrapText(`${paragraph.marker}${paragraph.text}`, width);
  const marker = paragraph.paintMarker ? paragraph.paintMarker(paragraph.marker) : paragraph.marker;
  return wrapText(paragraph.text, width - indent).map((line, i) => (i === 0 ? marker : ' '.repeat(indent)) + line);
}

function wrapCell(cell: Cell, width: number): string[] {
  return paragraphs(cell).flatMap((paragraph) => wrapParagraph(paragraph, width));
}

/** The rows whose cells share out the columns; spanning rows fit whatever the columns add up to. */
function cellRows(rows: Row[]): Cell[][] {
  return rows.filter((row): row is Cell[] => !isSpanRow(row));
}

export interface ColumnsInput {
  columns: ColumnSpec[];
  rows: Row[];
  width: number;
  /** Applied to header text after layout, so colour never affects widths. */
  paintHeader?: (text: string) => string;
  /** Applied to each wrapped line of the first column. */
  paintFirstColumn?: (text: string) => string;
}

/** One horizontal border; a join marks where a column edge meets it from above, below or both. */
function boxRule(widths: number[], [left, right]: [string, string], above: boolean, below: boolean): string {
  const join = above && below ? '┼' : above ? '┴' : below ? '┬' : '─';
  return left + widths.map((width) => '─'.repeat(width + 2)).join(join) + right;
}

function boxLines(cells: string[][], widths: number[]): string[] {
  const height = Math.max(1, ...cells.map((lines) => lines.length));
  return Array.from({ length: height }, (_, row) => `│${cells.map((lines, i) => ` ${padEnd(lines[row] ?? '', widths[i] ?? 1)} `).join('│')}│`);
}

/**
 * Draws the box itself: cli-table3 re-measures every cell for every line it draws,
 * which took seconds for a table of long multi-line cells.
 */
export function renderBoxTable(input: ColumnsInput): string {
  const overhead = BOX_OVERHEAD_PER_COLUMN * input.columns.length + 1;
  const widths = fitColumnWidths(input.columns, cellRows(input.rows), input.width - overhead);
  const spanWidth = widths.reduce((sum, width) => sum + width, 0) + BOX_OVERHEAD_PER_COLUMN * (widths.length - 1);
  const paintHeader = input.paintHeader ?? ((text: string) => text);
  const paintFirst = input.paintFirstColumn ?? ((text: string) => text);
  const lines = [boxRule(widths, ['┌', '┐'], false, true)];
  lines.push(...boxLines(input.columns.map((spec, i) => wrapCell(spec.header, widths[i] ?? 1).map(paintHeader)), widths));
  let aboveIsSpan = false;
  for (const row of input.rows) {
    lines.push(boxRule(widths, ['├', '┤'], !aboveIsSpan, !isSpanRow(row)));
    if (isSpanRow(row)) lines.push(...boxLines([wrapCell(row.span, spanWidth).map(row.paint ?? ((line: string) => line))], [spanWidth]));
    else lines.push(...boxLines(row.map((cell, i) => (i === 0 ? wrapCell(cell, widths[i] ?? 1).map(paintFirst) : wrapCell(cell, widths[i] ?? 1))), widths));
    aboveIsSpan = isSpanRow(row);
  }
  lines.push(boxRule(widths, ['└', '┘'], !aboveIsSpan, false));
  return `${lines.join('\n')}\n`;
}

/** The same layout without borders: columns separated by two spaces, a blank line between rows. */
export function renderBorderlessColumns(input: ColumnsInput): string {
  const overhead = GAP * (input.columns.length - 1);
  const widths = fitColumnWidths(input.columns, cellRows(input.rows), input.width - overhead);
  const paintHeader = input.paintHeader ?? ((text: string) => text);
  const paintFirst = input.paintFirstColumn ?? ((text: string) => text);
  const block = (cells: Cell[], isHeader: boolean): string[] => {
    const wrapped = cells.map((cell, i) => wrapCell(cell, widths[i] ?? 1));
    const height = Math.max(...wrapped.map((lines) => lines.length));
    const lines: string[] = [];
    for (let row = 0; row < height; row++) {
      const parts = wrapped.map((cellLines, i) => {
        const text = cellLines[row] ?? '';
        const padded = i === wrapped.length - 1 ? text : padEnd(text, widths[i] ?? 1);
        const paint = isHeader ? paintHeader : i === 0 ? paintFirst : (value: string) => value;
        return text ? paint(padded) : padded;
      });
      lines.push(parts.join(' '.repeat(GAP)).trimEnd());
    }
    return lines;
  };
  const lines = block(input.columns.map((spec) => spec.header), true);
  let afterSpan = false;
  for (const row of input.rows) {
    // A spanning row names the row under it, so nothing separates the two.
    if (!afterSpan) lines.push('');
    if (isSpanRow(row)) lines.push(...wrapCell(row.span, input.width).map(row.paint ?? ((line: string) => line)));
    else lines.push(...block(row, false));
    afterSpan = isSpanRow(row);
  }
  return `${lines.join('\n')}\n`;
}
