// A role file of 60,000 keys took 110 s: yaml's duplicate-key check compared each key with
// every key before it, and each unknown-field warning searched the whole mapping for its
// key. These tests check the work stays in proportion to the keys, by counting the
// elements the array searches are given, not by timing them.
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { manyKeysRole } from '../fixtures/loader-attacks.js';

const SEARCHES = ['some', 'find', 'findIndex', 'includes', 'indexOf', 'every', 'filter'] as const;
const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

/** Counts the elements of every array a search method is called on, while it is watched. */
function watchArraySearches(): { elements: number } {
  const seen = { elements: 0 };
  for (const name of SEARCHES) {
    const original = Array.prototype[name] as (...args: unknown[]) => unknown;
    (Array.prototype as unknown as Record<string, unknown>)[name] = function (this: unknown[], ...args: unknown[]) {
      seen.elements += this.length;
      return original.apply(this, args);
    };
    restore.push(() => void ((Array.prototype as unknown as Record<string, unknown>)[name] = original));
  }
  return seen;
}

const KEYS = 10_000;

describe('a role file with tens of thousands of keys', () => {
  it('warns about each unknown key at its place, searching arrays in proportion to the keys', () => {
    const bytes = Buffer.from(manyKeysRole('many-keys', KEYS));
    const searched = watchArraySearches();
    const parsed = parseRoleFile(bytes, 'many.yaml');
    restore.splice(0).forEach((undo) => undo());
    expect(parsed.value?.id).toBe('many-keys');
    expect(parsed.problems).toHaveLength(KEYS);
    expect(parsed.problems[KEYS - 1]).toMatchObject({ severity: 'warning', line: KEYS + 3, col: 1, field: `k${KEYS - 1}` });
    // Comparing each key with those before it is KEYS² / 2 = 50,000,000.
    expect(searched.elements).toBeLessThan(100 * KEYS);
  });

  it('still finds a key used twice, however many keys come between, at the second one', () => {
    const bytes = Buffer.from(`${manyKeysRole('many-keys', KEYS)}k7: again\n`);
    const searched = watchArraySearches();
    const parsed = parseRoleFile(bytes, 'many.yaml');
    restore.splice(0).forEach((undo) => undo());
    expect(parsed.problems).toEqual([{ severity: 'error', file: 'many.yaml', line: KEYS + 4, col: 1, field: 'k7', message: 'duplicate key: keys must be unique within a mapping; keep only one' }]);
    expect(searched.elements).toBeLessThan(100 * KEYS);
  });
});
