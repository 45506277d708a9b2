// Pure: the quiz's result as data: every role that takes part ranked by fit, the best
// three with the answers that matched them and those that did not, and what to read next.
import type { LoadedRole } from '../catalog/loaded-role.js';
import type { Dimension, Knowledge, QuizQuestion } from '../format/knowledge-schema.js';
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import { profileOf, rankRoles, type PlacedRole } from './quiz-ranking.js';
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
  /** Answers close to where the role sits, as "what you chose (where the role is)". */
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
const NOT_MATCHED_SHOWN = 2;
const MIDDLE = (POSITION_MIN + POSITION_MAX) / 2;

/** What an answer says, in the question's own words. */
export function answerWords(question: QuizQuestion, answer: number): string {
  if (answer === MIDDLE) return `in between "${question.low}" and "${question.high}"`;
  const pole = answer < MIDDLE ? question.low : question.high;
  return answer === POSITION_MIN || answer === POSITION_MAX ? pole : `rather ${pole}`;
}

/** Where a role sits on a dimension, in its poles' words. */
export function positionWords(dimension: Dimension, position: number): string {
  if (position === MIDDLE) return `between ${dimension.low} and ${dimension.high}`;
  const pole = position < MIDDLE ? dimension.low : dimension.high;
  return position === POSITION_MIN || position === POSITION_MAX ? pole : `leans to ${pole}`;
}

interface AnswerFit {
  line: string;
  gap: number;
  answer: number;
}

function explain(role: PlacedRole, questions: readonly QuizQuestion[], answers: readonly number[], dimensions: ReadonlyMap<string, Dimension>): Pick<BestFitView, 'matched' | 'notMatched'> {
  const fits: AnswerFit[] = questions.flatMap((question, i) => {
    const position = role.dimensions[question.dimension];
    const dimension = dimensions.get(question.dimension);
    const answer = answers[i] ?? MIDDLE;
    if (position === undefined || !dimension) return [];
    return [{ line: `${answerWords(question, answer)} (the role: ${positionWords(dimension, position)})`, gap: Math.abs(answer - position), answer }];
  });
  // A firm answer the role shares says more than a shrug it shares; the widest gaps say most about what does not fit.
  const firmness = (fit: AnswerFit): number => Math.abs(fit.answer - MIDDLE);
  const matched = fits.filter((fit) => fit.gap <= 1).sort((a, b) => a.gap - b.gap || firmness(b) - firmness(a));
  const notMatched = fits.filter((fit) => fit.gap >= 2).sort((a, b) => b.gap - a.gap);
  return { matched: matched.slice(0, MATCHED_SHOWN).map((fit) => fit.line), notMatched: notMatched.slice(0, NOT_MATCHED_SHOWN).map((fit) => fit.line) };
}

export function buildQuizView(roles: readonly LoadedRole[], knowledge: Pick<Knowledge, 'dimensions'>, answers: readonly number[]): QuizView {
  const { questions } = knowledge.dimensions;
  const dimensions = new Map(knowledge.dimensions.dimensions.map((dimension) => [dimension.id, dimension]));
  const placed = roles.flatMap((loaded) => {
    const given = loaded.role.dimensions;
    return given && Object.keys(given).length > 0 ? [{ loaded, role: { id: loaded.summary.id, dimensions: given } }] : [];
  });
  const byId = new Map(placed.map((entry) => [entry.role.id, entry]));
  const ranking = rankRoles(profileOf(questions, answers), placed.map((entry) => entry.role)).flatMap(({ id, fit }) => {
    const entry = byId.get(id);
    return entry ? [{ id, name: sanitizeText(shortNameOf(id, entry.loaded.summary.aliases)), title: sanitizeText(entry.loaded.summary.title), fit }] : [];
  });
  const best = ranking.slice(0, BEST_SHOWN).map((ranked) => ({ ...ranked, ...explain(byId.get(ranked.id)!.role, questions, answers, dimensions) }));
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
