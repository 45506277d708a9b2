import { describe, expect, it } from 'vitest';
import { makePaint } from '../../src/render/paint.js';
import { questionsJson, renderQuestionsMarkdown, renderQuestionsPlain, renderQuestionsText } from '../../src/render/render-questions.js';
import { displayWidth } from '../../src/render/text-width.js';
import { buildQuestionsView, questionCount, type QuestionsView } from '../../src/views/questions-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const data = builtinData();
const viewOf = (ids: string[], extra: { company?: string; date?: string; common?: boolean } = {}): QuestionsView =>
  buildQuestionsView(
    ids.map((id) => data.roles.find((loaded) => loaded.role.id === id)!),
    data.knowledge,
    { common: extra.common ?? true, company: extra.company, date: extra.date },
  );
// eslint-disable-next-line no-control-regex -- stripping colour codes is the point
const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('renderQuestionsText', () => {
  it('numbers every question once, running on from one group to the next', () => {
    const view = viewOf(['product-owner', 'business-analyst']);
    const numbers = [...renderQuestionsText(view, 80, makePaint(false)).matchAll(/^ +(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: questionCount(view) }, (_, i) => i + 1));
  });

  it('keeps every line within the width, coloured or not, from 20 to 200 columns', () => {
    const view = viewOf(['technical-product-manager', 'product-marketing-manager'], { company: 'A very long company name Incorporated', date: '2026-03-14' });
    for (const width of [20, 33, 60, 80, 200]) {
      for (const color of [false, true]) {
        for (const line of stripAnsi(renderQuestionsText(view, width, makePaint(color))).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('puts the company and the interview date under the title', () => {
    const lines = renderQuestionsText(viewOf(['product-manager'], { company: 'Acme', date: '2026-03-14' }), 80, makePaint(false)).split('\n');
    expect(lines.slice(0, 3)).toEqual(['Research questions for Product Manager', 'Company: Acme', 'Interview: 2026-03-14']);
  });

  it('says so when a role has no questions of its own', () => {
    const view: QuestionsView = { title: 'T', groups: [{ kind: 'role', id: 'bare', heading: 'Bare', questions: [] }] };
    expect(renderQuestionsText(view, 80, makePaint(false))).toContain('No research questions in this role file.');
  });
});

describe('renderQuestionsMarkdown', () => {
  it('makes a checklist that passes markdownlint for every built-in role', () => {
    for (const loaded of data.roles) {
      const markdown = renderQuestionsMarkdown(viewOf([loaded.role.id], { company: 'Acme <Labs> & *Co*', date: '2026-03-14' }));
      expect(markdownProblems(markdown), loaded.role.id).toEqual([]);
    }
  });

  it('gives each group a heading and each question an empty box', () => {
    const view = viewOf(['product-owner']);
    const markdown = renderQuestionsMarkdown(view);
    expect(markdown).toMatch(/^# Research questions for Product Owner\n/);
    expect(markdown).toContain('\n## Product Owner\n');
    expect(markdown).toContain('\n## For any role\n');
    expect(markdown.match(/^- \[ \] /gm)).toHaveLength(questionCount(view));
  });

  it('escapes Markdown in the company name so it cannot add markup', () => {
    const markdown = renderQuestionsMarkdown(viewOf(['product-owner'], { company: '*Acme* [x](y)' }));
    expect(markdown).toContain('- **Company:** \\*Acme\\* \\[x\\](y)');
  });
});

describe('renderQuestionsPlain and questionsJson', () => {
  it('prints one tab-separated record per question, group first', () => {
    const view = viewOf(['product-owner'], { company: 'Acme' });
    const lines = renderQuestionsPlain(view).trimEnd().split('\n');
    expect(lines[0]).toBe('company\tAcme');
    expect(lines.slice(1).map((line) => line.split('\t')[0])).toEqual([...view.groups[0]!.questions.map(() => 'product-owner'), ...view.groups[1]!.questions.map(() => 'common')]);
    expect(lines.every((line) => line.split('\t').length === 2)).toBe(true);
  });

  it('gives JSON with the roles and the common questions apart', () => {
    const json = questionsJson(viewOf(['product-owner'], { common: false, date: '2026-03-14' }));
    expect(json).toEqual({
      company: null,
      date: '2026-03-14',
      roles: [{ id: 'product-owner', title: 'Product Owner', questions: data.roles.find((l) => l.role.id === 'product-owner')!.role.research!.questions }],
      common: [],
    });
  });
});
