// What each built bundle is made of: every command pays for the main bundle at start-up,
// so the YAML reader, the schema library and the prompt library must stay out of it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('keep search, related and fit in their own bundle, out of the main one', () => {
    const sourcesOf = (bundle: string): string[] => (JSON.parse(readFileSync(join(ROOT, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] }).sources;
    expect(sourcesOf('roles.cjs').filter((source) => /src\/(search|views\/(search|related|fit)-view|render\/render-(search|related|fit))/.test(source))).toEqual([]);
    expect(sourcesOf('finding.cjs').some((source) => source.includes('src/search/fit-advert.ts'))).toBe(true);
  });

  it('load them from the bundles of the commands that need them', () => {
    for (const name of ['yaml', 'zod']) expect(packagesIn('parse.cjs')).toContain(name);
    expect([...packagesIn('checklist.cjs')].some((name) => name.startsWith('@inquirer/'))).toBe(true);
  });

  it('start the everyday commands without loading node:child_process, which only the pager and the editor need', () => {
    const home = mkdtempSync(join(tmpdir(), 'roles-modules-'));
    try {
      const preload = join(home, 'modules.cjs');
      const list = join(home, 'modules.txt');
      writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`);
      for (const args of [['list'], ['show', 'pm'], ['compare', 'pm', 'po']]) {
        const run = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'bin', 'roles.cjs'), ...args], { env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_CONFIG_HOME: join(home, 'config') }, encoding: 'utf8' });
        expect(run.status).toBe(0);
        expect(readFileSync(list, 'utf8').split('\n')).not.toContain('NativeModule child_process');
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
