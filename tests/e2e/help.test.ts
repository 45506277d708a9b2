// Help screens fit the width in effect, and `roles help NAME` treats an unknown name as
// the usage error it is.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { linesOf, runRoles } from '../helpers/run-roles.js';

const COMMANDS = ['', 'list', 'show', 'compare', 'questions', 'checklist', 'paths', 'validate', 'new', 'edit', 'completion', 'help'];

describe('help', () => {
  it.each([40, 80])('fits every help screen in COLUMNS=%i', (columns) => {
    for (const command of COMMANDS) {
      const result = runRoles([...(command ? [command] : []), '--help'], { env: { COLUMNS: String(columns) } });
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toMatch(/^Usage: roles/);
      for (const line of linesOf(result.stdout)) expect(displayWidth(line), `${command}: ${line}`).toBeLessThanOrEqual(columns);
    }
    for (const line of linesOf(runRoles([], { env: { COLUMNS: String(columns) } }).stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
  });

  it.each([
    [20, 20],
    [23, 23],
    [10, 20],
    [1, 20],
  ])('keeps every help screen in COLUMNS=%i within %i columns, the narrowest help is laid out for', (columns, widest) => {
    for (const command of COMMANDS) {
      const result = runRoles([...(command ? [command] : []), '--help'], { env: { COLUMNS: String(columns) } });
      expect(result.status, command).toBe(0);
      for (const line of linesOf(result.stdout)) expect(displayWidth(line), `${command}: ${line}`).toBeLessThanOrEqual(widest);
    }
  });

  it('shows a command\'s help for `roles help NAME`, its alias included', () => {
    for (const name of ['show', 'ls']) {
      const result = runRoles(['help', name]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: roles (show|list)/);
    }
    expect(runRoles(['help']).stdout).toContain('Usage: roles [options] [command]');
  });

  it('reports an unknown name given to help as a one-line usage error, with commander\'s suggestion', () => {
    const unknown = runRoles(['help', 'bogus']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe("roles: unknown command 'bogus' (see 'roles --help')\n");
    expect(runRoles(['help', 'shwo']).stderr).toBe("roles: unknown command 'shwo' (did you mean show?)\n");
    expect(runRoles(['shwo']).stderr).toBe("roles: unknown command 'shwo' (did you mean show?)\n");
  });
});
