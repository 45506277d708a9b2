// The compact comparison as Markdown notes: a table of the aspects that tell the roles
// apart, then each contrast's title and first points.
import type { CompactCompareView, CompactValue } from '../views/compact-compare-view.js';
import { markdownTable } from './markdown-table.js';
import { markdownCode, markdownHeading, markdownListItem, markdownParagraph, markdownWords } from './markdown-text.js';
import { legendText, SECTION_HEADINGS } from './render-compare-notes.js';
import { markdownCell } from './render-compare-markdown.js';
import { fullCompareCommand } from './render-compact-compare.js';
import { roleHeading } from './render-compare.js';
import { pushAll } from './push-all.js';

/** As the full table's cell, with how many items the compact view leaves out. */
function compactCell(value: CompactValue): string {
  if (value.kind !== 'list') return markdownCell(value);
  const cell = markdownCell({ kind: 'list', items: value.items, hiddenShared: value.hiddenShared });
  return value.more > 0 && value.items.length > 0 ? `${cell}\n+${value.more} more` : cell;
}

export function renderCompactCompareMarkdown(view: CompactCompareView, notes: boolean): string {
  const title = view.roles.map((role) => role.title).join(' vs ');
  const lines = title.length <= 78 ? [markdownHeading(1, title), ''] : ['# Role comparison', '', markdownParagraph(title), ''];
  // A table row cannot hold a list, so items are separated by <br>, which MD033 would flag.
  lines.push('<!-- markdownlint-disable MD033 -->');
  lines.push(markdownTable(['Aspect', ...view.roles.map(roleHeading)], view.rows.map((row) => [row.label, ...row.values.map(compactCell)])).trimEnd());
  lines.push('<!-- markdownlint-enable MD033 -->', '');
  const legend = legendText({ roles: view.roles, onlyDifferences: view.onlyDifferences, rows: view.rows });
  if (legend) lines.push(markdownParagraph(legend), '');
  if (notes) {
    for (const contrast of view.contrasts.filter((c) => c.section !== 'related')) {
      const section = SECTION_HEADINGS[contrast.section];
      const heading = `${section}: ${contrast.title}`;
      lines.push(...(heading.length <= 76 ? [markdownHeading(2, heading)] : [markdownHeading(2, section), '', markdownParagraph(contrast.title)]), '');
      if (contrast.points.length > 0) pushAll(lines, contrast.points.map((point) => markdownListItem(point))).push('');
    }
    const related = view.contrasts.filter((c) => c.section === 'related');
    // One heading for them all: a heading each would repeat, which markdownlint flags.
    if (related.length > 0) lines.push(markdownHeading(2, SECTION_HEADINGS.related), '', ...related.map((c) => markdownListItem(`${c.roles ?? ''}: ${c.title}`)), '');
  }
  lines.push(markdownWords(`More: ${markdownCode(`${fullCompareCommand(view)} --format md`)}`));
  return `${lines.join('\n')}\n`;
}
