// Role text in Markdown notes: real code spans for names, and text that stays text
// whatever it starts with.
import { describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { escapeMarkdown, markdownCode, markdownListItem, markdownParagraph, markdownWords } from '../../src/render/markdown-text.js';
import { renderQuestionsMarkdown } from '../../src/render/render-questions.js';
import { renderRoleMarkdown } from '../../src/render/render-role.js';
import { buildQuestionsView } from '../../src/views/questions-view.js';
import { buildRoleView } from '../../src/views/role-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const { roles, knowledge } = builtinData();
const MARKER_LIKE = ['1. numbered', '2) two', '- x', '+ plus', '> q', '# h', '---', '== x', '~~~ fence'];
const odd = loadedRole(
  { id: 'odd-role', title: 'Title | with *star* <b>', aliases: ['we`ird', '`edge', 'a b'], family: 'product', summary: '1. Starts like a list.', responsibilities: MARKER_LIKE, research: { questions: MARKER_LIKE } },
  'odd.yaml',
  '--data',
);

describe('markdownCode', () => {
  it('fences text with one backtick more than its longest run, padding a backtick at either end', () => {
    expect(markdownCode('pm')).toBe('`pm`');
    expect(markdownCode('we`ird')).toBe('``we`ird``');
    expect(markdownCode('`edge')).toBe('`` `edge ``');
    expect(markdownCode('a``b`')).toBe('``` a``b` ```');
    expect(markdownCode(' both ')).toBe('`  both  `');
  });
});

describe('Markdown of a role', () => {
  const markdown = renderRoleMarkdown(buildRoleView(odd, [...roles, odd], knowledge));

  it('writes the names as real code spans, not escaped backticks', () => {
    expect(markdown).toContain('Names: `odd-role`, ``we`ird``, `` `edge ``, `a b`. Family: product.\n');
    expect(renderRoleMarkdown(buildRoleView(roles.find((r) => r.role.id === 'product-manager')!, roles, knowledge))).toContain('Names: `product-manager`, `pm`. Family: product.');
  });

  it('escapes the title as the other Markdown does', () => {
    expect(markdown.split('\n')[0]).toBe('# Title \\| with \\*star\\* \\<b\\>');
  });

  it('keeps text that starts like a list, quote, heading, rule or fence as text', () => {
    expect(markdown).toContain('\n1\\. Starts like a list.\n');
    expect(markdown).toContain(['- 1\\. numbered', '- 2\\) two', '- \\- x', '- \\+ plus', '- \\> q', '- \\# h', '- \\---', '- \\== x', '- \\~~~ fence'].join('\n'));
    expect(markdownProblems(markdown)).toEqual([]);
  });

  it('never breaks a code span across lines', () => {
    const many = loadedRole({ id: 'many-names', title: 'Many', aliases: Array.from({ length: 12 }, (_, i) => `name - ${i} with spaces`), summary: 'S' }, 'many.yaml', '--data');
    const names = renderRoleMarkdown(buildRoleView(many, [many], knowledge)).split('\n\n')[1] ?? '';
    for (const line of names.split('\n')) {
      expect(line.length).toBeLessThanOrEqual(80);
      expect((line.match(/`/g) ?? []).length % 2).toBe(0);
    }
    expect(names.replace(/\n/g, ' ')).toContain('`name - 11 with spaces`');
  });
});

describe('Markdown text of any kind', () => {
  /** The line's first marker character is escaped, so CommonMark reads the line as text. */
  const escapedStart = /^(\\[-+=~>#]|\d+\\[.)])/;

  it.each(MARKER_LIKE)('keeps %j as text at the start of a paragraph, a list item, written Markdown and a wrapped line', (text) => {
    expect(markdownParagraph(text)).toMatch(escapedStart);
    expect(markdownListItem(text)).toBe(`- ${markdownParagraph(text)}`);
    expect(markdownWords(escapeMarkdown(text))).toBe(markdownParagraph(text));
    expect(markdownParagraph(`${'x'.repeat(78)} ${text}`).split('\n')[1]).toBe(markdownParagraph(text));
  });

  it('escapes the title of a questions sheet', () => {
    const sheet = renderQuestionsMarkdown(buildQuestionsView([odd], knowledge, { common: false }));
    expect(sheet.split('\n')[0]).toBe('# Research questions for Title \\| with \\*star\\* \\<b\\>');
    expect(sheet).toContain('- [ ] 1\\. numbered\n');
    expect(markdownProblems(sheet)).toEqual([]);
  });
});
