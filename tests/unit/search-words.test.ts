import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysOf, wordsOf } from '../../src/search/words.js';

describe('words of a text', () => {
  it('finds the same words in ASCII text with its fast pattern as with the Unicode one', () => {
    // A word beyond ASCII at the end sends the whole text through the Unicode pattern.
    const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ019 \'-./_\t\n'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(wordsOf(text)).toEqual(wordsOf(`${text} \u00e9`).slice(0, -1));
      }),
    );
  });

  it('keeps letters beyond ASCII and curly apostrophes in words', () => {
    expect(keysOf('Café owners’ roadmap')).toEqual(keysOf("cafe owners' roadmap").map((key) => (key === 'cafe' ? 'café' : key)));
    expect(wordsOf('naïve PM').map((word) => word.end - word.start)).toEqual([5, 2]);
  });
});
