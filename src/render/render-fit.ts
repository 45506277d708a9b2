// Renders `roles fit`: the roles the advert describes with a score and the phrases that
// pointed to each, the title line when the title misleads, and the three axes with their
// evidence; piped, one tab-separated record per line.
import type { AxisView, FitView } from '../views/fit-view.js';
import type { Paint } from './paint.js';
import { pushAll } from './push-all.js';
import { wrapText } from './text-width.js';

const INDENT = '    ';

function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function axisEvidence(axis: AxisView): string {
  const parts = axis.poles.flatMap((pole, i) => (axis.evidence[i]?.length ? [`${pole}: ${axis.evidence[i]?.join(', ')}`] : []));
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

export function renderFitText(view: FitView, width: number, paint: Paint): string {
  const lines: string[] = [];
  if (view.title !== undefined) pushAll(lines, wrapText(`Advert: ${view.title}`, width).map(paint.heading));
  if (view.mismatch !== undefined) pushAll(lines, wrapText(view.mismatch, width).map(paint.unique));
  if (lines.length > 0) lines.push('');
  if (view.matches.length === 0) pushAll(lines, wrapText('No role matched: the advert holds none of the phrases typical of any role.', width));
  for (const [i, match] of view.matches.entries()) {
    const head = `${String(i + 1).padStart(2)}. ${match.title} (${match.name})`;
    pushAll(lines, wrapText(`${head}  ${percent(match.score)}`, width).map((line, k) => (k === 0 ? paint.title(line) : line)));
    if (match.evidence.length > 0) pushAll(lines, wrapText(match.evidence.join(', '), Math.max(1, width - INDENT.length)).map((line) => INDENT + paint.dim(line)));
  }
  lines.push('');
  for (const axis of view.axes) pushAll(lines, wrapText(`${axis.label}: ${axis.verdict}${axisEvidence(axis)}`, width));
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
  for (const axis of view.axes) lines.push(`axis\t${axis.id}\t${axis.verdict}\t${axis.position === undefined ? '' : Math.round(axis.position * 100) / 100}\t${axisEvidence(axis).replace(/^ \(|\)$/g, '')}`);
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
