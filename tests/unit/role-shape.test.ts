import { describe, expect, it } from 'vitest';
import { roleShapeCheck } from '../../src/format/role-shape.js';

describe('roleShapeCheck', () => {
  const isRole = roleShapeCheck();
  const role = (skills: unknown): unknown => ({ id: 'x-lead', title: 'X Lead', summary: 'Leads x.', skills });

  it('takes a list item as text or as a mapping of text and topics, as the schema does', () => {
    expect(isRole(role(['Listening.', { text: 'Prioritisation.', topics: ['prioritisation'] }]))).toBe(true);
  });

  it('refuses an item that is neither', () => {
    expect(isRole(role([{ text: 1, topics: [] }]))).toBe(false);
    expect(isRole(role([{ text: 'Listening.', topics: 'listening' }]))).toBe(false);
    expect(isRole(role([42]))).toBe(false);
  });
});
