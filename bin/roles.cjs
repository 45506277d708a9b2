#!/usr/bin/env node
'use strict';
// Tiny launcher: everything lives in the bundles built by `npm run build`. Node 20 has no
// built-in compile cache, so the main bundle, and each bundle beside it that the command
// loads (src/bundles/sibling-bundle.ts), is compiled through a V8 code cache kept under
// $XDG_CACHE_HOME/roles/code (the package folder may be read-only), one per command and bundle.
// V8 checks only that cached code was made from a script of the same length, so a cache
// file runs whatever its author compiled: like ssh with keys, only a folder and files
// that the user running roles owns and no one else may write are ever read or written.
// The file's name comes from the bundle's content hash (written by the build as its last line),
// its size, times and inode and Node's version, so a rebuilt or upgraded bundle never
// meets an old cache; the data is stored twice and the copies compared, because V8 does
// not check it and a damaged cache could crash it.
// Nothing here can fail the command: without a usable cache a bundle is compiled as usual.
const { Buffer } = require('node:buffer');
const { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, statSync, writeSync } = require('node:fs');
// The launcher's own module's class is node:module's Module; taking it from there saves
// loading the public node:module, which costs about half a millisecond.
const Module = module.constructor;
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const MAGIC = 'roles-code-cache 1\n';

/** The same rule as cacheHome() in src/catalog/data-paths.ts, which lives inside the bundle. */
function codeCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME;
  const base = xdg && xdg.startsWith('/') ? xdg : join(env.HOME || require('node:os').homedir(), '.cache');
  return join(base, 'roles', 'code');
}

/** Each command keeps a code cache of its own; anything else (a typo, help) shares one, so typos cannot fill the folder. */
const COMMANDS = new Set(['list', 'ls', 'show', 'compare', 'search', 'related', 'fit', 'questions', 'checklist', 'quiz', 'map', 'graph', 'paths', 'validate', 'completion', 'new', 'edit', '__complete']);

/** The command's name, skipping the global options before it (see src/cli/program.ts); a wrong guess only costs speed. */
function commandName(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--data' || args[i] === '--color') i++;
    else if (!args[i].startsWith('-')) return COMMANDS.has(args[i]) ? args[i] : 'other';
  }
  return 'other';
}

/** Owned by the user running roles, and writable by no one else: the only cache folders and files trusted. */
function isPrivate(stats) {
  return stats.uid === process.getuid() && (stats.mode & 0o022) === 0;
}

/** The bundle's content hash, which the build writes as its last line (scripts/build.mjs). */
const HASH_LINE = /\/\/ sha256 ([0-9a-f]{64})\n$/;

/** `prefix` names the command and the bundle; what follows it changes whenever the bundle or Node does. */
function cacheFileName(prefix, file, source) {
  const hash = HASH_LINE.exec(source.slice(-80))?.[1];
  if (!hash) throw new Error('no content hash at the end of the bundle');
  const stats = statSync(file);
  const key = [hash.slice(0, 32), stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, process.version, process.arch].join('-').replace(/[^\w.-]/g, '_');
  return `${prefix}${key}.v8`;
}

/** The cache folder when it is private, created 0700 if missing; undefined when it cannot be trusted. */
function privateCacheDir(dir) {
  let stats = statSync(dir, { throwIfNoEntry: false });
  if (!stats) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    stats = statSync(dir);
  }
  return isPrivate(stats) ? dir : undefined;
}

/** Reads `length` bytes at `position` into the start of `into`; false when the file ends first. */
function readFully(fd, into, length, position) {
  for (let done = 0; done < length; ) {
    const read = readSync(fd, into, done, length - done, position + done);
    if (read === 0) return false;
    done += read;
  }
  return true;
}

/**
 * How much of the second copy is compared at a time. Fresh memory is slow to touch here,
 * so the second copy goes through one small buffer rather than being read whole, and the
 * first is read into a buffer of its own, which V8 takes as it is: at the offset after
 * the magic line it was not aligned, and V8 copied it (bench/RESULTS.md).
 */
const PIECE = 32 * 1024;

/** The cached code, or undefined when there is none, it is not private, or its two copies differ. */
function readCodeCache(file) {
  let fd;
  try {
    // Opened first and checked through the descriptor, so what is checked is what is read.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    const half = (stats.size - MAGIC.length) / 2;
    if (!stats.isFile() || !isPrivate(stats) || !Number.isInteger(half) || half <= 0) return undefined;
    const magic = Buffer.alloc(MAGIC.length);
    if (!readFully(fd, magic, MAGIC.length, 0) || magic.toString('latin1') !== MAGIC) return undefined;
    const data = Buffer.allocUnsafeSlow(half);
    if (!readFully(fd, data, half, MAGIC.length)) return undefined;
    const piece = Buffer.allocUnsafeSlow(Math.min(PIECE, half));
    for (let at = 0; at < half; at += piece.length) {
      const length = Math.min(piece.length, half - at);
      if (!readFully(fd, piece, length, MAGIC.length + half + at) || !piece.subarray(0, length).equals(data.subarray(at, at + length))) return undefined;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes the cache whole into a new 0600 file, then renames it into place; older caches of the command go. */
function writeCodeCache(dir, name, prefix, data) {
  const file = join(dir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    // O_EXCL with O_NOFOLLOW: never write through a file or link that was there before.
    const fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      writeSync(fd, Buffer.concat([Buffer.from(MAGIC, 'latin1'), data, data]));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    for (const old of readdirSync(dir)) if (old.startsWith(prefix) && old !== name) rmSync(join(dir, old), { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // The folder itself is unusable: there is nothing to tidy.
    }
  }
}

/** Prints the package's version; false when package.json cannot be read, so the bundle answers instead. */
function printVersion() {
  let version;
  try {
    version = require('../package.json').version;
  } catch {
    return false;
  }
  try {
    writeSync(1, `${version}\n`);
  } catch (error) {
    // The same line as outputWriteError() in src/cli/io.ts gives every other command.
    if (error.code !== 'EPIPE') {
      const reason = /^[A-Z0-9]+: ([^,]+)/.exec(error.message || '')?.[1] || error.code;
      try {
        writeSync(2, `roles: cannot write the output (${reason})\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left to say it.
      }
      process.exitCode = 1;
    }
  }
  return true;
}

/**
 * Compiles and runs a bundle as CommonJS, with its code cache when `dir` is a usable cache
 * folder; the cache files to write once the command has run are added to `unwritten`.
 */
function runBundle(file, prefix, dir, unwritten) {
  const source = readFileSync(file, 'utf8');
  let name;
  try {
    name = dir && cacheFileName(prefix, file, source);
  } catch {
    name = undefined;
  }
  const cachedData = name && readCodeCache(join(dir, name));
  // The build wrote the bundle as a function expression (scripts/build.mjs), so its text is compiled as read, never copied.
  const script = new Script(source, { filename: file, cachedData });
  // Registered as require() registers a module, so a require() of the same file gets these exports, and tests can see what was loaded.
  const module = new Module(file, null);
  module.filename = file;
  require.cache[file] = module;
  script.runInThisContext()(module.exports, Module.createRequire(file), module, file, dirname(file));
  module.loaded = true;
  if (name && (!cachedData || script.cachedDataRejected)) unwritten.push({ name, prefix, script });
  return module.exports;
}

function launch() {
  // `roles --version` alone, as scripts and shell prompts ask it, needs nothing from the bundle.
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V') && printVersion()) return;
  // --debug trades speed for stack traces in the TypeScript sources: the bundles are minified, and source maps need Node's own loader.
  if (args.includes('--debug')) {
    process.setSourceMapsEnabled(true);
    return void require(join(DIST, 'roles.cjs')).main(process.argv);
  }
  const command = commandName(args);
  let dir;
  try {
    dir = privateCacheDir(codeCacheDir(process.env));
  } catch {
    dir = undefined;
  }
  const unwritten = [];
  const siblings = new Map();
  // The bundles beside the main one (e.g. finding.cjs), each with a cache of its own per command, named '<command>.<bundle>-'.
  const loadBundle = (file) => {
    if (!siblings.has(file)) siblings.set(file, runBundle(join(DIST, file), `${command}.${file.replace(/\.cjs$/, '')}-`, dir, unwritten));
    return siblings.get(file);
  };
  const done = runBundle(join(DIST, 'roles.cjs'), `${command}-`, dir, unwritten).main(process.argv, loadBundle);
  // Made after the command ran, so they hold the functions the command compiled on the way.
  done.then(() => {
    for (const { name, prefix, script } of unwritten) writeCodeCache(dir, name, prefix, script.createCachedData());
  });
}

module.exports = { COMMANDS };
if (require.main === module) launch();
