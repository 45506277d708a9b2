// The compact comparison `roles compare` prints first: at most 40 lines at 80 columns for two roles.
import { describe, expect, it } from 'vitest';
import { runCompare } from '../../src/commands/compare.js';
import { displayWidth } from '../../src/render/text-width.js';
import { fakeIo } from '../helpers/fake-io.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { catalog, compare, lines, pairs } from '../helpers/terminal-views.js';

describe('the compact comparison roles compare prints by default', () => {
  it('is at most 40 lines at 80 columns for every pair of built-in roles, ending with how to see everything', () => {
    for (const [a, b] of pairs) {
      const io = compare([a, b]);
      const out = lines(io.stdout());
      expect(out.length, `${a} ${b}`).toBeLessThanOrEqual(40);
      const more = out.findIndex((line) => line.startsWith('More: roles compare '));
      expect(more, `${a} ${b}`).toBeGreaterThan(0);
      expect(out.slice(more).join(' '), `${a} ${b}`).toMatch(/^More: roles compare \S+ \S+ --full \(every aspect, the notes in full\)$/);
      expect(io.stderr()).toBe('');
    }
  });

  it('shows the distinguishing aspects, then the contrast by its title and first points, not its prose', () => {
    const text = compare(['pm', 'po']).stdout();
    expect(lines(text).filter((line) => /^[A-Z ]+$/.test(line))).toEqual(['FOCUS', 'OWNS', 'FACES', 'RESPONSIBILITIES', 'OUTPUTS', 'WORKS WITH', 'LEANS']);
    const contrast = catalog.knowledge.contrasts.find((c) => c.id === 'pm-vs-po');
    expect(text).toContain(`HOW THEY DIFFER: ${contrast?.title}`);
    expect(text).toContain(contrast?.points?.[0]);
    expect(text.replace(/\s+/g, ' ')).not.toContain(contrast?.summary.slice(0, 60));
    expect(text).toMatch(/\+\d+ more/);
  });

  it.each([['pm', 'po', 'ba'], ['pm', 'po', 'ba', 'pjm']])('puts %s side by side at 80 columns with nothing on stderr', (...names) => {
    const io = compare(names);
    expect(io.stderr()).toBe('');
    expect(lines(io.stdout())[0]).toMatch(/^Product Manager/);
    for (const name of names) expect(lines(io.stdout()).slice(0, 3).join(' ')).toContain(`(${name})`);
    for (const line of lines(io.stdout())) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('leaves out the contrasts with --no-notes, in the compact and the full view', () => {
    for (const full of [false, true]) {
      const text = compare(['pm', 'po'], { notes: false, full }).stdout();
      expect(text).not.toMatch(/HOW THEY DIFFER|WORKING TOGETHER|Direction vs execution/);
      expect(compare(['pm', 'po'], { full }).stdout()).toContain('Direction vs execution');
    }
  });

  it('names who each works with by short name, and with --only-differences only those not every role works with', () => {
    const works = (onlyDifferences: boolean) => {
      const out = lines(compare(['pm', 'po'], { onlyDifferences }).stdout());
      return out.slice(out.indexOf('WORKS WITH') + 1).join(' ');
    };
    expect(works(false)).toMatch(/^po, swe, .*pm, swe, /);
    expect(works(true)).toMatch(/^po, pd, /);
    expect(works(true)).not.toMatch(/\bswe\b/);
  });

  it('keeps --fields showing the chosen aspects whole, as the full view does', () => {
    const text = compare(['pm', 'po'], { fields: ['outputs'] }, 120).stdout();
    expect(text).toMatch(/^┌/);
    expect(text).not.toMatch(/\+\d+ more/);
  });

  it('writes Markdown notes that pass markdownlint, compact by default', () => {
    for (const names of [['pm', 'po'], ['pm', 'po', 'ba', 'pjm']]) {
      const io = fakeIo();
      runCompare(names, { format: 'md' }, io, catalog);
      expect(markdownProblems(io.stdout())).toEqual([]);
      expect(io.stdout()).toMatch(/More: `roles compare .* --full --format md`/);
    }
  });
});
