import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCacheFile, writeCacheFile, type FileToCache } from '../../src/roles/role-cache-file.js';

let dir: string;
let file: string;
const meta = { dir: '/home/someone/roles', parser: '1.0.0:123:456' };

function entry(path: string, json?: string, keys: string[] = ['id', 'title', 'summary']): FileToCache {
  const base = { path, size: 10, mtimeMs: 1.5, ctimeMs: 2.5, ino: 7, problems: [] };
  if (!json) return { entry: { ...base, problems: [{ severity: 'error', file: '', line: 1, col: 2, message: 'bad YAML' }] } };
  const role = JSON.parse(json) as { id: string; title: string };
  return { entry: base, role: { summary: { id: role.id, title: role.title }, keys, json } };
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
    const files = opened?.index.files ?? [];
    expect(files.map((cached) => cached.path)).toEqual(['a.yaml', 'broken.yaml', 'b.yaml']);
    expect(files[1]?.problems).toEqual([{ severity: 'error', file: '', line: 1, col: 2, message: 'bad YAML' }]);
    expect(files.map((cached) => cached.role && opened?.readRecord(cached.role))).toEqual([`${records[0]}\n`, undefined, `${records[1]}\n`]);
    expect(opened?.index.shapes).toEqual([['id', 'title', 'summary']]);
  });

  it('refuses a record whose bytes changed, and only that record', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"A","summary":"First"}'), entry('b.yaml', '{"id":"b","title":"B","summary":"Second"}')]);
    const bytes = readFileSync(file);
    const at = bytes.lastIndexOf('First');
    bytes[at] = 'f'.charCodeAt(0);
    writeFileSync(file, bytes);
    const opened = openCacheFile(file, meta);
    const [a, b] = opened?.index.files ?? [];
    expect(a?.role && opened?.readRecord(a.role)).toBeUndefined();
    expect(b?.role && opened?.readRecord(b.role)).toContain('Second');
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
    const role = opened?.index.files[0]?.role;
    expect(role && opened?.readRecord(role)).toBeUndefined();
  });

  it('replaces the previous file whole and leaves no temporary file', () => {
    writeCacheFile(file, meta, [entry('a.yaml', '{"id":"a","title":"A","summary":"First"}')]);
    writeCacheFile(file, meta, [entry('b.yaml', '{"id":"b","title":"B","summary":"Second"}')]);
    expect(openCacheFile(file, meta)?.index.files.map((cached) => cached.path)).toEqual(['b.yaml']);
    expect(readdirSync(join(dir, 'layers'))).toEqual(['folder.cache']);
  });
});
