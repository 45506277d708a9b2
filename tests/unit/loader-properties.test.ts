// Property tests: whatever text or bytes a role file holds, the loader answers with a
// value or with problems it can place in the file, and never throws.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FileProblem } from '../../src/format/file-problem.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { MAX_NESTING, UNEXPECTED, nestingDepth, readYamlSafely } from '../../src/format/read-yaml-safely.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** Property runs take seconds, more on a busy machine or with PROPERTY_RUNS raised. */
const SLOW = { timeout: 10 * 60_000 };

/** Pieces that make the YAML parser work: indicators, quotes, anchors, tags, directives. */
const yamlPiece = fc.constantFrom(
  '[', ']', '{', '}', ',', ':', ': ', '- ', '? ', '|', '>-', '#', ' #x', '&a ', '*a', '!!str ', '!!binary ', '!x ', '!<tag:x> ',
  '"', "'", '\\', '\n', '\r\n', '  ', '\t', '---\n', '...\n', '%YAML 1.1\n', '%TAG ! tag:x:\n', 'id', 'title', 'summary', 'x', '1.10', 'no', '~', '\u00e9', '日', '\ufeff', '\u0000', '\u001b',
);
const yamlish = fc.array(yamlPiece, { maxLength: 60 }).map((pieces) => pieces.join(''));

function lineCount(text: string): number {
  return text.split('\n').length;
}

/** What every answer must be: a value with no errors, or errors and no value, each in the file. */
function expectWellFormed(result: { value?: unknown; problems: FileProblem[] }, lines: number): void {
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(result.value === undefined).toBe(errors.length > 0);
  for (const problem of result.problems) {
    expect(problem.file).toBe('prop.yaml');
    expect(problem.message).not.toContain(UNEXPECTED);
    expect(problem.message).not.toMatch(/\n/);
    if (problem.line !== undefined) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.line).toBeLessThanOrEqual(lines + 1);
      expect(problem.col).toBeGreaterThanOrEqual(1);
    }
  }
}

function checkText(text: string): void {
  const bytes = new TextEncoder().encode(text);
  expectWellFormed(readYamlSafely(bytes, 'prop.yaml'), lineCount(text));
  expectWellFormed(parseRoleFile(bytes, 'prop.yaml'), lineCount(text));
}

describe('the loader on any input', () => {
  it('answers any Unicode string with a value or placed problems, never an exception', SLOW, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkText), { numRuns: RUNS });
  });

  it('answers strings made of YAML syntax with a value or placed problems, never an exception', SLOW, () => {
    fc.assert(fc.property(yamlish, checkText), { numRuns: RUNS * 3 });
  });

  it('answers any bytes with a value or problems, never an exception', SLOW, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectWellFormed(readYamlSafely(bytes, 'prop.yaml'), bytes.filter((byte) => byte === 0x0a).length + 1);
        expectWellFormed(parseRoleFile(bytes, 'prop.yaml'), bytes.filter((byte) => byte === 0x0a).length + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('answers a role file with YAML noise spliced in with a value or placed problems', SLOW, () => {
    const role = 'id: spliced\ntitle: Spliced\nsummary: A role with noise.\nskills:\n  - one\n  - two\n';
    fc.assert(
      fc.property(fc.nat({ max: role.length }), yamlish, (at, noise) => checkText(role.slice(0, at) + noise + role.slice(at)),
      ),
      { numRuns: RUNS },
    );
  });
});

type Tree = null | boolean | number | string | Tree[] | { [key: string]: Tree };

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** JSON-like trees as YAML would hold them: keys are words, numbers are finite and never -0. */
const tree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/), tie('tree'), { maxKeys: 4 }),
  ),
})).tree;

describe('the nesting check', () => {
  it('reads back any tree the yaml library writes, in block or flow style, when it is within the limit', SLOW, () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (value, flow) => {
        const text = stringify(value, flow ? { collectionStyle: 'flow' } : {});
        const read = readYamlSafely(new TextEncoder().encode(text), 'prop.yaml');
        if (nestingDepth(text).depth > MAX_NESTING) return;
        expect(read.problems).toEqual([]);
        expect(read.value).toEqual(value);
      }),
      { numRuns: RUNS },
    );
  });

  it('never measures a tree as shallower than it is (less one level for a list at its key’s indentation)', SLOW, () => {
    fc.assert(
      fc.property(tree, fc.boolean(), fc.constantFrom(1, 2, 4), (value, flow, indent) => {
        const text = stringify(value, flow ? { collectionStyle: 'flow' } : { indent, indentSeq: false });
        expect(nestingDepth(text).depth).toBeGreaterThanOrEqual(depthOf(value) - 1);
      }),
      { numRuns: RUNS },
    );
  });

  it('stops at the first place deeper than the limit, within the text', SLOW, () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_NESTING + 1, max: 3000 }), fc.constantFrom('[', '{a: ', '- '), (levels, opener) => {
        const text = `x:\n  ${opener.repeat(levels)}`;
        const found = nestingDepth(text, MAX_NESTING);
        expect(found.depth).toBe(MAX_NESTING + 1);
        expect(found.offset).toBeLessThan(text.length);
        expect(readYamlSafely(new TextEncoder().encode(text), 'prop.yaml').problems[0]?.message).toMatch(/^nested more than 64 levels deep/);
      }),
      { numRuns: 50 },
    );
  });
});
