import { describe, expect, it } from 'vitest';
import { parseRoleFile } from '../../src/format/parse-role-file.js';
import { roleShapeCheck } from '../../src/format/role-shape.js';

const known = { sources: new Set<string>(), topics: new Set<string>(), dimensions: new Set(['direction', 'facing']) };
const parse = (dimensions: string) => parseRoleFile(new TextEncoder().encode(`id: x\ntitle: X\nsummary: S\ndimensions:\n${dimensions}`), 'my.yaml', known);

describe('dimensions in a role file', () => {
  it('takes a position from 1 to 5 on each known dimension', () => {
    const result = parse('  direction: 1\n  facing: 5\n');
    expect(result.problems).toEqual([]);
    expect(result.value?.dimensions).toEqual({ direction: 1, facing: 5 });
  });

  it('points at a position off the scale, or not a whole number, with its line and column', () => {
    expect(parse('  direction: 6\n  facing: 2.5\n').problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'dimensions.direction', line: 5, col: 14, message: 'must be a whole number from 1 to 5' }),
      expect.objectContaining({ severity: 'error', field: 'dimensions.facing', line: 6, col: 11, message: 'expected a whole number, got the number 2.5' }),
    ]);
  });

  it('names the dimensions there are when a role names one data/dimensions.yaml does not define', () => {
    expect(parse('  direction: 2\n  outwardness: 4\n').problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'dimensions.outwardness', line: 6, col: 16, message: '"outwardness" is not the id of a dimension in data/dimensions.yaml (direction, facing); fix the id or remove it' }),
    ]);
  });

  it('checks positions read back from the cache as the schema does', () => {
    const isRole = roleShapeCheck();
    const role = (dimensions: unknown): unknown => ({ id: 'x', title: 'X', summary: 'S', dimensions });
    expect(isRole(role({ direction: 3 }))).toBe(true);
    expect(isRole(role({ direction: 0 }))).toBe(false);
    expect(isRole(role({ direction: 2.5 }))).toBe(false);
    expect(isRole(role({ direction: '3' }))).toBe(false);
  });
});
