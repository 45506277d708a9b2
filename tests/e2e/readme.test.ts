import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { renderReadmeExamples } from '../../scripts/readme-examples.mjs';
import { markdownProblems } from '../helpers/markdownlint.js';
import { ROOT } from '../helpers/run-roles.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README.md', () => {
  it('shows the real output of every example command (node scripts/readme-examples.mjs updates it)', async () => {
    expect(readme).toMatch(/<!-- example: roles compare pm po /);
    expect(await renderReadmeExamples(readme)).toBe(readme);
  }, 60_000);

  it('starts with the two set-up commands and documents the test command CI runs', () => {
    expect(readme).toContain('npm install && npx roles compare pm po');
    expect(readme).toContain('npm install && npm test');
    expect(readFileSync(join(ROOT, '.ci', 'run'), 'utf8')).toMatch(/npm ci\nnpm test\n/);
  });

  it('passes markdownlint', () => {
    expect(markdownProblems(readme)).toEqual([]);
  });
});
