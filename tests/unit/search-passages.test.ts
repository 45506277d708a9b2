import { describe, expect, it } from 'vitest';
import { allPassages, roleNameLists, sentencesOf } from '../../src/search/passages.js';
import { indexPassages } from '../../src/search/search-index.js';
import { searchRoles } from '../../src/search/search-passages.js';
import { americanSpelling, wordKey } from '../../src/search/words.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const catalog = builtinCatalog();
const roles = catalog.roles.map((loaded) => loaded.role);
const index = indexPassages(allPassages(roles, catalog.knowledge), roleNameLists(roles));
const firstRoles = (query: string, count: number): string[] => searchRoles(index, query, { limit: count }).map((hit) => hit.id);

describe('search ranking', () => {
  it('ranks the Product Owner and the Business Analyst first for "acceptance criteria"', () => {
    expect(new Set(firstRoles('acceptance criteria', 2))).toEqual(new Set(['product-owner', 'business-analyst']));
  });

  it('ranks the Product Manager first for "roadmap"', () => {
    expect(firstRoles('roadmap', 1)).toEqual(['product-manager']);
  });

  it('ranks the Project Manager first for "budget" and the Product Designer for "wireframes"', () => {
    expect(firstRoles('budget', 1)).toEqual(['project-manager']);
    expect(firstRoles('wireframes', 1)).toEqual(['product-designer']);
  });

  it('finds words typed with a slip as it finds them spelt right', () => {
    expect(firstRoles('acceptence critera', 2)).toEqual(firstRoles('acceptance criteria', 2));
    expect(firstRoles('roadmpa', 1)).toEqual(['product-manager']);
  });

  it('treats British and American spellings as one word', () => {
    expect(wordKey('prioritise')).toBe(wordKey('prioritize'));
    expect(wordKey('Prioritising')).toBe(wordKey('prioritized'));
    expect(wordKey('programme')).toBe(wordKey('program'));
    expect(wordKey('programming')).not.toBe(wordKey('programme'));
    expect(searchRoles(index, 'programme').map((hit) => hit.id)).not.toContain('software-engineer');
    expect(americanSpelling('behaviour')).toBe('behavior');
    expect(americanSpelling('enterprise')).toBe('enterprise');
    expect(americanSpelling('hour')).toBe('hour');
    const texts = (query: string): string[] => searchRoles(index, query).map((hit) => `${hit.id} ${hit.passage.text}`);
    expect(texts('prioritize')).toEqual(texts('prioritise'));
    expect(texts('prioritize').length).toBeGreaterThan(0);
  });

  it('names the field of the best passage and where the words matched in it', () => {
    const [hit] = searchRoles(index, 'acceptance criteria');
    expect(hit?.id).toBe('product-owner');
    expect(hit?.passage.field).toBe('responsibilities');
    expect(hit?.spans.map(([start, end]) => hit.passage.text.slice(start, end).toLowerCase())).toEqual(['acceptance', 'criteria']);
  });

  it('credits a contrast sentence to the role it names before the words matched', () => {
    const contrastOnly = indexPassages(allPassages(roles, catalog.knowledge).filter((passage) => passage.field === 'contrasts'), roleNameLists(roles));
    expect(searchRoles(contrastOnly, 'groomed backlog acceptance criteria', { limit: 1 }).map((hit) => hit.id)).toEqual(['product-owner']);
  });

  it('keeps only the roles asked for, and finds nothing for words no role holds', () => {
    expect(searchRoles(index, 'backlog', { keep: (id) => id !== 'product-owner' }).map((hit) => hit.id)).not.toContain('product-owner');
    expect(searchRoles(index, 'zzqx')).toEqual([]);
  });

  it('splits long texts into sentences, so a result shows the part that matched', () => {
    expect(sentencesOf('One thing. Another "quoted" thing! A third?')).toEqual(['One thing.', 'Another "quoted" thing!', 'A third?']);
  });
});
