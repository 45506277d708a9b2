// The role an unknown name most likely means, by the rarest words it shares with role names.
import { describe, expect, it } from 'vitest';
import { closestByName } from '../../src/search/closest-by-name.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const roles = builtinCatalog().roles.map((loaded) => loaded.role);

describe('closestByName', () => {
  it('picks the one role whose names hold the rarest typed word', () => {
    expect(closestByName('marketing lead', roles)).toBe('product-marketing-manager');
    expect(closestByName('scrum master', roles)).toBe('product-owner');
    expect(closestByName('Data Scientist', roles)).toBe('product-analyst');
  });

  it('gives no answer on a tie or when no name shares a word', () => {
    const pair = [
      { id: 'alpha-lead', title: 'Alpha Lead' },
      { id: 'beta-lead', title: 'Beta Lead' },
    ];
    expect(closestByName('team lead', pair)).toBeUndefined();
    expect(closestByName('zookeeper', roles)).toBeUndefined();
  });

  it('ignores a word every role\'s names hold', () => {
    const all = [
      { id: 'a', title: 'Product Alpha' },
      { id: 'b', title: 'Product Beta' },
    ];
    expect(closestByName('product person', all)).toBeUndefined();
  });
});
