// GitHub-flavoured Markdown tables. A table row cannot be wrapped, so the table is
// fenced by markdownlint comments that lift the line-length rule (MD013) for it alone.
import { escapeMarkdown } from './markdown-text.js';

function row(cells: string[]): string {
  // An empty cell is written "| |": markdownlint's MD060 reads "|  |" as extra padding.
  return `|${cells.map((cell) => (cell ? ` ${escapeMarkdown(cell).replace(/\n/g, '<br>')} ` : ' ')).join('|')}|`;
}

export function markdownTable(headers: string[], rows: string[][]): string {
  return [
    '<!-- markdownlint-disable MD013 -->',
    row(headers),
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map(row),
    '<!-- markdownlint-enable MD013 -->',
    '',
  ].join('\n');
}
