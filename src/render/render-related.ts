// Renders `roles related`: each near role with why it is near, fitted to the width; piped,
// one tab-separated record per role.
import { relatedReasons, type RelatedView } from '../views/related-view.js';
import type { Paint } from './paint.js';
import { listOnOneLine } from './list-on-one-line.js';
import { pushAll } from './push-all.js';
import { shellWord } from '../views/shell-word.js';
import { wrapText } from './text-width.js';

const INDENT = '  ';

/**
 * Each near role with why. By default one line per reason, as many whole contrasts and
 * shared topics as fit, so five roles fit a first screen; `full` lists them all, a blank
 * line between roles.
 */
export function renderRelatedText(view: RelatedView, width: number, paint: Paint, full = false): string {
  const lines = wrapText(`Roles near ${view.title} (${view.name})`, width).map(paint.heading);
  if (view.related.length === 0) pushAll(lines, wrapText('No other role shares work, contrasts or colleagues with it.', width));
  const room = Math.max(1, width - INDENT.length * 2);
  let cut = false;
  for (const entry of view.related) {
    if (full) lines.push('');
    pushAll(lines, wrapText(`${entry.title} (${entry.name})`, width).map(paint.title));
    const all = relatedReasons(entry, view);
    const reasons = full ? all : relatedReasons(entry, view, (items, label, separator) => listOnOneLine(items, room - label.length, separator));
    cut ||= reasons.some((reason, i) => reason !== all[i]);
    for (const reason of reasons) {
      pushAll(lines, wrapText(reason, room).map((line, i) => (i === 0 ? `${INDENT}• ` : INDENT.repeat(2)) + line));
    }
  }
  if (cut) pushAll(lines, ['', ...wrapText(`More: roles related ${shellWord(view.name)} --full`, width)]);
  return `${lines.join('\n')}\n`;
}

/** "id<TAB>score<TAB>works-with<TAB>contrasts<TAB>shared topics" per role, lists joined with "; ". */
export function renderRelatedPlain(view: RelatedView): string {
  return view.related.map((entry) => `${entry.id}\t${entry.score}\t${entry.worksWith ?? ''}\t${entry.contrasts.join('; ')}\t${entry.sharedTopics.join('; ')}\n`).join('');
}

export function relatedJson(view: RelatedView): unknown {
  return {
    id: view.id,
    related: view.related.map(({ id, title, score, worksWith, contrasts, sharedTopics, likeness }) => ({ id, title, score, worksWith: worksWith ?? null, contrasts, sharedTopics, likeness })),
  };
}
