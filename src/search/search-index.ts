// Pure: an inverted index of passages: each folded word (words.ts) with the passages that
// hold it. The build writes the built-in roles' index (dist/search-index.jsonl) so a search
// folds only the words of the roles users add; a search then reads only the passages that
// hold the words typed. The file is a first line of roles and where each passage ends, a
// line of each word with its passages, a line of the words found only in topic labels, then
// one passage a line. A search looks the words typed up in those lines where they lie and
// parses only the passages it reads: parsing all 1,300 passages cost about 3 ms and two
// garbage collections, and the word lists parsed into arrays about as much again, since the
// collector copied them each time it ran (bench/RESULTS.md).
import { Buffer } from 'node:buffer';
import { isKnowledgePassage, type Passage } from './passages.js';
import { keysOf } from './words.js';

/** Each folded word with the passages (by position) that hold it: a Map, or a line of the build's file. */
export interface Postings {
  get(key: string): readonly number[] | undefined;
  keys(): Iterable<string>;
}

/** An index as made now or as read from the build's file. */
export interface SearchIndexData {
  /** How many passages there are. */
  size: number;
  /** The passage at a position, read when first asked for. */
  passage: (at: number) => Passage;
  /** The roles whose own passages are in it (the rest are the knowledge's). */
  roles: string[];
  /** Each folded word with the passages whose text holds it. */
  postings: Postings;
  /** Each folded word with the passages that hold it only in the labels of their topics. */
  topicPostings: Postings;
}

export interface SearchIndex {
  size: number;
  passage: (at: number) => Passage;
  postings: Postings;
  topicPostings: Postings;
  /** Each role's names as folded words, to tell which role a sentence about several is about. */
  names: { id: string; keys: string[][] }[];
}

export function indexData(passages: readonly Passage[]): SearchIndexData {
  const postings = new Map<string, number[]>();
  const topicPostings = new Map<string, number[]>();
  const post = (into: Map<string, number[]>, key: string, at: number): void => {
    const list = into.get(key);
    if (list) list.push(at);
    else into.set(key, [at]);
  };
  passages.forEach((passage, at) => {
    const keys = new Set(keysOf(passage.text));
    for (const key of keys) post(postings, key, at);
    for (const key of new Set(keysOf(passage.extra ?? ''))) if (!keys.has(key)) post(topicPostings, key, at);
  });
  const roles = [...new Set(passages.flatMap((passage) => (isKnowledgePassage(passage) ? [] : passage.roles)))];
  return { size: passages.length, passage: (at) => passages[at] as Passage, roles, postings, topicPostings };
}

/**
 * A word list as one line: ` word:0,4,17 other:3 `. Folded words are letters and digits
 * only (words.ts), so a space and a colon can only mean the start of an entry.
 */
function postingsLine(postings: Postings): string {
  return `${[...postings.keys()].map((key) => ` ${key}:${(postings.get(key) ?? []).join(',')}`).join('')} \n`;
}

/** The index as the build writes it: see the top of this file. */
export function indexFileText(data: SearchIndexData): string {
  const lines = Array.from({ length: data.size }, (_, at) => `${JSON.stringify(data.passage(at))}\n`);
  let end = 0;
  const ends = lines.map((line) => (end += Buffer.byteLength(line)));
  return `${JSON.stringify({ roles: data.roles, ends })}\n${postingsLine(data.postings)}${postingsLine(data.topicPostings)}${lines.join('')}`;
}

/** A word list line of the build's file, looked up where it lies; its words are listed only when a search needs them all (a word typed with a typo). */
function postingsAt(bytes: Buffer, start: number, end: number): Postings {
  let keys: string[] | undefined;
  return {
    get(key) {
      const at = bytes.indexOf(` ${key}:`, start, 'utf8');
      if (at < 0 || at >= end) return undefined;
      const from = at + Buffer.byteLength(key) + 2;
      return bytes.toString('latin1', from, bytes.indexOf(32, from)).split(',').map(Number);
    },
    keys() {
      keys ??= bytes
        .toString('utf8', start + 1, end - 1)
        .split(' ')
        .filter(Boolean)
        .map((entry) => entry.slice(0, entry.lastIndexOf(':')));
      return keys;
    },
  };
}

/** Reads the build's index from its bytes; passages are parsed as they are asked for. Throws on a file that does not add up. */
export function readIndexFile(bytes: Buffer): SearchIndexData {
  const headEnd = bytes.indexOf(10);
  const head = JSON.parse(bytes.toString('utf8', 0, headEnd)) as Pick<SearchIndexData, 'roles'> & { ends: number[] };
  const postingsEnd = bytes.indexOf(10, headEnd + 1);
  const topicsEnd = postingsEnd < 0 ? -1 : bytes.indexOf(10, postingsEnd + 1);
  const start = topicsEnd + 1;
  if (!Array.isArray(head.ends) || topicsEnd < 0 || start + (head.ends.at(-1) ?? 0) !== bytes.length) throw new Error('the search index does not match its length');
  const { ends } = head;
  return {
    size: ends.length,
    passage: (at) => JSON.parse(bytes.toString('utf8', start + (at === 0 ? 0 : (ends[at - 1] ?? 0)), start + (ends[at] ?? 0))) as Passage,
    roles: head.roles,
    postings: postingsAt(bytes, headEnd + 1, postingsEnd),
    topicPostings: postingsAt(bytes, postingsEnd + 1, topicsEnd),
  };
}

/**
 * Indexes put together, each keeping only the passages `keep` allows (a built-in role a user
 * file replaced is dropped). A part with `keep` has every passage read to test it; a part
 * without keeps its passages unread until a search asks for them. Words are looked up in
 * each part when a search asks for them, not copied into one list beforehand.
 */
export function combineIndexes(parts: readonly { data: SearchIndexData; keep?: (passage: Passage) => boolean }[], names: ReadonlyMap<string, readonly string[]>): SearchIndex {
  // Where each part's passages start in the whole, and for a filtered part, the positions it kept and where each went.
  const placed: { data: SearchIndexData; start: number; kept?: number[]; moved?: Map<number, number> }[] = [];
  let size = 0;
  for (const { data, keep } of parts) {
    const kept = keep ? Array.from({ length: data.size }, (_, at) => at).filter((at) => keep(data.passage(at))) : undefined;
    placed.push({ data, start: size, kept, moved: kept && new Map(kept.map((at, k) => [at, size + k])) });
    size += kept ? kept.length : data.size;
  }
  const combined = (of: (data: SearchIndexData) => Postings): Postings => {
    const found = new Map<string, readonly number[] | undefined>();
    const get = (key: string): readonly number[] | undefined => {
      if (found.has(key)) return found.get(key);
      let all: readonly number[] | undefined;
      for (const { data, start, moved } of placed) {
        const list = of(data).get(key) ?? [];
        const mapped = moved ? list.flatMap((at) => moved.get(at) ?? []) : start === 0 ? list : list.map((at) => at + start);
        if (mapped.length > 0) all = all ? all.concat(mapped) : mapped;
      }
      found.set(key, all);
      return all;
    };
    const keys = (): string[] => {
      const all = [...new Set(placed.flatMap(({ data }) => [...of(data).keys()]))];
      // A filtered part may have lost every passage of a word: such a word is no longer in the index.
      return placed.some((part) => part.moved) ? all.filter((key) => get(key) !== undefined) : all;
    };
    return { get, keys };
  };
  const passage = (at: number): Passage => {
    let p = placed.length - 1;
    while (p > 0 && (placed[p] as (typeof placed)[number]).start > at) p--;
    const part = placed[p] as (typeof placed)[number];
    const local = at - part.start;
    return part.data.passage(part.kept ? (part.kept[local] as number) : local);
  };
  return {
    size,
    passage,
    postings: combined((data) => data.postings),
    topicPostings: combined((data) => data.topicPostings),
    names: [...names].map(([id, list]) => ({ id, keys: list.map(keysOf) })),
  };
}

/** An index of passages made now, for roles the build did not index. */
export function indexPassages(passages: readonly Passage[], names: ReadonlyMap<string, readonly string[]> = new Map()): SearchIndex {
  return combineIndexes([{ data: indexData(passages) }], names);
}
