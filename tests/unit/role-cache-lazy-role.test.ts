import { describe, expect, it } from 'vitest';
import { LazyLoadedRole, summaryOf } from '../../src/catalog/loaded-role.js';
import type { Role } from '../../src/format/role-schema.js';

const full: Role = {
  id: 'delivery-lead',
  title: 'Delivery Lead',
  aliases: ['dl'],
  family: 'delivery',
  summary: 'Keeps the work moving.',
  focus: 'Flow of work',
  responsibilities: ['Run the planning meeting.', 'Remove blockers.'],
  works_with: ['product-owner'],
  research: { questions: ['Who sets the dates?'] },
};

function counted(role: Role): { load: () => Role; loads: () => number } {
  let loads = 0;
  return {
    load: () => {
      loads++;
      return structuredClone(role);
    },
    loads: () => loads,
  };
}

describe('a role from the cache', () => {
  it('answers from its summary without reading the whole role', () => {
    const source = counted(full);
    const loaded = new LazyLoadedRole(summaryOf(full), 'lead.yaml', '--data', source.load);
    expect(loaded.summary).toEqual({ id: 'delivery-lead', title: 'Delivery Lead', aliases: ['dl'], family: 'delivery', focus: 'Flow of work', works_with: ['product-owner'] });
    expect([loaded.file, loaded.origin]).toEqual(['lead.yaml', '--data']);
    expect(source.loads()).toBe(0);
  });

  it('reads the whole role once, the first time it is asked for', () => {
    const source = counted(full);
    const loaded = new LazyLoadedRole(summaryOf(full), 'lead.yaml', '--data', source.load);
    expect(loaded.role.responsibilities).toEqual(['Run the planning meeting.', 'Remove blockers.']);
    expect(loaded.role.research?.questions).toEqual(['Who sets the dates?']);
    expect(source.loads()).toBe(1);
  });

  it('gives the role as it was read, every field in the same order', () => {
    const loaded = new LazyLoadedRole(summaryOf(full), 'lead.yaml', '--data', counted(full).load);
    expect(JSON.stringify(loaded.role)).toBe(JSON.stringify(full));
  });

  it('keeps in its summary only the fields its role has', () => {
    const small: Role = { id: 'tiny', title: 'Tiny', summary: 'Small.' };
    expect(summaryOf(small)).toEqual({ id: 'tiny', title: 'Tiny' });
    expect(Object.keys(summaryOf(small))).toEqual(['id', 'title']);
  });
});
