// `roles quiz` past its wiring: the questions (--questions), the answers (--answers or the
// prompts), the ranking in the format asked for, and --save. Part of the quiz's own bundle.
import { join } from 'node:path';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import { whyNotInteractive } from '../cli/why-not-interactive.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { dataHome, homeDirectory } from '../catalog/data-paths.js';
import type { QuizQuestion } from '../format/knowledge-schema.js';
import { RolesError } from '../format/roles-error.js';
import { makePaint } from '../render/paint.js';
import { quizJson, quizQuestionsJson, renderQuizMarkdown, renderQuizPlain, renderQuizQuestionsPlain, renderQuizQuestionsText, renderQuizText } from '../render/render-quiz.js';
import { localDate } from '../views/questions-view.js';
import { buildQuizView, type QuizView } from '../views/quiz-view.js';
import { answersText, parseAnswers } from './quiz-answers.js';
import type { Ask } from './run-quiz-interactive.js';

export interface QuizOptions extends FormatOptions {
  answers?: string;
  questions?: boolean;
  save?: boolean;
  /** False with --no-input. */
  input?: boolean;
}

/** Roles named in the note about those left out; a big folder's thousands would bury it. */
const LEFT_OUT_NAMED = 5;

export function quizDir(env: Io['env'], home: string): string {
  return join(dataHome(env, home), 'roles', 'quiz');
}

async function collectAnswers(options: QuizOptions, io: Io, questions: readonly QuizQuestion[], ask?: Ask): Promise<number[]> {
  if (options.answers !== undefined) {
    const { text, from } = answersText(options.answers, io.cwd);
    return parseAnswers(text, from, questions);
  }
  const notInteractive = whyNotInteractive(options.input, io);
  if (notInteractive) {
    throw new RolesError('usage', `quiz asks its questions in a terminal, and ${notInteractive}`, `give the answers with --answers, e.g. --answers ${questions.map(() => '3').join(',')} ('roles quiz --questions' lists the questions)`);
  }
  // The questions are asked on the terminal, and a pager would hold back what they say.
  io.noPager();
  io.err(`Which role suits you? ${questions.length} questions, each answered from 1 to 5; Ctrl-C stops.\n`);
  // The prompt library is evaluated only now: --answers and --questions never need it, and it costs about 20 ms.
  const { askQuizQuestions } = await import('./run-quiz-interactive.js');
  return askQuizQuestions(questions, ask);
}

function noteLeftOut(view: QuizView, io: Io): void {
  if (view.leftOut.length === 0) return;
  const named = view.leftOut.slice(0, LEFT_OUT_NAMED).join(', ');
  const more = view.leftOut.length > LEFT_OUT_NAMED ? ` and ${view.leftOut.length - LEFT_OUT_NAMED} more` : '';
  io.err(`roles: the quiz leaves out ${named}${more}: their files give no dimensions (add a dimensions: block, see docs/role-format.md)\n`);
}

export async function runQuiz(options: QuizOptions, io: Io, catalog: Catalog, ask?: Ask): Promise<void> {
  const { questions, dimensions } = catalog.knowledge.dimensions;
  if (options.questions) {
    if (options.answers !== undefined || options.save) throw new RolesError('usage', '--questions lists the questions and takes no answers', "leave out --answers and --save, or run 'roles quiz' without --questions");
    const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
    const view = { questions, dimensions };
    if (format === 'json') return io.out(toJson(quizQuestionsJson(view)));
    return io.out(format === 'plain' ? renderQuizQuestionsPlain(view) : renderQuizQuestionsText(view, io.width, makePaint(io.color)));
  }
  // Checked before any question is asked, so a wrong --format does not waste the answers.
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'md', 'json']);
  const answers = await collectAnswers(options, io, questions, ask);
  const view = buildQuizView(catalog.roles, catalog.knowledge, answers);
  noteLeftOut(view, io);
  const date = localDate(io.now());
  if (format === 'json') io.out(toJson(quizJson(view)));
  else if (format === 'md') io.out(renderQuizMarkdown(view, date));
  else if (format === 'plain') io.out(renderQuizPlain(view));
  else io.out(renderQuizText(view, io.width, makePaint(io.color)));
  if (options.save) {
    const file = join(quizDir(io.env, homeDirectory(io.env)), `quiz-${date}.json`);
    const { saveQuizResult } = await import('./run-quiz-interactive.js');
    await saveQuizResult(file, toJson({ date, ...quizJson(view) }));
    io.err(`roles: saved the result in ${file}\n`);
  }
}
