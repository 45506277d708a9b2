// The bytes of the catalog cache file: a section stored twice is believed only when its
// copies are the same, however far into it they differ.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileBytes, openFile, SECTIONS } from '../../src/cache/cache-file.js';

const dir = mkdtempSync(join(tmpdir(), 'roles-cache-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const trustAll = (): boolean => true;

/** A file whose summaries section (stored twice) and key (stored once) are given, the other sections a few bytes each. */
function writeCache(file: string, summaries: Buffer, key = Buffer.from('key\n')): Buffer {
  const bytes = fileBytes(SECTIONS.map((name) => (name === 'summaries' ? summaries : name === 'key' ? key : Buffer.from(`${name}\n`))));
  writeFileSync(file, bytes);
  return bytes;
}

describe('a section stored twice', () => {
  // Larger than the piece the second copy is compared in, and not a multiple of it.
  const summaries = Buffer.from(Array.from({ length: 9000 }, (_, i) => `{"id":"role-${i}"}`).join(','));

  it('is read back whole when its copies are the same', () => {
    const file = join(dir, 'same.cache');
    writeCache(file, summaries);
    const opened = openFile(file, trustAll);
    expect(opened?.checked('summaries')?.equals(summaries)).toBe(true);
    expect(opened?.checked('extras')?.toString()).toBe('extras\n');
    opened?.close();
  });

  it('is refused when the second copy differs at its first byte, its last or any between', () => {
    const file = join(dir, 'damaged.cache');
    const good = writeCache(file, summaries);
    const second = good.lastIndexOf(summaries);
    expect(second).toBeGreaterThan(good.indexOf(summaries));
    for (const at of [0, 1, 40_000, 100_000, summaries.length - 1]) {
      const damaged = Buffer.from(good);
      damaged[second + at] = (damaged[second + at] as number) ^ 1;
      writeFileSync(file, damaged);
      const opened = openFile(file, trustAll);
      expect(opened?.checked('summaries'), `byte ${at}`).toBeUndefined();
      // The sections around it are still believed: the damage is in this one.
      expect(opened?.checked('extras')?.toString()).toBe('extras\n');
      opened?.close();
    }
    expect(readFileSync(file).length).toBe(good.length);
  });
});

describe('a section stored once', () => {
  const key = Buffer.from(Array.from({ length: 5000 }, (_, i) => `/roles/role-${i}.yaml`).join('\0'));

  it('holds this run\'s bytes only when they are the same to the last byte, compared where they lie', () => {
    const file = join(dir, 'key.cache');
    writeCache(file, Buffer.from('[]'), key);
    const opened = openFile(file, trustAll);
    expect(opened?.holds('key', key)).toBe(true);
    expect(opened?.read('key')?.equals(key)).toBe(true);
    for (const at of [0, 40_000, key.length - 1]) {
      const other = Buffer.from(key);
      other[at] = (other[at] as number) ^ 1;
      expect(opened?.holds('key', other), `byte ${at}`).toBe(false);
    }
    expect(opened?.holds('key', key.subarray(0, -1))).toBe(false);
    expect(opened?.holds('key', Buffer.concat([key, Buffer.from('x')]))).toBe(false);
    opened?.close();
  });
});
