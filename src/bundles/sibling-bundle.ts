// Code that only some commands run lives in bundles of its own beside the main one
// (scripts/build.mjs), loaded the first time a command asks. The launcher (bin/roles.cjs)
// hands main() a loader that compiles them through its V8 code cache; without one (--debug,
// or the bundle required some other way) they are required as usual. Unbundled (under
// test), `unbundled` imports the sources instead; each caller spells out the __BUNDLED__
// test itself, so that esbuild drops that import() from the main bundle.
import { join } from 'node:path';

/** Loads a bundle of dist/ by its file name and returns its exports. */
export type BundleLoader = (file: string) => unknown;

let launcherLoader: BundleLoader | undefined;

/** Called once by main() with what the launcher passed, before any command runs. */
export function useBundleLoader(loader: BundleLoader | undefined): void {
  launcherLoader = loader;
}

/** A sibling bundle's exports, now: through the launcher's loader when there is one. */
export function requireSibling<T>(file: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
  return (launcherLoader ? launcherLoader(file) : require(join(__dirname, file))) as T;
}

/** Loads the sibling once, on the first call; `unbundled` is the import() of its sources, or undefined in the bundle. */
export function siblingBundle<T>(file: string, unbundled: (() => Promise<T>) | undefined): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= unbundled ? unbundled() : Promise.resolve(requireSibling<T>(file));
    return loaded;
  };
}
