// Pure: lists laid out for the short views: on one line, as many whole items as fit and a
// count of the rest; or on as few lines as they need, never breaking an item across two.
import { cutToWidth, displayWidth, spaces } from './text-width.js';

/** "A, B, C and 4 more" within `room` columns; always at least one item, so the caller wraps one wider than that. */
export function listOnOneLine(items: readonly string[], room: number, separator = ', '): string {
  const text = (count: number): string => items.slice(0, count).join(separator) + (count < items.length ? ` and ${items.length - count} more` : '');
  let shown = items.length;
  while (shown > 1 && displayWidth(text(shown)) > room) shown--;
  return text(shown);
}

/** `marker` then the items with `separator` after each but the last, a line broken only between items (one wider than a line is cut). */
export function packItems(marker: string, items: readonly string[], width: number, separator = ','): string[] {
  const indent = spaces(displayWidth(marker));
  const lines: string[] = [];
  let line = marker;
  items.forEach((item, i) => {
    const text = i < items.length - 1 ? `${item}${separator}` : item;
    const joined = line === marker || line === indent ? line + text : `${line} ${text}`;
    if (displayWidth(joined) <= width || line === marker || line === indent) line = joined;
    else {
      lines.push(line);
      line = indent + text;
    }
  });
  lines.push(line);
  return lines.map((text) => cutToWidth(text, width));
}
