// Pure: text as the words search compares. Case, British and American spelling and the
// common endings are folded away, so "Prioritising" and "prioritize" are one word.
import { BEYOND_ASCII } from '../format/beyond-ascii.js';

/** A word of the text, where it starts and ends, and the form compared. */
export interface Word {
  start: number;
  end: number;
  key: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
/** The same words in text that is all ASCII, without the cost of WORD's Unicode properties (beyond-ascii.ts). */
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)?/g;

/** British spellings whose American twin is not a plain ending change. */
const WHOLE_WORDS: Record<string, string> = {
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  centre: 'center',
  centres: 'centers',
  analyse: 'analyze',
  analysed: 'analyzed',
  analyses: 'analyzes',
  analysing: 'analyzing',
  modelling: 'modeling',
  travelling: 'traveling',
  licence: 'license',
  defence: 'defense',
  judgement: 'judgment',
  enrol: 'enroll',
};

/** British endings and their American forms, tried in order. */
const ENDINGS: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/is(e|ed|es|ing|er|ers)$/, 'iz$1'],
  [/our(s?|ed|ing|ful)$/, 'or$1'],
  [/ogue(s?)$/, 'og$1'],
];

/** Words the -ise rule must leave alone: they are spelt with -ise everywhere. */
const ISE_EVERYWHERE = new Set(['advise', 'advised', 'advises', 'advising', 'adviser', 'advisers', 'rise', 'rises', 'arise', 'arises', 'wise', 'otherwise', 'exercise', 'exercises', 'expertise', 'enterprise', 'enterprises', 'promise', 'promised', 'premise', 'premises', 'compromise', 'surprise', 'supervise', 'supervised', 'supervising', 'revise', 'revised', 'devise', 'televise', 'raise', 'raised', 'raises', 'raising', 'praise', 'noise', 'poise', 'cruise', 'concise', 'precise', 'precisely', 'paradise', 'merchandise', 'franchise', 'disguise', 'despise', 'excise', 'incise', 'apprise', 'comprise', 'comprises', 'comprising']);
const OUR_EVERYWHERE = new Set(['our', 'ours', 'four', 'hour', 'hours', 'your', 'yours', 'tour', 'tours', 'pour', 'sour', 'flour', 'four', 'contour', 'detour', 'journal']);

/** The American spelling of a lower-case word. */
export function americanSpelling(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole) return whole;
  // Most words hold none of these letters: a cheap test first, as every word of every role passes here.
  if (word.length < 5 || !(word.includes('is') || word.includes('our') || word.includes('ogue'))) return word;
  for (const [ending, american] of ENDINGS) {
    if (!ending.test(word)) continue;
    if (american.startsWith('iz') && ISE_EVERYWHERE.has(word)) return word;
    if (american.startsWith('or') && OUR_EVERYWHERE.has(word)) return word;
    return word.replace(ending, american);
  }
  return word;
}

/** Words whose -ing is no verb ending: "marketing" is not "market", and "programming" (code) is not "programme". */
const KEEP_ING = new Set(['marketing', 'onboarding', 'offering', 'offerings', 'meeting', 'meetings', 'briefing', 'funding', 'programming']);

/** A light stem: plurals and -ing, -ed and a final e go, so "stories", "story", "prioritized" and "prioritize" meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5 && !KEEP_ING.has(w)) w = w.slice(0, -3).replace(/([b-df-hj-np-tv-z])\1$/, '$1');
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Folded forms already worked out: a search folds every word of every role, most of them many times over. */
const KEYS = new Map<string, string>();

/** The form two words are compared in. */
export function wordKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    const lower = word.toLowerCase();
    key = stem(americanSpelling(lower.includes("'") || lower.includes('’') ? lower.replace(/['’]s$/, '').replace(/['’]/g, '') : lower));
    KEYS.set(word, key);
  }
  return key;
}

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const word = BEYOND_ASCII.test(text) ? WORD : ASCII_WORD;
  // exec on the one regex rather than matchAll, which makes a copy of it for every text.
  word.lastIndex = 0;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) words.push({ start: match.index, end: match.index + match[0].length, key: wordKey(match[0]) });
  return words;
}

export function keysOf(text: string): string[] {
  return wordsOf(text).map((word) => word.key);
}
