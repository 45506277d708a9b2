// What each built bundle is made of: every command pays for the main bundle at start-up,
// so the YAML reader, the schema library and the prompt library must stay out of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-roles.js';

/** The packages a bundle holds, from the `// node_modules/<package>/...` lines esbuild writes before each module. */
function packagesIn(bundle: string): Set<string> {
  const text = readFileSync(join(ROOT, 'dist', bundle), 'utf8');
  const names = [...text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((match) => match[1] ?? '');
  return new Set(names);
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
