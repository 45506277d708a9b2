// The words related and fit compare roles by, as the build writes them for the built-in
// roles and as they are folded for any other role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { readRoleWordsFile, roleWords, roleWordsFileText } from '../../src/search/role-words.js';
import { roleWordsOf } from '../../src/views/role-words-of.js';
import { builtinData } from '../helpers/builtin-catalog.js';
import { ROOT } from '../helpers/run-roles.js';

const roles = builtinData().roles;
const prebuilt = readRoleWordsFile(readFileSync(join(ROOT, 'dist', 'role-words.json'), 'utf8'));

describe('the words of a role', () => {
  it('are in the build file, for every built-in role, exactly as folding the role now gives them', () => {
    expect([...prebuilt.keys()].sort()).toEqual(roles.map((loaded) => loaded.summary.id).sort());
    for (const loaded of roles) expect(prebuilt.get(loaded.summary.id), loaded.summary.id).toEqual(roleWords(loaded.role));
  });

  it('keep topics and words in the order first met, each word counted, common words left out', () => {
    const words = roleWords({
      id: 'a',
      title: 'A',
      summary: 'A role.',
      responsibilities: [{ text: 'Plan the roadmap.', topics: ['strategy'] }, 'Plan releases.'],
      skills: [{ text: 'Roadmap writing', topics: ['delivery', 'strategy'] }],
      advert_phrases: ['roadmap planning', 'Roadmap Planning'],
    });
    expect(words.topics).toEqual(['strategy', 'delivery']);
    expect(words.words).toEqual([['plan', 2], ['roadmap', 2], ['releas', 1], ['writ', 1]]);
    expect(words.phrases).toEqual([{ phrase: 'roadmap planning', keys: ['roadmap', 'plan'] }]);
  });

  it('are read back as written, and a file of another shape is refused', () => {
    const text = roleWordsFileText(roles.slice(0, 2).map((loaded) => loaded.role));
    expect([...readRoleWordsFile(text)].map(([id]) => id)).toEqual(roles.slice(0, 2).map((loaded) => loaded.summary.id));
    for (const bad of ['{}', '[["a", {"topics": []}]]', '[[1, {"topics": [], "words": [], "phrases": []}]]']) expect(() => readRoleWordsFile(bad), bad).toThrow();
  });

  it('come from the build only for a built-in role: a user file with the same id is folded afresh', () => {
    const builtin = roles.find((loaded) => loaded.summary.id === 'product-owner') as LoadedRole;
    const stale = new Map([['product-owner', { topics: ['stale'], words: [], phrases: [] }]]);
    const mine: LoadedRole = { summary: builtin.summary, role: builtin.role, file: 'roles/product-owner.yaml', origin: '--data' };
    expect(roleWordsOf(stale)(builtin).topics).toEqual(['stale']);
    expect(roleWordsOf(stale)(mine)).toEqual(roleWords(builtin.role));
    expect(roleWordsOf()(builtin)).toEqual(roleWords(builtin.role));
  });
});
