// The one-line messages of the loader: what is wrong, where, and what to do, with
// nothing from the file that could drive a terminal.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/format/file-problem.js';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { MAX_NESTING, nestingDepth, readYamlSafely } from '../../src/format/read-yaml-safely.js';

const ROLE = 'id: x\ntitle: X\nsummary: S\n';
const lines = (text: string | Uint8Array): string[] =>
  parseRoleFile(typeof text === 'string' ? new TextEncoder().encode(text) : text, 'f.yaml').problems.map(formatProblem);

describe('unknown fields', () => {
  it.each([
    ['responsibilites', 'responsibilities'],
    ['tittle', 'title'],
    ['sumary', 'summary'],
    ['alias', 'aliases'],
    ['work_with', 'works_with'],
  ])('suggests the field meant by %s', (typed, meant) => {
    expect(lines(`${ROLE}${typed}: [a]\n`)).toEqual([`f.yaml:4:1: warning: ${typed}: unknown field ${typed}; it is ignored (did you mean ${meant}?)`]);
  });

  it.each(['salary', 'colour', 'id2x'])('points to the field list for %s, which is no typo', (typed) => {
    expect(lines(`${ROLE}${typed}: a\n`)).toEqual([`f.yaml:4:1: warning: ${typed}: unknown field ${typed}; it is ignored (see docs/role-format.md for the fields)`]);
  });

  it('suggests from the fields of the mapping the key is in', () => {
    expect(lines(`${ROLE}variations:\n  methd: Scrum\n`)).toEqual(['f.yaml:5:3: warning: variations.methd: unknown field methd; it is ignored (did you mean method?)']);
  });

  it('shows a key holding escape codes as a quoted, escaped string', () => {
    const [line] = lines(`${ROLE}"\\e]52;c;aGk=\\a\\x9b": 1\n`);
    expect(line).toBe('f.yaml:4:1: warning: "\\u001b]52;c;aGk=\\u0007\\u009b": unknown field "\\u001b]52;c;aGk=\\u0007\\u009b"; it is ignored (see docs/role-format.md for the fields)');
  });
});

describe('values of the wrong kind', () => {
  it('says an empty value is empty and how to fix it', () => {
    expect(lines('id: x\ntitle:\nsummary: S\n')).toEqual(['f.yaml:2:7: title: is empty; write the text after the colon, or remove the field']);
  });

  it('suggests quoting a null, a boolean or a number where text belongs', () => {
    expect(lines('id: x\ntitle: ~\nsummary: yes\nfocus: false\nearly_career: 0x1F\n')).toEqual([
      'f.yaml:2:8: title: expected text, got nothing; put it in quotes to keep it as text',
      'f.yaml:4:8: focus: expected text, got the boolean false; put it in quotes to keep it as text',
      'f.yaml:5:15: early_career: expected text, got the number 31; put it in quotes to keep it as text',
    ]);
  });

  it('escapes control characters in a wrong choice it quotes back', () => {
    expect(lines(`${ROLE}orientation: "out\\eward\\x9b"\n`)).toEqual(['f.yaml:4:14: orientation: must be one of outward, inward, both, got "out\\u001bward\\u009b"']);
  });

  it('calls a mapping a mapping, whatever the schema calls it', () => {
    expect(lines(`${ROLE}dimensions: [1, 2]\n`)).toEqual(['f.yaml:4:13: dimensions: expected a mapping of fields, got a list']);
  });

  it('says a file that is a single value is not a role', () => {
    expect(lines('just some words\n')).toEqual(['f.yaml:1:1: expected a mapping of fields, got text; write one field per line, as name: value']);
  });
});

describe('YAML a role file has no use for', () => {
  it('names the duplicate key, in block and flow mappings', () => {
    expect(lines('id: x\ntitle: X\nsummary: S\nvariations: {method: a, "method": b}\n')).toEqual([
      'f.yaml:4:25: "method": duplicate key: keys must be unique within a mapping; keep only one',
    ]);
  });

  it.each([
    ['!!binary', 'early_career: !!binary aGVsbG8=\n'],
    ['!!set', 'skills: !!set {a, b}\n'],
    ['!!timestamp', 'focus: !!timestamp 2001-12-14\n'],
    ['!!python/object', 'focus: !!python/object:os.system x\n'],
  ])('refuses the %s tag', (tag, line) => {
    expect(lines(`${ROLE}${line}`)).toEqual([expect.stringMatching(new RegExp(`^f\\.yaml:4:\\d+: the tag ${tag.replace(/[!/]/g, '\\$&')}\\S* is not allowed in role files; remove it`))]);
  });

  it('accepts !!str to keep a value as text', () => {
    expect(parseRoleFile(new TextEncoder().encode('id: x\ntitle: !!str 1.10\nsummary: S\n'), 'f.yaml').value?.title).toBe('1.10');
  });

  it('refuses a list or mapping used as a key', () => {
    expect(lines(`${ROLE}? [a, b]\n: c\n`)).toEqual(['f.yaml:4:3: a key must be a plain name, not a list or mapping; use a field name such as title']);
  });

  it('refuses an alias to an anchor that does not exist, where the alias is', () => {
    expect(lines(`${ROLE}skills: [*nothing]\n`)).toEqual([expect.stringMatching(/^f\.yaml:4:10: /)]);
  });
});

describe('bytes that are not YAML text', () => {
  it('points at the byte that begins a cut-short UTF-8 sequence, with its line and column', () => {
    expect(lines(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0x78, 0x0a, 0x74, 0xe2, 0x82, 0x0a]))).toEqual(['f.yaml:2:2: not UTF-8 text: invalid byte at offset 7; save the file as UTF-8']);
  });

  it('points at a bad lead byte after a whole multi-byte character, not at that character', () => {
    // "t é" then C0, which can never begin a UTF-8 sequence.
    expect(lines(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0x78, 0x0a, 0x74, 0xc3, 0xa9, 0xc0, 0x0a]))).toEqual(['f.yaml:2:4: not UTF-8 text: invalid byte at offset 9; save the file as UTF-8']);
  });

  it('points at a stray continuation byte at the very start', () => {
    expect(lines(new Uint8Array([0x80, 0x0a, 0x41]))).toEqual(['f.yaml:1:1: not UTF-8 text: invalid byte at offset 0; save the file as UTF-8']);
  });

  it('calls a file with a NUL byte binary, even when it is valid UTF-8', () => {
    expect(lines(`${ROLE}\u0000`)).toEqual([`f.yaml: binary data (a NUL byte at offset ${ROLE.length}), not YAML text; a role file must be plain text`]);
  });
});

describe('the nesting check', () => {
  it('does not count brackets inside quoted strings, block scalars or comments', () => {
    const text = `summary: "[[[[[[[[[["\nfocus: '{{{{{{{{'\nearly_career: |\n  [[[[[[[[[[[[\nid: x # [[[[[[[[[\n`;
    expect(nestingDepth(text).depth).toBe(1);
  });

  it('counts brackets after an apostrophe inside a plain word, as the parser does', () => {
    const levels = MAX_NESTING + 10;
    const text = `skills: [it's, ${'['.repeat(levels)}${']'.repeat(levels)}]\n`;
    expect(nestingDepth(text).depth).toBeGreaterThan(MAX_NESTING);
    expect(readYamlSafely(new TextEncoder().encode(text), 'f.yaml').problems[0]?.message).toMatch(/^nested more than 64 levels deep/);
  });

  it('counts a quoted string that runs over several lines as one string', () => {
    const text = `skills: ["one\n  two", ${'['.repeat(MAX_NESTING + 5)}x${']'.repeat(MAX_NESTING + 5)}]\n`;
    expect(nestingDepth(text).depth).toBeGreaterThan(MAX_NESTING);
  });

  it('counts compact nested lists written on one line', () => {
    expect(nestingDepth(`skills:\n  ${'- '.repeat(100)}x\n`).depth).toBeGreaterThan(MAX_NESTING);
  });

  it('passes a real role file, nested a few levels', () => {
    const text = `${ROLE}misconceptions:\n  - myth: a\n    reality: b\nresearch:\n  questions:\n    - [a, {b: c}]\n`;
    expect(nestingDepth(text).depth).toBeLessThan(10);
  });
});
