// The pager in a real pseudo-terminal, from the environment or the config file:
// stand-in pagers record what they are given.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANSI, BIN, linesOf, makeHome, runRoles } from '../helpers/run-roles.js';
import { KEY, Terminal } from './checklist-terminal.js';

const home = makeHome();
afterAll(() => home.cleanup());
let made = 0;

/** A pager script that writes its arguments, LESS, and everything it reads to a file of its own. */
function recordingPager(): { command: string; record: string } {
  made++;
  const command = join(home.home, `pager-${made}`);
  const record = `${command}.record`;
  writeFileSync(command, `#!/bin/sh\nprintf 'args:%s LESS:%s\\n' "$*" "$LESS" > '${record}'\ncat >> '${record}'\n`);
  chmodSync(command, 0o755);
  return { command, record };
}

/** Runs the command line `line` (sh syntax, `roles` standing for the built command) in a 80×24 terminal. */
async function runInTerminal(line: string, env: Record<string, string | undefined> = {}): Promise<{ exitCode: number; screen: string }> {
  const terminal = new Terminal([], { env: { ...home.env, ...env }, cols: 80, rows: 24, command: ['/bin/sh', '-c', line.replace(/\broles\b/, `'${process.execPath}' '${BIN}'`)] });
  const { exitCode } = await terminal.exited;
  return { exitCode, screen: terminal.text() };
}

describe('the pager', () => {
  it('gets output taller than the screen, in colour, with LESS set as git sets it', async () => {
    const pager = recordingPager();
    const run = await runInTerminal('roles show pm --full', { PAGER: pager.command });
    expect(run.exitCode).toBe(0);
    const [header = '', ...paged] = readFileSync(pager.record, 'utf8').split('\n');
    expect(header).toBe('args: LESS:FRX');
    expect(paged.length).toBeGreaterThan(24);
    expect(paged.join('\n')).toMatch(ANSI);
    expect(paged.join('\n')).toContain('Product Manager');
    expect(run.screen).not.toContain('Product Manager');
  });

  it('is not used for output that fits the screen', async () => {
    const pager = recordingPager();
    const run = await runInTerminal('roles paths', { PAGER: pager.command });
    expect(run.exitCode).toBe(0);
    expect(existsSync(pager.record)).toBe(false);
    expect(run.screen).toContain('Later folders win over earlier ones.');
  });

  it.each([
    ['when stdout is a pipe', 'roles show pm --full | cat'],
    ['with --no-pager', 'roles --no-pager show pm --full'],
    ['with --no-pager after the command', 'roles show pm --full --no-pager'],
  ])('is not used %s', async (_, line) => {
    const pager = recordingPager();
    const run = await runInTerminal(line, { PAGER: pager.command });
    expect(run.exitCode).toBe(0);
    expect(existsSync(pager.record)).toBe(false);
    expect(run.screen).toContain('Product Manager');
  });

  it('is not used when PAGER is cat or empty', async () => {
    for (const PAGER of ['cat', '']) {
      const run = await runInTerminal('roles show pm --full', { PAGER });
      expect(run.exitCode).toBe(0);
      expect(run.screen).toContain('Product Manager');
    }
  });

  it('prefers ROLES_PAGER to PAGER', async () => {
    const preferred = recordingPager();
    const other = recordingPager();
    await runInTerminal('roles show pm --full', { ROLES_PAGER: preferred.command, PAGER: other.command });
    expect(readFileSync(preferred.record, 'utf8')).toContain('Product Manager');
    expect(existsSync(other.record)).toBe(false);
  });

  it.each([
    ['a program that does not exist', join(home.home, 'no-such-pager')],
    ['a shell command line that cannot run', `"${join(home.home, 'no-such-pager')}" -R`],
  ])('falls back to printing when the pager is %s', async (_, PAGER) => {
    const run = await runInTerminal('roles show pm --full', { PAGER });
    expect(run.exitCode).toBe(0);
    expect(run.screen).toContain('Product Manager');
    // The terminal shows it to the end.
    const lastLine = linesOf(runRoles(['show', 'pm', '--format', 'text', '--full'], { env: { COLUMNS: '80' } }).stdout).at(-1) ?? '';
    expect(lastLine).not.toBe('');
    expect(run.screen).toContain(lastLine);
  });

  it('exits 0 with nothing on stderr when the pager quits without reading', async () => {
    const quitter = join(home.home, 'quitter');
    writeFileSync(quitter, '#!/bin/sh\nexit 0\n');
    chmodSync(quitter, 0o755);
    const errors = join(home.home, 'stderr.txt');
    const run = await runInTerminal(`roles compare pm po 2> '${errors}'`, { PAGER: quitter });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(errors, 'utf8')).toBe('');
    expect(run.screen).not.toContain('Product Manager');
  });

  it('keeps a note written on stderr after the output it follows when nothing is paged', async () => {
    const run = await runInTerminal('roles paths', { PAGER: recordingPager().command });
    expect(run.screen.indexOf('Later folders win')).toBeGreaterThan(run.screen.indexOf('builtin'));
  });
});

describe('the pager named in the config file', () => {
  /** `roles show pm --full`, taller than the screen, in a terminal, with a config file holding `config`. */
  function showWithConfig(config: string, env: Record<string, string> = {}, flags = '', after = ''): Terminal {
    const file = join(home.home, `config-${++made}.yaml`);
    writeFileSync(file, config);
    const line = `'${process.execPath}' '${BIN}' ${flags} show pm --full; ${after} exit $?`;
    return new Terminal([], { env: { ...home.env, ROLES_CONFIG: file, ...env }, cols: 80, rows: 24, command: ['/bin/sh', '-c', line] });
  }

  it('pages output taller than the screen when neither ROLES_PAGER nor PAGER is set', async () => {
    const pager = recordingPager();
    expect((await showWithConfig(`pager: ${pager.command}\n`).exited).exitCode).toBe(0);
    expect(readFileSync(pager.record, 'utf8')).toContain('Product Manager');
  });

  it.each(['PAGER', 'ROLES_PAGER'])('gives way to %s', async (variable) => {
    const configured = recordingPager();
    const fromEnv = recordingPager();
    await showWithConfig(`pager: ${configured.command}\n`, { [variable]: fromEnv.command }).exited;
    expect(readFileSync(fromEnv.record, 'utf8')).toContain('Product Manager');
    expect(existsSync(configured.record)).toBe(false);
  });

  it('gives way to --no-pager', async () => {
    const configured = recordingPager();
    expect((await showWithConfig(`pager: ${configured.command}\n`, {}, '--no-pager').exited).exitCode).toBe(0);
    expect(existsSync(configured.record)).toBe(false);
  });

  it.each(['false', 'never'])('with %s, prints straight to the terminal instead of through less', async (value) => {
    // The shell waits for a line after roles is done, so the terminal stays open until all its output is read.
    const terminal = showWithConfig(`pager: ${value}\n`, {}, '', 'status=$?; read line; exit $status;');
    // Printed to the end: less would have stopped at the first screen and waited.
    const lastLine = linesOf(runRoles(['show', 'pm', '--format', 'text', '--full'], { env: { COLUMNS: '80' } }).stdout).at(-1) ?? '';
    expect(lastLine).not.toBe('');
    await terminal.waitFor(lastLine, 30_000);
    terminal.type(KEY.enter);
    expect((await terminal.exited).exitCode).toBe(0);
  });
});
