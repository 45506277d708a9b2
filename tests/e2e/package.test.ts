// The package as a user gets it: packed, installed globally from the tarball with no
// network, then run. The bundle carries everything it loads, so the install pulls
// nothing but the package, and it must work from there alone.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, makeHome, ROOT } from '../helpers/run-roles.js';

const work = mkdtempSync(join(tmpdir(), 'roles-pack-'));
const home = makeHome();
const prefix = join(work, 'prefix');
// Nothing answers here, and the cache is empty: an install that needed the network would fail.
const offline = { npm_config_offline: 'true', npm_config_registry: 'http://127.0.0.1:9/', npm_config_cache: join(work, 'npm-cache'), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const env = cleanEnv({ ...home.env, ...offline });

function run(command: string, args: string[], options: SpawnSyncOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 60_000, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

interface PackedFile {
  path: string;
}
let packed: PackedFile[] = [];

beforeAll(() => {
  // The tests build dist/ first (pretest); packing without scripts leaves it as the other tests see it.
  const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT });
  expect(pack.stderr).not.toMatch(/ERR/);
  expect(pack.status).toBe(0);
  packed = (JSON.parse(pack.stdout) as { files: PackedFile[] }[])[0]?.files ?? [];
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz')) ?? '';
  const install = run('npm', ['install', '--global', '--prefix', prefix, join(work, tarball)], { cwd: work });
  expect(install.stderr).not.toMatch(/ERR/);
  expect(install.status).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  home.cleanup();
});

describe('the packed package', () => {
  it('holds the built command, data, schema, docs, man page and licence, and nothing else', () => {
    const paths = packed.map((file) => file.path);
    for (const needed of ['bin/roles.cjs', 'dist/roles.cjs', 'dist/parse.cjs', 'dist/checklist.cjs', 'dist/finding.cjs', 'dist/advert-signals.json', 'dist/search-index.jsonl', 'dist/role-words.json', 'dist/builtin.jsonl', 'data/sources.yaml', 'data/roles/product-manager.yaml', 'schema/role.schema.json', 'docs/role-format.md', 'man/roles.1', 'LICENSE', 'README.md', 'package.json']) {
      expect(paths).toContain(needed);
    }
    const allowed = /^(bin\/roles\.cjs|dist\/[\w-]+\.cjs(\.map)?|dist\/(builtin|search-index)\.jsonl|dist\/(advert-signals|role-words)\.json|data\/[\w/-]+\.yaml|schema\/role\.schema\.json|docs\/[\w-]+\.md|man\/roles\.1|LICENSE|README\.md|package\.json)$/;
    expect(paths.filter((path) => !allowed.test(path))).toEqual([]);
  });

  it('is built by prepare, which npm pack runs', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies?: object };
    expect(manifest.scripts.prepare).toBe('node scripts/build.mjs');
    // Everything the command loads is in its bundles.
    expect(manifest.dependencies).toBeUndefined();
  });
});

describe('installed globally from the tarball', () => {
  const roles = (args: string[]) => run(join(prefix, 'bin', 'roles'), args, { cwd: work, env: { ...env, COLUMNS: '500' } });

  it('pulls no package but itself', () => {
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['product-roles-cli']);
    expect(readdirSync(join(prefix, 'lib', 'node_modules', 'product-roles-cli'))).not.toContain('node_modules');
  });

  it('compares two roles', () => {
    const result = roles(['compare', 'pm', 'po']);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Product Manager \(pm\) +Product Owner \(po\)\n/);
  });

  it('keeps a code cache for the command it ran, so later runs start fast from the installed files alone', () => {
    expect(roles(['list']).status).toBe(0);
    expect(readdirSync(join(home.env.XDG_CACHE_HOME, 'roles', 'code')).filter((file) => file.startsWith('list-'))).toHaveLength(1);
  });

  it('prints the bash completion script', () => {
    const result = roles(['completion', 'bash']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('complete -F _roles_complete roles');
  });

  it('names its installed docs in the help, and they are there', () => {
    const docs = /^Docs: README\.md and docs\/role-format\.md in (.+); /m.exec(roles(['--help']).stdout);
    expect(docs?.[1]).toBe(join(prefix, 'lib', 'node_modules', 'product-roles-cli'));
  });

  it('has a man page man can read', () => {
    const page = join(prefix, 'share', 'man', 'man1', 'roles.1');
    const result = run('man', ['-l', page], { env: { ...env, MANWIDTH: '80', MANPAGER: 'cat', PAGER: 'cat' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ROLES\(1\) +User Commands +ROLES\(1\)/);
    expect(result.stdout).toContain('roles compare pm po');
  });
});
