// The card `roles show` prints first fits one 80x24 screen; --full keeps every section.
import { describe, expect, it } from 'vitest';
import { runShow } from '../../src/commands/show.js';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import type { Role } from '../../src/format/role-schema.js';
import { makePaint } from '../../src/render/paint.js';
import { renderRoleCardText } from '../../src/render/render-role-card.js';
import { briefFromSummary, buildRoleCard } from '../../src/views/role-card-view.js';
import { fakeIo } from '../helpers/fake-io.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { catalog, ids, lines, show } from '../helpers/terminal-views.js';

describe('the card roles show prints by default', () => {
  it.each(ids)('is at most 22 lines at 80 columns for %s, ending with how to see more', async (id) => {
    const out = lines((await show(id)).stdout());
    expect(out.length).toBeLessThanOrEqual(22);
    expect(out.at(-1)).toMatch(/--full.*--section/);
    expect(out.join('\n')).toMatch(/^Focus {2,}/m);
  });

  it('holds the title with every name and the family, focus, owns and faces, main lists and who it works with', async () => {
    const text = (await show('pm')).stdout();
    expect(lines(text)[0]).toBe('Product Manager (product-manager, pm) · product');
    expect(text).toMatch(/^Owns {8}What to build, why it matters$/m);
    expect(text).toMatch(/^Faces {7}Outward: market, customers, business$/m);
    expect(text).toMatch(/^Main responsibilities \(\d of 10\)$/m);
    expect(text).toMatch(/^Main outputs/m);
    expect(lines(text).filter((line) => line.startsWith('Works with'))).toHaveLength(1);
    expect(text).not.toMatch(/^SKILLS$/m);
  });

  it('uses the role file brief when there is one, and whole sentences of the summary when not', () => {
    const summary = 'First sentence is here, e.g. with an abbreviation. Second sentence follows it. '.repeat(4).trim();
    const cardBrief = (role: Partial<Role>): string => {
      const loaded = loadedRole({ id: 'made-up', title: 'Made Up', summary, ...role }, 'made-up.yaml', 'builtin');
      const text = renderRoleCardText(buildRoleCard(loaded, []), 80, makePaint(false));
      expect(lines(text).at(-1)).toMatch(/--full/);
      return text.split('\n\n')[1]?.replace(/\s+/g, ' ').trim() ?? '';
    };
    expect(cardBrief({ brief: 'A brief of its own.' })).toBe('A brief of its own.');
    const brief = cardBrief({});
    expect(summary.startsWith(brief)).toBe(true);
    expect(brief).toMatch(/\.$/);
    expect(brief.length).toBeLessThan(summary.length);
    expect(brief).toContain('e.g. with an abbreviation. Second sentence');
    expect(briefFromSummary('One very long sentence without an end '.repeat(9))).toBe('One very long sentence without an end '.repeat(9));
  });

  it('writes notes in Markdown that pass markdownlint, the card by default and every section with --full', async () => {
    for (const id of ids) {
      const io = fakeIo();
      await runShow(id, { format: 'md' }, io, catalog);
      const full = fakeIo();
      await runShow(id, { format: 'md', full: true }, full, catalog);
      expect(markdownProblems(io.stdout()), id).toEqual([]);
      expect(markdownProblems(full.stdout()), id).toEqual([]);
      expect(full.stdout().length).toBeGreaterThan(io.stdout().length);
    }
  });
});


describe('roles show --full', () => {
  // Each section `show` printed before the card, and the role fields it comes from.
  const SECTION_FIELDS: [string, string[]][] = [
    ['SUMMARY', ['summary']], ['FOCUS', ['focus']], ['WHAT IT OWNS', ['owns', 'orientation']], ['RESPONSIBILITIES', ['responsibilities']],
    ['ACTIVITIES', ['activities']], ['A DAY IN THE ROLE', ['day_in_the_life']], ['OUTPUTS', ['outputs']], ['WORKS WITH', ['works_with']],
    ['SKILLS', ['skills']], ['EARLY IN A CAREER', ['early_career']], ['HOW IT VARIES', ['variations']], ['MISCONCEPTIONS', ['misconceptions']],
    ['WHERE SOURCES DISAGREE', ['perspectives']], ['RESEARCHING THE ROLE', ['research']], ['SOURCES', ['sources']],
  ];

  it.each(ids)('prints a section for every field %s has', async (id) => {
    const role = catalog.roles.find((loaded) => loaded.summary.id === id)?.role as Record<string, unknown>;
    const headings = lines((await show(id, { full: true })).stdout()).filter((line) => /^[A-Z][A-Z ]+$/.test(line));
    const expected = SECTION_FIELDS.filter(([, fields]) => fields.some((field) => role[field] !== undefined)).map(([heading]) => heading);
    expect(headings.filter((heading) => heading !== 'AT NAMED COMPANIES')).toEqual(expected);
  });
});
