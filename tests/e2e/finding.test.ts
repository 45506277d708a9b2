// roles search, related and fit as a user runs them: formats, exit codes and bad input.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, BIN, cleanEnv, copyOfCommand, linesOf, ROOT, runRoles } from '../helpers/run-roles.js';

const dir = mkdtempSync(join(tmpdir(), 'roles-adverts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ADVERT = join(ROOT, 'tests', 'fixtures', 'job-adverts', 'tuning', 'pm-titled-po.md');
const widest = (text: string): number => Math.max(...linesOf(text).map((line) => [...line].length));

describe('roles search', () => {
  it('prints one tab-separated result per line when piped: id, field, passage', () => {
    const result = runRoles(['search', 'acceptance', 'criteria']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = linesOf(result.stdout);
    expect(lines[0]).toBe('product-owner\tresponsibilities\tDefine acceptance criteria and take part in accepting finished stories.');
    expect(lines[1]).toMatch(/^business-analyst\t/);
    for (const line of lines) expect(line.split('\t')).toHaveLength(3);
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('gives one JSON document whose results are ranked best first with id, field and text', () => {
    const result = runRoles(['search', 'roadmap', '--json']);
    const parsed = JSON.parse(result.stdout) as { query: string; results: { id: string; field: string; text: string; score: number }[] };
    expect(parsed.query).toBe('roadmap');
    expect(parsed.results[0]).toMatchObject({ id: 'product-manager', field: expect.any(String), text: expect.stringMatching(/roadmap/i) });
    const scores = parsed.results.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps to a family and a limit', () => {
    const ids = linesOf(runRoles(['search', 'backlog', '--family', 'product', '--limit', '2']).stdout).map((line) => line.split('\t')[0]);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(['product-manager', 'product-owner', 'associate-product-manager', 'technical-product-manager']).toContain(id);
  });

  it('highlights the matched words on a terminal only, within the width', () => {
    const coloured = runRoles(['search', 'prioritize', '--format', 'text', '--color', 'always'], { env: { COLUMNS: '50' } });
    // eslint-disable-next-line no-control-regex -- the bold codes are the point
    expect(coloured.stdout).toMatch(/\u001b\[1mPrioritise\u001b\[22m/);
    const plain = runRoles(['search', 'prioritize', '--format', 'text'], { env: { COLUMNS: '50' } });
    expect(plain.stdout).not.toMatch(ANSI);
    expect(widest(plain.stdout)).toBeLessThanOrEqual(50);
  });

  it('searches the roles of --data folders too', () => {
    const data = join(dir, 'data');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'zookeeper.yaml'), 'id: zookeeper\ntitle: Zookeeper\nsummary: Feeds the zebras and plans the enclosure roadmap.\n');
    const result = runRoles(['--data', data, 'search', 'zebras']);
    expect(result.stdout).toBe('zookeeper\tsummary\tFeeds the zebras and plans the enclosure roadmap.\n');
  });

  it('says so when nothing matches (exit 1), and rejects a bad limit (exit 2)', () => {
    expect(runRoles(['search', 'zzqx']).stderr).toBe('roles: no role mentions "zzqx" (try other or fewer words)\n');
    expect(runRoles(['search', 'zzqx']).status).toBe(1);
    const bad = runRoles(['search', 'backlog', '--limit', '0']);
    expect(bad.status).toBe(2);
    expect(linesOf(bad.stderr)).toHaveLength(1);
  });
});

describe('an unknown role name', () => {
  it('keeps the spelling suggestions and adds the closest role by search, exit 1', () => {
    const result = runRoles(['show', 'scrum master']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('roles: unknown role "scrum master" (run \'roles list\' to see every role); closest: Product Owner (po)\n');
  });

  it('prefers the role whose own name shares the telling word, and offers none for a weak match', () => {
    expect(runRoles(['show', 'marketing lead']).stderr).toMatch(/; closest: Product Marketing Manager \(pmm\)\n$/);
    expect(runRoles(['show', 'long-skills']).stderr).toBe("roles: unknown role \"long-skills\" (run 'roles list' to see every role)\n");
  });

  it('names no closest role when the spelling suggestion already names it, or nothing matches', () => {
    expect(runRoles(['compare', 'pm', 'prodct-owner']).stderr).toBe('roles: unknown role "prodct-owner" (did you mean product-owner?)\n');
    expect(runRoles(['questions', 'xyzzy']).stderr).toBe("roles: unknown role \"xyzzy\" (run 'roles list' to see every role)\n");
  });
});

describe('roles related', () => {
  it('keeps each reason to a line by default and gives every topic with --full', () => {
    const short = runRoles(['related', 'pm', '--format', 'text'], { env: { COLUMNS: '80' } });
    const full = runRoles(['related', 'pm', '--format', 'text', '--full'], { env: { COLUMNS: '80' } });
    expect(short.status).toBe(0);
    expect(full.status).toBe(0);
    expect(linesOf(short.stdout).at(-1)).toBe('More: roles related pm --full');
    expect(short.stdout).toMatch(/shared work: .* and \d+ more\n/);
    expect(full.stdout).not.toMatch(/ and \d+ more\n|More: /);
    expect(linesOf(full.stdout).length).toBeGreaterThan(linesOf(short.stdout).length);
  });

  it('lists the nearest roles with why, one record per line when piped', () => {
    const result = runRoles(['related', 'po']);
    expect(result.status).toBe(0);
    const records = linesOf(result.stdout).map((line) => line.split('\t'));
    expect(records.map((record) => record[0])).toContain('product-manager');
    expect(records.find((record) => record[0] === 'business-analyst')?.[3]).toMatch(/Prioritisation vs detailed analysis/);
  });

  it('gives the same answers, related and fit, without the build file of role words or with a damaged one', () => {
    const ask = (bin: string): string[] => [runRoles(['related', 'ba', '--json'], { bin }).stdout, runRoles(['fit', ADVERT, '--json', '--full'], { bin }).stdout];
    const expected = ask(BIN);
    const copy = mkdtempSync(join(dir, 'install-'));
    const bin = copyOfCommand(copy);
    for (const damage of ['[["product-owner", {"topics": 1}]]', 'not json']) {
      writeFileSync(join(copy, 'dist', 'role-words.json'), damage);
      expect(ask(bin), damage).toEqual(expected);
    }
    rmSync(join(copy, 'dist', 'role-words.json'));
    expect(ask(bin)).toEqual(expected);
  });

  it('compares a user file that replaces a built-in role by what the file says, not by the built-in words', () => {
    const data = mkdtempSync(join(dir, 'data-'));
    // A Product Owner file whose work is the Business Analyst's: it is no longer the analyst's nearest role by its words alone.
    const before = JSON.parse(runRoles(['related', 'ba', '--json']).stdout) as { related: { id: string; likeness: number }[] };
    writeFileSync(join(data, 'product-owner.yaml'), 'id: product-owner\ntitle: Product Owner\nsummary: Looks after the office plants.\nresponsibilities:\n  - Water the plants every week.\n');
    const after = JSON.parse(runRoles(['--data', data, 'related', 'ba', '--json']).stdout) as { related: { id: string; likeness: number }[] };
    const likeness = (view: typeof before): number | undefined => view.related.find((entry) => entry.id === 'product-owner')?.likeness;
    expect(likeness(before)).toBeGreaterThan(0.2);
    expect(likeness(after) ?? 0).toBe(0);
  });

  it('gives JSON with the shared work listed, and text within the width', () => {
    const parsed = JSON.parse(runRoles(['related', 'pm', '--json']).stdout) as { id: string; related: { id: string; sharedTopics: string[]; contrasts: string[] }[] };
    expect(parsed.id).toBe('product-manager');
    expect(parsed.related.find((entry) => entry.id === 'product-owner')?.contrasts).toContain('Direction vs execution');
    const text = runRoles(['related', 'pm', '--format', 'text'], { env: { COLUMNS: '40' } });
    expect(widest(text.stdout)).toBeLessThanOrEqual(40);
  });
});

describe('roles fit', () => {
  it('names the roles an advert describes with the evidence, and the misleading title', () => {
    const result = runRoles(['fit', ADVERT]);
    expect(result.status).toBe(0);
    const lines = linesOf(result.stdout);
    expect(lines[0]).toBe('title\tProduct Owner');
    expect(lines[1]).toMatch(/^mismatch\ttitled Product Owner; reads like a Product Manager: [a-z ,]+$/);
    expect(lines[2]).toMatch(/^match\tproduct-manager\t0\.\d+\t.*roadmap/);
    expect(lines.filter((line) => line.startsWith('axis\t')).map((line) => line.split('\t')[1])).toEqual(['strategy-delivery', 'outward-inward', 'technical']);
    expect(lines.find((line) => line.startsWith('axis\tstrategy-delivery'))).toMatch(/\tstrategy\t/);
  });

  it('reads stdin, and gives one JSON document with matches ranked best first', () => {
    const advert = '# Delivery Lead\n\nOwn the product backlog, write user stories with acceptance criteria and run sprint planning with the Scrum team.\n';
    const parsed = JSON.parse(runRoles(['fit', '--json'], { input: advert }).stdout) as { title: string; matches: { id: string; score: number; evidence: string[] }[] };
    expect(parsed.title).toBe('Delivery Lead');
    expect(parsed.matches[0]).toMatchObject({ id: 'product-owner', evidence: expect.arrayContaining(['acceptance criteria', 'user stories']) });
    expect(parsed.matches.map((match) => match.score)).toEqual([...parsed.matches.map((match) => match.score)].sort((a, b) => b - a));
  });

  it('fits its text output to the width', () => {
    const result = runRoles(['fit', ADVERT, '--format', 'text'], { env: { COLUMNS: '44' } });
    expect(widest(result.stdout)).toBeLessThanOrEqual(44);
    expect(result.stdout).toMatch(/^titled Product Owner; reads like a Product/m);
  });

  it.each([
    ['empty input', '', 'roles: the advert in stdin is empty (paste or pipe the text of a job advert)'],
    ['blank input', ' \n\t\n', 'roles: the advert in stdin is empty (paste or pipe the text of a job advert)'],
    ['binary input', 'PK\u0003\u0004\u0000\u0000binary', 'roles: the advert in stdin is not text (give a plain text or Markdown file)'],
  ])('rejects %s with one line, exit 1', (_name, input, line) => {
    const result = runRoles(['fit'], { input });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${line}\n`);
  });

  it('rejects a file that is not there or not text with one line, exit 1', () => {
    const missing = runRoles(['fit', join(dir, 'missing.md')]);
    expect(missing.status).toBe(1);
    expect(linesOf(missing.stderr)).toEqual([expect.stringMatching(/^roles: cannot read the advert .*missing\.md \(no such file\)/)]);
    const binary = join(dir, 'advert.pdf');
    writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00, 0x01]));
    expect(runRoles(['fit', binary]).stderr).toMatch(/^roles: the advert in .*advert\.pdf is not text/);
  });

  it('cuts input over the size cap with a message on stderr, and still fits what it read', () => {
    const big = join(dir, 'big.md');
    writeFileSync(big, `# Project Manager\n\n${'Write the project plan with scope, timeline and budget. '.repeat(6000)}`);
    const result = runRoles(['fit', big]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^roles: the advert in .*big\.md is over 256 KB; only its first 256 KB were read\n$/);
    expect(linesOf(result.stdout)).toContainEqual(expect.stringMatching(/^match\tproject-manager\t/));
  });
});

describe('output piped into head -1', () => {
  const quote = (arg: string): string => `'${arg.replace(/'/g, "'\\''")}'`;
  it.each([[['search', 'team']], [['related', 'pm']], [['fit', ADVERT]]])('%j exits 0 with nothing on stderr', (args) => {
    const errFile = join(dir, 'stderr.txt');
    const command = `${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')} 2>${quote(errFile)} | head -1; exit "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', command], { env: cleanEnv(), encoding: 'utf8' });
    expect({ status: result.status, stderr: readFileSync(errFile, 'utf8') }).toEqual({ status: 0, stderr: '' });
    expect(linesOf(result.stdout)).toHaveLength(1);
  });
});
