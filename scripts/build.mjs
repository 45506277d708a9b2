// Builds dist/: the built-in roles as JSON and schema/role.schema.json first (the main
// bundle carries the schema), then the main bundle (CommonJS starts fastest here), the
// lazily loaded parser bundle, the checklist, quiz and pictures (graph, map) bundles, the bundle
// of search, related and fit (finding.cjs, with dist/advert-signals.json,
// dist/search-index.jsonl and dist/role-words.json) and man/roles.1.
import { analyzeMetafile, build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // Minified: every run reads the bundle and its code cache, and each kilobyte read costs
  // here (bench/RESULTS.md). The source map gives --debug stack traces their names back.
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __BUNDLED__: 'true', __VERSION__: JSON.stringify(version) },
};

// commander requires node:child_process when it loads, only to run external subcommands,
// which roles has none of; loading it costs every run a few milliseconds (bench/RESULTS.md).
// Our own code requires it inside the functions that start a process (run-pager.ts, own-roles.ts).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({ contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });", loader: 'js' }));
  },
};

// @inquirer/core wraps each line it draws with fast-wrap-ansi, which measures text with
// fast-string-width: its Unicode-property regular expressions cost about 4 ms to compile
// before the first question. In the prompt bundles, fast-wrap-ansi measures through
// src/quiz/prompt-text-width.ts, which measures plain text itself and the rest with the library.
const promptTextWidth = {
  name: 'prompt-text-width',
  setup(build) {
    build.onResolve({ filter: /^fast-string-width$/ }, (args) => (/[\\/]fast-wrap-ansi[\\/]/.test(args.importer) ? { path: join(root, 'src/quiz/prompt-text-width.ts') } : undefined));
  },
};

// chalk asks supports-color about stdout and stderr as it loads, which loads node:tty and with
// it node:net and the streams: about 7 ms for `--color always` into a pipe. roles decides the
// colour itself and tells chalk the level (src/render/paint.ts), so chalk gets the build of
// supports-color that asks nothing (made for browsers; without a navigator it says level 0).
const chalkAsksNothing = {
  name: 'chalk-asks-nothing',
  setup(build) {
    build.onResolve({ filter: /^#supports-color$/ }, (args) => (/[\\/]chalk[\\/]/.test(args.importer) ? { path: join(dirname(args.importer), 'vendor', 'supports-color', 'browser.js') } : undefined));
  },
};

// `node scripts/build.mjs --analyze` lists what the main bundle is made of, largest first.
const analyze = process.argv.includes('--analyze');

// The role schema, without its descriptions: the main bundle checks records read back from
// the cache against it (src/format/role-shape.ts) and needs only the shapes.
const schemaShapes = {
  name: 'schema-shapes',
  setup(build) {
    build.onLoad({ filter: /role\.schema\.json$/ }, (args) => {
      const strip = (value) => (Array.isArray(value) ? value.map(strip) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'description').map(([key, inner]) => [key, strip(inner)])) : value);
      return { contents: JSON.stringify(strip(JSON.parse(readFileSync(args.path, 'utf8')))), loader: 'json' };
    });
  },
};

// The shipped bundles are written already wrapped as Node wraps a CommonJS module, so the
// launcher compiles each file's text as it is read: joining the wrapper on at run time made
// V8 copy the whole source once more (about 50 page faults, a millisecond, on every run;
// bench/RESULTS.md). Compiled by the launcher, as a script, the file's value is that function;
// loaded by require() (--debug, tests), it runs inside Node's own wrapper, whose `arguments`
// it is called with at once. (`arguments`, not `module`: `node -e` makes a global `module`.)
const shipped = {
  ...common,
  banner: { js: "((run) => (typeof arguments === 'object' ? run.apply(this, arguments) : run))(function (exports, require, module, __filename, __dirname) {" },
  footer: { js: '})' },
};

// Build-time code (scripts/build-data) is bundled in memory and run here; it never ships.
const { outputFiles } = await build({ ...common, minify: false, sourcemap: false, write: false, entryPoints: [join(root, 'scripts/build-data/index.ts')], outfile: join(dist, 'build-data.cjs') });
const buildData = { exports: {} };
new Function('module', 'exports', 'require', '__dirname', outputFiles[0].text)(buildData, buildData.exports, createRequire(import.meta.url), dist);
const compiler = buildData.exports;

const { data, problems } = compiler.compileBuiltinData(root);
if (!data) {
  for (const p of problems) console.error(`${p.file}${p.line ? `:${p.line}:${p.col}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  console.error(`build: ${problems.length} problem(s) in data/; fix them and build again`);
  process.exit(1);
}
const schema = compiler.roleJsonSchema();
writeFileSync(join(root, 'schema', 'role.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
const formatDoc = join(root, 'docs', 'role-format.md');
const doc = readFileSync(formatDoc, 'utf8');
const updated = compiler.withFieldReference(doc, schema);
if (updated !== doc) writeFileSync(formatDoc, updated);

const signals = compiler.compileAdvertSignals(root, new Set(data.knowledge.sources.map((source) => source.id)));
if (!signals.data) {
  for (const p of signals.problems) console.error(`${p.file}${p.line ? `:${p.line}:${p.col}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}`);
  process.exit(1);
}

// Made afresh, so that a file an older build wrote and this one does not is never packed or loaded.
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'builtin.jsonl'), compiler.builtinDataFile(data));
writeFileSync(join(dist, 'advert-signals.json'), `${JSON.stringify(signals.data)}\n`);
writeFileSync(join(dist, 'search-index.jsonl'), compiler.searchIndexFile(data));
writeFileSync(join(dist, 'role-words.json'), compiler.roleWordsFile(data));
const [main] = await Promise.all([
  build({ ...shipped, entryPoints: [join(root, 'src/cli/main.ts')], outfile: join(dist, 'roles.cjs'), plugins: [lazyChildProcess, schemaShapes, chalkAsksNothing], metafile: analyze }),
  build({ ...shipped, entryPoints: [join(root, 'src/format/parse-role-file.ts')], outfile: join(dist, 'parse.cjs') }),
  build({ ...shipped, entryPoints: [join(root, 'src/checklist/run-checklist-interactive.ts')], outfile: join(dist, 'checklist.cjs'), plugins: [promptTextWidth] }),
  build({ ...shipped, entryPoints: [join(root, 'src/quiz/run-quiz.ts')], outfile: join(dist, 'quiz.cjs'), plugins: [promptTextWidth] }),
  build({ ...shipped, entryPoints: [join(root, 'src/pictures/pictures-bundle.ts')], outfile: join(dist, 'pictures.cjs'), plugins: [chalkAsksNothing] }),
  build({ ...shipped, entryPoints: [join(root, 'src/commands/finding-commands.ts')], outfile: join(dist, 'finding.cjs'), plugins: [chalkAsksNothing] }),
]);

if (analyze) console.log(await analyzeMetafile(main.metafile));
// The launcher keys the code cache of every bundle it compiles (the main one and those it
// hands to main() for src/bundles/sibling-bundle.ts) on the bundle's SHA-256, so a rebuilt
// bundle never meets an old cache even when its size and times happen to match. It is
// written as the bundle's last line, which the launcher reads anyway: hashing there would
// cost every run the work, and a file beside it one more read (and one more file to ship).
for (const name of ['roles.cjs', 'parse.cjs', 'checklist.cjs', 'quiz.cjs', 'pictures.cjs', 'finding.cjs']) {
  const file = join(dist, name);
  const code = readFileSync(file);
  writeFileSync(file, Buffer.concat([code, Buffer.from(`// sha256 ${createHash('sha256').update(code).digest('hex')}\n`)]));
}

// man/roles.1 from the help screens themselves; the code that writes it is built in memory, as it never ships.
const manBuild = await build({ ...common, minify: false, sourcemap: false, entryPoints: [join(root, 'src/cli/man-page.ts')], write: false });
const manModule = { exports: {} };
new Function('module', 'exports', 'require', '__dirname', manBuild.outputFiles[0].text)(manModule, manModule.exports, createRequire(import.meta.url), dist);
mkdirSync(join(root, 'man'), { recursive: true });
writeFileSync(join(root, 'man', 'roles.1'), manModule.exports.manPage(version));
