// Renders `roles related`: each near role with why it is near, fitted to the width; piped,
// one tab-separated record per role.
import { relatedReasons, type RelatedView } from '../views/related-view.js';
import type { Paint } from './paint.js';
import { pushAll } from './push-all.js';
import { wrapText } from './text-width.js';

const INDENT = '  ';

export function renderRelatedText(view: RelatedView, width: number, paint: Paint): string {
  const lines = wrapText(`Roles near ${view.title} (${view.name})`, width).map(paint.heading);
  if (view.related.length === 0) pushAll(lines, wrapText('No other role shares work, contrasts or colleagues with it.', width));
  for (const entry of view.related) {
    lines.push('');
    pushAll(lines, wrapText(`${entry.title} (${entry.name})`, width).map(paint.title));
    for (const reason of relatedReasons(entry, view)) pushAll(lines, wrapText(reason, Math.max(1, width - INDENT.length * 2)).map((line, i) => (i === 0 ? `${INDENT}• ` : INDENT.repeat(2)) + line));
  }
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
