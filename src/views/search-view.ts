// Pure: what `roles search` shows: the roles found for the words typed, best first, each
// with the field and the passage that matched best and the words to highlight in it.
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { normaliseRoleName } from '../catalog/merge-role-layers.js';
import type { Knowledge } from '../format/knowledge-schema.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { allPassages, isKnowledgePassage, passagesOfRoles, roleNameLists } from '../search/passages.js';
import { combineIndexes, indexData, type SearchIndexData } from '../search/search-index.js';
import { searchRoles } from '../search/search-passages.js';
import { shortNameOf } from './short-name.js';

export interface SearchResult {
  id: string;
  title: string;
  name: string;
  field: string;
  text: string;
  /** The words of `text` that matched, to highlight. */
  marks: string[];
  score: number;
  /** How many passages of the role matched. */
  matches: number;
}

export interface SearchView {
  query: string;
  results: SearchResult[];
}

export interface SearchViewOptions {
  family?: string;
  limit?: number;
}

/**
 * With `builtin`, the index the build made of the built-in roles and the knowledge, only the
 * roles from other folders are indexed now; a built-in role a user file replaced is left out.
 */
export function buildSearchView(roles: readonly LoadedRole[], knowledge: Knowledge, query: string, options: SearchViewOptions = {}, builtin?: SearchIndexData): SearchView {
  const wanted = options.family === undefined ? undefined : normaliseRoleName(options.family);
  const byId = new Map(roles.map((loaded) => [loaded.summary.id, loaded]));
  const names = roleNameLists(roles.map((loaded) => ({ id: loaded.summary.id, title: loaded.summary.title, aliases: loaded.summary.aliases })));
  const unchanged = new Set(roles.filter((loaded) => loaded.origin === 'builtin').map((loaded) => loaded.summary.id));
  // Only when a user file replaced a built-in role must the build's passages be read to drop that role's.
  const replaced = builtin?.roles.some((id) => !unchanged.has(id));
  const index = builtin
    ? combineIndexes(
        [
          { data: builtin, keep: replaced ? (passage) => isKnowledgePassage(passage) || unchanged.has(passage.roles[0] ?? '') : undefined },
          { data: indexData(passagesOfRoles(roles.filter((loaded) => !unchanged.has(loaded.summary.id)).map((loaded) => loaded.role), knowledge)) },
        ],
        names,
      )
    : combineIndexes([{ data: indexData(allPassages(roles.map((loaded) => loaded.role), knowledge)) }], names);
  const keep = (id: string): boolean => wanted === undefined || normaliseRoleName(byId.get(id)?.summary.family ?? '') === wanted;
  const hits = searchRoles(index, query, { keep, limit: options.limit });
  return {
    query,
    results: hits.map((hit) => {
      const summary = byId.get(hit.id)?.summary;
      return {
        id: hit.id,
        title: sanitizeText(summary?.title ?? hit.id),
        name: sanitizeText(shortNameOf(hit.id, summary?.aliases)),
        field: hit.passage.field,
        text: sanitizeText(hit.passage.text),
        marks: [...new Set(hit.spans.map(([start, end]) => sanitizeText(hit.passage.text.slice(start, end))))],
        score: Math.round(hit.score * 100) / 100,
        matches: hit.matches,
      };
    }),
  };
}
