// The YAML parser and schema validator live in their own bundle, loaded only when a
// role file must actually be parsed; the built-in roles are prebuilt JSON.
import { join } from 'node:path';

type ParserModule = typeof import('../format/parse-role-file.js');

/** Replaced by `true` when bundled (scripts/build.mjs), so the bundle requires dist/parse.cjs. */
declare const __BUNDLED__: boolean | undefined;

let parser: Promise<ParserModule> | undefined;

export function loadParser(): Promise<ParserModule> {
  parser ??=
    typeof __BUNDLED__ !== 'undefined' && __BUNDLED__
      ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loads its sibling at run time
        Promise.resolve(require(join(__dirname, 'parse.cjs')) as ParserModule)
      : import('../format/parse-role-file.js');
  return parser;
}
