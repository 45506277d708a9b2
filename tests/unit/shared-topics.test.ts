import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/format/knowledge-schema.js';
import { loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import type { Role } from '../../src/format/role-schema.js';
import { buildCompareView, type CompareValue } from '../../src/views/compare-view.js';
import { listHolds, listKeys, topicsInEveryList } from '../../src/views/shared-topics.js';

const KNOWLEDGE: Knowledge = {
  sources: [], contrasts: [], handoffs: [], companies: [], commonQuestions: [], dimensions: { dimensions: [], questions: [] },
  topics: [{ id: 'prioritisation', label: 'Prioritisation' }, { id: 'backlog', label: 'Backlog' }, { id: 'sales', label: 'Sales' }],
};
const role = (id: string, fields: Partial<Role>): LoadedRole => loadedRole({ id, title: id.toUpperCase(), summary: `About ${id}.`, ...fields }, `${id}.yaml`, 'builtin');
const pm = role('pm', { skills: [{ text: 'Prioritisation and making decisions under trade-offs.', topics: ['prioritisation'] }, 'Storytelling.', 'Clear writing.'] });
const po = role('po', { skills: [{ text: 'Prioritisation.', topics: ['prioritisation', 'backlog'] }, 'Clear writing.', 'Scrum.'] });
const se = role('se', { skills: [{ text: 'Demos.', topics: ['sales'] }] });
const marks = (value: CompareValue | undefined) => (value?.kind === 'list' ? value.items.map((item) => `${item.mark} ${item.text}`) : []);

describe('topicsInEveryList', () => {
  it('gives the topics every list names, in the first list’s order, with their labels', () => {
    const lists = [[{ key: 'a', topics: ['backlog', 'prioritisation'] }], [{ key: 'b', topics: ['prioritisation'] }, { key: 'c', topics: ['backlog'] }]];
    expect(topicsInEveryList(lists, KNOWLEDGE)).toEqual([{ id: 'backlog', label: 'Backlog' }, { id: 'prioritisation', label: 'Prioritisation' }]);
  });

  it('gives none when a role has no list, or no topic is in every list', () => {
    expect(topicsInEveryList([[{ key: 'a', topics: ['sales'] }], undefined], KNOWLEDGE)).toEqual([]);
    expect(topicsInEveryList([[{ key: 'a', topics: ['sales'] }], [{ key: 'a' }]], KNOWLEDGE)).toEqual([]);
  });
});

describe('listHolds', () => {
  it('matches an item by its text key or by any topic it names, never a topic by a text', () => {
    const keys = listKeys([{ key: 'scrum' }, { key: 'prioritisation', topics: ['backlog'] }]);
    expect(listHolds(keys, { key: 'scrum' })).toBe(true);
    expect(listHolds(keys, { key: 'other', topics: ['backlog'] })).toBe(true);
    expect(listHolds(keys, { key: 'backlog' })).toBe(false);
    expect(listHolds(keys, { key: 'other', topics: ['sales'] })).toBe(false);
  });
});

describe('compare with topics', () => {
  it('marks items about a shared topic as shared, however they are worded, and names the topic in both', () => {
    const view = buildCompareView([pm, po], [pm, po], KNOWLEDGE, { fields: ['skills'] });
    expect(marks(view.rows[0]?.values[0])).toEqual(['shared Prioritisation and making decisions under trade-offs.', 'unique Storytelling.', 'shared Clear writing.']);
    expect(view.sharedTopics).toEqual([{ field: 'skills', label: 'Skills', topics: [{ id: 'prioritisation', label: 'Prioritisation' }] }]);
    expect(view.shared).toEqual([{ field: 'skills', label: 'Skills', items: ['Prioritisation', 'Clear writing.'] }]);
  });

  it('hides what the roles share by topic with --only-differences', () => {
    const view = buildCompareView([pm, po], [pm, po], KNOWLEDGE, { fields: ['skills'], onlyDifferences: true });
    expect(marks(view.rows[0]?.values[0])).toEqual(['unique Storytelling.']);
    expect(marks(view.rows[0]?.values[1])).toEqual(['unique Scrum.']);
  });

  it('shares nothing between roles whose items name no common topic', () => {
    const view = buildCompareView([pm, se], [pm, se], KNOWLEDGE, { fields: ['skills'] });
    expect(view.sharedTopics).toEqual([]);
    expect(view.shared).toEqual([]);
  });
});

describe('topics in a role file', () => {
  const known = { sources: new Set(['guide']), topics: new Set(['prioritisation']), dimensions: new Set<string>() };
  const parse = (text: string) => parseRoleFile(new TextEncoder().encode(text), 'my.yaml', known);

  it('still takes plain text items, so a short file needs no topics', () => {
    expect(parse('id: x\ntitle: X\nsummary: S\nskills: [Listening.]\nactivities: [Demos.]\n').problems).toEqual([]);
  });

  it('takes an item with the topics it is about', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nskills:\n  - text: Ordering work.\n    topics: [prioritisation]\n');
    expect(result.problems).toEqual([]);
    expect(result.value?.skills).toEqual([{ text: 'Ordering work.', topics: ['prioritisation'] }]);
  });

  it('reports an unknown topic where it is, with what to do', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nresponsibilities:\n  - Plain.\n  - text: Ordering work.\n    topics: [prioritisation, priorities]\n');
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'responsibilities[1].topics[1]', line: 7, col: 30, message: '"priorities" is not the id of a topic in data/topics.yaml, which lists them; fix the id or remove it' }),
    ]);
  });

  it('refuses a mapping that is not text and topics, at its place', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nskills:\n  - text: Ordering work.\n    topic: [prioritisation]\n');
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'skills[0]', line: 5, col: 5, message: 'expected text, or a mapping of text and topics, got a mapping of other fields' }),
    ]);
  });
});
