// Renders `roles fit`: the roles the advert describes with a score and the phrases that
// pointed to each, the title line when the title misleads, and the three axes with their
// evidence; piped, one tab-separated record per line.
import type { AxisView, FitView } from '../views/fit-view.js';
import type { Paint } from './paint.js';
import { listOnOneLine } from './list-on-one-line.js';
import { pushAll } from './push-all.js';
import { displayWidth, wrapText } from './text-width.js';

const INDENT = '    ';

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** "strategy: vision, roadmap; delivery: backlog": every pole that has evidence, with all of it. */
function axisPhrases(axis: AxisView): string {
  return axis.poles.flatMap((pole, i) => (axis.evidence[i]?.length ? [`${pole}: ${axis.evidence[i]?.join(', ')}`] : [])).join('; ');
}

/**
 * Each pole's phrases on one line, for the short view: a pole whose phrases are short takes
 * only what it needs, and the others share what is left.
 */
function axisEvidenceLine(axis: AxisView, room: number): string | undefined {
  const poles = axis.poles.flatMap((pole, i) => (axis.evidence[i]?.length ? [{ label: `${pole}: `, phrases: axis.evidence[i] ?? [] }] : []));
  if (poles.length === 0) return undefined;
  const need = poles.map((pole) => displayWidth(pole.label + pole.phrases.join(', ')));
  const budget = need.map(() => 0);
  let left = room - 2 * (poles.length - 1);
  const waiting = need.map((_, i) => i).sort((a, b) => (need[a] ?? 0) - (need[b] ?? 0));
  while (waiting.length > 0) {
    const share = Math.floor(left / waiting.length);
    const smallest = waiting[0] ?? 0;
    if ((need[smallest] ?? 0) > share) {
      for (const i of waiting) budget[i] = share;
      break;
    }
    budget[smallest] = need[smallest] ?? 0;
    left -= budget[smallest] ?? 0;
    waiting.shift();
  }
  return poles.map((pole, i) => pole.label + listOnOneLine(pole.phrases, (budget[i] ?? 0) - pole.label.length)).join('; ');
}

/**
 * The roles with their score and evidence, then the axes. By default each list of phrases
 * keeps to one line with a count of the rest, so the answer fits a first screen; `full`
 * prints every phrase.
 */
export function renderFitText(view: FitView, width: number, paint: Paint, full = false): string {
  const lines: string[] = [];
  const room = Math.max(1, width - INDENT.length);
  const indented = (text: string): string[] => wrapText(text, room).map((line) => INDENT + paint.dim(line));
  if (view.title !== undefined) pushAll(lines, wrapText(`Advert: ${view.title}`, width).map(paint.heading));
  if (view.mismatch !== undefined) pushAll(lines, wrapText(view.mismatch, width).map(paint.unique));
  if (lines.length > 0) lines.push('');
  if (view.matches.length === 0) pushAll(lines, wrapText('No role matched: the advert holds none of the phrases typical of any role.', width));
  let cut = false;
  for (const [i, match] of view.matches.entries()) {
    const head = `${String(i + 1).padStart(2)}. ${match.title} (${match.name})`;
    pushAll(lines, wrapText(`${head}  ${percent(match.score)}`, width).map((line, k) => (k === 0 ? paint.title(line) : line)));
    if (match.evidence.length === 0) continue;
    const evidence = full ? match.evidence.join(', ') : listOnOneLine(match.evidence, room);
    cut ||= !full && evidence !== match.evidence.join(', ');
    pushAll(lines, indented(evidence));
  }
  lines.push('');
  for (const axis of view.axes) {
    if (full) {
      const phrases = axisPhrases(axis);
      pushAll(lines, wrapText(`${axis.label}: ${axis.verdict}${phrases ? ` (${phrases})` : ''}`, width));
      continue;
    }
    pushAll(lines, wrapText(`${axis.label}: ${axis.verdict}`, width));
    const evidence = axisEvidenceLine(axis, room);
    if (evidence === undefined) continue;
    cut ||= evidence !== axisPhrases(axis);
    pushAll(lines, indented(evidence));
  }
  if (cut) pushAll(lines, ['', ...wrapText('More: --full for every phrase, --json for scripts', width)]);
  return `${lines.join('\n')}\n`;
}

/**
 * One record per line: `title`, `mismatch`, then `match<TAB>id<TAB>score<TAB>evidence`
 * per role and `axis<TAB>id<TAB>verdict<TAB>position<TAB>evidence` per axis; lists joined with ", ".
 */
export function renderFitPlain(view: FitView): string {
  const lines: string[] = [];
  if (view.title !== undefined) lines.push(`title\t${view.title}`);
  if (view.mismatch !== undefined) lines.push(`mismatch\t${view.mismatch}`);
  for (const match of view.matches) lines.push(`match\t${match.id}\t${match.score}\t${match.evidence.join(', ')}`);
  for (const axis of view.axes) lines.push(`axis\t${axis.id}\t${axis.verdict}\t${axis.position === undefined ? '' : Math.round(axis.position * 100) / 100}\t${axisPhrases(axis)}`);
  return `${lines.join('\n')}\n`;
}

export function fitJson(view: FitView): unknown {
  return {
    title: view.title ?? null,
    titleRole: view.titleRole ?? null,
    mismatch: view.mismatch ?? null,
    matches: view.matches.map(({ id, title, score, evidence }) => ({ id, title, score, evidence })),
    axes: view.axes.map((axis) => ({ id: axis.id, label: axis.label, verdict: axis.verdict, position: axis.position === undefined ? null : Math.round(axis.position * 100) / 100, evidence: Object.fromEntries(axis.poles.map((pole, i) => [pole, axis.evidence[i] ?? []])) })),
  };
}
