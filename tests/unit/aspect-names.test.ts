// One vocabulary for aspects: show --section and compare --fields take both spellings,
// and help shows one (kebab-case, as show prints it).
import { describe, expect, it } from 'vitest';
import { COMPARE_FIELDS, fieldHelpName, parseFieldNames } from '../../src/views/compare-fields.js';
import { parseSectionNames, SECTION_NAMES } from '../../src/views/role-view.js';

const BOTH_SPELLINGS: [string, string][] = [
  ['works-with', 'works_with'],
  ['day', 'day_in_the_life'],
  ['research', 'research_tips'],
  ['early-career', 'early_career'],
];

describe('aspect names', () => {
  it.each(BOTH_SPELLINGS)('show --section takes %s and %s for one section', (short, long) => {
    expect(parseSectionNames([long])).toEqual(parseSectionNames([short]));
  });

  it.each(BOTH_SPELLINGS)('compare --fields takes %s and %s', (short, long) => {
    expect(parseFieldNames([short])).toContain(parseFieldNames([long])[0]);
  });

  it('spells every field in help the way show spells sections, and compare takes that spelling back', () => {
    const names = COMPARE_FIELDS.map(fieldHelpName);
    expect(names.filter((name) => /_/.test(name))).toEqual([]);
    for (const field of COMPARE_FIELDS) expect(parseFieldNames([fieldHelpName(field)])).toContain(field);
    for (const shared of ['works-with', 'day', 'early-career', 'summary', 'skills']) {
      expect(names).toContain(shared);
      expect(SECTION_NAMES).toContain(shared);
    }
  });
});
