// Code that only some commands run lives in bundles of its own beside the main one
// (scripts/build.mjs), required the first time a command asks. Unbundled (under test),
// `unbundled` imports the sources instead; each caller spells out the __BUNDLED__ test
// itself, so that esbuild drops that import() from the main bundle.
import { join } from 'node:path';

export function siblingBundle<T>(file: string, unbundled: (() => Promise<T>) | undefined): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
    loaded ??= unbundled ? unbundled() : Promise.resolve(require(join(__dirname, file)) as T);
    return loaded;
  };
}
