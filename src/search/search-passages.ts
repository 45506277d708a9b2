// Pure: ranks passages for the words a user typed. Each word is matched in its folded form
// (words.ts), or, when no passage holds it, as the closest words that do (one edit for
// short words, two for long ones); rare words count more than common ones, words side by
// side as typed count extra, and a role's further passages count less than its first, so
// the first results name different roles. Only the passages holding a typed word are read.
import { editDistance } from '../format/edit-distance.js';
import type { Passage } from './passages.js';
import type { SearchIndex } from './search-index.js';
import { keysOf, wordsOf, type Word } from './words.js';

export interface SearchHit {
  passage: Passage;
  score: number;
  /** Where the matched words are in the passage's text, for highlighting: [start, end) pairs. */
  spans: [number, number][];
}

/** A role found, with its best passage and how many passages matched in all. */
export interface RoleHit extends SearchHit {
  id: string;
  matches: number;
}

export interface SearchOptions {
  limit?: number;
  /** Keep only roles for which this is true. */
  keep?: (id: string) => boolean;
}

/** Words that say nothing about a role (in their folded forms: "this" is "thi"). */
const STOP_WORDS = new Set(['a', 'all', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'by', 'do', 'doe', 'for', 'from', 'how', 'in', 'is', 'it', 'no', 'not', 'of', 'on', 'or', 'other', 'some', 'such', 'that', 'the', 'their', 'them', 'they', 'thi', 'to', 'very', 'what', 'which', 'who', 'with', 'role', 'job']);
/** How much a passage's further matches of a word add: the first says most. */
const REPEAT = 0.3;
/** A role's second passage adds this much of its score, its third this squared, and so on. */
const FURTHER_PASSAGES = 0.3;
/** Topic labels find an item without being in its text: a weaker sign than its words. */
const TOPIC_ONLY = 0.4;

function mentionsIn(words: readonly Word[], names: readonly { id: string; keys: string[][] }[]): [number, string][] {
  const found: [number, string][] = [];
  for (let i = 0; i < words.length; i++) {
    for (const { id, keys } of names) {
      if (keys.some((name) => name.length > 0 && name.every((key, k) => words[i + k]?.key === key))) found.push([i, id]);
    }
  }
  return found;
}

/** The roles a passage's match speaks of: for a passage about several, the one named last before the match, else all of them. */
function creditedRoles(passage: Passage, words: readonly Word[], firstMatch: number, names: SearchIndex['names']): string[] {
  if (passage.roles.length < 2) return passage.roles;
  const mentions = mentionsIn(words, names.filter((entry) => passage.roles.includes(entry.id)));
  const before = mentions.filter(([at]) => at <= firstMatch).at(-1);
  if (before) return [before[1]];
  if (mentions.length > 0) return [mentions[0]?.[1] as string];
  return passage.roles;
}

/** The keys a typed word stands for, each with how sure the match is: itself, else the nearest known words. */
function expandWord(key: string, index: SearchIndex): Map<string, number> {
  if (index.postings.get(key) !== undefined || index.topicPostings.get(key) !== undefined) return new Map([[key, 1]]);
  const allowed = key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0;
  const near = new Map<string, number>();
  if (allowed === 0) return near;
  for (const known of [...index.postings.keys(), ...index.topicPostings.keys()]) {
    if (Math.abs(known.length - key.length) > allowed) continue;
    const distance = editDistance(key, known);
    if (distance <= allowed) near.set(known, distance === 1 ? 0.8 : 0.6);
  }
  return near;
}

function queryKeys(query: string): string[] {
  const keys = wordsOf(query).map((word) => word.key);
  return keys.filter((key) => !STOP_WORDS.has(key));
}

/** Extra for the typed words found next to each other in the passage, in order. */
function phraseBonus(words: readonly Word[], wanted: readonly Map<string, number>[]): number {
  if (wanted.length < 2) return 0;
  let best = 0;
  for (let i = 0; i < words.length; i++) {
    let run = 0;
    while (run < wanted.length && i + run < words.length && wanted[run]?.has(words[i + run]?.key ?? '')) run++;
    best = Math.max(best, run);
  }
  return best >= 2 ? best / wanted.length : 0;
}

/** Roles ranked for the words typed, best first, each with its best passage. */
export function searchRoles(index: SearchIndex, query: string, options: SearchOptions = {}): RoleHit[] {
  const total = index.size;
  const wanted = queryKeys(query).map((key) => expandWord(key, index));
  if (wanted.length === 0 || wanted.every((keys) => keys.size === 0)) return [];
  const holding = (key: string): number => (index.postings.get(key)?.length ?? 0) + (index.topicPostings.get(key)?.length ?? 0);
  const idf = (key: string): number => Math.log(1 + total / (holding(key) || total));
  const wordIdf = wanted.map((keys) => Math.max(0, ...[...keys.keys()].map(idf)));
  const idfSum = wordIdf.reduce((sum, value) => sum + value, 0);
  const candidates = new Set<number>();
  for (const keys of wanted) for (const key of keys.keys()) for (const at of [...(index.postings.get(key) ?? []), ...(index.topicPostings.get(key) ?? [])]) candidates.add(at);
  const byRole = new Map<string, SearchHit[]>();
  for (const at of [...candidates].sort((a, b) => a - b)) {
    const passage = index.passage(at);
    const words = wordsOf(passage.text);
    const keys = new Set(words.map((word) => word.key));
    const topicKeys = new Set(keysOf(passage.extra ?? ''));
    let score = 0;
    let matchedIdf = 0;
    for (const [k, alternatives] of wanted.entries()) {
      let best = 0;
      for (const [key, sureness] of alternatives) {
        const inText = keys.has(key);
        if (!inText && !topicKeys.has(key)) continue;
        const times = Math.max(1, words.filter((word) => word.key === key).length);
        best = Math.max(best, idf(key) * sureness * (inText ? 1 + REPEAT * (times - 1) : TOPIC_ONLY));
      }
      if (best > 0) matchedIdf += wordIdf[k] ?? 0;
      score += best;
    }
    // Passages holding every typed word come first, a rare word missing counting more than a
    // common one; a long passage says less about each word in it.
    const coverage = (matchedIdf / idfSum) ** 1.5;
    const length = 1 / Math.sqrt(Math.max(1, words.length / 12));
    score = (score * coverage * (0.5 + 0.5 * length) + phraseBonus(words, wanted) * idfSum) * passage.weight;
    const matchedWords = words.map((word, position) => ({ word, position })).filter(({ word }) => wanted.some((alternatives) => alternatives.has(word.key)));
    const spans = matchedWords.map(({ word }): [number, number] => [word.start, word.end]);
    for (const id of creditedRoles(passage, words, matchedWords[0]?.position ?? 0, index.names)) {
      if (options.keep && !options.keep(id)) continue;
      const list = byRole.get(id);
      if (list) list.push({ passage, score, spans });
      else byRole.set(id, [{ passage, score, spans }]);
    }
  }
  const found: RoleHit[] = [...byRole].map(([id, hits]) => {
    const ranked = hits.sort((a, b) => b.score - a.score);
    const score = ranked.reduce((sum, hit, k) => sum + hit.score * (k === 0 ? 1 : FURTHER_PASSAGES ** k), 0);
    return { ...(ranked[0] as SearchHit), id, score, matches: ranked.length };
  });
  return found.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, options.limit ?? found.length);
}
