// Role text is shown in terminals: nothing in a downloaded role file may drive the
// terminal or bend the layout, in any format but json and yaml.
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { makePaint } from '../../src/render/paint.js';
import { fitsListTable, renderListMarkdown, renderListPlain, renderListTable } from '../../src/render/render-list.js';
import { renderRoleMarkdown, renderRolePlain, renderRoleText } from '../../src/render/render-role.js';
import { toJson } from '../../src/render/render-json.js';
import { stringifyYaml } from '../../src/render/render-yaml.js';
import { removeUnsafe, sanitizeText, showControlCharacters } from '../../src/render/sanitize-text.js';
import { displayWidth, wrapText } from '../../src/render/text-width.js';
import { buildListView } from '../../src/views/list-view.js';
import { buildRoleView } from '../../src/views/role-view.js';
import { HOSTILE_TEXT_DIR } from '../fixtures/bad-role-corpus.js';
import { builtinData } from '../helpers/builtin-catalog.js';

const { roles: builtinRoles, knowledge } = builtinData();

function fixtureRole(file: string): LoadedRole {
  const parsed = parseRoleFile(readFileSync(join(HOSTILE_TEXT_DIR, file)), file);
  expect(parsed.problems).toEqual([]);
  if (!parsed.value) throw new Error(`${file} did not load`);
  return loadedRole(parsed.value, file, '--data');
}

const tricks = fixtureRole('terminal-tricks.yaml');
const wide = fixtureRole('wide-text.yaml');
const roles = [...builtinRoles, tricks, wide];

/** Anything a terminal acts on or hides: C0 and C1 controls, bidi controls, invisible characters. */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- colour codes are the one escape the renderers may add
const COLOUR = /\u001b\[[0-9;]*m/g;

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

describe('sanitizeText', () => {
  it.each([
    ['colour codes', 'red \u001b[31mtext\u001b[0m here', 'red text here'],
    ['cursor movement and screen clearing', 'a\u001b[2J\u001b[H\u001b[10A\u001b[5Cb', 'ab'],
    ['an OSC 8 link, keeping its visible text', '\u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['an OSC 52 clipboard write ended by BEL', 'x\u001b]52;c;cm0gLXJmIH4=\u0007y', 'xy'],
    ['a window title', '\u001b]0;pwned\u0007title', 'title'],
    ['an OSC left open to the end', 'kept \u001b]52;c;never-ends', 'kept'],
    ['the one-byte CSI and DCS forms', 'a\u009b31mb\u0090qsixel\u009cc', 'abc'],
    ['charset switches and cursor save/restore', '\u001b(0lqk\u001b(B \u001b7x\u001b8', 'lqk x'],
    ['a bell and backspaces', 'ding\u0007\u0007 back\b\b\bspace', 'ding backspace'],
    ['a carriage return that would overwrite the line', 'safe text\rEVIL', 'safe text EVIL'],
    ['tabs and line breaks of every kind', 'a\tb\nc\u000bd\u000ce\u0085f\u2028g\u2029h', 'a b c d e f g h'],
    ['bidi overrides and isolates', 'abc \u202egnirts\u202c \u2067x\u2069 \u200fz\u200e', 'abc gnirts x z'],
    ['zero-width and filler characters that hide text', 'zero\u200bwidth\u2060join\ufeffbom soft\u00adhyphen \u3164filler', 'zerowidthjoinbom softhyphen filler'],
    ['NUL and DEL', 'a\u0000b\u007fc', 'abc'],
    ['a lone surrogate', 'x\ud800y', 'x\ufffdy'],
    ['combining marks with no letter before them', '\u0301\u1cd0start and \u0903\u0489 after a space', 'start and after a space'],
    ['a skin-tone modifier with no emoji before it', 'tone \u{1F3FD} alone', 'tone alone'],
    ['a number sign with no number after it', 'sign\u0600 then \u0600', 'sign then'],
    ['a prefix of a newer script with nothing after it', 'Tulu \u{113D1}', 'Tulu'],
    ['a run of invisible tag characters, all of it', 'hid\u{E0001}\u{E0068}\u{E0069}\u{E0064}\u{E0065}\u{E007F}den', 'hidden'],
    ['tag characters after a black flag that never end the sequence', 'flag \u{1F3F4}\u{E0067}\u{E0062}!', 'flag \u{1F3F4}!'],
  ])('removes %s', (_what, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it.each([
    ['CJK', '日本語のテキスト'],
    ['emoji, including joined and flag sequences', '👩‍💻 🇫🇷 ❤️ 👍🏽 🏴󠁧󠁢󠁥󠁮󠁧󠁿'],
    ['combining marks', 'e\u0301 a\u0308 Z\u0351a\u0354'],
    ['Persian with a zero-width non-joiner', 'می\u200cخواهم'],
    ['an Arabic number sign before its number', '\u0600١٢٣ items'],
  ])('keeps %s as written', (_what, text) => {
    expect(sanitizeText(text)).toBe(text);
  });
});

describe('text the output formats keep as written', () => {
  const value = { title: 'CSI \u009b2J OSC \u009d0;t\u009c NEL \u0085 RLO \u202e DEL \u007f end', list: ['plain', 'LS \u2028 here \\\u202e'] };
  const RAW = /[\u007f-\u009f\u202e\u2028]/;

  it('escapes DEL, C1 controls and bidi overrides in JSON, which reads back the same', () => {
    expect(toJson(value)).not.toMatch(RAW);
    expect(JSON.parse(toJson(value))).toEqual(value);
  });

  it('escapes them in YAML inside double quotes, which reads back the same', () => {
    const yaml = stringifyYaml(value);
    expect(yaml).not.toMatch(RAW);
    expect(yaml).toContain('"CSI \\u009b2J');
    expect(parseYaml(yaml)).toEqual(value);
  });
});

describe('showControlCharacters, for error lines', () => {
  it.each([
    ['a line break, so the message stays one line', 'p\nm', 'p\\u000am'],
    ['zero-width characters', 'p\u200bm\u200d\ufeff', 'p\\u200bm\\u200d\\ufeff'],
    ['tag characters, by their code point', 'x\u{E0041}', 'x\\u{e0041}'],
    ['a bidi override', 'a\u202eb', 'a\\u202eb'],
  ])('shows %s as escapes', (_what, text, shown) => {
    expect(showControlCharacters(text)).toBe(shown);
  });
});

describe('the shortcut for text that is clean already', () => {
  // Letters, spaces and the characters at the edges of what the shortcut accepts.
  const characters = ['a', 'Z', ' ', '  ', '-', 'é', '\u00a0', '\u00ad', '\u02ff', '\u0300', '\u2010', '\u2027', '\u2028', '\u2030', '\u205e', '\u205f', '\u2060', '\u200b', '\t', '\u001b[1m', '\u0085', '\u3000', '日', '👍'];

  it('gives exactly what the full clean-up gives, for any mix of them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(sanitizeText(text)).toBe(removeUnsafe(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers at once for a long word followed by a character it does not accept', () => {
    expect(sanitizeText(`${'a'.repeat(5000)}\t`)).toBe('a'.repeat(5000));
  });
});

describe('a role file full of terminal tricks', () => {
  const view = buildRoleView(tricks, roles, knowledge);
  const outputs: [string, string][] = [
    ['show as text', renderRoleText(view, 80, makePaint(false))],
    ['show as coloured text', renderRoleText(view, 80, makePaint(true)).replace(COLOUR, '')],
    ['show as plain records', renderRolePlain(view)],
    ['show as Markdown', renderRoleMarkdown(view)],
    ['list as a table', renderListTable(buildListView(roles), 100, makePaint(false)).text],
    ['list stacked', renderListTable(buildListView(roles), 30, makePaint(false)).text],
    ['list as a coloured table', renderListTable(buildListView(roles), 100, makePaint(true)).text.replace(COLOUR, '')],
    ['list as plain records', renderListPlain(buildListView(roles))],
    ['list as Markdown', renderListMarkdown(buildListView(roles))],
  ];

  it.each(outputs)('reaches %s with no control, bidi or invisible character', (_what, output) => {
    for (const line of lines(output)) expect(line.replace(/\t/g, ' ')).not.toMatch(TERMINAL_ACTIVE);
  });

  it('keeps the visible words around each trick', () => {
    const text = renderRolePlain(view);
    for (const words of ['Terminal Tricks', 'looks harmless until clicked', 'safe text EVIL', 'without asking', 'Backspaces over words', 'gnirts desrever', 'Zerowidthjoinershidetext', 'Line separator and paragraph separator and next line']) {
      expect(text).toContain(words);
    }
  });

  it('keeps plain output to one tab-separated record per line', () => {
    for (const line of lines(renderRolePlain(view))) expect(line).toMatch(/^[a-z-]+\t[^\t]*$/);
    for (const line of lines(renderListPlain(buildListView([tricks, wide])))) expect(line.split('\t')).toHaveLength(5);
  });

  it.each([20, 33, 47, 80, 131, 240])('keeps every line of show within %i columns', (width) => {
    for (const line of lines(renderRoleText(view, width, makePaint(true)))) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('long words, wide characters and combining marks', () => {
  const widths = Array.from({ length: 221 }, (_, i) => i + 20);

  it('keeps the list table a rectangle of the asked width or less, and the stacked list within it, at every width from 10 to 240', () => {
    const rows = buildListView([wide, tricks, ...builtinRoles.slice(0, 3)]);
    for (let width = 10; width <= 240; width++) {
      const { text, stacked } = renderListTable(rows, width, makePaint(false));
      const measured = new Set(lines(text).map(displayWidth));
      expect(stacked).toBe(!fitsListTable(width));
      if (!stacked) expect({ width, measured: [...measured] }).toEqual({ width, measured: [Math.max(...measured)] });
      expect(Math.max(...measured)).toBeLessThanOrEqual(width);
    }
  });

  it('keeps every line of show within the width, at every width from 20 to 240', () => {
    const view = buildRoleView(wide, roles, knowledge);
    for (const width of widths) {
      const widest = Math.max(...lines(renderRoleText(view, width, makePaint(false))).map(displayWidth));
      expect({ width, widest: Math.min(widest, width) }).toEqual({ width, widest });
    }
  });

  it('breaks a long word into pieces that join back into the word', () => {
    const word = 'Supercalifragilisticexpialidocious中文字符👩‍💻e\u0301';
    for (const width of [2, 3, 5, 8, 13]) {
      const pieces = wrapText(word, width);
      expect(pieces.join('')).toBe(word);
      for (const piece of pieces) expect(displayWidth(piece)).toBeLessThanOrEqual(width);
    }
  });

  it('shows a character wider than a one-column space as "?" rather than overflow', () => {
    expect(wrapText('日本', 1)).toEqual(['?', '?']);
  });
});
