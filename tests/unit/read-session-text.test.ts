// Reading a session file opens it once and reads only a regular file, up to a limit.
// Named pipes and devices are tested through the built command (tests/e2e), where a
// regression would hang a process with a timeout rather than this test run.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSessionText } from '../../src/checklist/read-session-text.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roles-session-text-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readSessionText', () => {
  it('reads a file whole, across many chunks', () => {
    const text = `${'é'.repeat(1_500_000)}\n`;
    writeFileSync(join(dir, 's.json'), text);
    expect(readSessionText(join(dir, 's.json'))).toBe(text);
  });

  it('gives undefined when there is no file', () => {
    expect(readSessionText(join(dir, 'none.json'))).toBeUndefined();
  });

  it('refuses a folder, saying what it is', () => {
    mkdirSync(join(dir, 'folder.json'));
    expect(() => readSessionText(join(dir, 'folder.json'))).toThrow(expect.objectContaining({ kind: 'io', message: 'cannot read this checklist (it is a folder)' }));
  });

  it('stops reading past the limit, saying how big a checklist may be', () => {
    writeFileSync(join(dir, 'big.json'), Buffer.alloc(3 * 1024 * 1024, 32));
    expect(() => readSessionText(join(dir, 'big.json'), 2 * 1024 * 1024)).toThrow(expect.objectContaining({ message: 'cannot read this checklist (larger than 2 MiB, more than any checklist holds)' }));
  });
});
