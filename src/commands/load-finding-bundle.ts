// search, related and fit, and the closest-role hint for an unknown name, live in their
// own bundle (dist/finding.cjs), loaded only when one of them runs; see load-parser.ts.
import { join } from 'node:path';

type FindingModule = typeof import('./finding-commands.js');

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle requires dist/finding.cjs. */
declare const __BUNDLED__: boolean | undefined;

let finding: Promise<FindingModule> | undefined;

export function loadFindingBundle(): Promise<FindingModule> {
  finding ??=
    typeof __BUNDLED__ !== 'undefined' && __BUNDLED__
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
        Promise.resolve(require(join(__dirname, 'finding.cjs')) as FindingModule)
      : import('./finding-commands.js');
  return finding;
}
