// Measuring and wrapping text by the columns it takes in a terminal, so CJK, emoji
// and combining marks line up; long words are broken, never cut.
import { graphemeSegments } from './grapheme-segments.js';
import { pushAll } from './push-all.js';

/**
 * Characters string-width counts as one column each and that never join a neighbour:
 * ASCII, Latin-1 and Latin letters (not the soft hyphen, nor © and ®, which are emoji),
 * dashes, quotes, bullets and the ellipsis, box drawing and the gauges' squares (U+2500 to
 * U+25A9; ▪ U+25AA and later shapes can be emoji). Text made only of them is measured by its
 * length, so most runs never load string-width, whose start-up (an emoji regex, a Unicode
 * property regex and an Intl.Segmenter) cost 17 ms in a profile of a coloured card.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027\u2030-\u203b\u2500-\u25a9]*$/;
/** Colour codes take no columns; string-width strips them (and every other escape) first too. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const COLOUR_CODE = /\u001b\[[0-9;]*m/g;
let stringWidth: ((text: string) => number) | undefined;
/** Longer than this, text is measured in pieces: string-width segments its whole input at once (see grapheme-segments.ts). */
const MEASURED_WHOLE = 1024;

export function displayWidth(text: string): number {
  if (ONE_COLUMN_EACH.test(text)) return text.length;
  const uncoloured = text.replace(COLOUR_CODE, '');
  if (uncoloured !== text && ONE_COLUMN_EACH.test(uncoloured)) return uncoloured.length;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  stringWidth ??= (require('string-width') as typeof import('string-width')).default;
  if (uncoloured.length <= MEASURED_WHOLE) return stringWidth(uncoloured);
  // string-width adds up the widths of the clusters, so pieces cut between clusters add up to the whole.
  let width = 0;
  let piece = '';
  for (const segment of graphemeSegments(uncoloured)) {
    piece += segment;
    if (piece.length >= MEASURED_WHOLE) {
      width += stringWidth(piece);
      piece = '';
    }
  }
  return width + (piece ? stringWidth(piece) : 0);
}

/**
 * Splits a word that is wider than the space into pieces that fit. A character wider
 * than the whole space (a CJK character in a one-column cell) becomes "?", so no line
 * is ever wider than asked.
 */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  // One column and one character each: cut every `width` characters, no Segmenter needed.
  if (ONE_COLUMN_EACH.test(word)) {
    for (let at = 0; at < word.length; at += Math.max(1, width)) pieces.push(word.slice(at, at + Math.max(1, width)));
    return pieces;
  }
  let piece = '';
  let pieceWidth = 0;
  // Widths of clusters add up (as in displayWidth), so each is measured once, not the piece again with each.
  for (const segment of graphemeSegments(word)) {
    const segmentWidth = displayWidth(segment);
    const [fitting, fittingWidth] = segmentWidth > width ? ['?', 1] : [segment, segmentWidth];
    if (piece && pieceWidth + fittingWidth > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += fitting;
    pieceWidth += fittingWidth;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Whitespace other than single spaces between words: text without it needs no collapsing of whitespace, and the fast path below can keep to it. */
export const UNEVEN_SPACING = /[^\S ]| {2}|^ | $/;

/**
 * wrapText for text whose characters take one column each and whose words are
 * separated by single spaces, as sanitizeText leaves it: every line is then a piece of
 * the text, found by counting, and nothing is measured, split or joined. Measuring each
 * longer candidate line copied it, which was much of what `roles compare` allocated and
 * about 2 ms of its run. Each line ends at the last space that leaves it `limit` long or
 * less, found with one search back from there rather than a step per word.
 */
function wrapSingleSpaced(text: string, limit: number, lines: string[]): string[] {
  let start = 0;
  while (text.length - start > limit) {
    // Searched within the line only: lastIndexOf from start + limit would go on back past
    // the line's start, over the whole text before it, for every line of a long unbroken word.
    const found = text.slice(start, start + limit + 1).lastIndexOf(' ');
    const space = found > 0 ? start + found : -1;
    if (space > start) {
      lines.push(text.slice(start, space));
      start = space + 1;
    } else {
      // A word wider than the line is cut every `limit` characters, as breakWord does.
      lines.push(text.slice(start, start + limit));
      start += limit;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** Wraps one paragraph to lines no wider than `width` (at least 1), added to the end of `lines`. */
export function wrapText(text: string, width: number, lines: string[] = []): string[] {
  const limit = Math.max(1, width);
  if (ONE_COLUMN_EACH.test(text) && !UNEVEN_SPACING.test(text)) return wrapSingleSpaced(text, limit, lines);
  const start = lines.length;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = displayWidth(word) > limit ? breakWord(word, limit) : [word];
    line = pieces.pop() ?? '';
    pushAll(lines, pieces);
  }
  if (line || lines.length === start) lines.push(line);
  return lines;
}

/** displayWidth(`${a}${b}`), measured without joining the two when each character of both takes one column. */
export function joinedWidth(a: string, b: string): number {
  return ONE_COLUMN_EACH.test(a) && ONE_COLUMN_EACH.test(b) ? a.length + b.length : displayWidth(`${a}${b}`);
}

/** Runs of spaces made once each: a table pads every line of every cell, and repeat() builds a new string each time. */
const SPACE_RUNS: string[] = [];

/** `count` spaces (none for zero or less). */
export function spaces(count: number): string {
  if (count <= 0) return '';
  return (SPACE_RUNS[count] ??= ' '.repeat(count));
}

/** `text` cut to `width` columns with "…" at the end when it is wider; whole when it fits. */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  // One column per character: a slice, without the Segmenter's start-up.
  if (ONE_COLUMN_EACH.test(text)) return `${text.slice(0, width - 1).trimEnd()}…`;
  let kept = '';
  for (const segment of graphemeSegments(text)) {
    if (displayWidth(`${kept}${segment}…`) > width) break;
    kept += segment;
  }
  return `${kept.trimEnd()}…`;
}
