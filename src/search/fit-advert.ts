// Pure: which roles a job advert describes. Each role's advert phrases found in the text
// add points: rare phrases (few roles share them) and longer ones more, repeats a little.
// The title counts only a little, since titles are what mislead; when it names another
// role than the text describes, the fit says so.
import type { Role } from '../format/role-schema.js';
import { compilePhrases, findPhrase, indexText, type CompiledPhrase, type IndexedText } from './phrase-matcher.js';
import type { Advert } from './read-advert.js';
import { advertPhrases } from './role-words.js';

export interface FitMatch {
  id: string;
  /** The role's share of all points, 0 to 1. */
  score: number;
  points: number;
  /** The phrases of the advert that pointed to the role, strongest first. */
  evidence: string[];
}

export interface AdvertFit {
  title?: string;
  /** The role the title names, if it names one. */
  titleRole?: string;
  matches: FitMatch[];
}

interface Profile {
  id: string;
  names: CompiledPhrase[];
  phrases: (CompiledPhrase & { weight: number })[];
}

/** Points the title adds to the role it names. */
const TITLE_POINTS = 2;
/** Each repeat of a phrase adds this much of its weight, up to MAX_REPEATS repeats. */
const REPEAT = 0.3;
const MAX_REPEATS = 3;

export interface FitModel {
  profiles: Profile[];
}

/** A role as fit weighs it: its names and its advert phrases, folded (role-words.ts). */
export interface FitCandidate extends Pick<Role, 'id' | 'title' | 'aliases'> {
  phrases: readonly CompiledPhrase[];
}

export function fitCandidate(role: Role): FitCandidate {
  return { id: role.id, title: role.title, aliases: role.aliases, phrases: advertPhrases(role) };
}

export function fitModel(roles: readonly FitCandidate[]): FitModel {
  const shared = new Map<string, number>();
  for (const { phrases } of roles) for (const phrase of phrases) shared.set(phrase.keys.join(' '), (shared.get(phrase.keys.join(' ')) ?? 0) + 1);
  const profiles = roles.map((role) => ({
    id: role.id,
    names: compilePhrases([role.title, ...(role.aliases ?? [])]),
    phrases: role.phrases.map((phrase) => ({ ...phrase, weight: Math.log(1 + roles.length / (shared.get(phrase.keys.join(' ')) ?? 1)) * (1 + 0.6 * (phrase.keys.length - 1)) })),
  }));
  return { profiles };
}

/** The role whose title or short name the advert's title holds, the longest such name winning ("Technical Product Manager" over "Product Manager"). */
export function roleNamedIn(model: FitModel, title: string): string | undefined {
  const indexed = indexText(title);
  let best: { id: string; length: number } | undefined;
  for (const profile of model.profiles) {
    for (const name of profile.names) {
      if (findPhrase(indexed, name) && name.keys.length > (best?.length ?? 0)) best = { id: profile.id, length: name.keys.length };
    }
  }
  return best?.id;
}

function scoreProfile(profile: Profile, text: IndexedText): { points: number; evidence: string[] } {
  const found = profile.phrases.flatMap((phrase) => {
    const hit = findPhrase(text, phrase);
    return hit ? [{ found: hit.found, points: phrase.weight * (1 + REPEAT * Math.min(hit.count - 1, MAX_REPEATS)) }] : [];
  });
  found.sort((a, b) => b.points - a.points);
  return { points: found.reduce((sum, hit) => sum + hit.points, 0), evidence: [...new Set(found.map((hit) => hit.found.toLowerCase()))] };
}

/** `indexed` is the advert's text indexed, when the caller has it already. */
export function fitAdvert(model: FitModel, advert: Advert, indexed?: IndexedText): AdvertFit {
  const text = indexed ?? indexText(advert.text);
  const titleRole = advert.title === undefined ? undefined : roleNamedIn(model, advert.title);
  const scored = model.profiles.map((profile) => {
    const { points, evidence } = scoreProfile(profile, text);
    return { id: profile.id, points: points + (profile.id === titleRole ? TITLE_POINTS : 0), evidence };
  });
  const total = scored.reduce((sum, entry) => sum + entry.points, 0);
  const matches = scored
    .filter((entry) => entry.points > 0)
    .map((entry) => ({ ...entry, score: entry.points / total }))
    .sort((a, b) => b.points - a.points || a.id.localeCompare(b.id));
  return { ...(advert.title === undefined ? {} : { title: advert.title }), ...(titleRole === undefined ? {} : { titleRole }), matches };
}
