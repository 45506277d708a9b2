// The quiz's prompts, scoring and atomic save live in their own bundle (dist/quiz.cjs),
// loaded only when `roles quiz` runs.
import { siblingBundle } from '../bundles/sibling-bundle.js';

/** Replaced by `true` when bundled (scripts/build.mjs). */
declare const __BUNDLED__: boolean | undefined;

export const loadQuizBundle = siblingBundle<typeof import('./run-quiz.js')>('quiz.cjs', typeof __BUNDLED__ !== 'undefined' && __BUNDLED__ ? undefined : () => import('./run-quiz.js'));
