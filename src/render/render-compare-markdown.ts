// A comparison as GitHub-flavoured Markdown for notes, and as one JSON document for tools.
import type { CompareValue, CompareView } from '../views/compare-view.js';
import { markdownTable } from './markdown-table.js';
import { markdownHeading, markdownListItem, markdownParagraph, MARKDOWN_WIDTH } from './markdown-text.js';
import { hiddenNote, contrastRoles, legendText, MARKERS, SECTION_HEADINGS, sectionOf, sourcesLine, type ContrastSection } from './render-compare-notes.js';
import { roleHeading } from './render-compare.js';
import { pushAll } from './push-all.js';

export function markdownCell(value: CompareValue): string {
  switch (value.kind) {
    case 'none':
      return '—';
    case 'text':
      return value.text;
    case 'list':
      if (value.items.length === 0) return hiddenNote(value.hiddenShared);
      return value.items.map((item) => `${MARKERS[item.mark]}${item.text}`).join('\n');
    case 'pairs':
      return value.groups.map((group) => group.map((item) => `${item.label}: ${item.text}`).join(' ')).join('\n');
  }
}

/** A heading line must fit markdownlint's line length and end without punctuation. */
function heading(level: number, text: string, fallback: string): string[] {
  const line = markdownHeading(level, text);
  return line.length <= MARKDOWN_WIDTH ? [line, ''] : [`${'#'.repeat(level)} ${fallback}`, '', markdownParagraph(text), ''];
}

export function renderCompareMarkdown(view: CompareView): string {
  const lines = heading(1, view.roles.map((role) => role.title).join(' vs '), 'Role comparison');
  // A table row cannot hold a list, so items are separated by <br>, which MD033 would flag.
  lines.push('<!-- markdownlint-disable MD033 -->');
  lines.push(markdownTable(['Aspect', ...view.roles.map(roleHeading)], view.rows.map((row) => [row.label, ...row.values.map(markdownCell)])).trimEnd());
  lines.push('<!-- markdownlint-enable MD033 -->', '');
  const legend = legendText(view);
  if (legend) lines.push(markdownParagraph(legend), '');
  if (!view.onlyDifferences && view.shared.length > 0) {
    pushAll(lines, heading(2, view.roles.length === 2 ? 'In both' : 'In all of them', 'In common'));
    pushAll(lines, view.shared.map((entry) => markdownListItem(`**${entry.label}:** ${entry.items.join(', ')}`)));
    lines.push('');
  }
  let previous: ContrastSection | undefined;
  for (const contrast of view.contrasts) {
    const section = sectionOf(contrast);
    if (section === 'related') {
      // One heading for the section, then each contrast named by its roles, as the table and plain formats do.
      if (previous !== 'related') pushAll(lines, heading(2, SECTION_HEADINGS.related, SECTION_HEADINGS.related));
      pushAll(lines, heading(3, `${contrastRoles(contrast)}: ${contrast.title}`, contrastRoles(contrast)));
    } else {
      pushAll(lines, heading(2, `${SECTION_HEADINGS[section]}: ${contrast.title}`, SECTION_HEADINGS[section]));
    }
    lines.push(markdownParagraph(contrast.summary), '');
    if (contrast.points.length > 0) { pushAll(lines, contrast.points.map((point) => markdownListItem(point))); lines.push(''); }
    lines.push(markdownParagraph(sourcesLine(contrast)), '');
    previous = section;
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function jsonValue(value: CompareValue): unknown {
  switch (value.kind) {
    case 'none':
      return null;
    case 'text':
      return value.text;
    case 'list':
      return value.items;
    case 'pairs':
      return value.groups;
  }
}

/** The roles, one row per aspect with each role's value by id, the shared and unique items, the contrasts. */
export function compareJson(view: CompareView): object {
  const ids = view.roles.map((role) => role.id);
  const unique = Object.fromEntries(
    ids.map((id, r) => [
      id,
      Object.fromEntries(
        view.rows.flatMap((row) => {
          const value = row.values[r];
          const items = value?.kind === 'list' ? value.items.filter((item) => item.mark === 'unique').map((item) => item.text) : [];
          return items.length > 0 ? [[row.field, items]] : [];
        }),
      ),
    ]),
  );
  return {
    roles: view.roles,
    rows: view.rows.map((row) => ({ field: row.field, label: row.label, values: Object.fromEntries(ids.map((id, r) => [id, jsonValue(row.values[r] ?? { kind: 'none' })])) })),
    shared: Object.fromEntries(view.shared.map((entry) => [entry.field, entry.items])),
    sharedTopics: Object.fromEntries(view.sharedTopics.map((entry) => [entry.field, entry.topics])),
    unique,
    contrasts: view.contrasts,
    onlyDifferences: view.onlyDifferences,
  };
}
