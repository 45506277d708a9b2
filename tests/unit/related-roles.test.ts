import { describe, expect, it } from 'vitest';
import { relatedCandidate, relatedRoles } from '../../src/search/related-roles.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const catalog = builtinCatalog();
const roles = catalog.roles.map((loaded) => relatedCandidate(loaded.role));

describe('related roles', () => {
  it('puts the Product Owner near the Product Manager, with the contrasts and the shared work', () => {
    const related = relatedRoles(roles, catalog.knowledge, 'product-manager');
    const po = related.find((entry) => entry.id === 'product-owner');
    expect(related.slice(0, 5).map((entry) => entry.id)).toContain('product-owner');
    expect(po).toMatchObject({ worksWith: 'both', contrasts: expect.arrayContaining(['Direction vs execution']) });
    expect(po?.sharedTopics).toContain('Prioritisation');
  });

  it('ranks best first and never lists the role itself', () => {
    const related = relatedRoles(roles, catalog.knowledge, 'business-analyst');
    expect(related.map((entry) => entry.id)).not.toContain('business-analyst');
    expect(related.map((entry) => entry.score)).toEqual([...related.map((entry) => entry.score)].sort((a, b) => b - a));
    expect(related[0]?.id).toBe('product-owner');
  });

  it('tells which side lists the other among the roles it works with', () => {
    const a = relatedCandidate({ id: 'a', title: 'A', summary: 'Plans things.', works_with: ['b'], responsibilities: ['Plan the roadmap.'] });
    const b = relatedCandidate({ id: 'b', title: 'B', summary: 'Builds things.', responsibilities: ['Build the roadmap tools.'] });
    const none = { sources: [], contrasts: [], handoffs: [], companies: [], commonQuestions: [], topics: [], dimensions: { dimensions: [], questions: [] } };
    expect(relatedRoles([a, b], none, 'a')[0]).toMatchObject({ id: 'b', worksWith: 'listed' });
    expect(relatedRoles([a, b], none, 'b')[0]).toMatchObject({ id: 'a', worksWith: 'lists-it' });
    expect(relatedRoles([a, b], none, 'c')).toEqual([]);
  });
});
