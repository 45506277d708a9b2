// A private home with a config file in it, for the tests of the config file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { makeHome, type TestHome } from './run-roles.js';

const homes: TestHome[] = [];
afterAll(() => homes.forEach((home) => home.cleanup()));

/** A private home whose config file holds `text` (nothing at all when undefined). */
export function homeWithConfig(text?: string): TestHome & { file: string } {
  const home = makeHome();
  homes.push(home);
  const file = join(home.env.XDG_CONFIG_HOME, 'roles', 'config.yaml');
  mkdirSync(join(home.env.XDG_CONFIG_HOME, 'roles'), { recursive: true });
  if (text !== undefined) writeFileSync(file, text);
  return { ...home, file };
}
