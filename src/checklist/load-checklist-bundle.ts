// The interactive checklist and its prompt library live in their own bundle, loaded
// only when `roles checklist` is about to ask questions; see src/bundles/sibling-bundle.ts.
import { siblingBundle } from '../bundles/sibling-bundle.js';

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle requires dist/checklist.cjs. */
declare const __BUNDLED__: boolean | undefined;

export const loadChecklistBundle = siblingBundle<typeof import('./run-checklist-interactive.js')>('checklist.cjs', typeof __BUNDLED__ !== 'undefined' && __BUNDLED__ ? undefined : () => import('./run-checklist-interactive.js'));
