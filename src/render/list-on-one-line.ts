// Pure: a list shown on one line, as many whole items as fit and a count of the rest, for the
// short views; the full views wrap every item instead.
import { displayWidth } from './text-width.js';

/** "A, B, C and 4 more" within `room` columns; always at least one item, so the caller wraps one wider than that. */
export function listOnOneLine(items: readonly string[], room: number, separator = ', '): string {
  const text = (count: number): string => items.slice(0, count).join(separator) + (count < items.length ? ` and ${items.length - count} more` : '');
  let shown = items.length;
  while (shown > 1 && displayWidth(text(shown)) > room) shown--;
  return text(shown);
}
