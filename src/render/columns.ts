// Lays out rows of cells as columns that fit a width: box tables (uncoloured borders)
// or borderless columns. Cells are wrapped to their column here, so nothing is ever
// truncated with an ellipsis.
import { displayWidth, joinedWidth, spaces, wrapText } from './text-width.js';
import { largest, pushAll } from './push-all.js';

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

function paragraphWidth(paragraph: Paragraph): number {
  return typeof paragraph === 'string' ? displayWidth(paragraph) : displayWidth(paragraph.marker) + displayWidth(paragraph.text);
}

function naturalWidth(spec: ColumnSpec, cells: Cell[]): number {
  let widest = Math.max(1, displayWidth(spec.header));
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] ?? '';
    if (typeof cell === 'string') widest = Math.max(widest, displayWidth(cell));
    else for (let i = 0; i < cell.length; i++) widest = Math.max(widest, paragraphWidth(cell[i] as Paragraph));
  }
  return Math.min(widest, spec.max ?? Number.POSITIVE_INFINITY);
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

/**
 * A cell wrapped to its column, line by line: the text, and what hangs before it (a
 * marker, painted, or the spaces under it; none where there is a gap). Kept apart, so a
 * line's width is measured without joining the two: measuring a joined line made V8
 * copy it whole, for every line of every cell.
 */
interface WrappedCell {
  texts: string[];
  prefixes: string[];
}

/** The columns line `row` takes; colour codes in a painted marker take none. */
function lineWidth(wrapped: WrappedCell, row: number): number {
  return row < wrapped.texts.length ? joinedWidth(wrapped.prefixes[row] ?? '', wrapped.texts[row] ?? '') : 0;
}

function wrapParagraphInto(wrapped: WrappedCell, paragraph: Paragraph, width: number): void {
  if (typeof paragraph === 'string') return void wrapText(paragraph, width, wrapped.texts);
  const indent = displayWidth(paragraph.marker);
  if (indent >= width) return void wrapText(`${paragraph.marker}${paragraph.text}`, width, wrapped.texts);
  const first = wrapped.texts.length;
  wrapText(paragraph.text, width - indent, wrapped.texts);
  wrapped.prefixes[first] = paragraph.paintMarker ? paragraph.paintMarker(paragraph.marker) : paragraph.marker;
  for (let row = first + 1; row < wrapped.texts.length; row++) wrapped.prefixes[row] = spaces(indent);
}

function wrapCell(cell: Cell, width: number): WrappedCell {
  const wrapped: WrappedCell = { texts: [], prefixes: [] };
  if (typeof cell === 'string') wrapParagraphInto(wrapped, cell, width);
  else for (let i = 0; i < cell.length; i++) wrapParagraphInto(wrapped, cell[i] as Paragraph, width);
  return wrapped;
}

/** Line `row` of a wrapped cell, painted when asked; empty, and not painted, below its last line. */
function cellLine(wrapped: WrappedCell, row: number, paint?: (text: string) => string): string {
  if (row >= wrapped.texts.length) return '';
  const line = `${wrapped.prefixes[row] ?? ''}${wrapped.texts[row] ?? ''}`;
  return paint ? paint(line) : line;
}

function cellLines(wrapped: WrappedCell, paint?: (text: string) => string): string[] {
  return wrapped.texts.map((_, row) => cellLine(wrapped, row, paint));
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
  /** Borderless only: false leaves out the blank line before each row, for a table that must stay short. */
  blankBetweenRows?: boolean;
}

/** One horizontal border; a join marks where a column edge meets it from above, below or both. */
function boxRule(widths: number[], [left, right]: [string, string], above: boolean, below: boolean): string {
  const join = above && below ? '┼' : above ? '┴' : below ? '┬' : '─';
  return left + widths.map((width) => '─'.repeat(width + 2)).join(join) + right;
}

/** The lines of one row of boxed cells, each cell's line painted by `paints[i]` and padded to its column. */
function boxLines(cells: WrappedCell[], widths: number[], paints: ((text: string) => string)[]): string[] {
  const height = largest(cells.map((cell) => cell.texts.length), 1);
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    let line = '│';
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as WrappedCell;
      line += ` ${cellLine(cell, row, paints[i])}${spaces((widths[i] ?? 1) - lineWidth(cell, row))} │`;
    }
    lines.push(line);
  }
  return lines;
}

const unpainted = (text: string): string => text;

/**
 * Draws the box itself: cli-table3 re-measures every cell for every line it draws,
 * which took seconds for a table of long multi-line cells.
 */
export function renderBoxTable(input: ColumnsInput): string {
  const overhead = BOX_OVERHEAD_PER_COLUMN * input.columns.length + 1;
  const widths = fitColumnWidths(input.columns, cellRows(input.rows), input.width - overhead);
  const spanWidth = widths.reduce((sum, width) => sum + width, 0) + BOX_OVERHEAD_PER_COLUMN * (widths.length - 1);
  const paintHeader = input.paintHeader ?? unpainted;
  const cellPaints = input.columns.map((_, i) => (i === 0 && input.paintFirstColumn) || unpainted);
  const lines = [boxRule(widths, ['┌', '┐'], false, true)];
  pushAll(lines, boxLines(input.columns.map((spec, i) => wrapCell(spec.header, widths[i] ?? 1)), widths, input.columns.map(() => paintHeader)));
  let aboveIsSpan = false;
  for (const row of input.rows) {
    lines.push(boxRule(widths, ['├', '┤'], !aboveIsSpan, !isSpanRow(row)));
    if (isSpanRow(row)) pushAll(lines, boxLines([wrapCell(row.span, spanWidth)], [spanWidth], [row.paint ?? unpainted]));
    else pushAll(lines, boxLines(row.map((cell, i) => wrapCell(cell, widths[i] ?? 1)), widths, cellPaints));
    aboveIsSpan = isSpanRow(row);
  }
  lines.push(boxRule(widths, ['└', '┘'], !aboveIsSpan, false));
  return `${lines.join('\n')}\n`;
}

/** JavaScript's \s is the whitespace trimEnd() removes. */
const ENDS_IN_WHITESPACE = /\s$/;

/**
 * One line of borderless columns: each cell's line padded to its column, two spaces
 * between columns, nothing at the end of the line. Padding is only written once some
 * text follows it, so a line needs trimming only when its last text ends in whitespace
 * or was painted (the padding is painted with it).
 */
function borderlessLine(cells: WrappedCell[], widths: number[], row: number, paints: (((text: string) => string) | undefined)[]): string {
  let line = '';
  let owed = 0;
  let trim = false;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as WrappedCell;
    if (i > 0) owed += GAP;
    const prefix = cell.prefixes[row] ?? '';
    const text = cell.texts[row] ?? '';
    const pad = i === cells.length - 1 ? 0 : (widths[i] ?? 1) - lineWidth(cell, row);
    if (prefix === '' && text === '') {
      owed += Math.max(0, pad);
      continue;
    }
    const paint = paints[i];
    if (paint) {
      line += `${spaces(owed)}${paint(`${prefix}${text}${spaces(pad)}`)}`;
      owed = 0;
      trim = true;
    } else {
      line += `${spaces(owed)}${prefix}${text}`;
      owed = Math.max(0, pad);
      trim = ENDS_IN_WHITESPACE.test(text === '' ? prefix : text);
    }
  }
  return trim ? line.trimEnd() : line;
}

/** The same layout without borders: columns separated by two spaces, a blank line between rows. */
export function renderBorderlessColumns(input: ColumnsInput): string {
  return `${borderlessColumnLines(input).join('\n')}\n`;
}

/** renderBorderlessColumns as lines, for a caller that adds lines of its own before joining them. */
export function borderlessColumnLines(input: ColumnsInput): string[] {
  const overhead = GAP * (input.columns.length - 1);
  const widths = fitColumnWidths(input.columns, cellRows(input.rows), input.width - overhead);
  const lines: string[] = [];
  const block = (cells: Cell[], paints: (((text: string) => string) | undefined)[]): void => {
    const wrapped = cells.map((cell, i) => wrapCell(cell, widths[i] ?? 1));
    const height = largest(wrapped.map((cell) => cell.texts.length), 0);
    for (let row = 0; row < height; row++) lines.push(borderlessLine(wrapped, widths, row, paints));
  };
  block(input.columns.map((spec) => spec.header), input.columns.map(() => input.paintHeader));
  const cellPaints = input.columns.map((_, i) => (i === 0 ? input.paintFirstColumn : undefined));
  let afterSpan = false;
  for (const row of input.rows) {
    // A spanning row names the row under it, so nothing separates the two.
    if (!afterSpan && input.blankBetweenRows !== false) lines.push('');
    if (isSpanRow(row)) pushAll(lines, cellLines(wrapCell(row.span, input.width), row.paint));
    else block(row, cellPaints);
    afterSpan = isSpanRow(row);
  }
  return lines;
}
