// Role files may come from anywhere: text from them must never drive the terminal.
// Escape sequences (CSI, OSC such as links and clipboard writes, DCS, charset
// switches...) are removed whole; line breaks and tabs become spaces; other control
// characters, bidirectional overrides, invisible filler characters and combining
// characters with nothing to combine with are removed, so nothing can move the
// cursor, reorder a line, hide text or bend a table.

import { graphemeSegments, segmentShort } from './grapheme-segments.js';

/* eslint-disable no-control-regex, no-misleading-character-class -- matching control and invisible characters one by one is the point */
const ESCAPE_SEQUENCE = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]', // CSI: colours, cursor movement, erasing
    '\\u009b[0-?]*[ -/]*[@-~]', // the same with the one-byte C1 introducer
    '(?:\\u001b[\\]PX^_]|[\\u0090\\u0098\\u009d-\\u009f])[\\s\\S]*?(?:\\u0007|\\u001b\\\\|\\u009c|$)', // OSC 8/52, DCS, APC...: up to the terminator
    '\\u001b[ -/]*[0-~]', // two- and three-character escapes: ESC 7, ESC c, ESC ( 0
  ].join('|'),
  'g',
);
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional controls, and characters that take no space and show nothing (zero-width space, fillers, soft hyphen). */
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u115f\u1160\u17b4\u17b5\u180e\u200b\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb]/g;
/** Tag characters only mean something inside a flag sequence such as England's: a black flag, tag letters, a cancel tag. */
const TAGS = /(\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|[\u{E0000}-\u{E007F}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex, no-misleading-character-class */

/** Latin letters, dashes, quotes and the like: each is a character of its own and joins nothing. */
const NEVER_JOINS = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

/** True when `before` and `after` make one character on screen. */
function joins(before: string, after: string): boolean {
  return segmentShort(before + after).length === 1;
}

/**
 * Drops what would join the space beside it: a combining mark or skin-tone modifier
 * with no letter before it, a prefix such as the Arabic number sign with nothing after
 * it. Next to the padding of a table cell it would change the cell's width. The grapheme
 * rules are the ones displayWidth measures with, whatever Unicode version they follow.
 */
function dropDanglingJoiners(text: string): string {
  if (NEVER_JOINS.test(text)) return text;
  const parts = Array.from(graphemeSegments(text), (segment) => (segment.length > 1 && /\s/u.test(segment) ? segment.replace(/\S/gu, '') : segment));
  // Counted from each end rather than shifted off, which would copy the list once per part dropped.
  let first = 0;
  let end = parts.length;
  while (first < end && joins(' ', parts[first] ?? '')) first++;
  while (end > first && joins(parts[end - 1] ?? '', ' ')) end--;
  return parts.slice(first, end).join('');
}

/**
 * Text that sanitizeText would leave as it is: printable Latin letters, dashes and
 * quotes (not the soft hyphen), single spaces between words. Most role text is like
 * this, and a list of thousands of roles sanitises tens of thousands of strings.
 */
const ALREADY_CLEAN = /^(?:[!-~\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]+(?: [!-~\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]+)*)?$/;

export function sanitizeText(text: string): string {
  return ALREADY_CLEAN.test(text) ? text : removeUnsafe(text);
}

/** sanitizeText without its shortcut for text that is clean already; exported for the test that compares the two. */
export function removeUnsafe(text: string): string {
  const cleaned = text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(TAGS, (_tag, flag: string | undefined) => flag ?? '')
    .replace(LONE_SURROGATE, '\ufffd');
  return dropDanglingJoiners(cleaned)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/* eslint-disable no-control-regex, no-misleading-character-class -- showing control and invisible characters is the point */
const UNSAFE_IN_MESSAGES =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\u00ad\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
/* eslint-enable no-control-regex, no-misleading-character-class */

/**
 * For messages about a file (its name, a field, a value): control, bidirectional and
 * invisible characters, line breaks included, are shown as \u escapes, so the user sees
 * that they are there but the terminal never acts on them and the message stays one line.
 */
export function showControlCharacters(text: string): string {
  return text.replace(UNSAFE_IN_MESSAGES, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
