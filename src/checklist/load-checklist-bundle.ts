// The interactive checklist and its prompt library live in their own bundle, loaded
// only when `roles checklist` is about to ask questions; see load-parser.ts.
import { join } from 'node:path';

type ChecklistModule = typeof import('./run-checklist-interactive.js');

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle requires dist/checklist.cjs. */
declare const __BUNDLED__: boolean | undefined;

let checklist: Promise<ChecklistModule> | undefined;

export function loadChecklistBundle(): Promise<ChecklistModule> {
  checklist ??=
    typeof __BUNDLED__ !== 'undefined' && __BUNDLED__
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
        Promise.resolve(require(join(__dirname, 'checklist.cjs')) as ChecklistModule)
      : import('./run-checklist-interactive.js');
  return checklist;
}
