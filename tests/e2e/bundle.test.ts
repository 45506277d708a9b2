// What each built bundle is made of: every command pays for the main bundle at start-up,
// so the YAML reader, the schema library and the prompt library must stay out of it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-roles.js';

/** The source files a bundle was built from, as its source map lists them. */
function sourcesOf(bundle: string): string[] {
  return (JSON.parse(readFileSync(join(ROOT, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] }).sources;
}

/** The packages a bundle holds, from the sources its source map lists. */
function packagesIn(bundle: string): Set<string> {
  return new Set(sourcesOf(bundle).map((source) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? '').filter(Boolean));
}

/** A run of the command in a home of its own, with the built-in modules Node loaded on the way. */
function modulesLoadedBy(args: string[]): { status: number | null; stdout: string; modules: string[] } {
  const home = mkdtempSync(join(tmpdir(), 'roles-modules-'));
  try {
    const preload = join(home, 'modules.cjs');
    const list = join(home, 'modules.txt');
    writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
    const run = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin', 'roles.cjs'), ...args], { env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config') }, encoding: 'utf8' });
    return { status: run.status, stdout: run.stdout, modules: readFileSync(list, 'utf8').split('\n') };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

describe('the built bundles', () => {
  it('keep the YAML reader, the schema library and the prompts out of the main bundle', () => {
    const main = packagesIn('roles.cjs');
    expect(main).toContain('commander');
    for (const heavy of ['yaml', 'zod', '@inquirer/core', '@inquirer/select']) expect(main).not.toContain(heavy);
  });

  it('keep the main bundle ASCII, so Node reads it as a one-byte string of half the size', () => {
    // esbuild escapes strings but copies regular expression literals as written.
    const bytes = readFileSync(join(ROOT, 'dist', 'roles.cjs'));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('are each a function when compiled as a script, as the launcher compiles them, and a module when required', () => {
    // Compiled as read, with no wrapper joined on at run time (scripts/build.mjs says why).
    const check = `
      const { readFileSync } = require('node:fs');
      const { Script } = require('node:vm');
      for (const file of process.argv.slice(1)) {
        const value = new Script(readFileSync(file, 'utf8'), { filename: file }).runInThisContext();
        if (typeof value !== 'function' || value.length !== 5) throw new Error(file + ' is not a function of the five module arguments');
        if (Object.keys(require(file)).length === 0) throw new Error(file + ' exports nothing when required');
      }`;
    const bundles = ['roles.cjs', 'parse.cjs', 'checklist.cjs', 'quiz.cjs', 'pictures.cjs', 'finding.cjs'].map((name) => join(ROOT, 'dist', name));
    const run = spawnSync(process.execPath, ['-e', check, ...bundles], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('keep the quiz, its scoring and its prompts in a bundle of their own', () => {
    expect(sourcesOf('roles.cjs').filter((source) => /src\/(quiz\/|views\/quiz-|render\/render-quiz)/.test(source))).toEqual(['../src/quiz/load-quiz-bundle.ts']);
    expect(sourcesOf('quiz.cjs')).toEqual(expect.arrayContaining(['../src/quiz/run-quiz.ts', '../src/views/quiz-ranking.ts']));
    expect([...packagesIn('quiz.cjs')].some((name) => name.startsWith('@inquirer/'))).toBe(true);
    // Scoring and drawing positions needs the scale, not the schema library that defines the role format.
    for (const bundle of ['quiz.cjs', 'pictures.cjs']) for (const heavy of ['yaml', 'zod']) expect(packagesIn(bundle)).not.toContain(heavy);
  });

  it('keep search, related and fit in their own bundle, out of the main one', () => {
    expect(sourcesOf('roles.cjs').filter((source) => /src\/(search|views\/(search|related|fit)-view|render\/render-(search|related|fit))/.test(source))).toEqual([]);
    expect(sourcesOf('finding.cjs').some((source) => source.includes('src/search/fit-advert.ts'))).toBe(true);
  });

  it('load them from the bundles of the commands that need them', () => {
    for (const name of ['yaml', 'zod']) expect(packagesIn('parse.cjs')).toContain(name);
    expect([...packagesIn('checklist.cjs')].some((name) => name.startsWith('@inquirer/'))).toBe(true);
  });

  it('draw the everyday views, borders, gauges and colour included, without starting string-width (an Intl.Segmenter and Unicode regular expressions)', () => {
    const home = mkdtempSync(join(tmpdir(), 'roles-segmenter-'));
    try {
      const preload = join(home, 'segmenter.cjs');
      const record = join(home, 'made.txt');
      writeFileSync(preload, `const Made = Intl.Segmenter; Intl.Segmenter = function (...args) { require('node:fs').appendFileSync(${JSON.stringify(record)}, 'segmenter\\n'); return new Made(...args); };`);
      for (const args of [['show', 'pm', '--format', 'text', '--color', 'always'], ['list', '--format', 'text', '--color', 'always'], ['compare', 'pm', 'po', '--color', 'always'], ['map']]) {
        const run = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin', 'roles.cjs'), ...args], { env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config'), COLUMNS: '80' }, encoding: 'utf8' });
        expect(run.status, args.join(' ')).toBe(0);
        expect(existsSync(record), args.join(' ')).toBe(false);
      }
      // The control: the stand-in does record a Segmenter made.
      spawnSync(process.execPath, ['-r', preload, '-e', 'new Intl.Segmenter()']);
      expect(existsSync(record)).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('paint colour into a pipe without loading node:tty: chalk is told the level and asks the terminal nothing', () => {
    for (const args of [['show', 'pm', '--format', 'text', '--color', 'always'], ['compare', 'pm', 'po', '--format', 'text', '--color', 'always'], ['related', 'pm', '--format', 'text', '--color', 'always']]) {
      const { status, stdout, modules } = modulesLoadedBy(args);
      expect(status, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toContain('\u001b[1m');
      expect(modules, args.join(' ')).not.toContain('NativeModule tty');
    }
  });

  it('leave stdin alone when fit reads its advert from a file, since touching it builds a stream and loads its modules', () => {
    const home = mkdtempSync(join(tmpdir(), 'roles-stdin-'));
    try {
      const preload = join(home, 'stdin.cjs');
      const record = join(home, 'touched.txt');
      writeFileSync(preload, `const get = Object.getOwnPropertyDescriptor(process, 'stdin').get; Object.defineProperty(process, 'stdin', { configurable: true, get() { require('node:fs').writeFileSync(${JSON.stringify(record)}, 'stdin'); return get.call(process); } });`);
      const fit = (args: string[], input = ''): number | null =>
        spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin', 'roles.cjs'), 'fit', ...args], { env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config') }, input, encoding: 'utf8' }).status;
      expect(fit([join(ROOT, 'bench', 'two-page-advert.md')])).toBe(0);
      expect(existsSync(record)).toBe(false);
      // The control: an advert piped in is read from stdin, and the stand-in records it.
      expect(fit(['-'], 'Product Owner: own the backlog and write user stories')).toBe(0);
      expect(existsSync(record)).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('start the everyday commands without loading node:child_process, which only the pager and the editor need', () => {
    for (const args of [['list'], ['show', 'pm'], ['compare', 'pm', 'po']]) {
      const { status, modules } = modulesLoadedBy(args);
      expect(status).toBe(0);
      expect(modules).not.toContain('NativeModule child_process');
    }
    // The quiz without prompts (scripts, --questions) leaves the prompt library, and the readline it loads, alone.
    for (const args of [['quiz', '--questions', '--json'], ['quiz', '--answers', '3,3,3,3,3,3,3,3,3,3,3,3', '--json']]) {
      const { status, modules } = modulesLoadedBy(args);
      expect(status).toBe(0);
      expect(modules).not.toContain('NativeModule readline');
    }
  });
});
