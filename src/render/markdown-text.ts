// Markdown that passes markdownlint's default rules: prose wrapped at 80 columns
// (MD013), characters with a meaning in Markdown escaped, lists with "- ".
import { displayWidth, wrapText } from './text-width.js';
import { largest, pushAll } from './push-all.js';

export const MARKDOWN_WIDTH = 80;

/** Escapes what Markdown would otherwise read as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

/**
 * A code span that shows `text` exactly. Backslashes do not escape inside a code span, so
 * it is fenced by one backtick more than the longest run in the text, and a backtick at
 * either end is kept off the fence by a space, which CommonMark strips (spec 6.1).
 */
export function markdownCode(text: string): string {
  const longestRun = largest(Array.from(text.matchAll(/`+/g), (match) => match[0].length), 0);
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^`|`$|^ .* $/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A heading of role text: escaped, and without the trailing punctuation markdownlint's MD026 flags. */
export function markdownHeading(level: number, text: string): string {
  return `${'#'.repeat(level)} ${escapeMarkdown(text.replace(/[.,;:!?]+$/, '') || text)}`;
}

function keepMarkup(text: string): string {
  // **Label:** prefixes are written by us; the rest comes from role files.
  const match = /^(\*\*[^*]+:\*\* )(.*)$/s.exec(text);
  return match ? `${match[1] ?? ''}${escapeMarkdown(match[2] ?? '')}` : escapeMarkdown(text);
}

/**
 * A line that starts like a list item, a rule, a setext underline or a fence ("- ", "+ ",
 * "1. ", "---", "==", "~~~") takes a backslash, so it stays text wherever it falls; "#",
 * ">", "*" and "_" are escaped everywhere already.
 */
function escapeLineStart(line: string): string {
  if (/^([-+=])\1*(\s|$)|^~~~/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Wrapped one column short, so a line that needs a backslash at its start still fits. */
function wrapMarkdown(text: string, width: number, indent: string): string[] {
  return wrapText(text, width - indent.length - 1).map(escapeLineStart);
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

/** The words of written Markdown: a code span is one word, spaces and all; an escaped character belongs to its word. */
const MARKDOWN_WORD = /(?:(`+)[^]*?(?<!`)\1(?!`)|\\.|`+|[^\s`])+/g;

/**
 * A paragraph of Markdown already written (escaped text and code spans), wrapped between
 * its words. A word too wide for a line on its own, such as a very long code span, is
 * wrapped like text; a line break inside a code span reads as a space.
 */
export function markdownWords(markdown: string): string {
  const limit = MARKDOWN_WIDTH - 1;
  const lines: string[] = [];
  for (const [word] of markdown.matchAll(MARKDOWN_WORD)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && displayWidth(`${last} ${word}`) <= limit) lines[lines.length - 1] = `${last} ${word}`;
    else pushAll(lines, wrapText(word, limit));
  }
  return lines.map(escapeLineStart).join('\n');
}
