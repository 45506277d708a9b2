import { describe, expect, it } from 'vitest';
import { answerQuestion, createSession, type ChecklistSession } from '../../src/checklist/checklist-session.js';
import { renderSessionMarkdown, sessionTitle } from '../../src/checklist/export-session.js';
import { buildQuestionsView } from '../../src/views/questions-view.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const data = builtinData();
const po = data.roles.find((loaded) => loaded.role.id === 'product-owner')!;
const t = new Date('2026-11-23T10:00:00Z');
const started = (company?: string): ChecklistSession =>
  createSession(buildQuestionsView([po], data.knowledge, { common: true }), { id: 'product-owner', title: 'Product Owner' }, company, t);

describe('renderSessionMarkdown', () => {
  it('writes each question with its status and note, ticking those answered or not relevant', () => {
    let session = answerQuestion(started('Acme'), 0, 'answered', 'Mostly backlog work, says their careers page', t);
    session = answerQuestion(session, 1, 'ask', 'ask the hiring manager', t);
    session = answerQuestion(session, 2, 'not-relevant', undefined, t);
    session = answerQuestion(session, 3, 'skipped', undefined, t);
    const lines = renderSessionMarkdown(session).split('\n');
    expect(lines[0]).toBe('# Research notes: Product Owner at Acme');
    expect(renderSessionMarkdown(session)).toContain('  - **Status:** answered\n  - **Note:** Mostly backlog work, says their careers page\n');
    expect(renderSessionMarkdown(session)).toContain('  - **Status:** ask in the interview\n  - **Note:** ask the hiring manager\n');
    expect(lines.filter((line) => line.startsWith('- [x] '))).toHaveLength(2);
    expect(lines.filter((line) => line === '  - **Status:** skip for now')).toHaveLength(1);
    expect(lines.filter((line) => line === '  - **Status:** not looked at yet')).toHaveLength(session.questions.length - 4);
    const unwrapped = renderSessionMarkdown(session).replace(/\n +(?!- )/g, ' ');
    for (const question of session.questions) expect(unwrapped).toContain(question.text);
    expect(renderSessionMarkdown(session)).toContain('- **Progress:** 3 of 16 questions done');
  });

  it('passes markdownlint, with headings for the role and the common questions', () => {
    const markdown = renderSessionMarkdown(answerQuestion(started(), 0, 'answered', 'a note with *stars* and <html> and a very long tail that must wrap well past eighty columns', t));
    expect(markdownProblems(markdown)).toEqual([]);
    expect(markdown.match(/^## .*$/gm)).toEqual(['## Product Owner', '## For any role']);
    expect(markdown).toContain('\\*stars\\*');
  });

  it('strips escape codes someone put in the session file', () => {
    const session = answerQuestion(started('Acme\u001b[2J'), 0, 'answered', 'see \u001b]8;;http://x\u0007here\u001b]8;;\u0007', t);
    const markdown = renderSessionMarkdown(session);
    expect(markdown).not.toContain('\u001b');
    expect(markdown).toContain('**Note:** see here');
    expect(sessionTitle(session)).toBe('Product Owner at Acme');
  });
});
