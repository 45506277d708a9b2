// `roles checklist --list` through the built command: every export command it shows works as typed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, createSession } from '../../src/checklist/checklist-session.js';
import { saveSessionFile } from '../../src/checklist/save-session.js';
import { BIN, cleanEnv, makeHome, ROOT, runRoles } from '../helpers/run-roles.js';

let home: ReturnType<typeof makeHome>;
beforeEach(() => {
  home = makeHome();
});
afterEach(() => home.cleanup());

const t = new Date('2026-11-23T10:00:00Z');
const save = (name: string, company: string | undefined, note: string): void => {
  const view = { title: 'T', groups: [{ kind: 'role' as const, id: 'product-owner', heading: 'Product Owner', questions: ['Q1?'] }] };
  const session = answerQuestion(createSession(view, { id: 'product-owner', title: 'Product Owner' }, company, t), 0, 'answered', note, t);
  saveSessionFile(join(home.env.XDG_DATA_HOME, 'roles', 'checklists', name), session);
};

describe('roles checklist --list', () => {
  it('shows for each session a command that exports that very session, with --company where it has one', () => {
    save('product-owner--acme-corp--2026-11-23.json', 'Acme Corp', 'newest at Acme');
    save('product-owner--acme-corp--2026-10-01.json', 'Acme Corp', 'older at Acme');
    save('product-owner--2026-11-20.json', undefined, 'no company');
    const listed = runRoles(['checklist', '--list', '--json'], { env: home.env });
    expect(listed.status).toBe(0);
    const rows = JSON.parse(listed.stdout) as { file: string; export: string }[];
    expect(rows.map((row) => row.export.replace(home.home, '~'))).toEqual([
      'roles checklist po --company "Acme Corp" --export',
      'roles checklist po --export',
      `roles checklist --file ~/.local/share/roles/checklists/product-owner--acme-corp--2026-10-01.json --export`,
    ]);
    for (const [row, note] of rows.map((row, i) => [row, ['newest at Acme', 'no company', 'older at Acme'][i]] as const)) {
      const command = row.export.replace(/^roles /, `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} `);
      const exported = spawnSync('/bin/sh', ['-c', command], { env: cleanEnv(home.env), cwd: ROOT, encoding: 'utf8' });
      expect(exported.status, row.export).toBe(0);
      expect(exported.stdout).toContain(`**Note:** ${note}`);
    }
    const text = runRoles(['checklist', '--list', '--format', 'text'], { env: home.env });
    expect(text.stderr).toContain('To print one as notes:\n  roles checklist po --company "Acme Corp" --export\n  roles checklist po --export\n');
  });
});
