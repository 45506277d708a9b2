// What each built bundle is made of: every command pays for the main bundle at start-up,
// so the YAML reader, the schema library and the prompt library must stay out of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-roles.js';

/** The packages a bundle holds, from the sources its source map lists. */
function packagesIn(bundle: string): Set<string> {
  const { sources } = JSON.parse(readFileSync(join(ROOT, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] };
  return new Set(sources.map((source) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? '').filter(Boolean));
}

describe('the built bundles', () => {
  it('keep the YAML reader, the schema library and the prompts out of the main bundle', () => {
    const main = packagesIn('roles.cjs');
    expect(main).toContain('commander');
    for (const heavy of ['yaml', 'zod', '@inquirer/core', '@inquirer/select']) expect(main).not.toContain(heavy);
  });

  it('load them from the bundles of the commands that need them', () => {
    for (const name of ['yaml', 'zod']) expect(packagesIn('parse.cjs')).toContain(name);
    expect([...packagesIn('checklist.cjs')].some((name) => name.startsWith('@inquirer/'))).toBe(true);
  });
});
