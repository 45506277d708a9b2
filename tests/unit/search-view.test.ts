// The search view with and without the build's index of the built-in roles: the same
// results, and a user's role file that replaces a built-in role is searched as the user wrote it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { indexData, indexFileText, readIndexFile, type Postings } from '../../src/search/search-index.js';
import { allPassages } from '../../src/search/passages.js';
import { keysOf } from '../../src/search/words.js';
import { buildSearchView } from '../../src/views/search-view.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { ROOT } from '../helpers/run-roles.js';

const catalog = builtinCatalog();
const prebuilt = readIndexFile(readFileSync(join(ROOT, 'dist', 'search-index.jsonl')));

describe('the build\'s index file', () => {
  it('gives back every passage and word list it was made from, non-ASCII text included', () => {
    const passages = allPassages(catalog.roles.map((loaded) => loaded.role), catalog.knowledge);
    const made = indexData([...passages, { roles: ['x'], field: 'summary', text: 'Café “quotes” — naïve __proto__', weight: 1 }]);
    const read = readIndexFile(Buffer.from(indexFileText(made)));
    expect(read.size).toBe(made.size);
    expect(Array.from({ length: read.size }, (_, at) => read.passage(at))).toEqual(Array.from({ length: made.size }, (_, at) => made.passage(at)));
    const lists = (postings: Postings): [string, readonly number[] | undefined][] => [...postings.keys()].map((key) => [key, postings.get(key)]);
    expect({ roles: read.roles, postings: lists(read.postings), topicPostings: lists(read.topicPostings) }).toEqual({ roles: made.roles, postings: lists(made.postings), topicPostings: lists(made.topicPostings) });
    // A word is found where it lies, and one that is not there, or is only part of a word that is, is not.
    expect(read.postings.get('__proto__')).toEqual(made.postings.get('__proto__'));
    const [naive = ''] = keysOf('naïve');
    expect(read.postings.get(naive)).toEqual([made.size - 1]);
    for (const missing of ['zzz', naive.slice(0, -1), naive.slice(1), 'roadma']) expect(read.postings.get(missing), missing).toBeUndefined();
  });

  it('is refused when cut short, so search indexes the roles itself', () => {
    const text = indexFileText(indexData(allPassages(catalog.roles.map((loaded) => loaded.role), catalog.knowledge)));
    expect(() => readIndexFile(Buffer.from(text.slice(0, -10)))).toThrow(/does not match/);
  });
});

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

  it.each(['acceptence critera', 'zebre', 'user stories', 'velocitx backlog'])('gives the same results for %j from the build\'s index as from indexing now when a user file replaces a built-in role', (query) => {
    // Words of the replaced role's built-in passages are no longer in the index, so a typo is not matched to them (velocity is only the built-in Product Owner's).
    const mine = loadedRole({ id: 'product-owner', title: 'Product Owner', aliases: ['po'], summary: 'Looks after the zebra enclosure.' }, 'mine/product-owner.yaml', 'config');
    const roles = catalog.roles.map((loaded) => (loaded.summary.id === 'product-owner' ? mine : loaded));
    expect(buildSearchView(roles, catalog.knowledge, query, {}, prebuilt)).toEqual(buildSearchView(roles, catalog.knowledge, query));
  });

  it('keeps to a family and a limit, and names each result with its short name', () => {
    const view = buildSearchView(catalog.roles, catalog.knowledge, 'backlog', { family: 'Product', limit: 2 }, prebuilt);
    expect(view.results).toHaveLength(2);
    expect(view.results[0]).toMatchObject({ id: 'product-owner', name: 'po', marks: ['backlog'] });
  });
});
