// `roles fit` with no file on a terminal: it asks for the advert on stderr, reads until
// Ctrl-D, and Ctrl-C while it waits ends the run with 130 and nothing more said.
import { describe, expect, it } from 'vitest';
import { KEY, Terminal } from './checklist-terminal.js';

const PROMPT = 'roles: paste the job advert, then press Ctrl-D on a line of its own (Ctrl-C to stop)';

describe('roles fit on a terminal', () => {
  it('asks for the advert, reads it until Ctrl-D and fits it', async () => {
    const terminal = new Terminal(['fit', '--format', 'plain']);
    await terminal.waitFor(PROMPT);
    terminal.type('# Scrum Product Owner\r');
    terminal.type('Own the backlog, write user stories and acceptance criteria, run sprint planning.\r');
    terminal.type('\u0004');
    await terminal.waitFor(/match\tproduct-owner\t/);
    expect((await terminal.exited).exitCode).toBe(0);
  });

  it('stops with 130 and no message on Ctrl-C', async () => {
    const terminal = new Terminal(['fit']);
    await terminal.waitFor(PROMPT);
    terminal.type('half an adv');
    terminal.type(KEY.ctrlC);
    const exit = await terminal.exited;
    expect(exit.exitCode).toBe(130);
    expect(terminal.text().split(PROMPT)[1]).not.toMatch(/roles:|Error|at /);
  });
});
