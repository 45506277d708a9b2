import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toJson } from '../../src/cli/output-format.js';
import { formatProblem, summariseProblems, type FileProblem } from '../../src/format/file-problem.js';
import { stringifyYaml } from '../../src/format/parse-role-file.js';

const problem = (file: string, message: string): FileProblem => ({ severity: 'error', file, line: 1, col: 2, message });

describe('problem lines', () => {
  it('show control characters in file names and messages as escapes the terminal ignores', () => {
    const line = formatProblem(problem('evil\u001b]0;pwned\u0007.yaml', 'alias "x\u001b[2Jy" clashes \u202e'));
    expect(line).toBe('evil\\u001b]0;pwned\\u0007.yaml:1:2: alias "x\\u001b[2Jy" clashes \\u202e');
  });

  it('show at most a few problems per file and say how many more there are', () => {
    const many = Array.from({ length: 8 }, (_, i) => problem('big.yaml', `problem ${i}`));
    const lines = summariseProblems([...many, problem('small.yaml', 'one')], 5);
    expect(lines).toHaveLength(7);
    expect(lines[5]).toBe("big.yaml: 3 more problem(s); run 'roles validate big.yaml' to see them all");
    expect(lines[6]).toBe('small.yaml:1:2: one');
  });
});

describe('json and yaml output', () => {
  it('escapes DEL, C1 controls and bidi overrides in JSON but parses back to the same text', () => {
    const text = 'a\u007fb\u009bc\u202ed\u2028e';
    const json = toJson({ text });
    expect(json).not.toMatch(/[\u007f-\u009f\u202e\u2028]/);
    expect(JSON.parse(json).text).toBe(text);
  });

  it('writes YAML that reads back to the same role, long quoted strings included', () => {
    const role = { id: 'x', title: 'X', summary: `${'word '.repeat(40)}"quoted" \\ and: colon ${'more '.repeat(30)}`, skills: ['  leading spaces', 'tab\there'] };
    expect(parse(stringifyYaml(role))).toEqual(role);
  });
});
