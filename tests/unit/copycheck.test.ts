// The data is written from the source documents in our own words: no run of eight words
// may follow a source with fewer than two words changed.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, run by `npm run copycheck`, with no type declarations
import { citedTitles, filesUnder, findCopiedRuns, indexSources, readSources, repairMacRoman, sourceText, SOURCES_DIR } from '../../scripts/copycheck.mjs';
import { ROOT } from '../helpers/run-roles.js';

interface CopiedRun {
  line: number;
  words: string;
  source: string;
  like: string;
}
const check = findCopiedRuns as (text: string, index: unknown, titles?: string[]) => CopiedRun[];
const SOURCE = [{ name: 'source.txt', text: 'Product owners write and refine user stories, then prioritise the backlog with the team every sprint.' }];

describe('the copy check', () => {
  const index = indexSources(SOURCE);

  it('finds a run of eight words taken as it is, whatever the case and punctuation', () => {
    expect(check('---\n  - "Write, and REFINE user stories; then prioritise the backlog!"', index)).toEqual([
      { line: 2, words: 'write and refine user stories then prioritise the backlog', source: 'source.txt', like: 'write and refine user stories then prioritise the' },
    ]);
  });

  it('finds a run with one word changed', () => {
    expect(check('they write and tidy user stories then prioritise the backlog', index)).toHaveLength(1);
  });

  it('lets a run with two words changed pass', () => {
    expect(check('they write and tidy user tickets then prioritise the backlog', index)).toEqual([]);
  });

  it('finds a run that crosses a line break, at the line where it starts', () => {
    expect(check('\nwrite and refine user\nstories then prioritise the backlog', index).map((run) => run.line)).toEqual([2]);
  });

  it('lets a cited title through', () => {
    const titled = indexSources([{ name: 'essay.txt', text: 'Oh, So You Are a Product Owner Then?! I am a PM.' }]);
    expect(check('title: "Oh, So You Are a Product Owner Then?!"', titled, ['Oh, So You Are a Product Owner Then?!'])).toEqual([]);
    expect(check('title: "Oh, So You Are a Product Owner Then?!"', titled)).toHaveLength(1);
  });

  it('reads the career guide’s mis-encoded curly quotes as the quotes they were', () => {
    expect(repairMacRoman('Product Managers don‚Äôt usually write code')).toBe('Product Managers don’t usually write code');
    expect(repairMacRoman('a café, ‚Äújunior‚Äù')).toBe('a café, “junior”');
  });

  it('reads the text of a JSON export with its line breaks and quotes unescaped', () => {
    expect(sourceText('"body": "one.\\n\\nTwo \\"PM\\" three"')).toBe('"body": "one.\n\nTwo "PM" three"');
  });
});

const sources = readSources() as { name: string; text: string }[] | undefined;
const reason = `the source documents are not at ${relative(ROOT, SOURCES_DIR)} (a clone without them)`;

describe('the data files', () => {
  it.skipIf(sources !== undefined)(`are not checked against the sources: ${reason}`, () => {});

  it.runIf(sources !== undefined)('follow no source for eight words with at most one changed', () => {
    const index = indexSources(sources);
    const titles = citedTitles(ROOT) as string[];
    const files = filesUnder([join(ROOT, 'data')]) as string[];
    expect(files.length).toBeGreaterThan(15);
    const found = files.flatMap((file) => check(readFileSync(file, 'utf8'), index, titles).map((run) => `${relative(ROOT, file)}:${run.line}: ${run.words} (${run.source}: ${run.like})`));
    expect(found).toEqual([]);
  });
});
