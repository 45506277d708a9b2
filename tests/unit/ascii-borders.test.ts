import { describe, expect, it } from 'vitest';
import { asciiBorders, localeIsUtf8 } from '../../src/render/ascii-borders.js';

describe('asciiBorders', () => {
  it('draws a box table with - | and +, leaving the text alone', () => {
    const table = '┌────┬───┐\n│ pm │ é │\n├────┼───┤\n└────┴───┘\n';
    expect(asciiBorders(table)).toBe('+----+---+\n| pm | é |\n+----+---+\n+----+---+\n');
  });
});

describe('localeIsUtf8', () => {
  it('reads LC_ALL, then LC_CTYPE, then LANG, as the C library does', () => {
    expect(localeIsUtf8({ LANG: 'en_GB.UTF-8' })).toBe(true);
    expect(localeIsUtf8({ LANG: 'C.utf8' })).toBe(true);
    expect(localeIsUtf8({ LANG: 'C' })).toBe(false);
    expect(localeIsUtf8({})).toBe(false);
    expect(localeIsUtf8({ LANG: 'en_GB.UTF-8', LC_CTYPE: 'POSIX' })).toBe(false);
    expect(localeIsUtf8({ LANG: 'C', LC_ALL: 'de_DE.UTF-8', LC_CTYPE: 'C' })).toBe(true);
    expect(localeIsUtf8({ LANG: 'en_US.ISO-8859-1' })).toBe(false);
  });
});
