// Runs the built command as a user would: a separate process, a private HOME and
// private XDG folders, never the real ones.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'roles.cjs');

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A throwaway HOME with XDG folders inside it. Call cleanup() when done. */
export interface TestHome {
  home: string;
  env: { HOME: string; XDG_CONFIG_HOME: string; XDG_DATA_HOME: string; XDG_CACHE_HOME: string };
  cleanup: () => void;
}

export function makeHome(): TestHome {
  const home = mkdtempSync(join(tmpdir(), 'roles-home-'));
  const env = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  return { home, env, cleanup: () => rmSync(home, { recursive: true, force: true }) };
}

const sharedHome = makeHome();
// Each test file gets its own, removed when the file's tests are done, so runs leave no home folders behind.
afterAll(sharedHome.cleanup);

/** The environment a test run starts from: no colour hints, no user roles path, a private home. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, LANG: 'C.UTF-8', ...sharedHome.env };
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

/** The unprivileged user a test runs the command as when it must not be root, who may read any file. */
export const NOBODY = { uid: 65534, gid: 65534 } as const;

/**
 * A copy of the built command in `dir`, for running it as NOBODY: a clone may sit in a folder
 * only its owner may enter (under /root, or made by mktemp -d), where nobody cannot reach
 * bin/roles.cjs. `dir` must be one nobody may enter. Returns the copy's launcher.
 */
export function copyOfCommand(dir: string): string {
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true, filter: (file) => !file.endsWith('.map') });
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  return join(dir, 'bin', 'roles.cjs');
}

/** Why NOBODY cannot run Node itself here (installed in a folder only its owner may enter), or undefined when it can. */
export function whyNobodyCannotRunNode(): string | undefined {
  const result = spawnSync(process.execPath, ['-e', '0'], { ...NOBODY, env: { PATH: process.env.PATH }, cwd: '/' });
  return result.status === 0 ? undefined : `the user nobody cannot run ${process.execPath}`;
}

export function runRoles(args: string[], options: { env?: Record<string, string | undefined>; input?: string; cwd?: string; bin?: string } & Pick<SpawnSyncOptions, 'timeout' | 'uid' | 'gid'> = {}): RunResult {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    env: cleanEnv(options.env),
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 15_000,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

// eslint-disable-next-line no-control-regex -- finding escape codes is the point
export const ANSI = /\u001b\[|\u001b\]|\u009b/;

export function linesOf(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}
