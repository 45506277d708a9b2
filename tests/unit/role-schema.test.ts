import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleJsonSchema } from '../../scripts/build-data/role-json-schema.js';
import { roleSchema } from '../../src/format/role-schema.js';
import { ROOT } from '../helpers/run-roles.js';

describe('the role schema', () => {
  it('is committed exactly as the zod schema emits it', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'role.schema.json'), 'utf8'));
    expect(committed).toEqual(roleJsonSchema());
  });

  it('requires only id, title and summary', () => {
    expect((roleJsonSchema() as { required: string[] }).required.sort()).toEqual(['id', 'summary', 'title']);
  });

  it('documents every field in docs/role-format.md', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'role-format.md'), 'utf8');
    for (const field of Object.keys(roleSchema.shape)) expect(doc, field).toContain(`\`${field}\``);
  });
});

describe('docs/role-format.md', () => {
  it('quotes the current schema in its field table', async () => {
    const { withFieldReference } = await import('../../scripts/build-data/field-reference.js');
    const doc = readFileSync(join(ROOT, 'docs', 'role-format.md'), 'utf8');
    expect(withFieldReference(doc, roleJsonSchema())).toBe(doc);
  });

  it('passes markdownlint', async () => {
    const { markdownProblems } = await import('../helpers/markdownlint.js');
    expect(markdownProblems(readFileSync(join(ROOT, 'docs', 'role-format.md'), 'utf8'))).toEqual([]);
  });
});
