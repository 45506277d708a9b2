// Pure: an inverted index of passages: each folded word (words.ts) with the passages that
// hold it. The build writes the built-in roles' index (dist/search-index.json) so a search
// folds only the words of the roles users add; a search then reads only the passages that
// hold the words typed.
import type { Passage } from './passages.js';
import { keysOf } from './words.js';

/** The index as the build writes it: lists of pairs, since a word may be "__proto__". */
export interface SearchIndexData {
  passages: Passage[];
  /** Each folded word with the passages (by position) whose text holds it. */
  postings: [string, number[]][];
  /** Each folded word with the passages that hold it only in the labels of their topics. */
  topicPostings: [string, number[]][];
}

export interface SearchIndex {
  passages: Passage[];
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
  return { passages: [...passages], postings: [...postings], topicPostings: [...topicPostings] };
}

/** Indexes put together, each keeping only the passages `keep` allows (a built-in role a user file replaced is dropped). */
export function combineIndexes(parts: readonly { data: SearchIndexData; keep?: (passage: Passage) => boolean }[], names: ReadonlyMap<string, readonly string[]>): SearchIndex {
  const passages: Passage[] = [];
  const postings = new Map<string, number[]>();
  const topicPostings = new Map<string, number[]>();
  for (const { data, keep } of parts) {
    const moved = data.passages.map((passage) => (keep && !keep(passage) ? -1 : passages.push(passage) - 1));
    for (const [from, into] of [[data.postings, postings], [data.topicPostings, topicPostings]] as const) {
      for (const [key, list] of from) {
        const kept = list.map((at) => moved[at] ?? -1).filter((at) => at >= 0);
        if (kept.length === 0) continue;
        const existing = into.get(key);
        if (existing) existing.push(...kept);
        else into.set(key, kept);
      }
    }
  }
  return { passages, postings, topicPostings, names: [...names].map(([id, list]) => ({ id, keys: list.map(keysOf) })) };
}

/** An index of passages made now, for roles the build did not index. */
export function indexPassages(passages: readonly Passage[], names: ReadonlyMap<string, readonly string[]> = new Map()): SearchIndex {
  return combineIndexes([{ data: indexData(passages) }], names);
}
