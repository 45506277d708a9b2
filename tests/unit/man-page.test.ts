import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { manPage, renderManPage } from '../../src/cli/man-page.js';

describe('man page', () => {
  it('has a section for each command and each help topic, from the help screens', () => {
    const page = manPage('9.9.9');
    expect(page).toMatch(/^\.TH ROLES 1 "" "roles 9\.9\.9"/);
    for (const name of ['list', 'show', 'compare', 'questions', 'checklist', 'paths', 'validate', 'completion']) expect(page).toContain(`.SS roles ${name}\n.nf\nUsage: roles ${name}`);
    for (const topic of ['FORMATS', 'DATA', 'CONFIG', 'EXIT CODES']) expect(page).toContain(`\n.SH ${topic}\n`);
    expect(page).not.toContain('__complete');
    expect(page).toContain('.SH FILES\n.TP\n.I ~/.config/roles/config.yaml\n');
    expect(page).toMatch(/\.SH CONFIG\n[^]*command line first, then the environment, then\nthe config file, then the built\\-in default/);
    expect(page).toContain('roles compare pm po');
  });

  it('keeps help text from being read as roff requests or escapes', () => {
    const program = new Command('roles').description('a tool').addHelpText('after', ".hidden request\n'another\nback\\slash and -dash");
    const page = renderManPage({ version: '1', program, topics: {} });
    expect(page).toContain('\\&.hidden request\n\\&\'another\nback\\eslash and \\-dash');
  });
});
