// The names people type for the built-in roles: short forms and everyday titles find the role,
// whatever the case, punctuation and spacing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRole } from '../../src/catalog/lookup-role.js';
import { normaliseRoleName } from '../../src/catalog/merge-role-layers.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const catalog = builtinCatalog();

describe('names people type', () => {
  it.each([
    ['tpm', 'technical-product-manager'],
    ['Technical PM', 'technical-product-manager'],
    ['technical  p.m.', 'technical-product-manager'],
    ['ux designer', 'product-designer'],
    ['UX/UI Designer', 'product-designer'],
    ['ui designer', 'product-designer'],
    ['data analyst', 'product-analyst'],
    ['Product Data Analyst', 'product-analyst'],
    ['associate pm', 'associate-product-manager'],
    ['Programme Manager', 'program-manager'],
    ['IT project manager', 'project-manager'],
    ['product marketer', 'product-marketing-manager'],
    ['solutions engineer', 'sales-engineer'],
    ['software developer', 'software-engineer'],
  ])('finds %j as %s', (typed, id) => {
    expect(findRole(catalog, typed)?.summary.id).toBe(id);
  });

  it('ignores case, punctuation and extra spaces', () => {
    expect(normaliseRoleName('  Technical   P.M. ')).toBe('technical-pm');
    expect(normaliseRoleName("Owner's  Rep / Lead")).toBe('owners-rep-lead');
    expect(normaliseRoleName('Chef de Produit Délégué')).toBe('chef-de-produit-délégué');
    expect(normaliseRoleName('ＰＭ – Lead')).toBe('ｐｍ-lead');
  });

  it('gives every name to one role only', () => {
    // A role's id is often its title in kebab-case: each role's names count once.
    const names = catalog.roles.flatMap((loaded) => [...new Set([loaded.summary.id, loaded.summary.title, ...(loaded.summary.aliases ?? [])].map(normaliseRoleName))]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('normaliseRoleName on ASCII names', () => {
  it('gives what the Unicode letters-and-digits rule gives, without compiling it', () => {
    const byUnicode = (name: string): string => name.trim().toLowerCase().replace(/[.'\u2019]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ09 .\'-/_&()'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(ascii, (name) => {
        expect(normaliseRoleName(name)).toBe(byUnicode(name));
      }),
    );
  });
});
