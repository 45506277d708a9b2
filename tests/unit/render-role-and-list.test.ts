import { describe, expect, it } from 'vitest';
import { makePaint } from '../../src/render/paint.js';
import { listJson, renderListMarkdown, renderListPlain, renderListTable } from '../../src/render/render-list.js';
import { renderRoleMarkdown, renderRolePlain, renderRoleText } from '../../src/render/render-role.js';
import { displayWidth } from '../../src/render/text-width.js';
import { buildListView } from '../../src/views/list-view.js';
import { buildRoleView, parseSectionNames } from '../../src/views/role-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const { roles, knowledge } = builtinData();
const pm = roles.find((r) => r.role.id === 'product-manager')!;
const widest = (text: string) => Math.max(...text.split('\n').map(displayWidth));

describe('the role view', () => {
  it('keeps the section order of the format and drops empty sections', () => {
    const view = buildRoleView(pm, roles, knowledge);
    const names = view.sections.map((s) => s.name);
    expect(names.slice(0, 4)).toEqual(['summary', 'focus', 'owns', 'responsibilities']);
    expect(names).toContain('research');
    const bare = buildRoleView({ ...pm, role: { id: 'x', title: 'X', summary: 'S' } }, roles, knowledge);
    expect(bare.sections.map((s) => s.name)).toEqual(['summary']);
  });

  it('shows only the asked-for sections, in the asked-for order', () => {
    const view = buildRoleView(pm, roles, knowledge, parseSectionNames(['skills', 'works_with']));
    expect(view.sections.map((s) => s.name)).toEqual(['skills', 'works-with']);
  });

  it('rejects an unknown section name with the list of valid ones', () => {
    expect(() => parseSectionNames(['salary'])).toThrow(/unknown section "salary"/);
  });

  it('names the roles a role works with by title and the companies that mention it', () => {
    const view = buildRoleView(pm, roles, knowledge, parseSectionNames(['works-with', 'companies']));
    const text = JSON.stringify(view);
    expect(text).toContain('Product Owner (product-owner)');
    expect(text).toContain('Atlassian');
  });

  it('removes escape sequences from role text', () => {
    const hostile = { ...pm, role: { id: 'x', title: 'Evil\u001b[31m', summary: 'a\u001b]52;c;aGVsbG8=\u0007b\rc' } };
    const view = buildRoleView(hostile, roles, knowledge);
    expect(JSON.stringify(view)).not.toMatch(/\\u001b|\\u0007|\\r/);
  });
});

describe('rendering a role', () => {
  const view = buildRoleView(pm, roles, knowledge);

  it.each([40, 60, 80, 120])('keeps text within %i columns', (width) => {
    expect(widest(renderRoleText(view, width, makePaint(false)))).toBeLessThanOrEqual(width);
  });

  it('colours headings only when asked', () => {
    expect(renderRoleText(view, 80, makePaint(false))).not.toContain('\u001b[');
    expect(renderRoleText(view, 80, makePaint(true))).toContain('\u001b[');
  });

  it('prints plain output as one section<TAB>text record per line', () => {
    const lines = renderRolePlain(view).trimEnd().split('\n');
    expect(lines[0]).toBe('id\tproduct-manager');
    expect(lines.every((line) => /^[a-z-]+\t\S/.test(line))).toBe(true);
    expect(lines.filter((line) => line.startsWith('responsibilities\t'))).toHaveLength(pm.role.responsibilities!.length);
  });

  it('prints Markdown that passes markdownlint', () => {
    expect(markdownProblems(renderRoleMarkdown(view))).toEqual([]);
  });
});

describe('rendering the list', () => {
  const rows = buildListView(roles);

  it('lists every role, filtered by family when asked', () => {
    expect(rows).toHaveLength(roles.length);
    expect(buildListView(roles, 'Delivery').map((r) => r.id).sort()).toEqual(['program-manager', 'project-manager']);
  });

  it.each([40, 80, 132])('fits the table in %i columns', (width) => {
    expect(widest(renderListTable(rows, width, makePaint(false)).text)).toBeLessThanOrEqual(width);
  });

  it('stacks each role when the width cannot hold the table: title, then the other columns under it', () => {
    expect(renderListTable(rows, 53, makePaint(false)).stacked).toBe(false);
    const { text, stacked } = renderListTable(rows, 52, makePaint(false));
    expect(stacked).toBe(true);
    expect(text.split('\n\n')[0]).toBe(['Business Analyst', '  Names: business-analyst, ba, business systems', '    analyst, requirements analyst, it business', '    analyst', '  Family: analysis', '  Focus: Analysis: turning business needs into', '    detailed, unambiguous requirements'].join('\n'));
    for (const width of [10, 16, 30]) expect(widest(renderListTable(rows, width, makePaint(false)).text)).toBeLessThanOrEqual(width);
  });

  it('prints one tab-separated role per line when plain', () => {
    const lines = renderListPlain(rows).trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length);
    expect(lines.every((line) => line.split('\t').length === 5)).toBe(true);
  });

  it('prints a Markdown table that passes markdownlint and JSON with the file format names', () => {
    expect(markdownProblems(renderListMarkdown(rows))).toEqual([]);
    expect(Object.keys(listJson(rows)[0]!)).toEqual(expect.arrayContaining(['id', 'title', 'aliases', 'family', 'focus']));
  });
});
