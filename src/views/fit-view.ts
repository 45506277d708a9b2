// Pure: what `roles fit` shows: the roles an advert describes with their evidence, a line
// when the title names another role than the text describes, and where the advert sits on
// each axis of data/advert-signals.yaml.
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { AdvertSignals } from '../format/advert-signals-schema.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { readAxes } from '../search/advert-axes.js';
import { fitAdvert, fitModel } from '../search/fit-advert.js';
import { indexText } from '../search/phrase-matcher.js';
import { readAdvert } from '../search/read-advert.js';
import { roleWordsOf, type RoleWordsOf } from './role-words-of.js';
import { shortNameOf } from './short-name.js';

export interface FitMatchView {
  id: string;
  title: string;
  name: string;
  /** Share of the points, 0 to 1. */
  score: number;
  evidence: string[];
}

export interface AxisView {
  id: string;
  label: string;
  poles: [string, string];
  position?: number;
  /** Where the advert sits, in words: "strategy", "leans delivery", "between ... and ...", "no signal". */
  verdict: string;
  evidence: [string[], string[]];
}

export interface FitView {
  title?: string;
  titleRole?: string;
  /** "titled X; reads like a Y: a, b, c" when the title names another role than the text describes. */
  mismatch?: string;
  matches: FitMatchView[];
  axes: AxisView[];
}

/** How many evidence phrases the mismatch line names. */
const MISMATCH_EVIDENCE = 3;

export function axisVerdict(poles: readonly [string, string], position: number | undefined): string {
  if (position === undefined) return 'no signal';
  if (position <= -0.5) return poles[0];
  if (position >= 0.5) return poles[1];
  if (position < -0.15) return `leans ${poles[0]}`;
  if (position > 0.15) return `leans ${poles[1]}`;
  return `between ${poles[0]} and ${poles[1]}`;
}

function withArticle(title: string): string {
  return `${/^[AEIOU]/i.test(title) ? 'an' : 'a'} ${title}`;
}

export function buildFitView(text: string, roles: readonly LoadedRole[], signals: AdvertSignals, limit = 5, wordsOf: RoleWordsOf = roleWordsOf()): FitView {
  const advert = readAdvert(text);
  const indexed = indexText(advert.text);
  const candidates = roles.map((loaded) => ({ id: loaded.summary.id, title: loaded.summary.title, aliases: loaded.summary.aliases, phrases: wordsOf(loaded).phrases }));
  const fit = fitAdvert(fitModel(candidates), advert, indexed);
  const byId = new Map(roles.map((loaded) => [loaded.summary.id, loaded]));
  const titleOf = (id: string): string => sanitizeText(byId.get(id)?.summary.title ?? id);
  const matches = fit.matches.slice(0, limit).map((match) => ({
    id: match.id,
    title: titleOf(match.id),
    name: sanitizeText(shortNameOf(match.id, byId.get(match.id)?.summary.aliases)),
    score: Math.round(match.score * 100) / 100,
    evidence: match.evidence.map(sanitizeText),
  }));
  const best = matches[0];
  const mismatch = fit.titleRole !== undefined && best !== undefined && best.id !== fit.titleRole ? `titled ${titleOf(fit.titleRole)}; reads like ${withArticle(best.title)}: ${best.evidence.slice(0, MISMATCH_EVIDENCE).join(', ')}` : undefined;
  const axes = readAxes(signals, indexed).map((axis) => ({ ...axis, verdict: axisVerdict(axis.poles, axis.position), evidence: axis.evidence.map((list) => list.map(sanitizeText)) as [string[], string[]] }));
  return {
    ...(fit.title === undefined ? {} : { title: sanitizeText(fit.title) }),
    ...(fit.titleRole === undefined ? {} : { titleRole: fit.titleRole }),
    ...(mismatch === undefined ? {} : { mismatch }),
    matches,
    axes,
  };
}
