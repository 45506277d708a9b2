// Renders the quiz's result (views/quiz-view.ts) for a terminal of a given width, as plain
// records, as Markdown notes or as JSON; and the questions themselves (--questions).
import type { Dimension, QuizQuestion } from '../format/knowledge-schema.js';
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import type { QuizView } from '../views/quiz-view.js';
import { markdownHeading, markdownListItem, markdownParagraph } from './markdown-text.js';
import { markdownTable } from './markdown-table.js';
import type { Paint } from './paint.js';
import { pushAll } from './push-all.js';
import { packItems } from './list-on-one-line.js';
import { wrapText } from './text-width.js';

const HANG = '   ';

/** `marker` then the text wrapped under itself. */
function hanging(marker: string, text: string, width: number): string[] {
  const indent = ' '.repeat(marker.length);
  return wrapText(text, width - indent.length).map((line, i) => (i === 0 ? marker : indent) + line);
}

/**
 * The best three with why, then every other role on a few lines, so the whole answer fits a
 * first screen; the Markdown notes keep the full table.
 */
export function renderQuizText(view: QuizView, width: number, paint: Paint): string {
  const lines = [paint.heading('YOUR BEST FITS')];
  view.best.forEach((role, i) => {
    pushAll(lines, wrapText(`${i + 1}. ${role.title} (${role.name}): ${role.fit}%`, width).map(paint.title));
    for (const line of role.matched) pushAll(lines, hanging(`${HANG}+ `, line, width));
    for (const line of role.notMatched) pushAll(lines, hanging(`${HANG}- `, line, width).map(paint.dim));
  });
  const others = view.ranking.slice(view.best.length).map((role) => `${role.name} ${role.fit}%`);
  if (others.length > 0) pushAll(lines, ['', ...packItems('Then: ', others, width)]);
  if (view.next.length > 0) pushAll(lines, ['', ...hanging('More: ', view.next.join(', '), width)]);
  return `${lines.join('\n')}\n`;
}

/** One role a line, best first: fit, id, title, tab-separated. */
export function renderQuizPlain(view: QuizView): string {
  return view.ranking.map((role) => `${role.fit}\t${role.id}\t${role.title}\n`).join('');
}

export function renderQuizMarkdown(view: QuizView, date: string): string {
  const parts = [markdownHeading(1, 'Which role suits me: quiz result'), markdownParagraph(`Taken on ${date}.`)];
  view.best.forEach((role, i) => {
    parts.push(markdownHeading(2, `${i + 1}. ${role.title} (${role.name}): ${role.fit}%`));
    if (role.matched.length > 0) parts.push('What matched:', role.matched.map((line) => markdownListItem(line)).join('\n'));
    if (role.notMatched.length > 0) parts.push('What did not:', role.notMatched.map((line) => markdownListItem(line)).join('\n'));
  });
  parts.push(markdownHeading(2, 'Every role'), markdownTable(['Rank', 'Fit', 'Role', 'Name'], view.ranking.map((role, i) => [String(i + 1), `${role.fit}%`, role.title, role.name])).trimEnd());
  parts.push(markdownHeading(2, 'Your answers'), view.answers.map((answer, i) => markdownListItem(`${answer.question} ${answer.answer}: ${answer.words}`, `${i + 1}. `)).join('\n'));
  if (view.next.length > 0) parts.push(markdownHeading(2, 'Read more'), view.next.map((command) => markdownListItem(`\`${command}\``)).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** The document --json prints and --save keeps: `ranking` best first. */
export function quizJson(view: QuizView): { ranking: { id: string; fit: number }[]; answers: number[] } {
  return { ranking: view.ranking.map(({ id, fit }) => ({ id, fit })), answers: view.answers.map((answer) => answer.answer) };
}

export interface QuizQuestionsView {
  questions: readonly QuizQuestion[];
  dimensions: readonly Dimension[];
}

export function quizQuestionsJson(view: QuizQuestionsView) {
  return {
    questions: view.questions.map((question, i) => ({ number: i + 1, dimension: question.dimension, text: question.text, scale: { min: POSITION_MIN, max: POSITION_MAX, low: question.low, high: question.high } })),
    dimensions: view.dimensions,
  };
}

export function renderQuizQuestionsText(view: QuizQuestionsView, width: number, paint: Paint): string {
  const numberWidth = String(view.questions.length).length;
  const lines: string[] = [];
  view.questions.forEach((question, i) => {
    pushAll(lines, hanging(`${String(i + 1).padStart(numberWidth)}. `, question.text, width).map(paint.title));
    const indent = ' '.repeat(numberWidth + 2);
    pushAll(lines, hanging(`${indent}${POSITION_MIN} = `, question.low, width));
    pushAll(lines, hanging(`${indent}${POSITION_MAX} = `, question.high, width));
  });
  lines.push('', ...wrapText(`Answer each from ${POSITION_MIN} to ${POSITION_MAX}, e.g. roles quiz --answers ${view.questions.map(() => '3').join(',')}`, width));
  return `${lines.join('\n')}\n`;
}

/** One question a line: number, dimension, question, what 1 means, what 5 means. */
export function renderQuizQuestionsPlain(view: QuizQuestionsView): string {
  return view.questions.map((question, i) => `${i + 1}\t${question.dimension}\t${question.text}\t${question.low}\t${question.high}\n`).join('');
}
