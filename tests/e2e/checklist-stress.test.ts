// SIGKILL at random moments never leaves a corrupt or half-written session. Runs a
// few rounds by default; ROLES_STRESS=1 runs many more (e.g. before a release).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resumeIndex, type ChecklistSession } from '../../src/checklist/checklist-session.js';
import { parseSession } from '../../src/checklist/session-json.js';
import { makeHome, ROOT } from '../helpers/run-roles.js';
import { answer, KEY, Terminal } from './checklist-terminal.js';

const STRESS = process.env.ROLES_STRESS === '1';
const ROUNDS = STRESS ? 60 : 6;
const WRITER_ROUNDS = STRESS ? 300 : 10;

let home: ReturnType<typeof makeHome>;
beforeAll(() => {
  home = makeHome();
});
afterAll(() => home.cleanup());

const randomInt = (below: number): number => Math.floor(Math.random() * below);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function readWhole(file: string): ChecklistSession {
  const parsed = parseSession(readFileSync(file, 'utf8'));
  if (!parsed.session) throw new Error(`${file} is damaged: ${parsed.problem}`);
  return parsed.session;
}

describe('SIGKILL during a long run of answers', () => {
  it(`leaves the last saved state whole in each of ${ROUNDS} rounds, and nothing behind once resumed`, { timeout: ROUNDS * 8_000 }, async () => {
    const file = join(home.home, 'long.json');
    const typed = new Map<number, string>();
    for (let round = 0; round < ROUNDS; round++) {
      let start = 0;
      const extra: string[] = [];
      if (round > 0) {
        const before = readWhole(file);
        const resumeAt = resumeIndex(before);
        if (resumeAt === undefined) {
          extra.push('--restart');
          typed.clear();
        } else start = resumeAt;
      }
      const terminal = new Terminal(['checklist', 'pm', '--file', file, ...extra], { env: home.env });
      const count = 1 + randomInt(5);
      let confirmed = start;
      for (let i = 0; i < count && start + i < 17; i++) {
        const number = start + i + 1;
        const note = `round ${round} answer ${number}`;
        await answer(terminal, number, 0, note);
        typed.set(number - 1, note);
        // The previous answer is saved once the next question is on screen.
        if (i + 1 < count) confirmed = number;
      }
      await sleep(randomInt(20));
      terminal.kill('SIGKILL');
      await terminal.exited;

      const session = readWhole(file);
      session.questions.forEach((question, index) => {
        if (question.note !== undefined) expect(question.note).toBe(typed.get(index));
        if (index < confirmed) expect(question.status, `question ${index + 1} in round ${round}`).toBe('answered');
      });
    }

    // A normal run takes over the dead process's lock and sweeps up what SIGKILL left.
    const complete = resumeIndex(readWhole(file)) === undefined;
    const last = new Terminal(['checklist', 'pm', '--file', file, ...(complete ? ['--restart'] : [])], { env: home.env });
    await last.waitFor(/\? \d+\/17 /);
    await last.waitFor('Finish now');
    last.type(KEY.ctrlC);
    expect((await last.exited).exitCode).toBe(130);
    expect(readdirSync(home.home).filter((name) => name.startsWith('long.json') && !name.endsWith('.bak'))).toEqual(['long.json']);
  });
});

describe('SIGKILL in the middle of writing a session', () => {
  it(`never leaves a file that is not a whole session, over ${WRITER_ROUNDS} kills`, { timeout: WRITER_ROUNDS * 2_000 }, async () => {
    const file = join(home.home, 'writer.json');
    // A child saving ever-changing sessions, small and large, as fast as it can.
    const writer = `
      const { saveSessionFile } = require(${JSON.stringify(join(ROOT, 'dist', 'checklist.cjs'))});
      const question = (i, size) => ({ group: 'common', text: 'Question ' + i, status: 'answered', note: 'x'.repeat(size) });
      for (let n = 0; ; n++) {
        const size = n % 2 ? 20000 : 10;
        saveSessionFile(process.argv[1], {
          format: 'roles-checklist', version: 1, role: { id: 'pm', title: 'PM' }, company: 'write ' + n,
          createdAt: 'c', updatedAt: 'u', questions: Array.from({ length: 1 + (n % 7) }, (_, i) => question(i, size)),
        });
        if (n === 0) process.stdout.write('ready\\n');
      }`;
    for (let round = 0; round < WRITER_ROUNDS; round++) {
      const child = spawn(process.execPath, ['-e', writer, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await sleep(randomInt(15));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const session = readWhole(file);
      const n = Number(session.company?.replace('write ', ''));
      expect(session.questions).toHaveLength(1 + (n % 7));
      expect(session.questions.every((q) => q.note?.length === (n % 2 ? 20000 : 10))).toBe(true);
    }
  });
});
