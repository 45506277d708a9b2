// The checklist's lines in an 80-column terminal, and where its menu starts on resume.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeHome } from '../helpers/run-roles.js';
import { answer, KEY, Terminal, waitForQuestion } from './checklist-terminal.js';

let home: ReturnType<typeof makeHome>;
beforeEach(() => {
  home = makeHome();
});
afterEach(() => home.cleanup());

const inTerminal = (): Terminal => new Terminal(['checklist', 'po', '--company', 'Acme'], { env: home.env, cols: 80, rows: 24 });

describe('roles checklist in an 80-column terminal', () => {
  it('shows each answered question on one line, cut after a whole word, with its answer', async () => {
    const terminal = inTerminal();
    for (let number = 1; number <= 3; number++) await answer(terminal, number, 3);
    await waitForQuestion(terminal, 4);
    terminal.type(KEY.ctrlC);
    await terminal.exited;
    const answered = [...terminal.text().matchAll(/✔ (\d+)\/16 [^\n]*? Skip for now/g)];
    expect(answered.map((match) => match[1])).toEqual(['1', '2', '3']);
    for (const [line] of answered) {
      expect(line.length).toBeLessThanOrEqual(80);
      expect(line).toMatch(/(\?|\S…) Skip for now$/);
    }
    expect(answered.some(([line]) => line.includes('…'))).toBe(true);
  });

  it('wraps the question being asked between words', async () => {
    const terminal = inTerminal();
    const first = await waitForQuestion(terminal, 1);
    terminal.type(KEY.ctrlC);
    await terminal.exited;
    const screen = terminal.text();
    const start = screen.indexOf(first);
    const asked = screen.slice(start, screen.indexOf('\n❯', start)).split('\n');
    expect(asked.length).toBeGreaterThan(1);
    for (let i = 1; i < asked.length; i++) {
      expect(asked[i - 1]).toMatch(/\S$/);
      expect(asked[i]).toMatch(/^ {2}\S/);
    }
  });

  it('starts on Answered when it comes back to a skipped question, so Enter answers it', async () => {
    const first = inTerminal();
    await answer(first, 1, 3);
    await waitForQuestion(first, 2);
    first.type(KEY.ctrlC);
    expect((await first.exited).exitCode).toBe(130);

    const second = inTerminal();
    await waitForQuestion(second, 1);
    second.type(KEY.enter);
    await second.waitFor('? What did you find, and where?');
    second.type(KEY.ctrlC);
    expect((await second.exited).exitCode).toBe(130);
  });
});
