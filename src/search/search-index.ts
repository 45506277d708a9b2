// Pure: an inverted index of passages: each folded word (words.ts) with the passages that
// hold it. The build writes the built-in roles' index (dist/search-index.jsonl) so a search
// folds only the words of the roles users add; a search then reads only the passages that
// hold the words typed. The file is the word lists on its first line and one passage a
// line after it, so a search parses the passages it reads and no others: parsing all 1,300
// cost about 3 ms and two garbage collections (another 7 ms) on every run (bench/RESULTS.md).
import { Buffer } from 'node:buffer';
import { isKnowledgePassage, type Passage } from './passages.js';
import { keysOf } from './words.js';

/** An index as made now or as read from the build's file; lists of pairs, since a word may be "__proto__". */
export interface SearchIndexData {
  /** How many passages there are. */
  size: number;
  /** The passage at a position, read when first asked for. */
  passage: (at: number) => Passage;
  /** The roles whose own passages are in it (the rest are the knowledge's). */
  roles: string[];
  /** Each folded word with the passages (by position) whose text holds it. */
  postings: [string, number[]][];
  /** Each folded word with the passages that hold it only in the labels of their topics. */
  topicPostings: [string, number[]][];
}

export interface SearchIndex {
  size: number;
  passage: (at: number) => Passage;
  postings: Map<string, number[]>;
  topicPostings: Map<string, number[]>;
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
  return { size: passages.length, passage: (at) => passages[at] as Passage, roles, postings: [...postings], topicPostings: [...topicPostings] };
}

/** The index as the build writes it: a first line of word lists and where each passage's line ends, then one passage a line. */
export function indexFileText(data: SearchIndexData): string {
  const lines = Array.from({ length: data.size }, (_, at) => `${JSON.stringify(data.passage(at))}\n`);
  let end = 0;
  const ends = lines.map((line) => (end += Buffer.byteLength(line)));
  return `${JSON.stringify({ roles: data.roles, postings: data.postings, topicPostings: data.topicPostings, ends })}\n${lines.join('')}`;
}

/** Reads the build's index from its bytes; passages are parsed as they are asked for. Throws on a file that does not add up. */
export function readIndexFile(bytes: Buffer): SearchIndexData {
  const headEnd = bytes.indexOf(10);
  const head = JSON.parse(bytes.toString('utf8', 0, headEnd)) as Omit<SearchIndexData, 'size' | 'passage'> & { ends: number[] };
  const start = headEnd + 1;
  if (!Array.isArray(head.ends) || start + (head.ends.at(-1) ?? 0) !== bytes.length) throw new Error('the search index does not match its length');
  const { ends } = head;
  return {
    size: ends.length,
    passage: (at) => JSON.parse(bytes.toString('utf8', start + (at === 0 ? 0 : (ends[at - 1] ?? 0)), start + (ends[at] ?? 0))) as Passage,
    roles: head.roles,
    postings: head.postings,
    topicPostings: head.topicPostings,
  };
}

/**
 * Indexes put together, each keeping only the passages `keep` allows (a built-in role a user
 * file replaced is dropped). A part with `keep` has every passage read to test it; a part
 * without keeps its passages unread until a search asks for them.
 */
export function combineIndexes(parts: readonly { data: SearchIndexData; keep?: (passage: Passage) => boolean }[], names: ReadonlyMap<string, readonly string[]>): SearchIndex {
  const postings = new Map<string, number[]>();
  const topicPostings = new Map<string, number[]>();
  // Where each part's passages start in the whole, and for a filtered part, the positions it kept.
  const placed: { data: SearchIndexData; start: number; kept?: number[] }[] = [];
  let size = 0;
  for (const { data, keep } of parts) {
    const kept = keep ? Array.from({ length: data.size }, (_, at) => at).filter((at) => keep(data.passage(at))) : undefined;
    const moved = kept ? new Map(kept.map((at, k) => [at, size + k])) : undefined;
    const start = size;
    for (const [from, into] of [[data.postings, postings], [data.topicPostings, topicPostings]] as const) {
      for (const [key, list] of from) {
        const mapped = moved ? list.flatMap((at) => moved.get(at) ?? []) : start === 0 ? list : list.map((at) => at + start);
        if (mapped.length === 0) continue;
        const existing = into.get(key);
        into.set(key, existing ? existing.concat(mapped) : mapped);
      }
    }
    placed.push({ data, start, kept });
    size += kept ? kept.length : data.size;
  }
  const passage = (at: number): Passage => {
    let p = placed.length - 1;
    while (p > 0 && (placed[p] as (typeof placed)[number]).start > at) p--;
    const part = placed[p] as (typeof placed)[number];
    const local = at - part.start;
    return part.data.passage(part.kept ? (part.kept[local] as number) : local);
  };
  return { size, passage, postings, topicPostings, names: [...names].map(([id, list]) => ({ id, keys: list.map(keysOf) })) };
}

/** An index of passages made now, for roles the build did not index. */
export function indexPassages(passages: readonly Passage[], names: ReadonlyMap<string, readonly string[]> = new Map()): SearchIndex {
  return combineIndexes([{ data: indexData(passages) }], names);
}
