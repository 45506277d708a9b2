// Role files as a user has had them a while: dated before the caches' racy window, so a
// cache trusts them on the next run (src/cache/role-cache-rebuild.ts, RACY_MS).
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LONG_AGO = new Date('2026-01-01T00:00:00Z');

export function writeSettledRole(dir: string, name: string, text: string): void {
  const file = join(dir, name);
  writeFileSync(file, text);
  utimesSync(file, LONG_AGO, LONG_AGO);
}
