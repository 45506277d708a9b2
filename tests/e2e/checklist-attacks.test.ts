// The checklist under the attacks of the second hardening pass (issue 18): links to a
// session, special files where a session should be, full disks, hostile saved notes,
// dumb terminals and company names that name nothing.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TERMINAL_DRIVING_NOTE, writeSessionWithNote } from '../fixtures/attack-corpus.js';
import { CAN_MOUNT_DISK, mountSmallDisk } from '../helpers/full-disk.js';
import { linesOf, makeHome, runRoles } from '../helpers/run-roles.js';
import { KEY, Terminal, waitForQuestion } from './checklist-terminal.js';

let home: ReturnType<typeof makeHome>;
beforeEach(() => {
  home = makeHome();
});
afterEach(() => home.cleanup());

const QUESTIONS = ['First question?', 'Second question?', 'Third question?'].map((text) => ({ group: 'product-owner', text }));
const roles = (args: string[]) => runRoles(args, { env: home.env, cwd: home.home });
const mkfifo = (path: string): void => void expect(spawnSync('mkfifo', [path]).status).toBe(0);
const NO_FULL_DISK = 'mounting a small tmpfs needs root';

describe('the checklist lock', () => {
  it('holds through a symbolic link to the session: a second checklist on the link is refused', async () => {
    const first = new Terminal(['checklist', 'po', '--company', 'Race'], { env: home.env });
    await waitForQuestion(first, 1);
    const dir = join(home.env.XDG_DATA_HOME, 'roles', 'checklists');
    const [name] = readdirSync(dir).filter((file) => file.endsWith('.json'));
    symlinkSync(join(dir, name ?? ''), join(home.home, 'LINK.json'));
    const second = new Terminal(['checklist', 'po', '--file', join(home.home, 'LINK.json')], { env: home.env });
    expect((await second.exited).exitCode).toBe(1);
    expect(second.text()).toMatch(/roles: .*: this checklist is open in another 'roles checklist' \(process \d+\)/);
    first.type(KEY.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
  });

  it.skipIf(!CAN_MOUNT_DISK)(`leaves no lock draft behind on a full disk (${NO_FULL_DISK})`, async () => {
    const disk = mountSmallDisk();
    try {
      disk?.fill();
      const file = join(disk?.dir ?? '', 'session.json');
      const terminal = new Terminal(['checklist', 'po', '--file', file], { env: home.env });
      expect((await terminal.exited).exitCode).toBe(1);
      expect(terminal.text()).toContain('cannot lock the checklist (ENOSPC)');
      expect(readdirSync(disk?.dir ?? '')).toEqual(['filler']);
    } finally {
      disk?.release();
    }
  });
});

describe.skipIf(!CAN_MOUNT_DISK)(`--export --out on a full disk (${NO_FULL_DISK})`, () => {
  it('says so in one line and keeps the old notes whole', () => {
    const disk = mountSmallDisk();
    try {
      const session = join(home.home, 'session.json');
      writeSessionWithNote(session, `${'a long note '.repeat(2000)}`, QUESTIONS);
      const notes = join(disk?.dir ?? '', 'notes.md');
      writeFileSync(notes, 'my old notes\n');
      disk?.fill();
      const result = roles(['checklist', '--file', session, '--export', '--out', notes]);
      expect(result.status).toBe(1);
      expect(linesOf(result.stderr)).toEqual([expect.stringMatching(/^roles: .*notes\.md: cannot write the notes \(ENOSPC\)/)]);
      expect(readFileSync(notes, 'utf8')).toBe('my old notes\n');
      expect(readdirSync(disk?.dir ?? '').sort()).toEqual(['filler', 'notes.md']);
    } finally {
      disk?.release();
    }
  });
});

describe('special files where a session should be', () => {
  it('refuses a named pipe given with --file at once, in one line', () => {
    mkfifo(join(home.home, 'pipe.json'));
    const result = roles(['checklist', '--file', 'pipe.json', '--export']);
    expect({ status: result.status, signal: result.signal }).toEqual({ status: 1, signal: null });
    expect(result.stderr).toBe(`roles: ${join(home.home, 'pipe.json')}: cannot read this checklist (it is a named pipe) (a checklist is a file; choose another --file)\n`);
  });

  it('refuses a named pipe in the checklist folder for --export, and lists it as unreadable with --list', () => {
    const dir = join(home.env.XDG_DATA_HOME, 'roles', 'checklists');
    mkdirSync(dir, { recursive: true });
    mkfifo(join(dir, 'product-owner--2026-11-01.json'));
    const exported = roles(['checklist', 'po', '--export']);
    expect({ status: exported.status, signal: exported.signal }).toEqual({ status: 1, signal: null });
    expect(exported.stderr).toContain('cannot read this checklist (it is a named pipe)');
    const listed = roles(['checklist', '--list', '--json']);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('it is a named pipe');
  });

  it('refuses a named pipe when asking questions, too', async () => {
    mkfifo(join(home.home, 'pipe.json'));
    const terminal = new Terminal(['checklist', 'po', '--file', join(home.home, 'pipe.json')], { env: home.env });
    expect((await terminal.exited).exitCode).toBe(1);
    expect(terminal.text()).toContain('cannot read this checklist (it is a named pipe)');
  });

  it('refuses a link to /dev/zero rather than reading forever', () => {
    symlinkSync('/dev/zero', join(home.home, 'zero.json'));
    const result = roles(['checklist', '--file', 'zero.json', '--export']);
    expect({ status: result.status, signal: result.signal }).toEqual({ status: 1, signal: null });
    expect(result.stderr).toContain('cannot read this checklist (it is a device)');
  });
});

describe('a hostile saved note', () => {
  it('is shown in the note prompt on resume without its escape sequences', async () => {
    const file = join(home.home, 'session.json');
    writeSessionWithNote(file, TERMINAL_DRIVING_NOTE, QUESTIONS);
    const terminal = new Terminal(['checklist', 'po', '--file', file], { env: home.env });
    await waitForQuestion(terminal, 2);
    // Back to question 1, keep "Answered": its note comes back for editing.
    terminal.type(KEY.down.repeat(4) + KEY.enter);
    await waitForQuestion(terminal, 1);
    terminal.type(KEY.enter);
    await terminal.waitFor('see the wiki');
    terminal.type(KEY.ctrlC);
    await terminal.exited;
    for (const code of ['\u001b]52;', '\u001b]0;', '\u001b[2J']) expect(terminal.rawOutput()).not.toContain(code);
  });

  it('is escaped in the JSON export, C1 controls and bidi overrides included', () => {
    const file = join(home.home, 'session.json');
    writeSessionWithNote(file, 'csi \u009b2J osc \u009d0;t\u009c nel \u0085 rlo \u202e del \u007f', QUESTIONS);
    const result = roles(['checklist', '--file', file, '--export', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(result.stdout).toContain('csi \\u009b2J');
  });
});

describe('where the checklist cannot or should not ask', () => {
  it('refuses a dumb terminal, which cannot move the cursor, without sending cursor codes', async () => {
    const terminal = new Terminal(['checklist', 'po'], { env: { ...home.env, TERM: 'dumb' } });
    expect((await terminal.exited).exitCode).toBe(2);
    expect(terminal.text()).toContain("roles: checklist asks its questions in a terminal, and TERM=dumb says it cannot move the cursor (print them with 'roles questions po'");
    // eslint-disable-next-line no-control-regex -- any escape sequence is what must not be there
    expect(terminal.rawOutput()).not.toMatch(/\u001b/);
  });

  it.each(['!!!', '-', '..', '   '])('refuses --company %j, which has no letter or digit to name a session by', (company) => {
    for (const args of [['checklist', 'po', '--company', company, '--export'], ['checklist', 'po', '--company', company]]) {
      const result = roles(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`roles: --company "${company}" has no letter or digit to name its checklist by (give the company's name, e.g. --company "Acme", or leave --company out)\n`);
    }
  });
});
