// Renders `roles search`: on a terminal each role with the field and the passage that
// matched, the matched words highlighted; piped, one tab-separated record per result.
import type { SearchView } from '../views/search-view.js';
import { highlightWords } from './highlight-words.js';
import type { Paint } from './paint.js';
import { pushAll } from './push-all.js';
import { wrapText } from './text-width.js';

const INDENT = '  ';

export function renderSearchText(view: SearchView, width: number, paint: Paint): string {
  if (view.results.length === 0) return '';
  const lines: string[] = [];
  for (const [i, result] of view.results.entries()) {
    if (i > 0) lines.push('');
    const more = result.matches > 1 ? ` (+${result.matches - 1} more)` : '';
    pushAll(lines, wrapText(`${result.title} (${result.name}) · ${result.field}${more}`, width).map((line, k) => (k === 0 ? paint.title(line) : line)));
    pushAll(lines, wrapText(result.text, Math.max(1, width - INDENT.length)).map((line) => INDENT + highlightWords(line, result.marks, paint.heading)));
  }
  return `${lines.join('\n')}\n`;
}

/** "id<TAB>field<TAB>text" per result, best first; never wrapped. */
export function renderSearchPlain(view: SearchView): string {
  return view.results.map((result) => `${result.id}\t${result.field}\t${result.text}\n`).join('');
}

export function searchJson(view: SearchView): unknown {
  return { query: view.query, results: view.results.map(({ id, title, field, text, score, matches }) => ({ id, title, field, text, score, matches })) };
}
