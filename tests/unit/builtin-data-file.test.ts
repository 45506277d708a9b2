import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltinData, type BuiltinData } from '../../src/catalog/builtin-data.js';
import { builtinDataFile } from '../../scripts/build-data/builtin-data-file.js';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { builtinData } from '../helpers/builtin-catalog.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function roundTrip(data: BuiltinData): BuiltinData {
  dir = mkdtempSync(join(tmpdir(), 'roles-builtin-'));
  const file = join(dir, 'builtin.jsonl');
  writeFileSync(file, builtinDataFile(data));
  return readBuiltinData(file);
}

const whole = (data: BuiltinData) => data.roles.map(({ summary, role, file, origin }) => ({ summary, role, file, origin }));

describe('the built-in data file', () => {
  it('gives back every role, summary and piece of knowledge the build put in', () => {
    const data = builtinData();
    const read = roundTrip(data);
    expect(whole(read)).toEqual(whole(data).map((entry) => ({ ...entry, summary: expect.objectContaining({ id: entry.role.id, title: entry.role.title }) })));
    expect(read.knowledge).toEqual(data.knowledge);
  });

  it('finds each record by its bytes, whatever characters the roles before it hold', () => {
    const roles = [
      loadedRole({ id: 'cafe-lead', title: 'Café Lead ☕', summary: 'Ünïcödé, 设计师 and 🧭 before the next record.' }, 'a.yaml', 'builtin'),
      loadedRole({ id: 'plain-role', title: 'Plain Role', summary: 'After the wide characters.' }, 'b.yaml', 'builtin'),
    ];
    const read = roundTrip({ roles, knowledge: builtinData().knowledge });
    expect(read.roles.map((loaded) => loaded.role)).toEqual(roles.map((loaded) => loaded.role));
  });

  it('parses a role only when it is asked for whole, one record at a time', () => {
    const data = builtinData();
    dir = mkdtempSync(join(tmpdir(), 'roles-builtin-'));
    const file = join(dir, 'builtin.jsonl');
    const [index = '', knowledge = '', first = '', second = '', ...rest] = builtinDataFile(data).split('\n');
    // The second record is broken (same length, so the places stay right): only reading it whole can notice.
    writeFileSync(file, [index, knowledge, first, second.replace(/^\{/, '['), ...rest].join('\n'));
    const read = readBuiltinData(file);
    expect(read.roles[1]?.summary.id).toBe(data.roles[1]?.summary.id);
    expect(read.roles[0]?.role).toEqual(data.roles[0]?.role);
    expect(() => read.roles[1]?.role).toThrow(SyntaxError);
  });

  it('reads the knowledge only when it is asked for, as `list` never does', () => {
    const data = builtinData();
    dir = mkdtempSync(join(tmpdir(), 'roles-builtin-'));
    const file = join(dir, 'builtin.jsonl');
    const [index = '', knowledge = '', ...rest] = builtinDataFile(data).split('\n');
    writeFileSync(file, [index, knowledge.replace(/^\{/, '['), ...rest].join('\n'));
    const read = readBuiltinData(file);
    expect(read.roles.map((loaded) => loaded.summary.id)).toEqual(data.roles.map((loaded) => loaded.summary.id));
    expect(read.roles[0]?.role).toEqual(data.roles[0]?.role);
    expect(() => read.knowledge).toThrow(SyntaxError);
  });

  it('refuses to read a line from the file once it has been replaced, as its places no longer hold', () => {
    const data = builtinData();
    const read = roundTrip(data);
    writeFileSync(join(dir ?? '', 'builtin.jsonl'), builtinDataFile({ ...data, roles: data.roles.slice(1) }));
    expect(() => read.roles[0]?.role).toThrow(/changed while roles ran/);
  });
});
