// `roles list` on a terminal: one line per role, names whole, the rest cut to fit.
import { describe, expect, it } from 'vitest';
import { cutToWidth, displayWidth } from '../../src/render/text-width.js';
import { shortNameOf } from '../../src/views/short-name.js';
import { catalog, ids, lines, list } from '../helpers/terminal-views.js';

describe('roles list on a terminal', () => {
  it('is one line per role plus a header at 80 columns, every short name whole', () => {
    const out = lines(list().stdout());
    expect(out).toHaveLength(catalog.roles.length + 1);
    expect(out[0]).toMatch(/^Name +Title +Family +Focus$/);
    for (const loaded of catalog.roles) {
      const name = shortNameOf(loaded.summary.id, loaded.summary.aliases);
      expect(out.filter((line) => line.startsWith(`${name} `)), name).toHaveLength(1);
    }
  });

  it('cuts the focus with an ellipsis, and shows more of it on a wider terminal', () => {
    const at80 = lines(list().stdout()).join('\n');
    const at160 = lines(list({}, 160).stdout()).join('\n');
    expect(at80).toContain('…');
    expect(at160.length).toBeGreaterThan(at80.length);
    expect(at160).toContain('Strategy: choosing the problems worth solving, and in what order');
  });

  it('keeps the wrapped table with every name behind --long', () => {
    const text = list({ long: true }, 120).stdout();
    expect(text).toMatch(/^┌/);
    for (const id of ids) expect(text).toContain(id);
  });

  it('stacks each role, with a note on stderr, only when the names do not fit', () => {
    const io = list({}, 30);
    expect(io.stderr()).toMatch(/too narrow/);
    expect(list({}, 45).stderr()).toBe('');
  });
});


describe('cutting text to a width', () => {
  it('keeps text that fits, and ends text that does not with an ellipsis within the width', () => {
    expect(cutToWidth('Strategy', 8)).toBe('Strategy');
    expect(cutToWidth('Strategy: choosing', 10)).toBe('Strategy:…');
    expect(displayWidth(cutToWidth('製品管理者の仕事', 7))).toBeLessThanOrEqual(7);
    expect(cutToWidth('abc', 0)).toBe('');
  });
});
