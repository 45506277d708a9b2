// The YAML parser and schema validator live in their own bundle, loaded only when a
// role file must actually be parsed; the built-in roles are prebuilt JSON.
import { statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { requireSibling } from '../bundles/sibling-bundle.js';

type ParserModule = typeof import('../format/parse-role-file.js');

/** Replaced by `true` and the version when bundled (scripts/build.mjs), so the bundle loads dist/parse.cjs. */
declare const __BUNDLED__: boolean | undefined;
declare const __VERSION__: string | undefined;
const bundled = typeof __BUNDLED__ !== 'undefined' && __BUNDLED__;

let loaded: ParserModule | undefined;

export function loadParser(): Promise<ParserModule> {
  // The test is spelled out here, not through `bundled`, so that esbuild drops the import() from the bundle.
  return typeof __BUNDLED__ !== 'undefined' && __BUNDLED__
    ? Promise.resolve(parserNow())
    : import('../format/parse-role-file.js').then((module) => (loaded = module));
}

/** The parser, synchronously, for a role whose cached record turns out damaged when it is read; unbundled, loadParser() must have run. */
export function parserNow(): ParserModule {
  loaded ??= requireSibling<ParserModule>('parse.cjs');
  return loaded;
}

let parserStats: Stats | undefined;

/** Which parser judged the files: a rebuilt or upgraded tool may judge the same file differently. */
export function parserFingerprint(): string {
  if (!bundled) return 'unbundled';
  parserStats ??= statSync(join(__dirname, 'parse.cjs'));
  return `${typeof __VERSION__ === 'string' ? __VERSION__ : ''}:${parserStats.size}:${parserStats.mtimeMs}`;
}

/** Unbundled (under test), the parser loads only asynchronously: load it before a role may need parserNow(). */
export async function prepareParserNow(): Promise<void> {
  if (!bundled) await loadParser();
}
