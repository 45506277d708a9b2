import { describe, expect, it } from 'vitest';
import { runQuestions } from '../../src/commands/questions.js';
import type { Catalog } from '../../src/catalog/load-role-layers.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { fakeIo } from '../helpers/fake-io.js';

const catalog: Catalog = builtinCatalog();

describe('runQuestions', () => {
  it('prints plain records when piped and a numbered sheet on a terminal', () => {
    const piped = fakeIo();
    runQuestions(['po'], {}, piped, catalog);
    expect(piped.stdout().split('\n')[0]).toMatch(/^product-owner\t/);
    const terminal = fakeIo({ stdoutIsTTY: true });
    runQuestions(['po'], {}, terminal, catalog);
    expect(terminal.stdout().split('\n')[0]).toBe('Research questions for Product Owner');
    expect(terminal.stdout()).toMatch(/^ +1\. /m);
  });

  it('finds roles by any of their names and writes nothing to stderr', () => {
    const io = fakeIo();
    runQuestions(['Business Analyst', 'pm'], { format: 'json', common: false }, io, catalog);
    const json = JSON.parse(io.stdout()) as { roles: { id: string }[]; common: string[] };
    expect(json.roles.map((role) => role.id)).toEqual(['business-analyst', 'product-manager']);
    expect(json.common).toEqual([]);
    expect(io.stderr()).toBe('');
  });

  it("uses today's date for --date given alone", () => {
    const io = fakeIo({ now: () => new Date(2026, 2, 14, 12) });
    runQuestions(['po'], { format: 'md', date: true, company: 'Acme' }, io, catalog);
    expect(io.stdout()).toContain('- **Interview date:** 2026-03-14');
    expect(io.stdout()).toContain('- **Company:** Acme');
  });

  it('rejects an unknown role with suggestions and an unknown format as a usage error', () => {
    expect(() => runQuestions(['prodct-owner'], {}, fakeIo(), catalog)).toThrow(/unknown role "prodct-owner"/);
    expect(() => runQuestions(['po'], { format: 'yaml' }, fakeIo(), catalog)).toThrow(expect.objectContaining({ kind: 'usage' }));
  });
});
