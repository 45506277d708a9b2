import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, createSession } from '../../src/checklist/checklist-session.js';
import type { InteractiveChecklistRequest } from '../../src/checklist/run-checklist-interactive.js';
import { saveSessionFile, writeNotesFile } from '../../src/checklist/save-session.js';
import { runChecklist, type ChecklistDeps, type ChecklistOptions } from '../../src/commands/checklist.js';
import type { Catalog } from '../../src/catalog/load-role-layers.js';
import { buildQuestionsView } from '../../src/views/questions-view.js';
import { builtinCatalog, builtinData } from '../helpers/builtin-catalog.js';
import { fakeIo, type FakeIo } from '../helpers/fake-io.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const data = builtinData();
const catalog: Catalog = builtinCatalog();
const po = data.roles.find((loaded) => loaded.role.id === 'product-owner')!;
const t = new Date('2026-11-23T10:00:00Z');

let home: string;
let checklists: string;
let requests: InteractiveChecklistRequest[];
const deps: ChecklistDeps = {
  catalog: async () => catalog,
  bundle: async () => ({ runInteractiveChecklist: async (request: InteractiveChecklistRequest) => void requests.push(request), saveSessionFile, writeNotesFile }),
};
const terminalIo = (extra: Parameters<typeof fakeIo>[0] = {}): FakeIo =>
  fakeIo({ stdinIsTTY: true, stderrIsTTY: true, env: { HOME: home, XDG_DATA_HOME: join(home, 'data') }, cwd: home, now: () => t, ...extra });
const run = (role: string | undefined, options: ChecklistOptions, io: FakeIo) => runChecklist(role, options, io, deps);

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'roles-cmd-'));
  checklists = join(home, 'data', 'roles', 'checklists');
  requests = [];
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const savedSession = (company = 'Acme', name = 'product-owner--acme--2026-01-05.json') => {
  const session = answerQuestion(createSession(buildQuestionsView([po], data.knowledge, { common: true }), { id: 'product-owner', title: 'Product Owner' }, company, t), 0, 'answered', 'found it', t);
  saveSessionFile(join(checklists, name), session);
  return session;
};

describe('roles checklist without a terminal', () => {
  it.each([
    ['stdin is not a terminal', { stdinIsTTY: false }, {}],
    ['stderr is not a terminal', { stderrIsTTY: false }, {}],
    ['--no-input was given', {}, { input: false }],
  ])('refuses at once when %s, pointing to questions and --export', async (why, ioExtra, options) => {
    const io = terminalIo(ioExtra);
    await expect(run('po', { company: 'Acme Corp', ...options }, io)).rejects.toMatchObject({
      kind: 'usage',
      message: `checklist asks its questions in a terminal, and ${why}`,
      hint: `print them with 'roles questions po', or saved answers with 'roles checklist po --company "Acme Corp" --export'`,
    });
    expect(requests).toEqual([]);
  });

  it('looks the role up first: a mistyped one is an unknown role, not a hint to run commands that fail', async () => {
    for (const ioExtra of [{ stdinIsTTY: false }, {}]) {
      await expect(run('prodct-owner', { input: ioExtra.stdinIsTTY ?? false }, terminalIo(ioExtra))).rejects.toMatchObject({
        kind: 'not-found',
        message: 'unknown role "prodct-owner"',
        hint: 'did you mean product-owner?',
      });
    }
  });

  it('names the role in its hints by its short name, however it was typed', async () => {
    await expect(run('Product Owner', { input: false }, terminalIo())).rejects.toMatchObject({
      hint: `print them with 'roles questions po', or saved answers with 'roles checklist po --export'`,
    });
  });
});

describe('roles checklist in a terminal', () => {
  it('starts a session named from role, company and date in the data folder', async () => {
    await run('po', { company: 'Acme Corp' }, terminalIo());
    expect(requests[0]).toMatchObject({
      file: join(checklists, 'product-owner--acme-corp--2026-11-23.json'),
      company: 'Acme Corp',
      restart: false,
      format: 'md',
      resumeCommand: 'roles checklist po --company "Acme Corp"',
    });
    expect(requests[0]?.fresh.questions).toHaveLength(po.role.research!.questions!.length + data.knowledge.commonQuestions.length);
  });

  it('carries on with an earlier session for the same role and company', async () => {
    savedSession();
    await run('product owner', { company: 'ACME', restart: true, format: 'json' }, terminalIo());
    expect(requests[0]).toMatchObject({ file: join(checklists, 'product-owner--acme--2026-01-05.json'), restart: true, format: 'json', resumeCommand: 'roles checklist po --company ACME' });
  });

  it('uses --file and --out relative to the current folder', async () => {
    await run('po', { file: 'mine.json', out: 'notes.md' }, terminalIo());
    expect(requests[0]).toMatchObject({ file: join(home, 'mine.json'), out: join(home, 'notes.md'), resumeCommand: 'roles checklist po --file mine.json' });
  });

  it('needs a role, and a known one', async () => {
    await expect(run(undefined, {}, terminalIo())).rejects.toMatchObject({ kind: 'usage', message: 'checklist needs a role' });
    await expect(run('prodct-ownr', {}, terminalIo())).rejects.toThrow(/unknown role/);
  });
});

describe('roles checklist --export', () => {
  it('prints the saved session as Markdown notes, with no terminal needed', async () => {
    savedSession();
    const io = terminalIo({ stdinIsTTY: false, stderrIsTTY: false });
    await run('po', { company: 'Acme', export: true }, io);
    expect(io.stdout()).toMatch(/^# Research notes: Product Owner at Acme\n/);
    expect(io.stdout()).toContain('**Note:** found it');
    expect(markdownProblems(io.stdout())).toEqual([]);
  });

  it('exports the raw session as JSON, or to a file with --out, from --file alone', async () => {
    const session = savedSession();
    const io = terminalIo();
    await run(undefined, { file: join(checklists, 'product-owner--acme--2026-01-05.json'), export: true, json: true }, io);
    expect(JSON.parse(io.stdout())).toEqual(session);
    await run('po', { company: 'Acme', export: true, out: 'notes.md' }, io);
    expect(readFileSync(join(home, 'notes.md'), 'utf8')).toMatch(/^# Research notes/);
  });

  it('says when there is nothing saved, and how to start', async () => {
    await expect(run('po', { company: 'Globex', export: true }, terminalIo())).rejects.toMatchObject({
      kind: 'not-found',
      message: `no saved checklist for product-owner at "Globex" in ${checklists}`,
      hint: "start one with 'roles checklist po --company Globex', or see 'roles checklist --list'",
    });
  });

  it('reports a corrupt session instead of exporting it', async () => {
    mkdirSync(checklists, { recursive: true });
    writeFileSync(join(checklists, 'product-owner--2026-01-01.json'), '{');
    await expect(run('po', { export: true }, terminalIo())).rejects.toMatchObject({ kind: 'data', message: expect.stringContaining('not valid JSON') as unknown });
  });
});

describe('roles checklist --list', () => {
  it('shows each saved session with its progress, and unreadable ones as such', async () => {
    savedSession();
    savedSession('', 'product-owner--2026-02-01.json');
    writeFileSync(join(checklists, 'business-analyst--2026-03-01.json'), 'oops');
    const io = terminalIo();
    await run(undefined, { list: true, format: 'plain' }, io);
    const total = po.role.research!.questions!.length + data.knowledge.commonQuestions.length;
    expect(io.stdout().trimEnd().split('\n').map((line) => line.split('\t').slice(1))).toEqual([
      ['', '', 'unreadable', 'unreadable', '', ''],
      ['product-owner', '', `1/${total}`, 'in progress', '2026-11-23', 'roles checklist po --export'],
      ['product-owner', 'Acme', `1/${total}`, 'in progress', '2026-11-23', 'roles checklist po --company Acme --export'],
    ]);
    const text = terminalIo({ stdoutIsTTY: true, width: 100 });
    await run(undefined, { list: true }, text);
    expect(text.stdout()).toMatch(/Product Owner at Acme +1\/\d+/);
    expect(text.stdout()).toContain('product-owner--acme--2026-01-05.json');
    expect(text.stdout()).not.toContain(checklists);
    expect(text.stderr()).toBe(`Saved in ${checklists}. To print one as notes:\n  roles checklist po --export\n  roles checklist po --company Acme --export\n`);
  });

  it('gives each session the exact command that exports it, by --file when role and company would find another', async () => {
    savedSession('Acme Corp', 'product-owner--acme-corp--2026-01-05.json');
    savedSession('Acme Corp', 'product-owner--acme-corp--2025-12-01.json');
    const io = terminalIo();
    await run(undefined, { list: true, json: true }, io);
    const rows = JSON.parse(io.stdout()) as { export: string }[];
    const older = join(checklists, 'product-owner--acme-corp--2025-12-01.json');
    expect(rows.map((row) => row.export)).toEqual(['roles checklist po --company "Acme Corp" --export', `roles checklist --file ${older} --export`]);
  });

  it('says there are none on stderr and prints nothing, or an empty JSON list', async () => {
    const io = terminalIo();
    await run(undefined, { list: true }, io);
    expect(io.stdout()).toBe('');
    expect(io.stderr()).toBe(`roles: no saved checklists in ${checklists} (start one with 'roles checklist ROLE')\n`);
    const json = terminalIo();
    await run(undefined, { list: true, json: true }, json);
    expect(JSON.parse(json.stdout())).toEqual([]);
  });
});
