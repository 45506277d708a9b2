// The answers given with --answers: a list such as 5,4,2,... or a file holding one, each
// a whole number on the scale; a wrong count or an answer off the scale is a usage error
// that names which.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { QuizQuestion } from '../format/knowledge-schema.js';
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import { RolesError } from '../format/roles-error.js';

/** Only digits, separators and signs: a list typed on the command line; anything else names a file. */
const LIST = /^[\d\s,.+-]*$/;

/** The text --answers holds: the list itself, or the file it names (a line starting with # is a comment there). */
export function answersText(value: string, cwd: string): { text: string; from: string } {
  if (LIST.test(value)) return { text: value, from: '--answers' };
  const file = resolve(cwd, value);
  try {
    return { text: readFileSync(file, 'utf8').replace(/^\s*#.*$/gm, ''), from: value };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new RolesError('usage', `cannot read the answers file "${value}" (${code})`, `give the answers as numbers separated by commas, e.g. --answers ${POSITION_MAX},${POSITION_MIN},3,..., or a file that holds them`);
  }
}

export function parseAnswers(text: string, from: string, questions: readonly QuizQuestion[]): number[] {
  const parts = text.trim() === '' ? [] : text.trim().split(/\s*[,\s]\s*/);
  if (parts.length !== questions.length) {
    throw new RolesError('usage', `${from} gives ${parts.length} answer(s), but the quiz has ${questions.length} questions`, "'roles quiz --questions' lists them in order");
  }
  return parts.map((part, i) => {
    const answer = Number(part);
    if (/^\d+$/.test(part) && answer >= POSITION_MIN && answer <= POSITION_MAX) return answer;
    const question = questions[i]!;
    throw new RolesError(
      'usage',
      `answer ${i + 1} in ${from} is "${part}", not on the scale from ${POSITION_MIN} to ${POSITION_MAX}`,
      `question ${i + 1} asks "${question.text}": ${POSITION_MIN} for "${question.low}", ${POSITION_MAX} for "${question.high}"`,
    );
  });
}
