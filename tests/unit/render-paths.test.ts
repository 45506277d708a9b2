import { describe, expect, it } from 'vitest';
import { breakPath, renderPathsText } from '../../src/render/render-paths.js';

describe('breakPath', () => {
  it('keeps a path that fits on one line', () => {
    expect(breakPath('/home/me/roles', 20)).toEqual(['/home/me/roles']);
  });
  it('breaks after a "/", as many folders a line as fit', () => {
    expect(breakPath('/home/me/.config/roles/roles', 12)).toEqual(['/home/me/', '.config/', 'roles/roles']);
  });
  it('breaks a single name wider than the column, as a last resort', () => {
    expect(breakPath('/a/abcdefghij', 4)).toEqual(['/a/', 'abcd', 'efgh', 'ij']);
  });
});

describe('renderPathsText', () => {
  it('puts no blank line between rows', () => {
    const text = renderPathsText([['1', 'builtin', '/x/data/roles', 'exists'], ['2', 'config', '/y/roles', 'missing']], 80, (header) => header);
    expect(text).toBe('#  From     Folder         State\n1  builtin  /x/data/roles  exists\n2  config   /y/roles       missing\n');
  });
});
