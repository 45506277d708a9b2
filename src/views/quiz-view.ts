// Pure: the quiz's result as data: every role that takes part ranked by fit, the best
// three with the answers that matched them and those that did not, and what to read next.
import type { LoadedRole } from '../catalog/loaded-role.js';
import type { Dimension, Knowledge, QuizQuestion } from '../format/knowledge-schema.js';
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import { profileOf, rankRoles, type PlacedRole, type Profile } from './quiz-ranking.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { shellWord } from './shell-word.js';
import { shortNameOf } from './short-name.js';

export interface RankedRoleView {
  id: string;
  /** The short name to type: `roles show NAME`. */
  name: string;
  title: string;
  fit: number;
}

export interface BestFitView extends RankedRoleView {
  /** Dimensions where the answers and the role are close, as "Label: the role …, you …". */
  matched: string[];
  notMatched: string[];
}

export interface QuizView {
  ranking: RankedRoleView[];
  best: BestFitView[];
  /** Commands to read more: the best role, and the best two side by side. */
  next: string[];
  answers: { question: string; answer: number; words: string }[];
  /** Roles left out because their files give no dimensions. */
  leftOut: string[];
}

const BEST_SHOWN = 3;
const MATCHED_SHOWN = 2;
const NOT_MATCHED_SHOWN = 1;
const MIDDLE = (POSITION_MIN + POSITION_MAX) / 2;

/** What an answer says, in the question's own words. */
export function answerWords(question: QuizQuestion, answer: number): string {
  if (answer === MIDDLE) return `in between "${question.low}" and "${question.high}"`;
  const pole = answer < MIDDLE ? question.low : question.high;
  return answer === POSITION_MIN || answer === POSITION_MAX ? pole : `rather ${pole}`;
}

/** Where someone or something sits on a dimension: at or towards a pole (none: in between), and whether firmly. */
interface Place {
  pole?: string;
  firm: boolean;
}

/** A role's position, or the mean of the answers about a dimension (so possibly between steps); firm at a pole or within a quarter step of it. */
function placeOn(dimension: Dimension, value: number): Place {
  if (value === MIDDLE) return { firm: false };
  return { pole: value < MIDDLE ? dimension.low : dimension.high, firm: Math.abs(value - MIDDLE) >= (MIDDLE - POSITION_MIN) * 0.75 };
}

/** "Label: the role leans to inward, you chose outward", or once when both say the same: "you and the role both lean to inward". */
function dimensionLine(dimension: Dimension, role: Place, person: Place): string {
  const { pole } = role;
  if (pole === person.pole && role.firm === person.firm) {
    return `${dimension.label}: ${pole === undefined ? 'you and the role are both in between' : role.firm ? `you and the role are both at ${pole}` : `you and the role both lean to ${pole}`}`;
  }
  const roleWords = pole === undefined ? 'sits in between' : role.firm ? `sits at ${pole}` : `leans to ${pole}`;
  const personWords = person.pole === undefined ? 'chose the middle' : person.firm ? `chose ${person.pole}` : `lean to ${person.pole}`;
  return `${dimension.label}: the role ${roleWords}, you ${personWords}`;
}

interface DimensionFit {
  line: string;
  gap: number;
  firmness: number;
}

/**
 * Why a role fits, a line per dimension it gives: the same dimensions, in the same terms, the
 * ranking measured (the mean of the answers about each), so two answers about one dimension
 * make one line, not two that seem to disagree.
 */
function explain(role: PlacedRole, profile: Profile, dimensions: readonly Dimension[]): Pick<BestFitView, 'matched' | 'notMatched'> {
  const fits: DimensionFit[] = dimensions.flatMap((dimension) => {
    const position = role.dimensions[dimension.id];
    const mean = profile.get(dimension.id);
    if (position === undefined || mean === undefined) return [];
    return [{ line: dimensionLine(dimension, placeOn(dimension, position), placeOn(dimension, mean)), gap: Math.abs(mean - position), firmness: Math.abs(mean - MIDDLE) }];
  });
  // A firm answer the role shares says more than a shrug it shares; the widest gaps say most about what does not fit.
  const matched = fits.filter((fit) => fit.gap <= 1).sort((a, b) => a.gap - b.gap || b.firmness - a.firmness);
  const notMatched = fits.filter((fit) => fit.gap > 1).sort((a, b) => b.gap - a.gap);
  return { matched: matched.slice(0, MATCHED_SHOWN).map((fit) => fit.line), notMatched: notMatched.slice(0, NOT_MATCHED_SHOWN).map((fit) => fit.line) };
}

export function buildQuizView(roles: readonly LoadedRole[], knowledge: Pick<Knowledge, 'dimensions'>, answers: readonly number[]): QuizView {
  const { questions } = knowledge.dimensions;
  const placed = roles.flatMap((loaded) => {
    const given = loaded.role.dimensions;
    return given && Object.keys(given).length > 0 ? [{ loaded, role: { id: loaded.summary.id, dimensions: given } }] : [];
  });
  const byId = new Map(placed.map((entry) => [entry.role.id, entry]));
  const profile = profileOf(questions, answers);
  const ranking = rankRoles(profile, placed.map((entry) => entry.role)).flatMap(({ id, fit }) => {
    const entry = byId.get(id);
    return entry ? [{ id, name: sanitizeText(shortNameOf(id, entry.loaded.summary.aliases)), title: sanitizeText(entry.loaded.summary.title), fit }] : [];
  });
  const best = ranking.slice(0, BEST_SHOWN).map((ranked) => ({ ...ranked, ...explain(byId.get(ranked.id)!.role, profile, knowledge.dimensions.dimensions) }));
  const [first, second] = ranking;
  const next = [...(first ? [`roles show ${shellWord(first.name)}`] : []), ...(first && second ? [`roles compare ${shellWord(first.name)} ${shellWord(second.name)}`] : [])];
  return {
    ranking,
    best,
    next,
    answers: questions.map((question, i) => ({ question: question.text, answer: answers[i] ?? MIDDLE, words: answerWords(question, answers[i] ?? MIDDLE) })),
    leftOut: roles.filter((loaded) => !byId.has(loaded.summary.id)).map((loaded) => loaded.summary.id),
  };
}
