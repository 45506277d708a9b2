import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import type { Role } from '../../src/format/role-schema.js';
import { renderBoxTable } from '../../src/render/columns.js';
import { makePaint } from '../../src/render/paint.js';
import { fitsSideBySide, MIN_ROLE_WIDTH, renderComparePlain, renderCompareTable } from '../../src/render/render-compare.js';
import { compareJson, renderCompareMarkdown } from '../../src/render/render-compare-markdown.js';
import { displayWidth, wrapText } from '../../src/render/text-width.js';
import { COMPARE_FIELDS, type CompareField } from '../../src/views/compare-fields.js';
import { buildCompareView, type CompareView } from '../../src/views/compare-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { ANSI } from '../helpers/run-roles.js';

const { roles, knowledge } = builtinData();
const byId = (id: string): LoadedRole => {
  const found = roles.find((loaded) => loaded.role.id === id);
  if (!found) throw new Error(`no built-in role ${id}`);
  return found;
};
const view = (ids: string[], request: Parameters<typeof buildCompareView>[3] = {}): CompareView => buildCompareView(ids.map(byId), roles, knowledge, request);
const pmPo = view(['product-manager', 'product-owner']);
const noColour = makePaint(false);
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const widest = (text: string): number => Math.max(...lines(text).map(displayWidth));
const synthetic = (role: Partial<Role> & { id: string }): LoadedRole => loadedRole({ title: role.id, summary: 'S.', ...role }, `${role.id}.yaml`, 'builtin');

describe('the compare table with the built-in PM and PO', () => {
  for (const width of [120, 80, 50]) {
    it(`lays out side by side at ${width} columns`, async () => {
      const rendered = renderCompareTable(pmPo, width, noColour);
      expect(rendered.stacked).toBe(false);
      expect(widest(rendered.text)).toBeLessThanOrEqual(width);
      await expect(rendered.text).toMatchFileSnapshot(`__snapshots__/compare-pm-po-table-${width}.txt`);
    });
  }

  it('stacks one block per aspect at 30 columns', async () => {
    const rendered = renderCompareTable(pmPo, 30, noColour);
    expect(rendered.stacked).toBe(true);
    expect(widest(rendered.text)).toBeLessThanOrEqual(30);
    await expect(rendered.text).toMatchFileSnapshot('__snapshots__/compare-pm-po-stacked-30.txt');
  });

  it('prints plain columns without borders or escape codes', async () => {
    const rendered = renderComparePlain(pmPo, 80);
    expect(rendered.text).not.toMatch(ANSI);
    expect(rendered.text).not.toMatch(/[│┌└├─]/);
    await expect(rendered.text).toMatchFileSnapshot('__snapshots__/compare-pm-po-plain-80.txt');
  });

  it('shows the curated PM/PO contrast with its explanation and sources, and the pairing', () => {
    const text = renderCompareTable(pmPo, 100, noColour).text;
    const contrast = knowledge.contrasts.find((c) => c.id === 'pm-vs-po');
    expect(text).toContain('HOW THEY DIFFER');
    expect(text).toContain(contrast?.title);
    expect(text.replace(/\s+/g, ' ')).toContain(contrast?.summary.slice(0, 60));
    expect(text).toMatch(/Sources: Product roles in practice/);
    expect(text).toContain('WORKING TOGETHER');
  });

  it('marks the roles both PM and PO work with as shared and lists them under IN BOTH', () => {
    const text = renderCompareTable(view(['product-manager', 'product-owner'], { fields: ['works_with'] }), 100, noColour).text;
    expect(text).toMatch(/│ = Software Engineer +│ = Software Engineer +│/);
    expect(text).toMatch(/│ • Product Designer +│/);
    expect(text).toMatch(/IN BOTH\n {2}Works with: .*Software Engineer/);
  });

  it('colours the role titles and the marks only when asked to', () => {
    const painted = renderCompareTable(view(['product-manager', 'product-owner'], { fields: ['owns'] }), 80, makePaint(true)).text;
    expect(painted).toMatch(ANSI);
    expect(painted).toContain('\u001b[33m• \u001b[39mWhat to build');
    expect(renderCompareTable(pmPo, 80, noColour).text).not.toMatch(ANSI);
  });
});

describe('fitting the width', () => {
  const ids = ['product-manager', 'product-owner', 'business-analyst', 'project-manager'];

  it('keeps every line within the width, for 2 to 4 roles and any aspects, from 30 to 200 columns', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 200 }),
        fc.subarray(roles.map((loaded) => loaded.role.id), { minLength: 2, maxLength: 4 }),
        fc.subarray([...COMPARE_FIELDS], { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        (width, chosen, fields, onlyDifferences, colour) => {
          const compared = view(chosen, { fields: fields as CompareField[], onlyDifferences });
          for (const text of [renderCompareTable(compared, width, makePaint(colour)).text, renderComparePlain(compared, width).text]) {
            expect(widest(text)).toBeLessThanOrEqual(width);
            expect(text).not.toContain('…');
          }
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('keeps within the width when role text has long words, wide characters and emoji', () => {
    const word = fc.constantFrom('plan', 'roadmap', 'x'.repeat(90), 'https://example.com/a/very/long/path/without/any/spaces/at/all', '製品管理者の仕事', '👩‍💻', 'naïve', 'e\u0301te\u0301');
    const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 200 }), text, fc.array(text, { minLength: 1, maxLength: 4 }), (width, summary, skills) => {
        const a = synthetic({ id: 'a', title: summary.slice(0, 40) || 'A', summary, skills });
        const b = synthetic({ id: 'b', summary: skills.join(' '), skills: [summary] });
        const compared = buildCompareView([a, b], [a, b], knowledge, { fields: ['summary', 'skills'] });
        for (const out of [renderCompareTable(compared, width, noColour).text, renderComparePlain(compared, width).text]) {
          expect(widest(out)).toBeLessThanOrEqual(width);
        }
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it('breaks a word too long for its column instead of cutting it', () => {
    const word = 'abcdefghij'.repeat(7);
    const a = synthetic({ id: 'a', skills: [word] });
    const b = synthetic({ id: 'b' });
    const text = renderCompareTable(buildCompareView([a, b], [a, b], knowledge, { fields: ['skills'] }), 50, noColour).text;
    const all = lines(text);
    const body = all.slice(all.findIndex((line) => line.includes('SKILLS')) + 2).filter((line) => line.startsWith('│ '));
    expect(body.length).toBeGreaterThan(1);
    expect(body.map((line) => line.split('│')[1]?.replace(/[\s•]/g, '')).join('')).toBe(word);
  });

  it('switches to the stacked layout exactly when a role would get fewer than the minimum columns', () => {
    for (let count = 2; count <= 4; count++) {
      const compared = view(ids.slice(0, count), { fields: ['summary'] });
      let narrowest = 30;
      while (!fitsSideBySide(count, narrowest)) narrowest++;
      expect(renderCompareTable(compared, narrowest - 1, noColour).stacked).toBe(true);
      const rendered = renderCompareTable(compared, narrowest, noColour);
      expect(rendered.stacked).toBe(false);
      const header = lines(rendered.text)[0] ?? '';
      const columnWidths = header.slice(1, -1).split('┬').map((segment) => segment.length - 2);
      expect(columnWidths).toHaveLength(count);
      for (const columnWidth of columnWidths) expect(columnWidth).toBeGreaterThanOrEqual(MIN_ROLE_WIDTH);
      expect(Math.min(...columnWidths)).toBeLessThan(MIN_ROLE_WIDTH + 1);
    }
  });
});

describe('the Markdown and JSON formats', () => {
  it('writes Markdown that passes markdownlint, for two to four roles', () => {
    for (const ids of [['product-manager', 'product-owner'], ['product-manager', 'project-manager', 'program-manager', 'business-analyst']]) {
      expect(markdownProblems(renderCompareMarkdown(view(ids)))).toEqual([]);
      expect(markdownProblems(renderCompareMarkdown(view(ids, { onlyDifferences: true, fields: [...COMPARE_FIELDS] })))).toEqual([]);
    }
  });

  it('keeps a Markdown table row intact when role text holds pipes, tags and markup', () => {
    const a = synthetic({ id: 'a', title: 'A | B', skills: ['<b>bold</b>', 'x | y', '**not bold**', '# not a heading'] });
    const b = synthetic({ id: 'b', skills: ['x | y'] });
    const markdown = renderCompareMarkdown(buildCompareView([a, b], [a, b], knowledge, { fields: ['skills'] }));
    expect(markdownProblems(markdown)).toEqual([]);
    const rows = lines(markdown).filter((line) => line.startsWith('|'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length - 2).toBe(3);
  });

  it('puts the PM/PO comparison in JSON with the same content the table shows', () => {
    const json = JSON.parse(JSON.stringify(compareJson(pmPo))) as {
      roles: { id: string; title: string }[];
      rows: { field: string; label: string; values: Record<string, unknown> }[];
      shared: Record<string, string[]>;
      unique: Record<string, Record<string, string[]>>;
      contrasts: { id: string; title: string; summary: string }[];
    };
    // Wide enough that nothing wraps, so every value appears whole.
    const table = renderCompareTable(pmPo, 5000, noColour).text;
    expect(json.roles.map((role) => role.id)).toEqual(['product-manager', 'product-owner']);
    expect(json.rows.map((row) => row.label.toUpperCase())).toEqual(pmPo.rows.map((row) => row.label.toUpperCase()));
    const texts = (value: unknown): string[] => {
      if (typeof value === 'string') return [value];
      if (Array.isArray(value)) return value.flatMap(texts);
      if (value && typeof value === 'object' && 'text' in value) return [String((value as { text: string }).text)];
      return [];
    };
    for (const row of json.rows) {
      expect(table).toContain(row.label.toUpperCase());
      for (const text of Object.values(row.values).flatMap(texts)) expect(table).toContain(text);
    }
    expect(json.shared.works_with).toContain('Software Engineer');
    expect(json.unique['product-owner']?.works_with).toContain('Project Manager');
    expect(json.contrasts.map((c) => c.id)).toEqual(['pm-vs-po', 'pm-with-po']);
    for (const c of json.contrasts) expect(table).toContain(c.summary);
  });
});

describe('the contrasts of a comparison of three roles', () => {
  const pmPoBa = view(['product-manager', 'product-owner', 'business-analyst'], { fields: ['focus'] });
  const flat = (text: string): string => text.replace(/\s+/g, ' ');
  // Wide enough that nothing wraps; Markdown wraps at 80, so its text is read with spaces collapsed.
  const formats = {
    table: renderCompareTable(pmPoBa, 5000, noColour).text,
    plain: renderComparePlain(pmPoBa, 5000).text,
    md: flat(renderCompareMarkdown(pmPoBa)),
    json: JSON.stringify(compareJson(pmPoBa)),
  };

  it('are the related contrasts, each named by its pair', () => {
    expect(pmPoBa.contrasts.length).toBeGreaterThan(2);
    expect(pmPoBa.contrasts.every((contrast) => contrast.match === 'subset')).toBe(true);
    const md = renderCompareMarkdown(pmPoBa);
    expect(md).toContain('\n## Related comparisons\n');
    expect(md).toContain('\n### Product Manager vs Product Owner: Direction vs execution\n');
    expect(formats.plain).toContain('Product Manager vs Product Owner: Direction vs execution');
    expect(markdownProblems(md)).toEqual([]);
  });

  it('carry the same content in every format: titles, summaries and sources, and every point or none', () => {
    for (const contrast of pmPoBa.contrasts) {
      for (const [format, text] of Object.entries(formats)) {
        const find = format === 'json' ? (part: string) => JSON.stringify(part).slice(1, -1) : format === 'md' ? flat : (part: string) => part;
        for (const part of [contrast.title, contrast.summary, ...contrast.sources]) expect(text, `${format}: ${part}`).toContain(find(part));
      }
    }
    const points = knowledge.contrasts.filter((contrast) => pmPoBa.contrasts.some((shown) => shown.id === contrast.id)).flatMap((contrast) => contrast.points ?? []);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      const shownIn = Object.entries(formats).filter(([format, text]) => text.includes(format === 'json' ? JSON.stringify(point).slice(1, -1) : format === 'md' ? flat(point) : point));
      expect(shownIn.map(([format]) => format), point).toHaveLength(shownIn.length > 0 ? 4 : 0);
    }
  });
});

describe('renderBoxTable with spanning rows and marked items', () => {
  it('hangs wrapped item text under the text, not under the marker, and spans the label across columns', () => {
    const text = renderBoxTable({
      columns: [{ header: 'A' }, { header: 'B' }],
      rows: [{ span: 'LABEL' }, [[{ marker: '= ', text: 'one two three four five six' }], 'b']],
      width: 25,
    });
    expect(text).toContain('│ LABEL                 │');
    expect(text).toContain('│ = one two three   │ b │\n│   four five six   │   │');
  });
});

describe('wrapping cell text', () => {
  it('wraps single-spaced ASCII text, which is counted, as it wraps the same words measured one line at a time', () => {
    // Doubled spaces send the same words down the path that measures each candidate line.
    const word = fc.stringMatching(/^[!-~]{1,25}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: -1, max: 40 }), (words, width) => {
        expect(wrapText(words.join(' '), width)).toEqual(wrapText(words.join('  '), width));
      }),
    );
  });

  it('adds its lines after the ones it is given, on either path, an empty paragraph as one empty line', () => {
    expect(wrapText('one two three', 7, ['before'])).toEqual(['before', 'one two', 'three']);
    expect(wrapText('one  two three', 7, ['before'])).toEqual(['before', 'one two', 'three']);
    expect(wrapText('', 7, ['before'])).toEqual(['before', '']);
    expect(wrapText('  ', 7, ['before'])).toEqual(['before', '']);
  });
});
