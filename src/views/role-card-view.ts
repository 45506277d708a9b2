// Pure: the card `roles show` prints first, as data: who the role is, its brief, and the
// few things that tell it apart, with how many more the full view holds.
import { itemText } from '../format/topical-item.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { wrapText } from '../render/text-width.js';
import { FACING, OWNS_TEXT } from './compare-fields.js';
import { shortNameOf } from './short-name.js';

/** The role file's own card text, else whole sentences of its summary that fit this many lines of BRIEF_WIDTH. */
const BRIEF_LINES = 3;
/** An 80-column terminal less the card's indent. */
const BRIEF_WIDTH = 78;
/** A handful: the card's renderer may show fewer to stay within one screen. */
export const CARD_RESPONSIBILITIES = 5;
export const CARD_OUTPUTS = 3;

export interface CardList {
  items: string[];
  /** How many the role has in all; more than items.length when the card leaves some out. */
  total: number;
}

export interface RoleCard {
  id: string;
  shortName: string;
  title: string;
  aliases: string[];
  family?: string;
  brief: string;
  focus?: string;
  owns?: string;
  faces?: string;
  responsibilities: CardList;
  outputs: CardList;
  worksWith: string[];
}

/** Abbreviations that end in a full stop inside a sentence. */
const NOT_AN_END = /\b(e\.g|i\.e|etc|vs|cf)\.$/i;

/** Sentences of a paragraph: a ".", "!" or "?" followed by a space ends one, unless it closes an abbreviation. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let current = '';
  for (const piece of text.split(/(?<=[.!?]["'\u201d\u2019)]?)\s+/)) {
    current = current ? `${current} ${piece}` : piece;
    if (!NOT_AN_END.test(current)) {
      sentences.push(current);
      current = '';
    }
  }
  if (current) sentences.push(current);
  return sentences;
}

/** The summary's first sentences while they fit BRIEF_LINES; the first sentence whole however long, as a cut one would mislead. */
export function briefFromSummary(summary: string): string {
  const sentences = sentencesOf(summary);
  let brief = sentences[0] ?? summary;
  for (const sentence of sentences.slice(1)) {
    const longer = `${brief} ${sentence}`;
    if (wrapText(longer, BRIEF_WIDTH).length > BRIEF_LINES) break;
    brief = longer;
  }
  return brief;
}

const cardList = (items: readonly string[] | undefined, count: number): CardList => ({ items: (items ?? []).slice(0, count).map(sanitizeText), total: items?.length ?? 0 });

export function buildRoleCard(loaded: LoadedRole, related: readonly LoadedRole[]): RoleCard {
  const { role } = loaded;
  const aliases = (role.aliases ?? []).map(sanitizeText);
  const owns = role.owns?.map((part, i) => (i === 0 ? OWNS_TEXT[part] : OWNS_TEXT[part].toLowerCase())).join(', ');
  const focus = role.focus === undefined ? undefined : sanitizeText(role.focus);
  return {
    id: role.id,
    shortName: shortNameOf(role.id, aliases),
    title: sanitizeText(role.title),
    aliases,
    ...(role.family ? { family: role.family } : {}),
    brief: sanitizeText(role.brief ?? briefFromSummary(role.summary)),
    ...(focus ? { focus } : {}),
    ...(owns ? { owns } : {}),
    ...(role.orientation ? { faces: FACING[role.orientation] } : {}),
    responsibilities: cardList(role.responsibilities?.map(itemText), CARD_RESPONSIBILITIES),
    outputs: cardList(role.outputs, CARD_OUTPUTS),
    worksWith: (role.works_with ?? []).map((id) => sanitizeText(related.find((other) => other.summary.id === id)?.summary.title ?? id)),
  };
}
