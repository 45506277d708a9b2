import { describe, expect, it } from 'vitest';
import type { Contrast, Knowledge } from '../../src/format/knowledge-schema.js';
import { loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import type { Role } from '../../src/format/role-schema.js';
import { COMPARE_FIELDS, fieldHelpName, itemKey, parseFieldNames } from '../../src/views/compare-fields.js';
import { buildCompareView, contrastsFor, type CompareValue } from '../../src/views/compare-view.js';

function loaded(role: Partial<Role> & { id: string }): LoadedRole {
  return loadedRole({ title: role.id.toUpperCase(), summary: `About ${role.id}.`, ...role }, `${role.id}.yaml`, 'builtin');
}

const EMPTY_KNOWLEDGE: Knowledge = { sources: [], contrasts: [], handoffs: [], companies: [], commonQuestions: [], topics: [], dimensions: { dimensions: [], questions: [] } };

function contrast(id: string, roles: string[], kind: Contrast['kind'] = 'contrast'): Contrast {
  return { id, kind, roles, title: `Title of ${id}`, summary: `Summary of ${id}.`, points: [`Point of ${id}.`], sources: ['guide'] };
}

function listItems(value: CompareValue | undefined): { text: string; mark: string; alsoIn: string[] }[] {
  if (value?.kind !== 'list') throw new Error(`expected a list, got ${value?.kind}`);
  return value.items;
}

describe('parseFieldNames', () => {
  it('accepts the role file names with hyphens, underscores, spaces or dots, in any case', () => {
    expect(parseFieldNames(['works-with', 'Day_In_The_Life', 'early career', 'research.questions'])).toEqual([
      'works_with',
      'day_in_the_life',
      'early_career',
      'research_questions',
    ]);
  });

  it('keeps the order given and drops repeats', () => {
    expect(parseFieldNames(['skills', 'summary', 'skills'])).toEqual(['skills', 'summary']);
  });

  it('accepts the short names show uses for sections', () => {
    expect(parseFieldNames(['day', 'research'])).toEqual(['day_in_the_life', 'research_tips', 'search_terms', 'research_questions']);
  });

  it('rejects an unknown name with a usage error that lists the valid ones', () => {
    expect(() => parseFieldNames(['salary'])).toThrowError(expect.objectContaining({ kind: 'usage', exitCode: 2, message: 'unknown field "salary" in --fields' }));
    try {
      parseFieldNames(['salary']);
    } catch (error) {
      for (const name of COMPARE_FIELDS.map(fieldHelpName)) expect((error as { hint: string }).hint).toContain(name);
    }
  });
});

describe('itemKey', () => {
  it('treats items differing only in case, spacing and punctuation as the same', () => {
    expect(itemKey('Prioritisation.')).toBe(itemKey('  prioritisation '));
    expect(itemKey('Stakeholder management!')).toBe(itemKey('stakeholder  Management'));
    expect(itemKey('Write user-stories')).toBe(itemKey('write user stories'));
    expect(itemKey('The team’s backlog')).toBe(itemKey("the team's backlog"));
  });

  it('keeps items with different words apart', () => {
    expect(itemKey('Prioritisation')).not.toBe(itemKey('Prioritisation and trade-offs'));
  });

  it('gives ASCII text the key the Unicode rules give it, for every ASCII character', () => {
    // A leading "é" sends the text down the Unicode path and survives it unchanged.
    for (let code = 0; code < 128; code++) {
      const ch = String.fromCharCode(code);
      const text = `A${ch}${ch}b -c/${ch} D${ch}.e`;
      expect(`é${itemKey(text)}`, `character ${code}`).toBe(itemKey(`é${text}`));
    }
  });
});

describe('buildCompareView', () => {
  const pm = loaded({ id: 'pm', skills: ['Prioritisation.', 'Storytelling', 'SQL'], works_with: ['dev', 'ba'], owns: ['what', 'why'] });
  const po = loaded({ id: 'po', skills: ['prioritisation', 'Backlog care', 'sql!'], works_with: ['dev'], owns: ['how'] });
  const ba = loaded({ id: 'ba', skills: ['Prioritisation', 'Process mapping'], works_with: ['dev', 'pm'] });
  const all = [pm, po, ba, loaded({ id: 'dev', title: 'Developer' })];

  it('marks list items both roles hold as shared, after normalising, and the rest as unique', () => {
    const view = buildCompareView([pm, po], all, EMPTY_KNOWLEDGE, { fields: ['skills'] });
    const [pmSkills, poSkills] = view.rows[0]?.values ?? [];
    expect(listItems(pmSkills).map((item) => [item.text, item.mark])).toEqual([['Prioritisation.', 'shared'], ['Storytelling', 'unique'], ['SQL', 'shared']]);
    expect(listItems(poSkills).map((item) => [item.text, item.mark])).toEqual([['prioritisation', 'shared'], ['Backlog care', 'unique'], ['sql!', 'shared']]);
    expect(view.shared).toEqual([{ field: 'skills', label: 'Skills', items: ['Prioritisation.', 'SQL'] }]);
  });

  it('compares works_with by role id and shows titles', () => {
    const view = buildCompareView([pm, po], all, EMPTY_KNOWLEDGE, { fields: ['works_with'] });
    expect(listItems(view.rows[0]?.values[0])).toEqual([
      { text: 'Developer', mark: 'shared', alsoIn: ['po'] },
      { text: 'BA', mark: 'unique', alsoIn: [] },
    ]);
  });

  it('with three roles, tells items in every list from items in only some of them', () => {
    const view = buildCompareView([pm, po, ba], all, EMPTY_KNOWLEDGE, { fields: ['skills'] });
    const marks = view.rows[0]?.values.map((value) => listItems(value).map((item) => `${item.mark}:${item.alsoIn.join('+')}`));
    expect(marks).toEqual([
      ['shared:po+ba', 'unique:', 'some:po'],
      ['shared:pm+ba', 'unique:', 'some:pm'],
      ['shared:pm+po', 'unique:'],
    ]);
    expect(view.shared).toEqual([{ field: 'skills', label: 'Skills', items: ['Prioritisation.'] }]);
  });

  it('hides shared items with onlyDifferences, keeps unique ones and counts what it hid', () => {
    const view = buildCompareView([pm, po], all, EMPTY_KNOWLEDGE, { fields: ['skills'], onlyDifferences: true });
    expect(view.rows[0]?.values).toEqual([
      { kind: 'list', items: [{ text: 'Storytelling', mark: 'unique', alsoIn: [] }], hiddenShared: 2 },
      { kind: 'list', items: [{ text: 'Backlog care', mark: 'unique', alsoIn: [] }], hiddenShared: 2 },
    ]);
    expect(view.onlyDifferences).toBe(true);
  });

  it('with onlyDifferences drops rows that say the same for every role, and keeps rows that differ', () => {
    const a = loaded({ id: 'a', family: 'product', focus: 'Strategy.', works_with: ['b'] });
    const b = loaded({ id: 'b', family: 'Product', focus: 'Delivery.', works_with: ['b'] });
    const fields = ['family', 'focus', 'works_with'] as const;
    expect(buildCompareView([a, b], [a, b], EMPTY_KNOWLEDGE, { fields }).rows.map((row) => row.field)).toEqual(['family', 'focus', 'works_with']);
    expect(buildCompareView([a, b], [a, b], EMPTY_KNOWLEDGE, { fields, onlyDifferences: true }).rows.map((row) => row.field)).toEqual(['focus']);
  });

  it('leaves out a row no compared role fills, and marks a role without the field as having nothing', () => {
    const view = buildCompareView([pm, ba], all, EMPTY_KNOWLEDGE, { fields: ['early_career', 'owns'] });
    expect(view.rows.map((row) => row.field)).toEqual(['owns']);
    expect(view.rows[0]?.values[1]).toEqual({ kind: 'none' });
  });

  it('uses the default aspects in role-format order when no fields are given', () => {
    const view = buildCompareView([pm, po], all, EMPTY_KNOWLEDGE);
    expect(view.rows.map((row) => row.field)).toEqual(['summary', 'owns', 'works_with', 'skills']);
  });

  it('keeps a myth with its correction as one group', () => {
    const a = loaded({ id: 'a', misconceptions: [{ myth: 'M1', reality: 'R1' }, { myth: 'M2', reality: 'R2' }] });
    const view = buildCompareView([a, pm], [a, pm], EMPTY_KNOWLEDGE, { fields: ['misconceptions'] });
    expect(view.rows[0]?.values[0]).toEqual({
      kind: 'pairs',
      groups: [
        [{ label: 'Myth', text: 'M1' }, { label: 'In fact', text: 'R1' }],
        [{ label: 'Myth', text: 'M2' }, { label: 'In fact', text: 'R2' }],
      ],
    });
  });

  it('removes escape sequences from role text before anything renders it', () => {
    const hostile = loaded({ id: 'x', title: 'X\u001b]52;c;aGk=\u0007 role', summary: 'Red \u001b[31mtext\u001b[0m here', skills: ['\u001b[2Jclear'] });
    const view = buildCompareView([hostile, pm], [hostile, pm], EMPTY_KNOWLEDGE, { fields: ['summary', 'skills'] });
    expect(JSON.stringify(view)).not.toContain('\\u001b');
    expect(view.roles[0]?.title).toBe('X role');
    expect(view.rows[0]?.values[0]).toEqual({ kind: 'text', text: 'Red text here' });
  });
});

describe('contrastsFor', () => {
  const roles = ['pm', 'po', 'ba', 'pjm', 'pgm'].map((id) => loaded({ id }));
  const knowledge: Knowledge = {
    ...EMPTY_KNOWLEDGE,
    sources: [{ id: 'guide', title: 'A guide', kind: 'guide', description: 'A guide.' }],
    contrasts: [
      contrast('pm-with-po', ['pm', 'po'], 'pairing'),
      contrast('pm-vs-po', ['pm', 'po']),
      contrast('po-vs-ba', ['po', 'ba']),
      contrast('three', ['pm', 'pjm', 'pgm']),
    ],
  };
  const ids = (found: { id: string; match: string }[]): string[] => found.map((c) => `${c.id}:${c.match}`);

  it('finds the contrast for exactly the pair, in either order, before the pairing', () => {
    expect(ids(contrastsFor(['po', 'pm'], roles, knowledge))).toEqual(['pm-vs-po:exact', 'pm-with-po:exact']);
  });

  it('for a group, shows the contrasts about some of its roles', () => {
    expect(ids(contrastsFor(['pm', 'po', 'ba'], roles, knowledge))).toEqual(['pm-vs-po:subset', 'po-vs-ba:subset', 'pm-with-po:subset']);
  });

  it('falls back to a contrast about these roles and others when none is about exactly them', () => {
    expect(ids(contrastsFor(['pm', 'pjm'], roles, knowledge))).toEqual(['three:superset']);
    expect(ids(contrastsFor(['pm', 'pjm', 'pgm'], roles, knowledge))).toEqual(['three:exact']);
  });

  it('keeps the points of a contrast about exactly these roles only; related ones carry none', () => {
    expect(contrastsFor(['pm', 'po'], roles, knowledge).map((c) => c.points)).toEqual([['Point of pm-vs-po.'], ['Point of pm-with-po.']]);
    expect(contrastsFor(['pm', 'po', 'ba'], roles, knowledge).map((c) => c.points)).toEqual([[], [], []]);
  });

  it('finds nothing for roles no contrast speaks about', () => {
    expect(contrastsFor(['ba', 'pgm'], roles, knowledge)).toEqual([]);
  });

  it('names the roles by title and the sources by title and kind', () => {
    const [found] = contrastsFor(['pm', 'po'], roles, knowledge);
    expect(found?.roles).toEqual([{ id: 'pm', title: 'PM' }, { id: 'po', title: 'PO' }]);
    expect(found?.sources).toEqual(['A guide (guide)']);
  });
});
