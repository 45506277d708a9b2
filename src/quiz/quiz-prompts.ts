// The quiz's question as an @inquirer/prompts select: the five steps of the scale, in the
// question's own words, 3 (in between) first in focus so Enter alone never leans either way.
import { select } from '@inquirer/prompts';
import type { QuizQuestion } from '../format/knowledge-schema.js';
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { answerWords } from '../views/quiz-view.js';

const MIDDLE = (POSITION_MIN + POSITION_MAX) / 2;

export interface QuizPrompt {
  /** 0-based. */
  index: number;
  total: number;
  question: QuizQuestion;
}

export function scalePromptConfig(prompt: QuizPrompt) {
  const question: QuizQuestion = { ...prompt.question, text: sanitizeText(prompt.question.text), low: sanitizeText(prompt.question.low), high: sanitizeText(prompt.question.high) };
  const steps = Array.from({ length: POSITION_MAX - POSITION_MIN + 1 }, (_, i) => POSITION_MIN + i);
  return {
    message: `${prompt.index + 1}/${prompt.total} ${question.text}`,
    // The middle named short: spelled out with both answers, it would wrap on most terminals.
    choices: steps.map((step) => ({ value: step, name: step === MIDDLE ? 'in between, or both equally' : answerWords(question, step), short: String(step) })),
    default: MIDDLE,
    loop: false,
    theme: { indexMode: 'number' as const },
  };
}

/** Asks one question on the terminal; Ctrl-C rejects with inquirer's ExitPromptError. */
export function askScale(prompt: QuizPrompt, context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; signal: AbortSignal }): Promise<number> {
  return select(scalePromptConfig(prompt), context);
}
