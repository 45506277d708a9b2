// Orders text exactly as String#localeCompare does, without loading ICU's collator when
// it can: the first localeCompare of a process costs more than everything else `roles
// list` does (about 70 million instructions, a seventh of starting Node; bench/RESULTS.md).
// For printable ASCII in a locale whose collation is the root one, the order is a fixed
// table; any other text or locale goes to localeCompare itself.

/**
 * Printable ASCII in the order of the root collation: each of these has its own primary
 * weight, then come the letters, where case only counts when all else is equal (lower case
 * first). Read off localeCompare; the unit test compares the two on many random strings.
 */
const SYMBOLS_THEN_DIGITS = ' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789';
const PRIMARY = new Uint8Array(128);
for (let i = 0; i < SYMBOLS_THEN_DIGITS.length; i++) PRIMARY[SYMBOLS_THEN_DIGITS.charCodeAt(i)] = i + 1;
for (let letter = 0; letter < 26; letter++) {
  PRIMARY[0x61 + letter] = SYMBOLS_THEN_DIGITS.length + 1 + letter;
  PRIMARY[0x41 + letter] = SYMBOLS_THEN_DIGITS.length + 1 + letter;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The collation locale ICU takes from the environment on POSIX systems: LC_ALL, then LC_MESSAGES, then LANG. */
export function rootCollationFor(env: Record<string, string | undefined>, platform: string): boolean {
  if (platform === 'win32') return false;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale === '' || /^(C|POSIX|en)([._@-]|$)/.test(locale);
}

function compareAscii(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (PRIMARY[a.charCodeAt(i)] ?? 0) - (PRIMARY[b.charCodeAt(i)] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    // Same primary weight, so either the same character or a letter in both cases: lower case first.
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}

let processCollatesAsRoot: boolean | undefined;

/**
 * a.localeCompare(b). Like localeCompare, it answers for the process's own locale;
 * `rootCollation` (tests pass it) says whether that locale collates as the root one.
 */
export function collateText(a: string, b: string, rootCollation?: boolean): number {
  processCollatesAsRoot ??= rootCollationFor(process.env, process.platform);
  if ((rootCollation ?? processCollatesAsRoot) && PRINTABLE_ASCII.test(a) && PRINTABLE_ASCII.test(b)) return compareAscii(a, b);
  return a.localeCompare(b);
}
