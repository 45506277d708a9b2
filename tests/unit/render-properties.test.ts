// Property tests: for any valid roles, hostile text included, and any width from 20 to
// 240 (from 10 for the list table), every renderer of `show` and `list` stays within
// the width, adds no control character but its own colour codes, and the json output
// reads back as the role.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/cli/output-format.js';
import { loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { ORIENTATIONS, OWNERSHIP, roleSchema, type Role } from '../../src/format/role-schema.js';
import { MARKDOWN_WIDTH } from '../../src/render/markdown-text.js';
import { makePaint } from '../../src/render/paint.js';
import { fitsListTable, listJson, renderListMarkdown, renderListPlain, renderListTable } from '../../src/render/render-list.js';
import { renderRoleMarkdown, renderRolePlain, renderRoleText } from '../../src/render/render-role.js';
import { displayWidth } from '../../src/render/text-width.js';
import { buildListView } from '../../src/views/list-view.js';
import { buildRoleView } from '../../src/views/role-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
/** Property runs take seconds, more on a busy machine or with PROPERTY_RUNS raised. */
const SLOW = { timeout: 10 * 60_000 };
const { knowledge } = builtinData();

/** Anything a terminal acts on or hides; the renderers may add colour codes and nothing else. */
// eslint-disable-next-line no-control-regex -- finding these characters is the point
const TERMINAL_ACTIVE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- colour codes are the one escape the renderers may add
const COLOUR = /\u001b\[[0-9;]*m/g;

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

const codePoints = (from: number, to: number) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code));
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,10}$/),
  fc.stringMatching(/^[a-z]{25,70}$/),
  fc.string({ unit: codePoints(0x4e00, 0x9fff), minLength: 1, maxLength: 12 }),
  fc.constantFrom('👩‍💻', '🇫🇷', '❤️', '👍🏽', '🧑‍🤝‍🧑', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '1️⃣', 'नमस्ते', 'ภาษาไทย', 'مَرْحَبًا', 'שָׁלוֹם', 'Ｆｕｌｌ', 'ｶﾀｶﾅ', 'https://example.com/a/long/path/without/spaces'),
  fc.tuple(fc.stringMatching(/^[a-z]$/), fc.string({ unit: codePoints(0x300, 0x36f), minLength: 1, maxLength: 4 })).map(([base, marks]) => base + marks),
  fc.constantFrom('\u001b[31m', '\u001b[2J', '\u001b]8;;https://x\u001b\\', '\u001b]52;c;aGk=\u0007', '\u009b1A', '\u0090q\u009c', '\r', '\t', '\n', '\b', '\u0007', '\u0000', '\u202e', '\u2066', '\u200b', '\u2028', '\u00ad', '\u0301', '\u1cd0', '\u0903', '\u{1F3FD}', '\u0600', '\u{113D1}', '\u115f', '|', '`', '*', '#', '- ', '1.', '<b>', '\\'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
);
/** Text as a role file may hold it: words and tricks, not empty once trimmed. */
const text = fc
  .array(word, { minLength: 1, maxLength: 14 })
  .chain((words) => fc.constantFrom(' ', '', ' ').map((joiner) => words.join(joiner)))
  .filter((value) => value.trim().length > 0);
const texts = (max: number) => fc.array(text, { maxLength: max });
const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);

const role: fc.Arbitrary<Role> = fc
  .record(
    {
      id,
      title: text,
      aliases: texts(3),
      family: id,
      summary: text,
      focus: text,
      owns: fc.subarray([...OWNERSHIP]),
      orientation: fc.constantFrom(...ORIENTATIONS),
      responsibilities: texts(4),
      activities: texts(3),
      day_in_the_life: texts(3),
      outputs: texts(3),
      works_with: fc.array(id, { maxLength: 3 }),
      skills: texts(3),
      early_career: text,
      variations: fc.record({ company_size: text, method: text, region: text, seniority: text }, { requiredKeys: [] }),
      misconceptions: fc.array(fc.record({ myth: text, reality: text }), { maxLength: 2 }),
      perspectives: fc.array(fc.record({ source: id, view: text }), { maxLength: 2 }),
      research: fc.record({ tips: texts(2), search_terms: texts(2), questions: texts(3) }, { requiredKeys: [] }),
      sources: fc.array(id, { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'title', 'summary'] },
  )
  .map((candidate) => roleSchema.safeParse(candidate))
  .filter((result) => result.success)
  .map((result) => result.data as Role);

const catalog = fc.uniqueArray(role, { selector: (value) => value.id, minLength: 1, maxLength: 4 }).map((roles) => roles.map((value): LoadedRole => loadedRole(value, `${value.id}.yaml`, '--data')));
const width = fc.integer({ min: 20, max: 240 });

/** The checks every rendering for a terminal passes: within the width, colour the only escape. */
function expectTerminalSafe(render: (color: boolean) => string, maxWidth: number): void {
  const plain = render(false);
  const coloured = render(true);
  expect(coloured.replace(COLOUR, '')).toBe(plain);
  for (const line of lines(plain)) {
    expect(line).not.toMatch(TERMINAL_ACTIVE);
    expect(displayWidth(line)).toBeLessThanOrEqual(maxWidth);
  }
}

describe('show, for any valid role and width', () => {
  it('prints text no wider than the width, with no escape but its colour codes', SLOW, () => {
    fc.assert(
      fc.property(catalog, width, (roles, columns) => {
        const [first] = roles;
        if (!first) return;
        const view = buildRoleView(first, roles, knowledge);
        expectTerminalSafe((color) => renderRoleText(view, columns, makePaint(color)), columns);
      }),
      { numRuns: RUNS },
    );
  });

  it('prints plain output as one section<TAB>text record per line, with no control characters', SLOW, () => {
    fc.assert(
      fc.property(catalog, (roles) => {
        const [first] = roles;
        if (!first) return;
        for (const line of lines(renderRolePlain(buildRoleView(first, roles, knowledge)))) {
          expect(line).toMatch(/^[a-z-]+\t[^\t]*$/);
          expect(line.replace('\t', ' ')).not.toMatch(TERMINAL_ACTIVE);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('prints Markdown with no control characters and prose wrapped at 80 columns', SLOW, () => {
    fc.assert(
      fc.property(catalog, (roles) => {
        const [first] = roles;
        if (!first) return;
        for (const line of lines(renderRoleMarkdown(buildRoleView(first, roles, knowledge)))) {
          expect(line).not.toMatch(TERMINAL_ACTIVE);
          if (!line.startsWith('#')) expect(displayWidth(line)).toBeLessThanOrEqual(MARKDOWN_WIDTH);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('prints json that reads back as the very same role, control characters and all', SLOW, () => {
    fc.assert(
      fc.property(role, (value) => {
        expect(JSON.parse(toJson(value))).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('list, for any valid roles and width', () => {
  it('prints a table that is a rectangle no wider than the width, or one block per role when the width is too small for it, from 10 to 240 columns', SLOW, () => {
    fc.assert(
      fc.property(catalog, fc.integer({ min: 10, max: 240 }), (roles, columns) => {
        const rows = buildListView(roles);
        expectTerminalSafe((color) => renderListTable(rows, columns, makePaint(color)).text, columns);
        const { text, stacked } = renderListTable(rows, columns, makePaint(false));
        expect(stacked).toBe(!fitsListTable(columns));
        if (!stacked) expect(new Set(lines(text).map(displayWidth)).size).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });

  it('prints plain output as one five-field record per role, with no control characters', SLOW, () => {
    fc.assert(
      fc.property(catalog, (roles) => {
        const output = lines(renderListPlain(buildListView(roles)));
        expect(output).toHaveLength(roles.length);
        for (const line of output) {
          expect(line.split('\t')).toHaveLength(5);
          expect(line.replace(/\t/g, ' ')).not.toMatch(TERMINAL_ACTIVE);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('prints a Markdown table with four cells in every row, whatever the text holds', SLOW, () => {
    fc.assert(
      fc.property(catalog, (roles) => {
        const rows = lines(renderListMarkdown(buildListView(roles))).filter((line) => line.startsWith('|'));
        expect(rows).toHaveLength(roles.length + 2);
        for (const row of rows) {
          expect(row).not.toMatch(TERMINAL_ACTIVE);
          expect(row.split(/(?<!\\)\|/).length - 2).toBe(4);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('prints json that reads back as the same rows', SLOW, () => {
    fc.assert(
      fc.property(catalog, (roles) => {
        const json = listJson(buildListView(roles));
        expect(JSON.parse(toJson(json))).toEqual(json);
        expect(json.map((row) => (row as { id: string }).id).sort()).toEqual(roles.map((loaded) => loaded.role.id).sort());
      }),
      { numRuns: RUNS },
    );
  });
});
