// One unbroken note of megabytes took minutes to export: each line's end was searched
// for back over all the text before it, and Intl.Segmenter (in string-width too) slows
// down far faster than the text grows. These tests check the work per line stays the
// size of a line, by watching what those searches are given, not by timing them.
import { afterEach, describe, expect, it } from 'vitest';
import { renderSessionMarkdown } from '../../src/checklist/export-session.js';
import type { ChecklistSession } from '../../src/checklist/checklist-session.js';
import { sanitizeText } from '../../src/render/sanitize-text.js';
import { displayWidth, wrapText } from '../../src/render/text-width.js';

const sessionWithNote = (note: string): ChecklistSession => ({
  format: 'roles-checklist',
  version: 1,
  role: { id: 'product-owner', title: 'Product Owner' },
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
  questions: [{ group: 'product-owner', text: 'Q?', status: 'answered', note }],
});

const restore: (() => void)[] = [];
afterEach(() => restore.splice(0).forEach((undo) => undo()));

/** Replaces a prototype method with one that records the length of what it is given. */
function watch<T extends object>(proto: T, name: keyof T, lengthOf: (self: unknown, args: unknown[]) => number): { longest: number; calls: number } {
  const seen = { longest: 0, calls: 0 };
  const original = proto[name] as (...args: unknown[]) => unknown;
  (proto as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    seen.calls++;
    seen.longest = Math.max(seen.longest, lengthOf(this, args));
    return original.apply(this, args);
  };
  restore.push(() => void ((proto as Record<keyof T, unknown>)[name] = original));
  return seen;
}

describe('wrapping a long unbroken note', () => {
  it('searches for each line end within that line only, in text of one column per character', () => {
    const searched = watch(String.prototype, 'lastIndexOf', (self) => String(self).length);
    const lines = wrapText(`**Note:** ${'a'.repeat(1_000_000)}`, 79);
    expect(lines.join('')).toBe(`**Note:**${'a'.repeat(1_000_000)}`);
    expect(searched.calls).toBeGreaterThan(0);
    expect(searched.longest).toBeLessThanOrEqual(80);
  });

  it('never gives Intl.Segmenter, ours or string-width\'s, more than a window of text, however long the note', () => {
    const note = 'é日👍🏽a\u0301'.repeat(20_000);
    const segmented = watch(Intl.Segmenter.prototype, 'segment', (_self, args) => String(args[0]).length);
    const markdown = renderSessionMarkdown(sessionWithNote(note));
    expect(displayWidth(sanitizeText(note))).toBe(20_000 * 6);
    expect(markdown.split('\n').every((line) => displayWidth(line) <= 80)).toBe(true);
    expect(segmented.calls).toBeGreaterThan(0);
    expect(segmented.longest).toBeLessThanOrEqual(1024);
  });
});
