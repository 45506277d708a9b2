import { describe, expect, it } from 'vitest';
import { lazyRole, summaryOf } from '../../src/roles/lazy-role.js';
import type { Role } from '../../src/roles/role-schema.js';

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
  it('answers the summary fields without reading the whole role', () => {
    const source = counted(full);
    const role = lazyRole(summaryOf(full), Object.keys(full), source.load);
    expect([role.id, role.title, role.aliases, role.family, role.focus, role.works_with]).toEqual(['delivery-lead', 'Delivery Lead', ['dl'], 'delivery', 'Flow of work', ['product-owner']]);
    expect(source.loads()).toBe(0);
  });

  it('reads the whole role once, the first time another field is read', () => {
    const source = counted(full);
    const role = lazyRole(summaryOf(full), Object.keys(full), source.load);
    expect(role.summary).toBe('Keeps the work moving.');
    expect(role.responsibilities).toEqual(['Run the planning meeting.', 'Remove blockers.']);
    expect(role.research?.questions).toEqual(['Who sets the dates?']);
    expect(source.loads()).toBe(1);
  });

  it('prints as JSON exactly like the role it stands for, fields in the same order', () => {
    const role = lazyRole(summaryOf(full), Object.keys(full), counted(full).load);
    expect(JSON.stringify(role)).toBe(JSON.stringify(full));
    expect(Object.keys(role)).toEqual(Object.keys(full));
  });

  it('copies, clones and spreads like a plain object', () => {
    expect({ ...lazyRole(summaryOf(full), Object.keys(full), counted(full).load) }).toEqual(full);
    expect(structuredClone(lazyRole(summaryOf(full), Object.keys(full), counted(full).load))).toEqual(full);
  });

  it('keeps a value assigned to a field that was not read yet', () => {
    const role = lazyRole(summaryOf(full), Object.keys(full), counted(full).load);
    role.summary = 'Changed.';
    expect(role.summary).toBe('Changed.');
    expect(role.skills).toBeUndefined();
  });

  it('has only the fields its file has', () => {
    const small: Role = { id: 'tiny', title: 'Tiny', summary: 'Small.' };
    const role = lazyRole(summaryOf(small), Object.keys(small), counted(small).load);
    expect(Object.keys(role)).toEqual(['id', 'title', 'summary']);
    expect('aliases' in role).toBe(false);
  });
});
