// Stands in for fast-string-width in the prompt bundles (scripts/build.mjs): @inquirer/core
// wraps every line it draws through it, and its Unicode-property regular expressions cost
// about 4 ms to compile before the first question shows. What the prompts draw is nearly
// always plain text, their marks (❯ › ─ ✔), the keys of their help line (↑↓ ⏎) and
// terminal codes, one column a character and the codes none; only other text is measured
// by the library, loaded then.

/** One column each, and never joining a neighbour: printable ASCII and Latin-1, general punctuation, and the prompts' marks and keys. */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u00ff\u2010-\u2027\u2030-\u203b\u2191\u2193\u23ce\u2500\u2714\u276f]*$/;
/** Colours and the cursor's codes (CSI sequences) take no columns. */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
const TERMINAL_CODE = /\u001b\[[0-?]*[ -/]*[@-~]/g;
let libraryWidth: ((text: string) => number) | undefined;

export default function promptTextWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(TERMINAL_CODE, '') : text;
  if (ONE_COLUMN_EACH.test(plain)) return plain.length;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  libraryWidth ??= (require('fast-string-width') as typeof import('fast-string-width')).default;
  return libraryWidth(text);
}
