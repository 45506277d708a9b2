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

/** A file whose summaries section is `summaries`, the other sections a few bytes each. */
function writeCache(file: string, summaries: Buffer): Buffer {
  const bytes = fileBytes(SECTIONS.map((name) => (name === 'summaries' ? summaries : Buffer.from(`${name}\n`))));
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
