import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, createSession, type ChecklistSession } from '../../src/checklist/checklist-session.js';
import { backupSessionFile, removeStaleTempFiles, saveSessionFile } from '../../src/checklist/save-session.js';
import { checklistsDir, companySlug, findSessionFile, listSessionFiles, readSessionFile, sessionFileName, sessionMismatch } from '../../src/checklist/session-files.js';
import { lockSession } from '../../src/checklist/session-lock.js';
import type { QuestionsView } from '../../src/views/questions-view.js';

const view: QuestionsView = { title: 'T', groups: [{ kind: 'common', id: 'common', heading: 'For any role', questions: ['A?', 'B?'] }] };
const t = new Date('2026-11-23T10:00:00Z');
const sessionFor = (id: string, company?: string): ChecklistSession => createSession(view, { id, title: id }, company, t);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'roles-checklist-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('where sessions live', () => {
  it('uses XDG_DATA_HOME, else ~/.local/share', () => {
    expect(checklistsDir({ XDG_DATA_HOME: '/data' }, '/home/u')).toBe('/data/roles/checklists');
    expect(checklistsDir({}, '/home/u')).toBe('/home/u/.local/share/roles/checklists');
  });

  it('names a file from role, company and date', () => {
    expect(sessionFileName('product-owner', 'Acme Corp.', '2026-11-23')).toBe('product-owner--acme-corp--2026-11-23.json');
    expect(sessionFileName('product-owner', undefined, '2026-11-23')).toBe('product-owner--2026-11-23.json');
    expect(companySlug('Société Générale / Paris')).toBe('societe-generale-paris');
    expect(companySlug('株式会社 メルカリ')).toBe('株式会社-メルカリ');
  });

  it('finds the newest session for the same role and company only', () => {
    for (const name of ['product-owner--acme--2026-01-02.json', 'product-owner--acme--2026-03-01.json', 'product-owner--2026-05-01.json', 'product-owner--acme-labs--2026-06-01.json', 'product--owner-acme--2026-07-01.json', 'product-owner--acme--2026-08-01.json.20260801T000000Z.bak']) {
      writeFileSync(join(dir, name), '{}');
    }
    expect(findSessionFile(dir, 'product-owner', 'ACME')).toBe(join(dir, 'product-owner--acme--2026-03-01.json'));
    expect(findSessionFile(dir, 'product-owner', undefined)).toBe(join(dir, 'product-owner--2026-05-01.json'));
    expect(findSessionFile(dir, 'business-analyst', 'Acme')).toBeUndefined();
    expect(findSessionFile(join(dir, 'missing'), 'product-owner', 'Acme')).toBeUndefined();
  });

  it('lists sessions newest first, with what is wrong with unreadable ones', () => {
    saveSessionFile(join(dir, 'product-owner--acme--2026-01-02.json'), sessionFor('product-owner', 'Acme'));
    writeFileSync(join(dir, 'business-analyst--2026-02-02.json'), '{"format": "roles-checklist", "vers');
    const entries = listSessionFiles(dir);
    expect(entries.map((entry) => [entry.file.slice(dir.length + 1), entry.session?.role.id, entry.problem?.replace(/ \(.*/, '')])).toEqual([
      ['business-analyst--2026-02-02.json', undefined, 'not a usable checklist session: not valid JSON'],
      ['product-owner--acme--2026-01-02.json', 'product-owner', undefined],
    ]);
  });

  it('reports a corrupt session with its file and leaves the file alone', () => {
    const file = join(dir, 'product-owner--2026-01-02.json');
    writeFileSync(file, 'garbage');
    expect(() => readSessionFile(file)).toThrow(expect.objectContaining({ kind: 'data', location: { file }, message: expect.stringMatching(/not valid JSON.*kept as it is/) as unknown }));
    expect(readFileSync(file, 'utf8')).toBe('garbage');
  });

  it('says why a session belongs to another role or company', () => {
    const session = sessionFor('product-owner', 'Acme');
    expect(sessionMismatch(session, 'product-owner', 'acme')).toBeUndefined();
    expect(sessionMismatch(session, 'product-owner', undefined)).toBeUndefined();
    expect(sessionMismatch(session, 'business-analyst', 'Acme')).toMatch(/checklist for product-owner, not business-analyst/);
    expect(sessionMismatch(session, 'product-owner', 'Globex')).toMatch(/"Acme", not "Globex"/);
  });
});

describe('saving sessions', () => {
  it('writes the whole session readable by its owner only, creating the folder', () => {
    const file = join(dir, 'deep', 'er', 'po--2026-01-01.json');
    const session = answerQuestion(sessionFor('product-owner'), 0, 'answered', 'note', t);
    saveSessionFile(file, session);
    expect(readSessionFile(file)).toEqual(session);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['po--2026-01-01.json']);
  });

  it('removes temporary files a killed writer left beside the session, and nothing else', () => {
    const file = join(dir, 'po--2026-01-01.json');
    saveSessionFile(file, sessionFor('product-owner'));
    for (const name of ['po--2026-01-01.json.3141592653', 'po--2026-01-01.json.lock', 'po--2026-01-01.json.20260101T000000Z.bak', 'other.json.123']) writeFileSync(join(dir, name), '');
    removeStaleTempFiles(file);
    expect(readdirSync(dir).sort()).toEqual(['other.json.123', 'po--2026-01-01.json', 'po--2026-01-01.json.20260101T000000Z.bak', 'po--2026-01-01.json.lock']);
  });

  it('keeps the old file as a timestamped backup', () => {
    const file = join(dir, 'po--2026-01-01.json');
    writeFileSync(file, 'old');
    const backup = backupSessionFile(file, new Date('2026-11-23T10:11:12.345Z'));
    expect(backup).toBe(`${file}.20261123T101112Z.bak`);
    expect(readFileSync(`${file}.20261123T101112Z.bak`, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['po--2026-01-01.json.20261123T101112Z.bak']);
  });

  it('has nothing to back up when there is no file', () => {
    expect(backupSessionFile(join(dir, 'none.json'), t)).toBeUndefined();
  });

  it('turns a failed write into a one-line error naming the file', () => {
    mkdirSync(join(dir, 'blocked'));
    writeFileSync(join(dir, 'blocked', 'file'), '');
    expect(() => saveSessionFile(join(dir, 'blocked', 'file', 'x.json'), sessionFor('po'))).toThrow(expect.objectContaining({ kind: 'io', message: expect.stringMatching(/^cannot save the checklist \(E[A-Z]+\)$/) as unknown }));
  });
});

describe('locking a session', () => {
  it('lets one process in and tells the next which process holds it', () => {
    const file = join(dir, 'po.json');
    const lock = lockSession(file, 1111, () => true);
    expect(readFileSync(lock.file, 'utf8')).toBe('1111\n');
    expect(() => lockSession(file, 2222, () => true)).toThrow(/open in another 'roles checklist' \(process 1111\)/);
    lock.release();
    const next = lockSession(file, 2222, () => true);
    expect(readFileSync(next.file, 'utf8')).toBe('2222\n');
    next.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock whose process is gone', () => {
    const file = join(dir, 'po.json');
    lockSession(file, 1111, () => true);
    const lock = lockSession(file, 2222, (pid) => pid !== 1111);
    expect(readFileSync(lock.file, 'utf8')).toBe('2222\n');
  });

  it('leaves a lock it no longer owns in place on release', () => {
    const file = join(dir, 'po.json');
    const first = lockSession(file, 1111, () => true);
    const second = lockSession(file, 2222, () => false);
    first.release();
    expect(readFileSync(second.file, 'utf8')).toBe('2222\n');
  });
});
