// Renders the role list as a table, plain records, or a Markdown table.
import type { ListRow } from '../views/list-view.js';
import { renderBoxTable } from './columns.js';
import { markdownTable } from './markdown-table.js';
import type { Paint } from './paint.js';

const HEADERS = ['Role', 'Names', 'Family', 'Focus'];

function cells(row: ListRow): string[] {
  return [row.title, [row.id, ...row.aliases].join(', '), row.family, row.focus];
}

export function renderListTable(rows: ListRow[], width: number, paint: Paint): string {
  return renderBoxTable({
    columns: [{ header: HEADERS[0] ?? '', max: 28 }, { header: HEADERS[1] ?? '', max: 30 }, { header: HEADERS[2] ?? '' }, { header: HEADERS[3] ?? '' }],
    rows: rows.map(cells),
    width,
    paintHeader: paint.heading,
    paintFirstColumn: paint.title,
  });
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
