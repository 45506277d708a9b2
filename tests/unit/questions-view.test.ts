import { describe, expect, it } from 'vitest';
import { loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { buildQuestionsView, localDate, parseInterviewDate, questionCount } from '../../src/views/questions-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';

const data = builtinData();
const role = (id: string): LoadedRole => {
  const found = data.roles.find((loaded) => loaded.role.id === id);
  if (!found) throw new Error(`no built-in role ${id}`);
  return found;
};

describe('buildQuestionsView', () => {
  it("puts the role's own questions first, then the common ones under their own heading", () => {
    const view = buildQuestionsView([role('product-owner')], data.knowledge, { common: true });
    expect(view.groups.map((group) => [group.kind, group.id])).toEqual([['role', 'product-owner'], ['common', 'common']]);
    expect(view.groups[0]?.questions).toEqual(role('product-owner').role.research?.questions);
    expect(view.groups[1]?.questions).toEqual(data.knowledge.commonQuestions);
    expect(view.title).toBe('Research questions for Product Owner');
  });

  it('leaves the common questions out when asked to', () => {
    const view = buildQuestionsView([role('product-owner')], data.knowledge, { common: false });
    expect(view.groups.map((group) => group.kind)).toEqual(['role']);
    expect(questionCount(view)).toBe(role('product-owner').role.research?.questions?.length);
  });

  it('keeps several roles in the order given, each once, with the common questions once at the end', () => {
    const view = buildQuestionsView([role('business-analyst'), role('product-owner'), role('business-analyst')], data.knowledge, { common: true });
    expect(view.groups.map((group) => group.id)).toEqual(['business-analyst', 'product-owner', 'common']);
    expect(view.title).toBe('Research questions');
  });

  it('removes escape codes and control characters from questions and the company name', () => {
    const hostile = loadedRole({ id: 'evil', title: 'Evil \u001b[31mRole', summary: 's', research: { questions: ['Who \u001b]52;c;aGk=\u0007decides?\r', '\u001b[2J'] } }, 'evil.yaml', '--data');
    const view = buildQuestionsView([hostile], data.knowledge, { common: false, company: 'Acme\u0007 Ltd' });
    expect(view.groups[0]).toMatchObject({ heading: 'Evil Role', questions: ['Who decides?'] });
    expect(view.company).toBe('Acme Ltd');
  });

  it('gives a role without research questions an empty group rather than dropping it', () => {
    const bare = loadedRole({ id: 'bare', title: 'Bare', summary: 's' }, 'bare.yaml', '--data');
    const view = buildQuestionsView([bare], data.knowledge, { common: true });
    expect(view.groups[0]).toMatchObject({ id: 'bare', questions: [] });
  });
});

describe('parseInterviewDate', () => {
  const now = new Date(2026, 10, 23, 9, 30);

  it('takes --date alone as today, in local time', () => {
    expect(parseInterviewDate(true, now)).toBe('2026-11-23');
    expect(localDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('takes the word today as today, so --date can stand before the role names', () => {
    expect(parseInterviewDate('today', now)).toBe('2026-11-23');
    expect(() => parseInterviewDate('pm', now)).toThrow(expect.objectContaining({ message: '--date "pm" is not a date', hint: expect.stringContaining('--date today') }));
  });

  it('accepts a real YYYY-MM-DD date and nothing else', () => {
    expect(parseInterviewDate('2026-03-14', now)).toBe('2026-03-14');
    expect(parseInterviewDate(undefined, now)).toBeUndefined();
    for (const bad of ['2026-02-30', '14/03/2026', 'tomorrow', '2026-3-14']) {
      expect(() => parseInterviewDate(bad, now)).toThrow(/is not a date/);
    }
  });
});
