// `graph` and `map` live in their own bundle (dist/pictures.cjs), loaded only when they run.
import { siblingBundle } from '../bundles/sibling-bundle.js';

/** Replaced by `true` when bundled (scripts/build.mjs). */
declare const __BUNDLED__: boolean | undefined;

export const loadPicturesBundle = siblingBundle<typeof import('./pictures-bundle.js')>('pictures.cjs', typeof __BUNDLED__ !== 'undefined' && __BUNDLED__ ? undefined : () => import('./pictures-bundle.js'));
