// Pure: what `roles related` shows: the roles nearest to one, each with the reasons.
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { Knowledge } from '../format/knowledge-schema.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { relatedRoles, type RelatedRole } from '../search/related-roles.js';
import { roleWordsOf, type RoleWordsOf } from './role-words-of.js';
import { shortNameOf } from './short-name.js';

export interface RelatedEntry extends RelatedRole {
  title: string;
  name: string;
}

export interface RelatedView {
  id: string;
  title: string;
  name: string;
  related: RelatedEntry[];
}

function named(loaded: LoadedRole | undefined, id: string): { title: string; name: string } {
  return { title: sanitizeText(loaded?.summary.title ?? id), name: sanitizeText(shortNameOf(id, loaded?.summary.aliases)) };
}

export function buildRelatedView(role: LoadedRole, roles: readonly LoadedRole[], knowledge: Knowledge, limit?: number, wordsOf: RoleWordsOf = roleWordsOf()): RelatedView {
  const byId = new Map(roles.map((loaded) => [loaded.summary.id, loaded]));
  const candidates = roles.map((loaded) => ({ id: loaded.summary.id, works_with: loaded.summary.works_with, words: wordsOf(loaded) }));
  const related = relatedRoles(candidates, knowledge, role.summary.id).slice(0, limit);
  return {
    id: role.summary.id,
    ...named(role, role.summary.id),
    related: related.map((entry) => ({ ...entry, ...named(byId.get(entry.id), entry.id), contrasts: entry.contrasts.map(sanitizeText), sharedTopics: entry.sharedTopics.map(sanitizeText) })),
  };
}

/**
 * The reasons as short phrases, each a line of text. `list` lays out the contrasts and the
 * shared topics after their label (the short view keeps each to one line); by default all of them.
 */
export function relatedReasons(entry: RelatedEntry, view: Pick<RelatedView, 'name'>, list: (items: readonly string[], label: string, separator: string) => string = (all, _label, separator) => all.join(separator)): string[] {
  const labelled = (label: string, items: readonly string[], separator: string): string => label + list(items, label, separator);
  const reasons: string[] = [];
  if (entry.worksWith === 'both') reasons.push('they work with each other');
  else if (entry.worksWith === 'listed') reasons.push(`${view.name} works with it`);
  else if (entry.worksWith === 'lists-it') reasons.push(`it works with ${view.name}`);
  if (entry.contrasts.length > 0) reasons.push(labelled('sources compare them: ', entry.contrasts, '; '));
  if (entry.sharedTopics.length > 0) reasons.push(labelled('shared work: ', entry.sharedTopics, ', '));
  if (reasons.length === 0) reasons.push(`alike in wording (${Math.round(entry.likeness * 100)}%)`);
  return reasons;
}
