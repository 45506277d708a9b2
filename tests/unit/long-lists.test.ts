// A role with 200,000 skills or research questions made show and questions crash with
// "Maximum call stack size exceeded" (a list spread into lines.push). Rendering it works.
import { describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { makePaint } from '../../src/render/paint.js';
import { renderQuestionsMarkdown, renderQuestionsPlain, renderQuestionsText } from '../../src/render/render-questions.js';
import { renderRoleMarkdown, renderRolePlain, renderRoleText } from '../../src/render/render-role.js';
import { buildQuestionsView } from '../../src/views/questions-view.js';
import { buildRoleView } from '../../src/views/role-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';

const { roles, knowledge } = builtinData();
const items = Array.from({ length: 200_000 }, (_, i) => `item ${i}`);
const huge = loadedRole({ id: 'huge', title: 'Huge', summary: 'Many items.', skills: items, research: { questions: items } }, 'huge.yaml', '--data');

describe('200,000 items in one list', () => {
  it('renders every skill in text, plain and Markdown', () => {
    const view = buildRoleView(huge, [...roles, huge], knowledge);
    expect(renderRolePlain(view)).toContain('item 199999');
    expect(renderRoleText(view, 80, makePaint(false))).toContain('item 199999');
    expect(renderRoleMarkdown(view)).toContain('item 199999');
  });

  it('renders every research question in text, plain and Markdown', () => {
    const view = buildQuestionsView([huge], knowledge, { common: false });
    expect(renderQuestionsPlain(view)).toContain('item 199999');
    expect(renderQuestionsText(view, 80, makePaint(false))).toContain('item 199999');
    expect(renderQuestionsMarkdown(view)).toContain('item 199999');
  });
});
