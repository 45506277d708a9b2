import { describe, expect, it } from 'vitest';
import { findRole, requireRole, rolesWithIds, suggestRoles } from '../../src/catalog/lookup-role.js';
import { editDistance } from '../../src/format/edit-distance.js';
import { indexRoles, loadedRole, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { isRolesError } from '../../src/format/roles-error.js';

const role = (id: string, title: string, aliases: string[]): LoadedRole => loadedRole({ id, title, aliases, summary: 's' }, `${id}.yaml`, 'builtin');
const roles = [role('product-manager', 'Product Manager', ['pm']), role('product-owner', 'Product Owner', ['po']), role('business-analyst', 'Business Analyst', ['ba'])];
const index = indexRoles(roles);

describe('findRole', () => {
  it.each(['pm', 'PM', 'product-manager', 'Product Manager', ' product  manager ', 'product_manager'])('finds the Product Manager by %j', (name) => {
    expect(findRole(index, name)?.role.id).toBe('product-manager');
  });

  it('finds nothing for a name no role has', () => {
    expect(findRole(index, 'designer')).toBeUndefined();
  });
});

describe('rolesWithIds', () => {
  it('gives each role named by its id once, in the order asked, and skips names that are not ids', () => {
    const found = rolesWithIds(index, ['product-owner', 'pm', 'business-analyst', 'product-owner', 'nobody']);
    expect(found.map((loaded) => loaded.summary.id)).toEqual(['product-owner', 'business-analyst']);
  });
});

describe('suggestRoles', () => {
  it('suggests the closest ids for a typo', () => {
    expect(suggestRoles(roles, 'prodcut-owner')[0]).toBe('product-owner');
    expect(suggestRoles(roles, 'bussiness analyst')).toEqual(['business-analyst']);
  });

  it('offers at most three suggestions and none for something unrelated', () => {
    expect(suggestRoles(roles, 'p').length).toBeLessThanOrEqual(3);
    expect(suggestRoles(roles, 'astronaut')).toEqual([]);
  });

  it('catches swapped letters, a misspelt word of a title and a misspelt start', () => {
    const more = [...roles, role('technical-product-manager', 'Technical Product Manager', ['tpm']), role('product-designer', 'Product Designer', ['pd'])];
    expect(suggestRoles(more, 'tmp')).toEqual(['technical-product-manager']);
    const withoutShortName = [...roles, role('technical-product-manager', 'Technical Product Manager', [])];
    expect(suggestRoles(withoutShortName, 'tpm')[0]).toBe('technical-product-manager');
    expect(suggestRoles(more, 'desinger')).toEqual(['product-designer']);
    expect(suggestRoles(more, 'prodcut')).toContain('product-manager');
    expect(suggestRoles(more, 'prodcut')).not.toContain('business-analyst');
  });

  it('measures edit distance, a swap of neighbours counting once', () => {
    expect(editDistance('tpm', 'tmp')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('requireRole', () => {
  it('throws a not-found error that names the role and suggests others', () => {
    try {
      requireRole(index, 'prodct-manager');
      expect.unreachable();
    } catch (error) {
      expect(isRolesError(error)).toBe(true);
      expect(error).toMatchObject({ kind: 'not-found', exitCode: 1, message: 'unknown role "prodct-manager"' });
      expect((error as Error & { hint: string }).hint).toContain('product-manager');
    }
  });
});
