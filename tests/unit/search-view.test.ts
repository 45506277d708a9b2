// The search view with and without the build's index of the built-in roles: the same
// results, and a user's role file that replaces a built-in role is searched as the user wrote it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import type { SearchIndexData } from '../../src/search/search-index.js';
import { buildSearchView } from '../../src/views/search-view.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { ROOT } from '../helpers/run-roles.js';

const catalog = builtinCatalog();
const prebuilt = JSON.parse(readFileSync(join(ROOT, 'dist', 'search-index.json'), 'utf8')) as SearchIndexData;

describe('the search view', () => {
  it.each(['acceptance criteria', 'roadmap', 'stakeholders', 'prioritize', 'acceptence critera', 'Atlassian'])('gives the same results for %j from the build\'s index as from indexing now', (query) => {
    expect(buildSearchView(catalog.roles, catalog.knowledge, query, {}, prebuilt)).toEqual(buildSearchView(catalog.roles, catalog.knowledge, query));
  });

  it('searches a user role that replaces a built-in one as the user wrote it, not as built', () => {
    const mine = loadedRole({ id: 'product-owner', title: 'Product Owner', aliases: ['po'], summary: 'Looks after the zebra enclosure.' }, 'mine/product-owner.yaml', 'config');
    const roles = catalog.roles.map((loaded) => (loaded.summary.id === 'product-owner' ? mine : loaded));
    const zebra = buildSearchView(roles, catalog.knowledge, 'zebra', {}, prebuilt);
    expect(zebra.results.map((result) => [result.id, result.field])).toEqual([['product-owner', 'summary']]);
    const backlog = buildSearchView(roles, catalog.knowledge, 'user stories', {}, prebuilt);
    expect(backlog.results.filter((result) => result.id === 'product-owner' && result.field !== 'contrasts')).toEqual([]);
  });

  it('keeps to a family and a limit, and names each result with its short name', () => {
    const view = buildSearchView(catalog.roles, catalog.knowledge, 'backlog', { family: 'Product', limit: 2 }, prebuilt);
    expect(view.results).toHaveLength(2);
    expect(view.results[0]).toMatchObject({ id: 'product-owner', name: 'po', marks: ['backlog'] });
  });
});
