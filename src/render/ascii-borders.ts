// Tables drawn for a terminal whose locale is not UTF-8 (LANG=C and the like), which would
// show box-drawing characters as garbage: each becomes its nearest ASCII character.

const HORIZONTAL = new Set('─━┄┅┈┉╌╍═');
const VERTICAL = new Set('│┃┆┇┊┋╎╏║');
/** Box drawing, and the squares of the gauges (render-gauges.ts): filled is the position, empty the rest of the scale. */
const BOX_DRAWING = /[\u2500-\u257f\u25a0\u25a1]/g;
const SQUARES: Record<string, string> = { '■': '#', '□': '-' };

export function asciiBorders(text: string): string {
  return text.replace(BOX_DRAWING, (ch) => SQUARES[ch] ?? (HORIZONTAL.has(ch) ? '-' : VERTICAL.has(ch) ? '|' : '+'));
}

/** The locale's character set as the C library picks it: LC_ALL, else LC_CTYPE, else LANG; none set is the C locale. */
export function localeIsUtf8(env: Record<string, string | undefined>): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || 'C';
  return /utf-?8/i.test(locale);
}
