// What a terminal gets: no colour for FORCE_COLOR=0, and ASCII borders when its locale
// cannot show box-drawing characters.
import pty from '@lydell/node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ROOT } from '../helpers/run-roles.js';

// eslint-disable-next-line no-control-regex -- removing terminal codes is the point
const CODES = /\u001b\[[0-?]*[ -/]*[@-~]|\r/g;

/** Runs the command in a pseudo-terminal to its end: what it wrote, and that without codes. */
async function onTerminal(args: string[], env: Record<string, string | undefined>): Promise<{ raw: string; text: string }> {
  const terminal = pty.spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: 100, rows: 50, cwd: ROOT, env: cleanEnv({ TERM: 'xterm-256color', ...env }) as Record<string, string> });
  let raw = '';
  terminal.onData((data) => void (raw += data));
  const exit = await new Promise<{ exitCode: number }>((resolve) => terminal.onExit(resolve));
  expect(exit.exitCode).toBe(0);
  return { raw, text: raw.replace(CODES, '') };
}

describe('on a terminal', () => {
  it('has colour by default, and none with FORCE_COLOR=0', async () => {
    expect((await onTerminal(['show', 'pm'], {})).raw).toContain('\u001b[');
    expect((await onTerminal(['show', 'pm'], { FORCE_COLOR: '0' })).raw).not.toContain('\u001b[');
  });

  it.each([{ LANG: 'C' }, { LANG: 'en_GB.UTF-8', LC_ALL: 'POSIX' }, { LANG: undefined }])('draws tables with ASCII borders in a locale that is not UTF-8 (%j)', async (env) => {
    const { text } = await onTerminal(['list', '--long', '--family', 'delivery'], env);
    expect(text).toMatch(/^\+-+\+-+\+/m);
    expect(text).toMatch(/^\| Program Manager +\|/m);
    expect(text).not.toMatch(/[\u2500-\u257f]/);
  });

  it('keeps box-drawing borders in a UTF-8 locale', async () => {
    expect((await onTerminal(['list', '--long', '--family', 'delivery'], { LANG: 'C.UTF-8' })).text).toMatch(/^┌─+┬/m);
  });
});
