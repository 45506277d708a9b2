// Loads dist/pictures.cjs when `graph` or `map` runs; see load-checklist-bundle.ts.
import { join } from 'node:path';

type PicturesModule = typeof import('./pictures-bundle.js');

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle requires dist/pictures.cjs. */
declare const __BUNDLED__: boolean | undefined;

let pictures: Promise<PicturesModule> | undefined;

export function loadPicturesBundle(): Promise<PicturesModule> {
  pictures ??=
    typeof __BUNDLED__ !== 'undefined' && __BUNDLED__
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
        Promise.resolve(require(join(__dirname, 'pictures.cjs')) as PicturesModule)
      : import('./pictures-bundle.js');
  return pictures;
}
