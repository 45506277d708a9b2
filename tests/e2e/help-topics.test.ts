// Help that teaches: the overview `roles` prints alone, the topics of `roles help TOPIC`,
// and a Docs line naming files that are there.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { linesOf, ROOT, runRoles } from '../helpers/run-roles.js';

describe('roles alone', () => {
  it('says what it is, shows the three most useful commands and where to read more', () => {
    const result = runRoles([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^roles explains the jobs around product development/);
    expect(result.stdout).toContain('Most useful:\n  roles compare pm po\n  roles show "business analyst"\n  roles questions po --format md > notes.md\n');
    expect(result.stdout).toContain("'roles --help'");
    expect(result.stdout.replace(/\s+/g, ' ')).toContain("'roles quiz' asks twelve questions and ranks the roles; 'roles map' and 'roles graph'");
    expect(linesOf(result.stdout).length).toBeLessThanOrEqual(15);
  });
});

describe('roles help TOPIC', () => {
  it.each(['formats', 'data', 'config', 'exit-codes'])('explains %s within the width', (topic) => {
    for (const columns of [40, 80]) {
      const result = runRoles(['help', topic], { env: { COLUMNS: String(columns) } });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      for (const line of linesOf(result.stdout)) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    }
  });

  it('gives each exit code with what it means', () => {
    expect(runRoles(['help', 'exit-codes']).stdout).toMatch(/^ {2}0 +success\n {2}1 +failure: .*\n(.*\n)* {2}2 +usage error: .*\n(.*\n)* {2}130 +interrupted/);
  });

  it('lists the layers in order of precedence', () => {
    expect(runRoles(['help', 'data']).stdout).toMatch(/1\. +the built-in roles[\s\S]*2\. +your folder[\s\S]*3\. +each folder in the config file's data list[\s\S]*4\. +each folder in ROLES_PATH[\s\S]*5\. +each --data DIR/);
  });
});

describe('the Docs line', () => {
  it('names the folder the command is installed in, which holds the files it names', () => {
    const result = runRoles(['--help'], { env: { COLUMNS: '500' } });
    const docs = /^Docs: (.+) and (.+) in (.+); 'roles help TOPIC'/m.exec(result.stdout);
    expect(docs?.[3]).toBe(ROOT.replace(/\/$/, ''));
    for (const file of [docs?.[1], docs?.[2]]) expect(existsSync(`${docs?.[3]}/${file}`), file).toBe(true);
  });
});

describe('a usage error', () => {
  it.each([
    [['show', '--bogus'], "roles: unknown option '--bogus' (see 'roles show --help')\n"],
    [['show'], "roles: missing required argument 'role' (see 'roles show --help')\n"],
    [['ls', '--bogus'], "roles: unknown option '--bogus' (see 'roles list --help')\n"],
    [['compare', 'pm', '--fields'], "roles: option '--fields <names>' argument missing (see 'roles compare --help')\n"],
    [['--bogus'], "roles: unknown option '--bogus' (see 'roles --help')\n"],
    [['help', 'bogus'], "roles: unknown command 'bogus' (see 'roles --help')\n"],
  ])('for %j points to the help of the command given', (args, line) => {
    const result = runRoles(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(line);
  });
});
