import { describe, expect, it } from 'vitest';
import { loadedRole, mergeRoleLayers, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import type { Role } from '../../src/format/role-schema.js';

function loaded(role: Partial<Role> & { id: string }, file: string, origin: LoadedRole['origin'] = 'builtin'): LoadedRole {
  return loadedRole({ title: role.id.toUpperCase(), summary: 's', ...role }, file, origin);
}

describe('mergeRoleLayers', () => {
  it('lets a role in a later layer replace the one with the same id', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'pm-role', summary: 'built in' }, 'a.yaml')], [loaded({ id: 'pm-role', summary: 'mine' }, 'b.yaml', '--data')]]);
    expect(merged.roles).toHaveLength(1);
    expect(merged.roles[0]?.role.summary).toBe('mine');
    expect(merged.roles[0]?.file).toBe('b.yaml');
    expect(merged.problems).toEqual([]);
  });

  it('reports two files with the same id in one layer and keeps the first', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'x' }, 'one.yaml'), loaded({ id: 'x', summary: 'second' }, 'two.yaml')]]);
    expect(merged.roles.map((r) => r.file)).toEqual(['one.yaml']);
    expect(merged.problems).toEqual([expect.objectContaining({ file: 'two.yaml', field: 'id' })]);
    expect(merged.problems[0]?.message).toContain('one.yaml');
  });

  it('drops an alias that already names another role and says which', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'product-manager', aliases: ['pm'] }, 'pm.yaml')], [loaded({ id: 'project-manager', aliases: ['PM', 'pjm'] }, 'mine.yaml', 'config')]]);
    expect(merged.roles.find((r) => r.role.id === 'project-manager')?.role.aliases).toEqual(['pjm']);
    expect(merged.problems).toEqual([expect.objectContaining({ file: 'mine.yaml', field: 'aliases[0]' })]);
    expect(merged.problems[0]?.message).toContain('product-manager');
  });

  it('never lets an alias shadow another role id', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'a', aliases: ['b'] }, 'a.yaml'), loaded({ id: 'b' }, 'b.yaml')]]);
    expect(merged.roles.find((r) => r.role.id === 'a')?.role.aliases).toEqual([]);
    expect(merged.problems).toHaveLength(1);
  });

  it('reports a works_with id that resolves to no role', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'a', works_with: ['b', 'ghost'] }, 'a.yaml'), loaded({ id: 'b' }, 'b.yaml')]]);
    expect(merged.problems).toEqual([expect.objectContaining({ file: 'a.yaml', field: 'works_with[1]', message: expect.stringContaining('"ghost"') })]);
  });

  it('lets a user role refer to a built-in one', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'product-owner' }, 'po.yaml')], [loaded({ id: 'mine', works_with: ['product-owner'] }, 'mine.yaml', 'config')]]);
    expect(merged.problems).toEqual([]);
  });

  it('indexes every name a merged role answers to, leading to the role as returned', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'product-manager', aliases: ['pm'] }, 'pm.yaml')], [loaded({ id: 'project-manager', title: 'Project Manager', aliases: ['PM', 'pjm'] }, 'mine.yaml', 'config')]]);
    const project = merged.roles.find((r) => r.role.id === 'project-manager');
    expect(merged.byName.get('pjm')).toBe(project);
    expect(merged.byName.get('project-manager')).toBe(project);
    expect(merged.byName.get('project-manager')?.role.aliases).toEqual(['pjm']);
    expect(merged.byName.get('pm')?.role.id).toBe('product-manager');
  });

  it('lets an id win over a title that names it', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'a', title: 'B' }, 'a.yaml'), loaded({ id: 'b' }, 'b.yaml')]]);
    expect(merged.byName.get('b')?.role.id).toBe('b');
    expect(merged.problems).toEqual([expect.objectContaining({ file: 'a.yaml', field: 'title' })]);
  });

  it('keeps a built-in alias when a user role takes it as its id, skipping the user file and blaming it', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'product-manager', aliases: ['pm'] }, 'data/roles/product-manager.yaml')], [loaded({ id: 'pm', title: 'Pocket Monster' }, 'mine/pm.yaml', 'config')]]);
    expect(merged.roles.map((r) => r.role.id)).toEqual(['product-manager']);
    expect(merged.byName.get('pm')?.role.id).toBe('product-manager');
    expect(merged.roles[0]?.role.aliases).toEqual(['pm']);
    expect(merged.problems).toEqual([
      {
        severity: 'error',
        file: 'mine/pm.yaml',
        field: 'id',
        message: 'id "pm" is a name of the built-in product-manager (data/roles/product-manager.yaml); this file is skipped, choose another id, or use product-manager to replace that role',
      },
    ]);
  });

  it('keeps a built-in title the same way', () => {
    const merged = mergeRoleLayers([[loaded({ id: 'sales-engineer', title: 'Sales Engineer / Product Specialist' }, 'se.yaml')], [loaded({ id: 'sales-engineer-product-specialist' }, 'mine.yaml', '--data')]]);
    expect(merged.roles.map((r) => r.role.id)).toEqual(['sales-engineer']);
    expect(merged.problems).toEqual([expect.objectContaining({ file: 'mine.yaml', field: 'id' })]);
  });

  it('lets a user role have a built-in name once a user file replaces that built-in role by its id', () => {
    const merged = mergeRoleLayers([
      [loaded({ id: 'product-manager', aliases: ['pm'] }, 'pm.yaml')],
      [loaded({ id: 'product-manager', aliases: ['prod'] }, 'mine/product-manager.yaml', 'config')],
      [loaded({ id: 'pm' }, 'mine/pm.yaml', '--data')],
    ]);
    expect(merged.problems).toEqual([]);
    expect(merged.byName.get('pm')?.file).toBe('mine/pm.yaml');
  });
});
