import { describe, expect, it } from 'vitest';
import { runCompare, type CompareOptions } from '../../src/commands/compare.js';
import type { Catalog } from '../../src/catalog/load-role-layers.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { fakeIo } from '../helpers/fake-io.js';
import { ANSI } from '../helpers/run-roles.js';

const catalog: Catalog = builtinCatalog();

function compare(names: string[], options: CompareOptions = {}, io = fakeIo()) {
  runCompare(names, options, io, catalog);
  return io;
}

function failure(names: string[], options: CompareOptions = {}): { kind: string; exitCode: number; message: string; hint?: string } {
  try {
    compare(names, options);
  } catch (error) {
    return error as { kind: string; exitCode: number; message: string; hint?: string };
  }
  throw new Error('expected runCompare to fail');
}

describe('runCompare', () => {
  it('finds roles by id, short name or title', () => {
    const json = JSON.parse(compare(['pm', 'Product Owner', 'business-analyst'], { format: 'json' }).stdout()) as { roles: { id: string }[] };
    expect(json.roles.map((role) => role.id)).toEqual(['product-manager', 'product-owner', 'business-analyst']);
  });

  it('rejects fewer than two or more than four roles as a usage error (exit 2)', () => {
    for (const names of [[], ['pm'], ['pm', 'po', 'ba', 'pjm', 'pgm']]) {
      expect(failure(names)).toMatchObject({ kind: 'usage', exitCode: 2, message: `compare takes 2 to 4 roles, got ${names.length}` });
    }
  });

  it('rejects the same role twice, also under two names, naming it, a usage error (exit 2)', () => {
    expect(failure(['pm', 'po', 'pm'])).toMatchObject({ exitCode: 2, message: expect.stringContaining('"pm" is given twice') });
    expect(failure(['pm', 'product-manager'])).toMatchObject({ exitCode: 2, message: expect.stringContaining('"pm" and "product-manager" both name product-manager') });
  });

  it('gives an unknown role the suggestions show gives (exit 1)', () => {
    expect(failure(['pm', 'prodct-owner'])).toMatchObject({ kind: 'not-found', exitCode: 1, message: 'unknown role "prodct-owner"', hint: expect.stringContaining('product-owner') });
  });

  it('rejects an unknown --fields name as a usage error listing the valid names', () => {
    expect(failure(['pm', 'po'], { fields: ['skills', 'salary'] })).toMatchObject({ kind: 'usage', exitCode: 2, hint: expect.stringContaining('works-with') });
  });

  it('shows only the asked-for aspects, in the asked-for order', () => {
    const json = JSON.parse(compare(['pm', 'po'], { format: 'json', fields: ['works-with', 'focus'] }).stdout()) as { rows: { field: string }[] };
    expect(json.rows.map((row) => row.field)).toEqual(['works_with', 'focus']);
  });

  it('hides shared items with --only-differences', () => {
    const all = compare(['pm', 'po'], { format: 'plain', fields: ['works_with'] }).stdout();
    const differences = compare(['pm', 'po'], { format: 'plain', fields: ['works_with'], onlyDifferences: true }).stdout();
    expect(all).toContain('= Software Engineer');
    expect(differences).not.toContain('Software Engineer');
    expect(differences).toContain('• Product Designer');
  });

  it('says on stderr, in one line, when the width forces the stacked layout', () => {
    const narrow = compare(['pm', 'po'], { format: 'plain', full: true }, fakeIo({ width: 30 }));
    expect(narrow.stderr()).toMatch(/^roles: 30 columns is too narrow for 2 roles side by side.*\n$/);
    expect(narrow.stdout()).toMatch(/^SUMMARY\n {2}Product Manager \(pm\)\n/m);
    expect(compare(['pm', 'po'], { format: 'plain' }, fakeIo({ width: 100 })).stderr()).toBe('');
  });

  it('prints plain text without escape codes even when colour is on, and colours the table', () => {
    expect(compare(['pm', 'po'], { format: 'plain' }, fakeIo({ color: true })).stdout()).not.toMatch(ANSI);
    expect(compare(['pm', 'po'], { format: 'table' }, fakeIo({ color: true })).stdout()).toMatch(ANSI);
    expect(compare(['pm', 'po'], { format: 'table' }, fakeIo({ color: false })).stdout()).not.toMatch(ANSI);
  });

  it('defaults to the table on a terminal and plain columns when piped', () => {
    expect(compare(['pm', 'po'], { full: true }, fakeIo({ stdoutIsTTY: true })).stdout()).toMatch(/^┌/);
    expect(compare(['pm', 'po'], { full: true }, fakeIo({ stdoutIsTTY: false })).stdout()).toMatch(/^Product Manager \(pm\) {2,}Product Owner \(po\)\n/);
  });
});
