// Renders research questions as a numbered sheet for a width, plain records, a
// printable Markdown checklist, or JSON. Numbers run on across groups, as in
// `roles checklist`, so "question 7" means the same thing in both.
import type { QuestionsView } from '../views/questions-view.js';
import { questionCount } from '../views/questions-view.js';
import { markdownHeading, markdownListItem } from './markdown-text.js';
import type { Paint } from './paint.js';
import { wrapText } from './text-width.js';
import { pushAll } from './push-all.js';

const NO_QUESTIONS = 'No research questions in this role file.';

function sheetHeader(view: QuestionsView): string[] {
  const parts: string[] = [];
  if (view.company) parts.push(`Company: ${view.company}`);
  if (view.date) parts.push(`Interview: ${view.date}`);
  return parts;
}

export function renderQuestionsText(view: QuestionsView, width: number, paint: Paint): string {
  const numberWidth = String(Math.max(1, questionCount(view))).length;
  const hanging = ' '.repeat(numberWidth + 4);
  const lines = wrapText(view.title, width).map(paint.title);
  for (const part of sheetHeader(view)) pushAll(lines, wrapText(part, width));
  let number = 0;
  for (const group of view.groups) {
    lines.push('');
    pushAll(lines, wrapText(group.heading.toUpperCase(), width).map(paint.heading));
    if (group.questions.length === 0) pushAll(lines, wrapText(NO_QUESTIONS, width - 2).map((line) => `  ${paint.dim(line)}`));
    for (const question of group.questions) {
      number++;
      const label = `  ${String(number).padStart(numberWidth)}. `;
      pushAll(lines, wrapText(question, width - hanging.length).map((line, i) => (i === 0 ? label : hanging) + line));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One record per line, "group<TAB>question", group being a role id or `common`; never wrapped. */
export function renderQuestionsPlain(view: QuestionsView): string {
  const lines: string[] = [];
  if (view.company) lines.push(`company\t${view.company}`);
  if (view.date) lines.push(`date\t${view.date}`);
  for (const group of view.groups) pushAll(lines, group.questions.map((question) => `${group.id}\t${question}`));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** A printable checklist: a heading per group and a `- [ ]` box per question; passes markdownlint. */
export function renderQuestionsMarkdown(view: QuestionsView): string {
  const lines = [markdownHeading(1, view.title), ''];
  const header: string[] = [];
  if (view.company) header.push(markdownListItem(`**Company:** ${view.company}`));
  if (view.date) header.push(markdownListItem(`**Interview date:** ${view.date}`));
  if (header.length > 0) { pushAll(lines, header); lines.push(''); }
  for (const group of view.groups) {
    lines.push(markdownHeading(2, group.heading), '');
    if (group.questions.length === 0) lines.push(NO_QUESTIONS, '');
    else { pushAll(lines, group.questions.map((question) => markdownListItem(question, '- [ ] '))); lines.push(''); }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function questionsJson(view: QuestionsView): object {
  return {
    company: view.company ?? null,
    date: view.date ?? null,
    roles: view.groups.filter((group) => group.kind === 'role').map((group) => ({ id: group.id, title: group.heading, questions: group.questions })),
    common: view.groups.find((group) => group.kind === 'common')?.questions ?? [],
  };
}
