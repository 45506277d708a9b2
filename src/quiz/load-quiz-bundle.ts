// The quiz's prompts and its atomic save live in their own bundle (dist/quiz.cjs), loaded
// only when `roles quiz` asks its questions or saves; see load-checklist-bundle.ts.
import { join } from 'node:path';

type QuizModule = typeof import('./run-quiz.js');

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle requires dist/quiz.cjs. */
declare const __BUNDLED__: boolean | undefined;

let quiz: Promise<QuizModule> | undefined;

export function loadQuizBundle(): Promise<QuizModule> {
  quiz ??=
    typeof __BUNDLED__ !== 'undefined' && __BUNDLED__
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
        Promise.resolve(require(join(__dirname, 'quiz.cjs')) as QuizModule)
      : import('./run-quiz.js');
  return quiz;
}
