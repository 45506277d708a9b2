// search, related and fit, and the closest-role hint for an unknown name, live in their
// own bundle (dist/finding.cjs), loaded only when one of them runs.
import { siblingBundle } from '../bundles/sibling-bundle.js';

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle loads dist/finding.cjs. */
declare const __BUNDLED__: boolean | undefined;

export const loadFindingBundle = siblingBundle<typeof import('./finding-commands.js')>('finding.cjs', typeof __BUNDLED__ !== 'undefined' && __BUNDLED__ ? undefined : () => import('./finding-commands.js'));
