// The entry of dist/finding.cjs: `roles search`, `related` and `fit`, and the closest
// role for a name that is not one. Loaded only when they run (load-finding-bundle.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { requireRole } from '../catalog/lookup-role.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { AdvertSignals } from '../format/advert-signals-schema.js';
import type { Role } from '../format/role-schema.js';
import { RolesError } from '../format/roles-error.js';
import { fitJson, renderFitPlain, renderFitText } from '../render/render-fit.js';
import { relatedJson, renderRelatedPlain, renderRelatedText } from '../render/render-related.js';
import { renderSearchPlain, renderSearchText, searchJson } from '../render/render-search.js';
import { makePaint } from '../render/paint.js';
import { closestByName } from '../search/closest-by-name.js';
import { passagesOfRoles, roleNameLists } from '../search/passages.js';
import { readRoleWordsFile } from '../search/role-words.js';
import { indexPassages, readIndexFile, type SearchIndexData } from '../search/search-index.js';
import { searchRoles } from '../search/search-passages.js';
import { buildFitView } from '../views/fit-view.js';
import { buildRelatedView } from '../views/related-view.js';
import { roleWordsOf, type RoleWordsOf } from '../views/role-words-of.js';
import { buildSearchView } from '../views/search-view.js';
import { shortNameOf } from '../views/short-name.js';
import { readAdvertInput } from './read-advert-input.js';

export { advertLabel, evaluateFit } from '../search/fit-evaluation.js';
export { fitAdvert, fitCandidate, fitModel } from '../search/fit-advert.js';
export { readAdvert } from '../search/read-advert.js';

const DEFAULT_LIMIT = 10;

export interface LimitOptions extends FormatOptions {
  limit?: number;
}

/** related and fit: a short view by default, every item with --full. */
export interface FullOptions extends LimitOptions {
  full?: boolean;
}

/** What the build wrote beside the bundles as `name`, read by `read` (scripts/build.mjs); undefined when it is missing or does not read, and the command works it out now instead. */
function builtFile<T>(distDir: string, name: string, read: (bytes: Buffer) => T): T | undefined {
  try {
    return read(readFileSync(join(distDir, name)));
  } catch {
    return undefined;
  }
}

/** The build's index of the built-in roles; without it, every role is indexed now. */
const builtinSearchIndex = (distDir: string): SearchIndexData | undefined => builtFile(distDir, 'search-index.jsonl', readIndexFile);

/** The words the build folded for the built-in roles; without them, every role is folded now. */
const builtinRoleWords = (distDir: string): RoleWordsOf => roleWordsOf(builtFile(distDir, 'role-words.json', (bytes) => readRoleWordsFile(bytes.toString('utf8'))));

export function runSearch(query: string, options: LimitOptions & { family?: string }, io: Io, catalog: Catalog, distDir: string): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  if (query.trim() === '') throw new RolesError('usage', 'nothing to search for', "give some words, e.g. 'roles search acceptance criteria'");
  const view = buildSearchView(catalog.roles, catalog.knowledge, query, { family: options.family, limit: options.limit ?? DEFAULT_LIMIT }, builtinSearchIndex(distDir));
  if (format === 'json') return io.out(toJson(searchJson(view)));
  if (view.results.length === 0) throw new RolesError('not-found', `no role mentions "${query}"`, 'try other or fewer words');
  io.out(format === 'plain' ? renderSearchPlain(view) : renderSearchText(view, io.width, makePaint(io.color)));
}

export function runRelated(name: string, options: FullOptions, io: Io, catalog: Catalog, distDir: string): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const view = buildRelatedView(requireRole(catalog, name), catalog.roles, catalog.knowledge, options.limit ?? 5, builtinRoleWords(distDir));
  if (format === 'json') io.out(toJson(relatedJson(view)));
  else io.out(format === 'plain' ? renderRelatedPlain(view) : renderRelatedText(view, io.width, makePaint(io.color), options.full));
}

let signals: AdvertSignals | undefined;

/** The axes the build wrote beside the bundles (scripts/build.mjs), or, unbundled, beside dist/ of the package. */
export function advertSignals(distDir: string): AdvertSignals {
  signals ??= JSON.parse(readFileSync(join(distDir, 'advert-signals.json'), 'utf8')) as AdvertSignals;
  return signals;
}

/** `stdin` is for tests; without it, process.stdin, which is touched only when the advert is read from it. */
export async function runFit(file: string | undefined, options: FullOptions, io: Io, catalog: Catalog, distDir: string, stdin?: Readable): Promise<void> {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const text = await readAdvertInput(file, io, stdin);
  const view = buildFitView(text, catalog.roles, advertSignals(distDir), options.limit ?? 5, builtinRoleWords(distDir));
  if (format === 'json') io.out(toJson(fitJson(view)));
  else io.out(format === 'plain' ? renderFitPlain(view) : renderFitText(view, io.width, makePaint(io.color), options.full));
}

/**
 * Below this search score a match is a word or two in passing ("long" in "how long"), too
 * weak to offer as what the user meant; a role's own name or a sentence about its work scores
 * well above it.
 */
const WEAKEST_CLOSEST = 2.5;

/** The best match among the roles' own passages (the knowledge's would name other roles too), unless it is only a word in passing. */
function closestBySearch(words: string, roles: readonly Role[]): string | undefined {
  const [best] = searchRoles(indexPassages(passagesOfRoles(roles, { topics: [] }), roleNameLists(roles)), words, { limit: 1 });
  return best && best.score >= WEAKEST_CLOSEST ? best.id : undefined;
}

/** The role a name that is not one most likely means, by the words of the roles' names, else found by search, as its id and "Title (name)"; undefined when nothing matches. */
export function closestRole(typed: string, roles: readonly LoadedRole[]): { id: string; label: string } | undefined {
  const whole = roles.map((loaded) => loaded.role);
  const words = typed.replace(/[-_]+/g, ' ');
  const id = closestByName(words, whole) ?? closestBySearch(words, whole);
  const loaded = id && roles.find((candidate) => candidate.summary.id === id);
  return loaded ? { id: loaded.summary.id, label: `${loaded.summary.title} (${shortNameOf(loaded.summary.id, loaded.summary.aliases)})` } : undefined;
}
