// Markdown that passes markdownlint's default rules: prose wrapped at 80 columns
// (MD013), characters with a meaning in Markdown escaped, lists with "- ".
import { wrapText } from './text-width.js';

export const MARKDOWN_WIDTH = 80;

/** Escapes what Markdown would otherwise read as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

function keepMarkup(text: string): string {
  // **Label:** prefixes are written by us; the rest comes from role files.
  const match = /^(\*\*[^*]+:\*\* )(.*)$/s.exec(text);
  return match ? `${match[1] ?? ''}${escapeMarkdown(match[2] ?? '')}` : escapeMarkdown(text);
}

/**
 * Wrapped one column short, so a continuation line that would read as a list item
 * or heading ("- ", "1. ", "=") can take a backslash and still fit.
 */
function wrapMarkdown(text: string, width: number, indent: string): string[] {
  return wrapText(text, width - indent.length - 1).map((line, i) => {
    if (i === 0) return line;
    if (/^([-+]|=+)(\s|$)/.test(line)) return `\\${line}`;
    return line.replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
  });
}

export function markdownParagraph(text: string): string {
  return wrapMarkdown(keepMarkup(text), MARKDOWN_WIDTH, '').join('\n');
}

export function markdownListItem(text: string, marker = '- '): string {
  const indent = ' '.repeat(marker.length);
  return wrapMarkdown(keepMarkup(text), MARKDOWN_WIDTH, indent)
    .map((line, i) => (i === 0 ? marker : indent) + line)
    .join('\n');
}
