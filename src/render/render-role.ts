// Renders a RoleView as readable text for a width, as plain records, or as Markdown.
import type { Block, RoleView } from '../views/role-view.js';
import { escapeMarkdown, markdownCode, markdownHeading, markdownListItem, markdownParagraph, markdownWords } from './markdown-text.js';
import type { Paint } from './paint.js';
import { wrapText } from './text-width.js';
import { pushAll } from './push-all.js';

function indentWrap(text: string, width: number, first: string, rest: string): string[] {
  return wrapText(text, width - first.length).map((line, i) => (i === 0 ? first : rest) + line);
}

function textBlock(block: Block, width: number, paint: Paint): string[] {
  switch (block.kind) {
    case 'paragraph':
      return indentWrap(block.text, width, '  ', '  ');
    case 'list':
      return block.items.flatMap((item) => indentWrap(item, width, '  • ', '    '));
    case 'pairs':
      return block.items.flatMap((item) => [...indentWrap(item.label, width, '  ', '  ').map(paint.heading), ...indentWrap(item.text, width, '    ', '    ')]);
  }
}

export function renderRoleText(view: RoleView, width: number, paint: Paint): string {
  const names = view.aliases.length > 0 ? ` (${[view.id, ...view.aliases].join(', ')})` : ` (${view.id})`;
  const lines = wrapText(`${view.title}${names}`, width).map(paint.title);
  for (const section of view.sections) {
    lines.push('');
    pushAll(lines, wrapText(section.heading.toUpperCase(), width).map(paint.heading));
    for (const block of section.blocks) pushAll(lines, textBlock(block, width, paint));
  }
  return `${lines.join('\n')}\n`;
}

/** One record per line, "section<TAB>text", never wrapped: made for grep, cut and awk. */
export function renderRolePlain(view: RoleView): string {
  const lines = [`id\t${view.id}`, `title\t${view.title}`];
  if (view.aliases.length > 0) lines.push(`aliases\t${view.aliases.join(', ')}`);
  if (view.family) lines.push(`family\t${view.family}`);
  for (const section of view.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') lines.push(`${section.name}\t${block.text}`);
      else if (block.kind === 'list') pushAll(lines, block.items.map((item) => `${section.name}\t${item}`));
      else pushAll(lines, block.items.map((item) => `${section.name}\t${item.label}: ${item.text}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Only the text of the sections asked for, one paragraph or item per line and a blank line between sections: ready to paste into notes. */
export function renderSectionsPlain(view: RoleView): string {
  const sections = view.sections.map((section) =>
    section.blocks
      .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.kind === 'list' ? block.items : block.items.map((item) => `${item.label}: ${item.text}`)))
      .join('\n'),
  );
  return sections.length > 0 ? `${sections.join('\n\n')}\n` : '';
}

function markdownBlock(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [markdownParagraph(block.text), ''];
    case 'list':
      return [...block.items.map((item) => markdownListItem(item)), ''];
    case 'pairs':
      return [...block.items.map((item) => markdownListItem(`**${item.label}:** ${item.text}`)), ''];
  }
}

export function renderRoleMarkdown(view: RoleView, headingLevel = 1): string {
  const lines = [markdownHeading(headingLevel, view.title), ''];
  const names = [view.id, ...view.aliases].map(markdownCode).join(', ');
  lines.push(markdownWords(`Names: ${names}${view.family ? `. Family: ${escapeMarkdown(view.family)}.` : ''}`), '');
  for (const section of view.sections) {
    lines.push(markdownHeading(headingLevel + 1, section.heading), '');
    for (const block of section.blocks) pushAll(lines, markdownBlock(block));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
