import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collateText, rootCollationFor } from '../../src/views/collate-text.js';

// The root collation, which English uses unchanged: the order collateText must reproduce.
const english = new Intl.Collator('en');
const sign = (value: number): number => Math.sign(value);

describe('collating text', () => {
  it('orders printable ASCII exactly as the root collation does', () => {
    // Any printable character, or a handful chosen so that strings often tie but for case or a late character.
    const anyChar = fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code));
    const fewChars = fc.constantFrom('a', 'A', 'b', 'B', ' ', '-', '_', '.', '1', 'z', 'Z');
    const ascii = fc.oneof(fc.string({ unit: anyChar, maxLength: 12 }), fc.string({ unit: fewChars, maxLength: 8 }));
    fc.assert(
      fc.property(ascii, ascii, (a, b) => {
        expect(sign(collateText(a, b, true))).toBe(sign(english.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('orders look-alike titles as the root collation does: case last, punctuation before digits and letters', () => {
    const titles = ['product manager', 'Product Manager', 'Product-Manager', 'Product_Manager', 'Product Manager 2', 'product manager (senior)', 'Product/Manager', 'Producta', 'PRODUCT', 'product', 'Zeta', 'alpha', '9 lives', '$pay', 'a.b', 'a,b'];
    const sorted = [...titles].sort((a, b) => collateText(a, b, true));
    expect(sorted).toEqual([...titles].sort(english.compare));
  });

  it('leaves anything beyond printable ASCII to localeCompare', () => {
    expect(sign(collateText('é', 'f', true))).toBe(sign('é'.localeCompare('f')));
    expect(sign(collateText('Zoë', 'Zoe', true))).toBe(sign('Zoë'.localeCompare('Zoe')));
  });

  it('uses the table only where the locale collates as the root one', () => {
    expect(rootCollationFor({}, 'linux')).toBe(true);
    expect(rootCollationFor({ LANG: 'C.UTF-8' }, 'linux')).toBe(true);
    expect(rootCollationFor({ LANG: 'en_GB.UTF-8' }, 'darwin')).toBe(true);
    expect(rootCollationFor({ LANG: 'da_DK.UTF-8' }, 'linux')).toBe(false);
    expect(rootCollationFor({ LANG: 'en_US.UTF-8', LC_ALL: 'tr_TR.UTF-8' }, 'linux')).toBe(false);
    expect(rootCollationFor({ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'linux')).toBe(true);
    expect(rootCollationFor({ LANG: 'en_US.UTF-8' }, 'win32')).toBe(false);
  });
});
