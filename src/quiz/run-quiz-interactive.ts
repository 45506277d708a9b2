// The interactive quiz, built as its own bundle (dist/quiz.cjs) so only `roles quiz` loads
// the prompt library: asks each question on the terminal (drawn on stderr, so stdout keeps
// only the result) and returns the answers. Ctrl-C ends the run with 130 and nothing more.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { QuizQuestion } from '../format/knowledge-schema.js';
import { RolesError } from '../format/roles-error.js';
import { openPromptTerminal } from '../checklist/terminal-input.js';
import { askScale, type QuizPrompt } from './quiz-prompts.js';

export type Ask = (prompt: QuizPrompt) => Promise<number>;

const INTERRUPTED = 130;

/** The real prompts, on the terminal; a hang-up stops them as Ctrl-C does, since nobody is left to answer. */
function terminalAsk(): { ask: Ask; close(): void } {
  const controller = new AbortController();
  const terminal = openPromptTerminal(() => controller.abort());
  return { ask: (prompt) => askScale(prompt, { input: terminal.input, output: terminal.output, signal: controller.signal }), close: terminal.close };
}

/** `ask` is replaced in tests; the real prompts draw on stderr and read stdin. */
export async function askQuizQuestions(questions: readonly QuizQuestion[], ask?: Ask): Promise<number[]> {
  const asking = ask ? { ask, close: () => undefined } : terminalAsk();
  const answers: number[] = [];
  try {
    for (const [index, question] of questions.entries()) answers.push(await asking.ask({ index, total: questions.length, question }));
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'ExitPromptError' || name === 'AbortPromptError') throw RolesError.silent(INTERRUPTED);
    throw error;
  } finally {
    asking.close();
  }
  return answers;
}

/**
 * Keeps the result whole or not at all: written beside the old file, flushed, renamed over it.
 * The writer is imported here, not when the bundle loads: most runs save nothing, and loading it
 * cost the first question about 15 ms.
 */
export async function saveQuizResult(file: string, text: string): Promise<void> {
  const { default: writeFileAtomic } = await import('write-file-atomic');
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileAtomic.sync(file, text, { mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new RolesError('io', `cannot save the quiz result (${code})`, 'check the folder and its permissions, or leave --save out', { file });
  }
}
