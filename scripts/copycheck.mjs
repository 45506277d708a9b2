#!/usr/bin/env node
// Facts may come from the source documents; sentences may not. Flags every run of
// eight words in a project file that matches eight words of a source with at most one
// word changed, after punctuation, case and the sources' encoding damage are set aside.
// Usage: node scripts/copycheck.mjs [PATH ...]   (default: data)
// The sources live beside the repository (../shared/sources); a clone without them
// skips the check and says why.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDecoder } from 'node:util';
import { parse } from 'yaml';

export const RUN_WORDS = 8;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCES_DIR = join(ROOT, '..', 'shared', 'sources');

/** Each character Mac Roman gives to a byte from 0x80 up, with that byte. */
const MAC_ROMAN_BYTES = new Map(
  Array.from({ length: 128 }, (_, i) => [new TextDecoder('macintosh').decode(Uint8Array.of(0x80 + i)), 0x80 + i]),
);

/**
 * UTF-8 that was read as Mac Roman (the career guide's curly quotes show as ‚Äô) read
 * back as it was written: each run of such characters that makes valid UTF-8 is replaced.
 */
export function repairMacRoman(text) {
  return text.replace(/[\u0080-\uffff]{2,}/g, (run) => {
    const bytes = [...run].map((char) => MAC_ROMAN_BYTES.get(char));
    if (bytes.some((byte) => byte === undefined)) return run;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bytes));
    } catch {
      return run;
    }
  });
}

/** The text of a source as a reader sees it: JSON string escapes (the article's export) undone, encoding repaired. */
export function sourceText(raw) {
  return repairMacRoman(raw.replace(/\\n/g, '\n').replace(/\\"/g, '"'));
}

/** Lower-case words of letters and digits; everything else separates them. */
export function wordsOf(text) {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
}

/** The keys of one run: its words with each position in turn left open, so one changed word still matches. */
function keysOf(words, start) {
  const run = words.slice(start, start + RUN_WORDS);
  return run.map((_, open) => run.map((word, i) => (i === open ? '*' : word)).join(' '));
}

/** An index of every run of the sources, for `findCopiedRuns`. */
export function indexSources(sources) {
  const index = new Map();
  for (const { name, text } of sources) {
    const words = wordsOf(sourceText(text));
    for (let i = 0; i + RUN_WORDS <= words.length; i++) {
      for (const key of keysOf(words, i)) if (!index.has(key)) index.set(key, { name, words: words.slice(i, i + RUN_WORDS).join(' ') });
    }
  }
  return index;
}

/** The titles data/sources.yaml cites the sources by: naming a document is not copying it. */
export function citedTitles(root = ROOT) {
  return parse(readFileSync(join(root, 'data', 'sources.yaml'), 'utf8')).sources.map((source) => source.title);
}

/** A line's words with each cited title taken out. */
function lineWords(line, cited) {
  let kept = ` ${wordsOf(line).join(' ')} `;
  for (const title of cited) kept = kept.replaceAll(` ${title} `, ' ');
  return kept.trim().split(' ').filter(Boolean);
}

/** The runs of `text` found in the sources, each with its line, joined where they overlap; the `titles` cited are left out. */
export function findCopiedRuns(text, index, titles = []) {
  const cited = titles.map((title) => wordsOf(title).join(' '));
  const words = [];
  text.split('\n').forEach((line, i) => lineWords(line, cited).forEach((word) => words.push({ word, line: i + 1 })));
  const plain = words.map((entry) => entry.word);
  const found = [];
  for (let i = 0; i + RUN_WORDS <= plain.length; i++) {
    const match = keysOf(plain, i).map((key) => index.get(key)).find(Boolean);
    if (!match) continue;
    const last = found.at(-1);
    if (last && i < last.end) last.end = i + RUN_WORDS;
    else found.push({ line: words[i].line, start: i, end: i + RUN_WORDS, source: match.name, like: match.words });
  }
  return found.map(({ line, start, end, source, like }) => ({ line, words: plain.slice(start, end).join(' '), source, like }));
}

/** The source documents, or undefined where they are not at hand. */
export function readSources(dir = SOURCES_DIR) {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name) && name !== 'README.md')
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Every text file under the paths given. */
export function filesUnder(paths) {
  const files = [];
  const walk = (path) => {
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path).sort()) walk(join(path, entry));
    else if (/\.(ya?ml|md|txt|json)$/.test(path)) files.push(path);
  };
  paths.forEach(walk);
  return files;
}

function main(args) {
  const sources = readSources();
  if (!sources) {
    console.log(`copy check skipped: the source documents are not at ${relative(process.cwd(), SOURCES_DIR)} (they sit beside the repository in development and CI)`);
    return 0;
  }
  const index = indexSources(sources);
  const titles = citedTitles();
  const files = filesUnder(args.length > 0 ? args : [join(ROOT, 'data')]);
  let hits = 0;
  for (const file of files) {
    for (const run of findCopiedRuns(readFileSync(file, 'utf8'), index, titles)) {
      console.log(`${relative(process.cwd(), file)}:${run.line}: "${run.words}" is close to ${run.source}: "${run.like}"; say it in your own words`);
      hits++;
    }
  }
  console.log(hits > 0 ? `${hits} run(s) of ${RUN_WORDS} words close to a source` : `no run of ${RUN_WORDS} words close to a source in ${files.length} file(s)`);
  return hits > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
