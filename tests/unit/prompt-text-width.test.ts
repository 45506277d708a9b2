// The quiz and checklist prompts measure their lines with prompt-text-width.ts instead of
// fast-string-width (scripts/build.mjs): it must give the same widths, plain or not.
import fastStringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import promptTextWidth from '../../src/quiz/prompt-text-width.js';

describe('the prompts\' text width', () => {
  it.each([
    ['plain words', 'At work, which would you rather do?'],
    ['the pointer and a choice', '❯ 3 in between, or both equally'],
    ['the help line with its colours and the cursor code', '\u001b[1m↑↓\u001b[22m navigate • \u001b[1m⏎\u001b[22m \u001b[2mselect\u001b[22m\u001b[?25l'],
    ['a done mark and curly quotes', '\u001b[32m✔\u001b[39m “Café” — naïve'],
    ['CJK', '製品マネージャー'],
    ['emoji', 'ship it 🚀 👍🏽'],
    ['combining marks', 'e\u0301te\u0301'],
    ['a tab', 'a\tb'],
    ['nothing', ''],
  ])('measures %s as fast-string-width does', (_what, text) => {
    expect(promptTextWidth(text)).toBe(fastStringWidth(text));
  });
});
