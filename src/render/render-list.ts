// Renders the role list as a table, plain records, or a Markdown table. A width too small
// for the table gets one block per role instead, as compare does.
import type { ListRow } from '../views/list-view.js';
import { renderBoxTable } from './columns.js';
import { markdownTable } from './markdown-table.js';
import type { Paint } from './paint.js';
import { wrapText } from './text-width.js';
import { pushAll } from './push-all.js';

const HEADERS = ['Role', 'Names', 'Family', 'Focus'];
/** "│ " before and " " after each cell, and the last "│". */
const BOX_OVERHEAD = 3 * HEADERS.length + 1;
/** Under this many columns a cell, the table breaks most words of the focus and the names mid-way. */
const MIN_CELL_WIDTH = 10;

export interface RenderedList {
  text: string;
  /** True when the width was too small for the table and each role was stacked. */
  stacked: boolean;
}

function cells(row: ListRow): string[] {
  return [row.title, [row.id, ...row.aliases].join(', '), row.family, row.focus];
}

export function fitsListTable(width: number): boolean {
  return width - BOX_OVERHEAD >= MIN_CELL_WIDTH * HEADERS.length;
}

/** The title, then each other column as "Names: ..." under it, its wrapped lines hanging; a blank line between roles. */
function renderListStacked(rows: ListRow[], width: number, paint: Paint): string {
  const blocks = rows.map((row) => {
    const [title = '', ...rest] = cells(row);
    const lines = wrapText(title, width).map(paint.title);
    rest.forEach((value, i) => {
      if (value) pushAll(lines, wrapText(`${HEADERS[i + 1] ?? ''}: ${value}`, width - 4).map((line, n) => (n === 0 ? '  ' : '    ') + line));
    });
    return lines.join('\n');
  });
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

export function renderListTable(rows: ListRow[], width: number, paint: Paint): RenderedList {
  if (!fitsListTable(width)) return { text: renderListStacked(rows, width, paint), stacked: true };
  const text = renderBoxTable({
    columns: [{ header: HEADERS[0] ?? '', max: 28 }, { header: HEADERS[1] ?? '', max: 30 }, { header: HEADERS[2] ?? '' }, { header: HEADERS[3] ?? '' }],
    rows: rows.map(cells),
    width,
    paintHeader: paint.heading,
    paintFirstColumn: paint.title,
  });
  return { text, stacked: false };
}

/** One role per line, tab-separated: id, title, aliases (comma-separated), family, focus. */
export function renderListPlain(rows: ListRow[]): string {
  return rows.map((row) => [row.id, row.title, row.aliases.join(','), row.family, row.focus].join('\t')).join('\n') + (rows.length ? '\n' : '');
}

export function renderListMarkdown(rows: ListRow[]): string {
  return `# Roles\n\n${markdownTable(HEADERS, rows.map(cells))}`;
}

export function listJson(rows: ListRow[]): object[] {
  return rows.map(({ id, title, aliases, family, focus, file }) => ({ id, title, aliases, family, focus, file }));
}
