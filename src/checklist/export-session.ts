// Pure: a session as the research notes people paste into their own notes, in
// Markdown that passes markdownlint. Text comes from a file anyone could edit, so
// it is sanitised like role text.
import { markdownHeading, markdownListItem } from '../render/markdown-text.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { COMMON_HEADING } from '../views/questions-view.js';
import { sessionProgress, STATUS_LABELS, type ChecklistSession, type SessionQuestion } from './checklist-session.js';
import { pushAll } from '../render/push-all.js';

/** The title of a session wherever it is named: "Product Owner at Acme". */
export function sessionTitle(session: ChecklistSession): string {
  const role = sanitizeText(session.role.title) || session.role.id;
  const company = session.company ? sanitizeText(session.company) : '';
  return company ? `${role} at ${company}` : role;
}

function questionLines(question: SessionQuestion): string[] {
  const done = question.status === 'answered' || question.status === 'not-relevant';
  const status = question.status ? STATUS_LABELS[question.status].toLowerCase() : 'not looked at yet';
  const lines = [markdownListItem(sanitizeText(question.text), done ? '- [x] ' : '- [ ] '), markdownListItem(`**Status:** ${status}`, '  - ')];
  const note = sanitizeText(question.note ?? '');
  if (note) lines.push(markdownListItem(`**Note:** ${note}`, '  - '));
  return lines;
}

export function renderSessionMarkdown(session: ChecklistSession): string {
  const { done, total } = sessionProgress(session);
  const lines = [markdownHeading(1, `Research notes: ${sessionTitle(session)}`), ''];
  lines.push(
    markdownListItem(`**Progress:** ${done} of ${total} questions done`),
    markdownListItem(`**Started:** ${session.createdAt.slice(0, 10)}`),
    markdownListItem(`**Last saved:** ${session.updatedAt.slice(0, 16).replace('T', ' ')} UTC`),
    '',
  );
  let group: string | undefined;
  for (const question of session.questions) {
    if (question.group !== group) {
      if (group !== undefined) lines.push('');
      group = question.group;
      const heading = group === 'common' ? COMMON_HEADING : group === session.role.id ? sanitizeText(session.role.title) : sanitizeText(group);
      lines.push(markdownHeading(2, heading), '');
    }
    pushAll(lines, questionLines(question));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
