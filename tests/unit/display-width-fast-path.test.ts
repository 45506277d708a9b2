// displayWidth measures common text itself and leaves the rest to string-width; the two
// must never disagree, or tables would lose their shape.
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/render/text-width.js';

const pieces = fc.constantFrom(
  'a', 'Z', ' ', '-', '~', 'é', 'ß', 'ÿ', 'Ł', 'ɐ', 'ʰ', '\u00a0', '\u00ad', '©', '®', '—', '–', '“', '”', '…', '•', '‰', '‹', '※', '‼', '™',
  '中', '한', '😀', '👍🏽', '🇬🇧', 'e\u0301', '\u0301', '\u200b', '\u200d', '\ufe0f', '\u001b[1m', '\u001b[36m', '\u001b[39m', '\u001b[22m', '\u001b[38;5;12m', '\u001b[m', '\u001b]8;;x\u0007',
  '─', '│', '┼', '■', '□', '▪', '▶', '◀',
);

describe('measuring text width', () => {
  it('agrees with string-width on any mix of letters, punctuation, wide characters, emoji, marks and colour codes', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('breaks a long word of one-column characters into pieces of exactly the width', () => {
    expect(wrapText('programme-manager, delivery—lead', 6)).toEqual(['progra', 'mme-ma', 'nager,', 'delive', 'ry—lea', 'd']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '-', 'é', '—', '“'), minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (word, width) => {
        const lines = wrapText(word, width);
        expect(lines.join('')).toBe(word);
        expect(lines.every((line, i) => displayWidth(line) === (i < lines.length - 1 ? width : displayWidth(line)) && displayWidth(line) <= width)).toBe(true);
      }),
    );
  });

  it('agrees with string-width on every character it counts by itself', () => {
    for (let code = 0x20; code <= 0x25ff; code++) {
      if (code >= 0x7f && code < 0xa0) continue;
      const text = `a${String.fromCharCode(code)}b`;
      expect(displayWidth(text), `U+${code.toString(16)}`).toBe(stringWidth(text));
    }
  });
});
