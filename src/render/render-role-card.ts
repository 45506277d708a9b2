// Renders a RoleCard: one screen of text for a terminal, or short notes in Markdown.
// On a terminal the lists give way first, so the card keeps to CARD_HEIGHT lines.
import type { CardList, RoleCard } from '../views/role-card-view.js';
import { escapeMarkdown, markdownCode, markdownHeading, markdownListItem, markdownParagraph, markdownWords } from './markdown-text.js';
import type { Paint } from './paint.js';
import { displayWidth, spaces, wrapText } from './text-width.js';
import { listOnOneLine } from './list-on-one-line.js';
import { largest, pushAll } from './push-all.js';

/** An 80×24 terminal less the prompt the card is typed at and the one after it. */
export const CARD_HEIGHT = 22;
/** Lists are cut down to these before anything else gives way. */
const MIN_RESPONSIBILITIES = 3;
const MIN_OUTPUTS = 2;
const LABEL_WIDTH = 12;

function names(card: RoleCard): string {
  return [card.id, ...card.aliases].join(', ');
}

/** "Label       text", the text's wrapped lines hanging under it; no label column when the width cannot spare one. */
function labelled(label: string, text: string, width: number, paint: Paint): string[] {
  if (width - LABEL_WIDTH < 20) return wrapText(`${label}: ${text}`, width).map((line, i) => (i === 0 ? line.replace(label, paint.heading(label)) : line));
  return wrapText(text, width - LABEL_WIDTH).map((line, i) => (i === 0 ? `${paint.heading(label)}${spaces(LABEL_WIDTH - displayWidth(label))}` : spaces(LABEL_WIDTH)) + line);
}

/** "Product Owner, Software Engineer and 3 more": whole titles, as many as fit one line. */
function worksWithLine(titles: string[], width: number, paint: Paint): string[] {
  const label = 'Works with';
  const room = width - LABEL_WIDTH;
  if (room < 20) return labelled(label, titles.join(', '), width, paint);
  return labelled(label, listOnOneLine(titles, room), width, paint);
}

function listLines(heading: string, list: CardList, count: number, width: number, paint: Paint): string[] {
  if (count === 0) return [];
  const title = count < list.total ? `${heading} (${count} of ${list.total})` : heading;
  const items = list.items.slice(0, count).flatMap((item) => wrapText(item, width - 4).map((line, i) => (i === 0 ? `  • ${line}` : `    ${line}`)));
  return [...wrapText(title, width).map(paint.heading), ...items];
}

/** The command that shows the rest, as the user would type it. */
export function cardFooter(card: RoleCard): string {
  return `More: roles show ${card.shortName} --full, or --section NAME`;
}

/** `gauges`: lines drawn under the facts on a terminal (render-gauges.ts); the lists give way to them. */
export function renderRoleCardText(card: RoleCard, width: number, paint: Paint, gauges: readonly string[] = []): string {
  const head = wrapText(`${card.title} (${names(card)})${card.family ? ` · ${card.family}` : ''}`, width).map(paint.title);
  head.push('', ...wrapText(card.brief, width - 2).map((line) => `  ${line}`), '');
  if (card.focus) head.push(...labelled('Focus', card.focus, width, paint));
  if (card.owns) head.push(...labelled('Owns', card.owns, width, paint));
  if (card.faces) head.push(...labelled('Faces', card.faces, width, paint));
  // Shown whole or not at all: a wrapped gauge would no longer line up.
  if (width - LABEL_WIDTH >= largest(gauges.map(displayWidth), 0)) gauges.forEach((gauge, i) => head.push(`${i === 0 ? `${paint.heading('Leans')}${spaces(LABEL_WIDTH - 5)}` : spaces(LABEL_WIDTH)}${gauge}`));
  const tail = card.worksWith.length > 0 ? worksWithLine(card.worksWith, width, paint) : [];
  tail.push('', ...wrapText(cardFooter(card), width).map(paint.dim));
  let responsibilities = card.responsibilities.items.length;
  let outputs = card.outputs.items.length;
  const lists = (): string[] => [
    ...listLines('Main responsibilities', card.responsibilities, responsibilities, width, paint),
    ...listLines('Main outputs', card.outputs, outputs, width, paint),
  ];
  let body = lists();
  // Each pass drops one item from whichever list is longer than its floor, outputs last.
  while (head.length + body.length + tail.length > CARD_HEIGHT) {
    if (responsibilities > MIN_RESPONSIBILITIES) responsibilities--;
    else if (outputs > MIN_OUTPUTS) outputs--;
    else if (responsibilities > 1) responsibilities--;
    else if (outputs > 0) outputs--;
    else break;
    body = lists();
  }
  return `${[...head, ...body, ...tail].join('\n')}\n`;
}

export function renderRoleCardMarkdown(card: RoleCard): string {
  const lines = [markdownHeading(1, card.title), ''];
  const codes = [card.id, ...card.aliases].map(markdownCode).join(', ');
  lines.push(markdownWords(`Names: ${codes}${card.family ? `. Family: ${escapeMarkdown(card.family)}.` : ''}`), '');
  lines.push(markdownParagraph(card.brief), '');
  const facts = [
    ...(card.focus ? [`**Focus:** ${card.focus}`] : []),
    ...(card.owns ? [`**Owns:** ${card.owns}`] : []),
    ...(card.faces ? [`**Faces:** ${card.faces}`] : []),
    ...(card.worksWith.length > 0 ? [`**Works with:** ${card.worksWith.join(', ')}`] : []),
  ];
  if (facts.length > 0) pushAll(lines, facts.map((fact) => markdownListItem(fact))).push('');
  for (const [heading, list] of [['Main responsibilities', card.responsibilities], ['Main outputs', card.outputs]] as const) {
    if (list.items.length === 0) continue;
    lines.push(markdownHeading(2, list.items.length < list.total ? `${heading} (${list.items.length} of ${list.total})` : heading), '');
    pushAll(lines, list.items.map((item) => markdownListItem(item))).push('');
  }
  lines.push(markdownWords(`More: ${markdownCode(`roles show ${card.shortName} --full --format md`)}`));
  return `${lines.join('\n')}\n`;
}
