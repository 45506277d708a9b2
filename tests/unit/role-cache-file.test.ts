import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCacheFile, stampMatches, writeCacheFile, type FileToCache } from '../../src/cache/role-cache-file.js';

let dir: string;
let file: string;
const meta = { dir: '/home/someone/roles', parser: '1.0.0:123:456' };

function entry(path: string, json?: string): FileToCache {
  const base = { path, stamp: { size: 10, mtimeMs: 1.5, ctimeMs: 2.5, ino: 7 }, problems: [] };
  if (!json) return { ...base, problems: [{ severity: 'error', file: '', line: 1, col: 2, message: 'bad YAML' }] };
  const role = JSON.parse(json) as { id: string; title: string };
  return { ...base, role: { summary: { id: role.id, title: role.title }, json } };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roles-cache-file-'));
  file = join(dir, 'layers', 'folder.cache');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a role cache file', () => {
  it('gives back each record as it was written, one at a time', () => {
    const records = ['{"id":"a","title":"A","summary":"First ✓"}', '{"id":"b","title":"B","summary":"Second"}'];
    writeCacheFile(file, meta, [entry('a.yaml', records[0]), entry('broken.yaml'), entry('b.yaml', records[1])]);
    const opened = openCacheFile(file, meta);
    expect(opened).toBeDefined();
    const index = opened!.index;
    expect(index.paths).toEqual(['a.yaml', 'broken.yaml', 'b.yaml']);
    expect(index.problems).toEqual({ 1: [{ severity: 'error', file: '', line: 1, col: 2, message: 'bad YAML' }] });
    expect(index.roles.map((role) => role && opened?.readRecord(role))).toEqual([`${records[0]}\n`, null, `${records[1]}\n`]);
    expect(index.roles[0]?.summary).toEqual({ id: 'a', title: 'A' });
  });

  it('keeps the stamp of each file, and one that changed moments before it was read never matches', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"A","summary":"First"}'), { ...entry('b.yaml', '{"id":"b","title":"B","summary":"B"}'), racy: true }]);
    const index = openCacheFile(file, meta)!.index;
    const stamp = { size: 10, mtimeMs: 1.5, ctimeMs: 2.5, ino: 7 };
    expect(stampMatches(index, 0, stamp)).toBe(true);
    expect(stampMatches(index, 1, stamp)).toBe(false);
    for (const changed of [{ size: 11 }, { mtimeMs: 1.6 }, { ctimeMs: 2.6 }, { ino: 8 }]) expect(stampMatches(index, 0, { ...stamp, ...changed })).toBe(false);
  });

  it('reads text outside ASCII back exactly, in the index and in records', () => {
    const json = '{"id":"cafe","title":"Café ☕ 设计师 \\u001b","summary":"Ünïcödé 🧭"}';
    writeCacheFile(file, meta, [entry('café.yaml', json)]);
    const opened = openCacheFile(file, meta)!;
    expect(opened.index.paths).toEqual(['café.yaml']);
    expect(opened.index.roles[0]?.summary.title).toBe('Café ☕ 设计师 \u001b');
    expect(opened.readRecord(opened.index.roles[0]!)).toBe(`${json}\n`);
  });

  it('refuses a record whose bytes changed, and only that record', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"A","summary":"First"}'), entry('b.yaml', '{"id":"b","title":"B","summary":"Second"}')]);
    const bytes = readFileSync(file);
    const at = bytes.lastIndexOf('First');
    bytes[at] = 'f'.charCodeAt(0);
    writeFileSync(file, bytes);
    const opened = openCacheFile(file, meta);
    const [a, b] = opened?.index.roles ?? [];
    expect(a && opened?.readRecord(a)).toBeUndefined();
    expect(b && opened?.readRecord(b)).toContain('Second');
  });

  it('is not opened when the two copies of its index differ', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"Alpha","summary":"First"}')]);
    const bytes = readFileSync(file);
    bytes[bytes.indexOf('Alpha')] = 'a'.charCodeAt(0);
    writeFileSync(file, bytes);
    expect(openCacheFile(file, meta)).toBeUndefined();
  });

  it('reads nothing once closed, and may be closed twice', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"A","summary":"First"}')]);
    const opened = openCacheFile(file, meta);
    opened?.close();
    opened?.close();
    const role = opened?.index.roles[0];
    expect(role && opened?.readRecord(role)).toBeUndefined();
  });

  it('replaces the previous file whole and leaves no temporary file', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"A","summary":"First"}')]);
    writeCacheFile(file, meta, [entry('b.yaml', '{"id":"b","title":"B","summary":"Second"}')]);
    expect(openCacheFile(file, meta)?.index.paths).toEqual(['b.yaml']);
    expect(readdirSync(join(dir, 'layers'))).toEqual(['folder.cache']);
  });
});
