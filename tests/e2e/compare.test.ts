import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { markdownProblems } from '../helpers/markdownlint.js';
import { ANSI, linesOf, runRoles } from '../helpers/run-roles.js';

const widest = (text: string): number => Math.max(...linesOf(text).map(displayWidth));

describe('roles compare', () => {
  it('compares PM and PO in full when piped: plain columns, 80 wide, no escape codes, with the curated contrast', () => {
    const result = runRoles(['compare', 'pm', 'po', '--full']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(ANSI);
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
    expect(result.stdout).toMatch(/^Product Manager \(pm\) +Product Owner \(po\)$/m);
    expect(result.stdout).toContain('Direction vs execution');
    expect(result.stdout).toContain('= Software Engineer');
  });

  it('puts four roles side by side at 80 columns with nothing on stderr, and two in at most 40 lines', () => {
    const four = runRoles(['compare', 'pm', 'po', 'ba', 'pjm', '--format', 'table'], { env: { COLUMNS: '80' } });
    expect(four.status).toBe(0);
    expect(four.stderr).toBe('');
    expect(widest(four.stdout)).toBeLessThanOrEqual(80);
    expect(linesOf(four.stdout)[0]).toMatch(/^Product Manager +Product Owner \(po\) +Business Analyst +Project Manager$/);
    const two = runRoles(['compare', 'pm', 'po', '--format', 'table'], { env: { COLUMNS: '80' } });
    expect(linesOf(two.stdout).length).toBeLessThanOrEqual(40);
    expect(linesOf(two.stdout).at(-1)).toBe('More: roles compare pm po --full (every aspect, the notes in full)');
  });

  it('draws a box table sized to COLUMNS with --format table', () => {
    const result = runRoles(['compare', 'pm', 'po', '--format', 'table', '--full'], { env: { COLUMNS: '50' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(linesOf(result.stdout)[0]).toMatch(/^┌─+┬─+┐$/);
    expect(widest(result.stdout)).toBeLessThanOrEqual(50);
  });

  it('stacks the aspects on a narrow screen and says so on stderr in one line', () => {
    const result = runRoles(['compare', 'pm', 'po', '--format', 'table', '--full'], { env: { COLUMNS: '30' } });
    expect(result.status).toBe(0);
    expect(linesOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(/too narrow.*stacked/);
    expect(widest(result.stdout)).toBeLessThanOrEqual(30);
    expect(result.stdout).toMatch(/^RESPONSIBILITIES$/m);
  });

  it('colours the table only when colour is wanted', () => {
    expect(runRoles(['compare', 'pm', 'po', '--format', 'table'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runRoles(['compare', 'pm', 'po', '--format', 'table'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runRoles(['compare', 'pm', 'po', '--format', 'table', '--color', 'never'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runRoles(['compare', 'pm', 'po', '--format', 'plain'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('writes Markdown that passes markdownlint', () => {
    for (const args of [['pm', 'po'], ['pm', 'po', 'ba', 'pjm', '--only-differences'], ['pm', 'po', '--full'], ['pm', 'po', 'ba', 'pjm', '--only-differences', '--full']]) {
      const result = runRoles(['compare', ...args, '--format', 'md']);
      expect(result.status).toBe(0);
      expect(markdownProblems(result.stdout)).toEqual([]);
    }
  });

  it('writes one JSON document with the roles, rows, shared items and contrasts', () => {
    const result = runRoles(['compare', 'pm', 'po', '--json', '--fields', 'works_with,skills']);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as { roles: { id: string }[]; rows: { field: string }[]; shared: Record<string, string[]>; contrasts: { id: string }[] };
    expect(json.roles.map((role) => role.id)).toEqual(['product-manager', 'product-owner']);
    expect(json.rows.map((row) => row.field)).toEqual(['works_with', 'skills']);
    expect(json.shared.works_with).toContain('Business Analyst');
    expect(json.contrasts.map((c) => c.id)).toContain('pm-vs-po');
  });

  it('reports in JSON the topics two roles share however each words them, and none for a pair that shares none', () => {
    const topicsOf = (a: string, b: string) => (JSON.parse(runRoles(['compare', a, b, '--json']).stdout) as { sharedTopics: Record<string, { id: string; label: string }[]> }).sharedTopics;
    const pmPo = topicsOf('pm', 'po');
    expect(pmPo.skills).toEqual(expect.arrayContaining([{ id: 'prioritisation', label: 'Prioritisation' }, { id: 'communication', label: 'Communication' }]));
    expect(pmPo.responsibilities?.map((topic) => topic.id)).toContain('prioritisation');
    expect(topicsOf('sales-engineer', 'project-manager')).toEqual({});
  });

  it('hides with --only-differences the items two roles share by topic', () => {
    const all = runRoles(['compare', 'pm', 'po', '--fields', 'skills', '--format', 'plain']).stdout;
    const differences = runRoles(['compare', 'pm', 'po', '--fields', 'skills', '--format', 'plain', '--only-differences']).stdout;
    expect(all).toContain('Prioritisation and making decisions');
    expect(differences).not.toContain('Prioritisation and making decisions');
    expect(differences).not.toMatch(/^• Prioritisation\.|\s• Prioritisation\./m);
    expect(differences).toContain('Storytelling');
  });

  it('exits 2 with one line for a wrong number of roles or an unknown field', () => {
    for (const args of [['compare', 'pm'], ['compare', 'pm', 'po', 'ba', 'pjm', 'pgm'], ['compare', 'pm', 'po', '--fields', 'salary']]) {
      const result = runRoles(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(linesOf(result.stderr)).toHaveLength(1);
    }
  });

  it('exits 2, a usage error, naming the role given twice under two names', () => {
    const result = runRoles(['compare', 'pm', 'product-manager']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^roles: "pm" and "product-manager" both name product-manager; .*\n$/);
  });

  it('exits 1 with suggestions for an unknown role', () => {
    const result = runRoles(['compare', 'pm', 'prodct-ownr']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown role "prodct-ownr" \(did you mean .*product-owner/);
  });

  describe('with a role file of ones own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-compare-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(
      join(dir, 'growth-hacker.yaml'),
      ['id: growth-hacker', 'title: "Growth \\e[31mHacker"', 'summary: "Runs experiments. \\e]52;c;aGk=\\a"', 'skills: [Prioritisation, "SQL \\e[2J"]', 'works_with: [product-manager]', ''].join('\n'),
    );

    it('compares it with a built-in role, marks what they share and strips escape codes from its text', () => {
      const result = runRoles(['--data', dir, 'compare', 'growth-hacker', 'po', '--fields', 'summary,skills', '--format', 'table']);
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(ANSI);
      expect(result.stdout).toContain('Growth Hacker');
      expect(result.stdout).toMatch(/│ = Prioritisation +│/);
    });
  });
});
