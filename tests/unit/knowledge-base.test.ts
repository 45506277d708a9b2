// The built-in knowledge base is held to a stricter standard than user role files.
import { describe, expect, it } from 'vitest';
import { compileBuiltinData } from '../../scripts/build-data/compile-builtin-data.js';
import { normaliseRoleName } from '../../src/catalog/merge-role-layers.js';
import { ROOT } from '../helpers/run-roles.js';

const compiled = compileBuiltinData(ROOT);
const data = compiled.data!;
const roles = data.roles.map((r) => r.role);
const byId = new Map(roles.map((role) => [role.id, role]));

const REQUIRED = [
  'product-manager', 'product-owner', 'business-analyst', 'project-manager', 'program-manager',
  'product-marketing-manager', 'product-designer', 'associate-product-manager', 'product-analyst',
  'product-operations', 'product-growth-manager', 'sales-engineer', 'software-engineer', 'technical-product-manager',
];

describe('the built-in knowledge base', () => {
  it('validates with no problem at all, warnings included', () => {
    expect(compiled.problems).toEqual([]);
  });

  it('has every required role, in a file named after its id', () => {
    expect([...byId.keys()].sort()).toEqual([...REQUIRED].sort());
    for (const loaded of data.roles) expect(loaded.file).toBe(`data/roles/${loaded.role.id}.yaml`);
  });

  it('gives the short names users type to the right roles', () => {
    const owner = (alias: string) => roles.find((role) => role.aliases?.includes(alias))?.id;
    expect(owner('pm')).toBe('product-manager');
    expect(owner('po')).toBe('product-owner');
    expect(owner('ba')).toBe('business-analyst');
    expect(owner('pmm')).toBe('product-marketing-manager');
    expect(owner('apm')).toBe('associate-product-manager');
    for (const id of ['project-manager', 'program-manager']) {
      for (const alias of byId.get(id)!.aliases!) expect(alias).not.toMatch(/^pm$|^p\.m\.$/i);
    }
  });

  it('keeps every id, alias and title unique', () => {
    const names = roles.flatMap((role) => [role.id, role.title, ...(role.aliases ?? [])].map(normaliseRoleName).map((name) => `${name}→${role.id}`));
    const owners = new Map<string, string>();
    for (const entry of names) {
      const [name, id] = entry.split('→') as [string, string];
      expect(owners.get(name) ?? id, name).toBe(id);
      owners.set(name, id);
    }
  });

  it.each(REQUIRED)('%s carries everything a role file should', (id) => {
    const role = byId.get(id)!;
    expect(role.summary.split(/[.!?]\s/).length).toBeGreaterThanOrEqual(2);
    expect(role.focus).toBeTruthy();
    expect(role.owns).toBeDefined();
    expect(role.orientation).toBeDefined();
    expect(role.responsibilities!.length).toBeGreaterThanOrEqual(5);
    expect(role.activities!.length).toBeGreaterThan(0);
    expect(role.outputs!.length).toBeGreaterThan(0);
    expect(role.works_with!.length).toBeGreaterThan(0);
    expect(role.skills!.length).toBeGreaterThan(0);
    expect(role.early_career).toBeTruthy();
    expect(role.misconceptions!.length).toBeGreaterThan(0);
    expect(role.research!.tips!.length).toBeGreaterThan(0);
    expect(role.research!.search_terms!.length).toBeGreaterThan(0);
    expect(role.research!.questions!.length).toBeGreaterThanOrEqual(4);
    expect(role.sources!.length).toBeGreaterThan(0);
    expect(new Set(role.research!.questions).size).toBe(role.research!.questions!.length);
  });

  it('writes the Business Analyst entry the career guide left as a TODO', () => {
    const ba = byId.get('business-analyst')!;
    expect(ba.summary).not.toMatch(/todo/i);
    expect(ba.summary.length).toBeGreaterThan(200);
    expect(ba.works_with).toEqual(expect.arrayContaining(['product-owner', 'product-manager']));
  });

  it('keeps a day in the life for the roles the guide describes a day for', () => {
    for (const id of ['product-manager', 'product-owner', 'product-operations', 'product-growth-manager', 'project-manager']) {
      expect(byId.get(id)!.day_in_the_life!.length, id).toBeGreaterThan(0);
    }
  });

  it('records both views of the Product Owner with the sources that hold them', () => {
    const sources = byId.get('product-owner')!.perspectives!.map((p) => p.source);
    expect(sources).toContain('pm-roles-guide');
    expect(new Set(sources).size).toBeGreaterThanOrEqual(2);
  });

  it('holds the contrasts and pairings the sources draw', () => {
    const has = (kind: string, ids: string[]) =>
      data.knowledge.contrasts.some((c) => c.kind === kind && ids.every((id) => c.roles.includes(id)) && c.roles.length === ids.length);
    expect(has('contrast', ['product-manager', 'product-owner'])).toBe(true);
    expect(has('contrast', ['product-owner', 'business-analyst'])).toBe(true);
    expect(has('contrast', ['product-manager', 'project-manager', 'program-manager'])).toBe(true);
    expect(has('contrast', ['product-manager', 'software-engineer'])).toBe(true);
    expect(has('contrast', ['technical-product-manager', 'product-manager'])).toBe(true);
    expect(has('pairing', ['product-manager', 'product-owner'])).toBe(true);
    expect(has('pairing', ['product-manager', 'business-analyst'])).toBe(true);
    const pmPo = data.knowledge.contrasts.find((c) => c.id === 'pm-vs-po')!;
    expect(pmPo.title.toLowerCase()).toContain('direction');
  });

  it('knows how the named companies organise these roles', () => {
    expect(data.knowledge.companies.map((c) => c.name).sort()).toEqual(
      ['Amazon', 'Atlassian', 'Aviva', 'BT Group', 'Capgemini', 'ING', 'Nationwide', 'Salesforce', 'Spotify'],
    );
  });

  it('follows a product through the roles that hand work on', () => {
    const rolesInOrder = data.knowledge.handoffs.map((h) => h.role);
    expect(rolesInOrder.indexOf('product-manager')).toBeLessThan(rolesInOrder.indexOf('product-owner'));
    expect(rolesInOrder).toEqual(expect.arrayContaining(['business-analyst', 'project-manager', 'product-marketing-manager', 'sales-engineer']));
  });

  it('lets role items name only topics in data/topics.yaml, and uses every topic it defines', () => {
    const defined = data.knowledge.topics.map((topic) => topic.id);
    const used = new Set(roles.flatMap((role) => [...(role.responsibilities ?? []), ...(role.activities ?? []), ...(role.skills ?? [])].flatMap((item) => (typeof item === 'string' ? [] : item.topics))));
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it('keeps the questions that apply to every role once, and lists its sources', () => {
    expect(data.knowledge.commonQuestions.length).toBeGreaterThanOrEqual(6);
    expect(data.knowledge.sources.map((s) => s.id).sort()).toEqual(['career-guide', 'pm-roles-guide', 'pm-vs-engineer-thread', 'roles-in-practice', 'what-why-how-essay']);
  });
});
