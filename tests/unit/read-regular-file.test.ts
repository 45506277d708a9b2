// Reading a file the one safe way: opened once, the descriptor checked, the size capped.
// Named pipes are tested through the built command (tests/e2e/loader-attacks.test.ts),
// where a regression would time out a child process rather than hang this test run.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRegularFile } from '../../src/fs-safe/read-regular-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roles-regular-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HAS_PROC = existsSync('/proc/self/status');

describe('readRegularFile', () => {
  it('reads a small file and a file of several chunks whole', () => {
    writeFileSync(join(dir, 'small'), 'id: x\n');
    const big = Buffer.alloc(300 * 1024, 'ab');
    writeFileSync(join(dir, 'big'), big);
    expect(readRegularFile(join(dir, 'small'), 1024)).toEqual({ bytes: Buffer.from('id: x\n') });
    const read = readRegularFile(join(dir, 'big'), 1024 * 1024);
    expect('bytes' in read && read.bytes.equals(big)).toBe(true);
  });

  it('reads an empty file as no bytes', () => {
    writeFileSync(join(dir, 'empty'), '');
    expect(readRegularFile(join(dir, 'empty'), 10)).toEqual({ bytes: Buffer.alloc(0) });
  });

  it('says a file is missing, and a folder is a folder', () => {
    mkdirSync(join(dir, 'folder.yaml'));
    expect(readRegularFile(join(dir, 'none'), 10)).toEqual({ refused: { kind: 'missing' } });
    expect(readRegularFile(join(dir, 'folder.yaml'), 10)).toEqual({ refused: { kind: 'special', what: 'a folder' } });
  });

  it('refuses a file over the limit by its size, without reading it', () => {
    writeFileSync(join(dir, 'big'), Buffer.alloc(2048, 32));
    expect(readRegularFile(join(dir, 'big'), 1024)).toEqual({ refused: { kind: 'too large', size: 2048 } });
  });

  it('says a device is a device', () => {
    expect(readRegularFile('/dev/null', 10)).toEqual({ refused: { kind: 'special', what: 'a device' } });
  });

  it.skipIf(!HAS_PROC)('reads on past the size fstat gives, as /proc files give 0, and stops at the limit', () => {
    const whole = readRegularFile('/proc/self/status', 1024 * 1024);
    expect('bytes' in whole && whole.bytes.toString('utf8')).toMatch(/^Name:/);
    const capped = readRegularFile('/proc/self/status', 16);
    expect(capped).toEqual({ refused: { kind: 'too large', size: expect.any(Number) } });
    expect('refused' in capped && capped.refused.kind === 'too large' && capped.refused.size).toBeGreaterThan(16);
  });
});
