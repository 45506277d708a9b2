import { describe, expect, it } from 'vitest';
import { parseRoleFile } from '../../src/format/parse-role-file.js';

const parse = (text: string) => parseRoleFile(new TextEncoder().encode(text), 'my.yaml');

describe('parseRoleFile', () => {
  it('accepts a five-line role with only the required fields', () => {
    const result = parse('id: data-steward\ntitle: Data Steward\nsummary: Looks after data quality.\n');
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ id: 'data-steward', title: 'Data Steward', summary: 'Looks after data quality.' });
  });

  it('reports a missing required field with the field name', () => {
    const result = parse('id: x\ntitle: X\n');
    expect(result.value).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', field: 'summary', line: 1, col: 1, message: 'is required but missing' })]);
  });

  it('points at the line and column of a value of the wrong type', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nresponsibilities: 3\n');
    expect(result.problems).toEqual([expect.objectContaining({ field: 'responsibilities', line: 4, col: 19, message: 'expected a list, got the number 3' })]);
  });

  it('suggests quoting a number where text belongs', () => {
    const result = parse('id: x\ntitle: 1.10\nsummary: S\n');
    expect(result.problems[0]?.message).toBe('expected text, got the number 1.1; put it in quotes to keep it as text');
    expect(result.problems[0]).toMatchObject({ line: 2, col: 8 });
  });

  it('points into a list of objects where text belongs', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nskills:\n  - ok\n  - name: oops\n');
    expect(result.problems).toEqual([expect.objectContaining({ field: 'skills[1]', line: 6, col: 5, message: 'expected text, or a mapping of text and topics, got a mapping of other fields' })]);
  });

  it('warns about an unknown field but still loads the role without it', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nresponsibilites: [a]\n');
    expect(result.value).toEqual({ id: 'x', title: 'X', summary: 'S' });
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'warning', field: 'responsibilites', line: 4, col: 1 })]);
  });

  it('rejects an id that is not kebab-case', () => {
    const result = parse('id: Product_Manager\ntitle: X\nsummary: S\n');
    expect(result.problems[0]).toMatchObject({ field: 'id', line: 1, col: 5 });
    expect(result.problems[0]?.message).toMatch(/kebab-case/);
  });

  it('reports YAML syntax errors and duplicate keys where they are', () => {
    expect(parse('id: x\ntitle: [unclosed\nsummary: S\n').problems[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
    const duplicate = parse('id: x\ntitle: X\ntitle: Y\nsummary: S\n').problems[0];
    expect(duplicate).toMatchObject({ line: 3, col: 1 });
    expect(duplicate?.message).toMatch(/unique/);
  });

  it('rejects an ownership value outside what, why and how', () => {
    const result = parse('id: x\ntitle: X\nsummary: S\nowns: [who]\n');
    expect(result.problems[0]).toMatchObject({ field: 'owns[0]', message: 'must be one of what, why, how, got "who"' });
  });
});
