// Every list of a role file holds at most MAX_LIST_ITEMS items: an 800 KB file of 200,000
// skills passed `validate` and then crashed `show`. The cap is in the schema, so the JSON
// Schema editors use shows it too.
import { describe, expect, it } from 'vitest';
import { roleJsonSchema } from '../../scripts/build-data/role-json-schema.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { MAX_LIST_ITEMS } from '../../src/format/role-schema.js';
import { stringifyYaml } from '../../src/render/render-yaml.js';
import { longListRole } from '../fixtures/loader-attacks.js';

/** `count` items made by `item`: separate objects, which YAML writes out rather than as aliases of one. */
const items = (count: number, item: () => unknown): unknown[] => Array.from({ length: count }, item);
/** Each list of the format, as a role holding it with `count` items, and the field path a problem names. */
const LISTS: [string, (count: number) => Record<string, unknown>][] = [
  ['aliases', (n) => ({ aliases: Array.from({ length: n }, (_, i) => `a${i}`) })],
  ['owns', (n) => ({ owns: Array(n).fill('what') })],
  ['responsibilities', (n) => ({ responsibilities: Array(n).fill('Plan') })],
  ['activities', (n) => ({ activities: items(n, () => ({ text: 'Plan', topics: ['delivery'] })) })],
  ['skills', (n) => ({ skills: Array(n).fill('Listening') })],
  ['advert_phrases', (n) => ({ advert_phrases: Array(n).fill('backlog refinement') })],
  ['skills[0].topics', (n) => ({ skills: [{ text: 'Listening', topics: Array(n).fill('delivery') }] })],
  ['day_in_the_life', (n) => ({ day_in_the_life: Array(n).fill('Stand-up') })],
  ['outputs', (n) => ({ outputs: Array(n).fill('Road map') })],
  ['works_with', (n) => ({ works_with: Array(n).fill('product-owner') })],
  ['misconceptions', (n) => ({ misconceptions: items(n, () => ({ myth: 'm', reality: 'r' })) })],
  ['perspectives', (n) => ({ perspectives: items(n, () => ({ source: 'some-source', view: 'v' })) })],
  ['research.tips', (n) => ({ research: { tips: Array(n).fill('Ask') } })],
  ['research.search_terms', (n) => ({ research: { search_terms: Array(n).fill('pm') } })],
  ['research.questions', (n) => ({ research: { questions: Array(n).fill('Who decides?') } })],
  ['sources', (n) => ({ sources: Array(n).fill('some-source') })],
];

const roleWith = (fields: Record<string, unknown>): Buffer => Buffer.from(stringifyYaml({ id: 'listy', title: 'Listy', summary: 'Lists.', ...fields }));

describe('the cap on list lengths', () => {
  it.each(LISTS)('accepts %s with the most items allowed', (_field, fields) => {
    expect(parseRoleFile(roleWith(fields(MAX_LIST_ITEMS)), 'listy.yaml').problems).toEqual([]);
  });

  it.each(LISTS)('refuses %s with one item more, in one line at the list', (field, fields) => {
    const parsed = parseRoleFile(roleWith(fields(MAX_LIST_ITEMS + 1)), 'listy.yaml');
    const tooMany = `${MAX_LIST_ITEMS + 1} items, over the ${MAX_LIST_ITEMS}-item limit for a list; shorten it`;
    // An item's topics are checked inside a union, which can only name the item.
    const [shown, message] = field === 'skills[0].topics' ? ['skills[0]', `topics: ${tooMany}`] : [field, tooMany];
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toEqual([{ severity: 'error', file: 'listy.yaml', line: expect.any(Number), col: expect.any(Number), field: shown, message }]);
  });

  it('refuses the file of the attack, 200,000 skills in 400 KB, at the list', () => {
    const parsed = parseRoleFile(Buffer.from(longListRole('long-skills', 200_000, 'skills')), 'long.yaml');
    expect(parsed).toEqual({ problems: [{ severity: 'error', file: 'long.yaml', line: 4, col: 9, field: 'skills', message: '200000 items, over the 1000-item limit for a list; shorten it' }] });
  });

  it('is far beyond any real role, and in the JSON Schema of every list', () => {
    expect(MAX_LIST_ITEMS).toBeGreaterThanOrEqual(100);
    const arrays: unknown[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if ((node as { type?: string }).type === 'array') arrays.push((node as { maxItems?: number }).maxItems);
      Object.values(node).forEach(walk);
    };
    walk(roleJsonSchema());
    // The topics of responsibilities, activities and skills are written out in each.
    expect(arrays).toHaveLength(LISTS.length + 2);
    expect(new Set(arrays)).toEqual(new Set([MAX_LIST_ITEMS]));
  });
});
