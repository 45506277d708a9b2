// The config file's pager in a real pseudo-terminal, against the environment and the
// flag that win over it: stand-in pagers record what they are given.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, linesOf, makeHome, runRoles } from '../helpers/run-roles.js';
import { Terminal } from './checklist-terminal.js';

const home = makeHome();
afterAll(() => home.cleanup());
let made = 0;

function recordingPager(): { command: string; record: string } {
  made++;
  const command = join(home.home, `pager-${made}`);
  const record = `${command}.record`;
  writeFileSync(command, `#!/bin/sh\ncat > '${record}'\n`);
  chmodSync(command, 0o755);
  return { command, record };
}

/** `roles show pm --full`, taller than the 80×24 terminal it runs in, with this config file. */
async function showInTerminal(config: string, env: Record<string, string | undefined> = {}, flags = ''): Promise<{ exitCode: number; screen: string }> {
  const file = join(home.home, `config-${++made}.yaml`);
  writeFileSync(file, config);
  const line = `'${process.execPath}' '${BIN}' ${flags} show pm --full`;
  const terminal = new Terminal([], { env: { ...home.env, ROLES_CONFIG: file, PAGER: undefined, ROLES_PAGER: undefined, ...env }, cols: 80, rows: 24, command: ['/bin/sh', '-c', line] });
  const { exitCode } = await terminal.exited;
  return { exitCode, screen: terminal.text() };
}

describe('pager in the config file', () => {
  it('pages output taller than the screen when neither ROLES_PAGER nor PAGER is set', async () => {
    const pager = recordingPager();
    const run = await showInTerminal(`pager: ${pager.command}\n`);
    expect(run.exitCode).toBe(0);
    expect(readFileSync(pager.record, 'utf8')).toContain('Product Manager');
  });

  it.each(['PAGER', 'ROLES_PAGER'])('gives way to %s', async (variable) => {
    const configured = recordingPager();
    const fromEnv = recordingPager();
    await showInTerminal(`pager: ${configured.command}\n`, { [variable]: fromEnv.command });
    expect(readFileSync(fromEnv.record, 'utf8')).toContain('Product Manager');
    expect(existsSync(configured.record)).toBe(false);
  });

  it('gives way to --no-pager', async () => {
    const configured = recordingPager();
    const run = await showInTerminal(`pager: ${configured.command}\n`, {}, '--no-pager');
    expect(run.exitCode).toBe(0);
    expect(existsSync(configured.record)).toBe(false);
  });

  it.each(['false', 'never'])('with %s, prints straight to the terminal instead of through less', async (value) => {
    const run = await showInTerminal(`pager: ${value}\n`);
    expect(run.exitCode).toBe(0);
    // Printed to the end: less would have stopped at the first screen and waited.
    const lastLine = linesOf(runRoles(['show', 'pm', '--format', 'text', '--full'], { env: { COLUMNS: '80' } }).stdout).at(-1) ?? '';
    expect(lastLine).not.toBe('');
    expect(run.screen).toContain(lastLine);
  });
});
