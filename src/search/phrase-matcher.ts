// Pure: where phrases occur in a text, compared word by word in their folded forms
// (words.ts), so "prioritising the backlog" finds "prioritise backlog"s words in order.
import { keysOf, wordsOf, type Word } from './words.js';

export interface PhraseHit {
  phrase: string;
  /** How many times it occurs. */
  count: number;
  /** The first occurrence as the text spells it. */
  found: string;
}

export interface CompiledPhrase {
  phrase: string;
  keys: string[];
}

export function compilePhrases(phrases: readonly string[]): CompiledPhrase[] {
  const seen = new Set<string>();
  return phrases.flatMap((phrase) => {
    const keys = keysOf(phrase);
    const id = keys.join(' ');
    if (keys.length === 0 || seen.has(id)) return [];
    seen.add(id);
    return [{ phrase, keys }];
  });
}

/** The text's words with, for each key, where it starts a word: a phrase is looked up from its first word. */
export interface IndexedText {
  text: string;
  words: Word[];
  starts: Map<string, number[]>;
}

export function indexText(text: string): IndexedText {
  const words = wordsOf(text);
  const starts = new Map<string, number[]>();
  words.forEach((word, at) => {
    const list = starts.get(word.key);
    if (list) list.push(at);
    else starts.set(word.key, [at]);
  });
  return { text, words, starts };
}

export function findPhrase(indexed: IndexedText, compiled: CompiledPhrase): PhraseHit | undefined {
  const { words, starts, text } = indexed;
  let count = 0;
  let first: number | undefined;
  for (const at of starts.get(compiled.keys[0] ?? '') ?? []) {
    if (!compiled.keys.every((key, k) => words[at + k]?.key === key)) continue;
    count++;
    first ??= at;
  }
  if (first === undefined) return undefined;
  const start = words[first]?.start ?? 0;
  const end = words[first + compiled.keys.length - 1]?.end ?? start;
  return { phrase: compiled.phrase, count, found: text.slice(start, end) };
}
