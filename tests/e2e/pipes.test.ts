// Output piped into other programs: a reader that stops early (`| head -1`) is not an
// error, and a reader that is slow still gets every byte.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, linesOf, runRoles } from '../helpers/run-roles.js';

const scratch = mkdtempSync(join(tmpdir(), 'roles-pipes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Far more than a pipe holds (64 KiB on Linux), so a writer meets a closed pipe mid-way. */
const ROLE_COUNT = 1500;

beforeAll(() => {
  const dir = join(scratch, 'many');
  mkdirSync(dir);
  for (let i = 0; i < ROLE_COUNT; i++) {
    writeFileSync(join(dir, `bulk-${i}.yaml`), `id: bulk-${i}\ntitle: Bulk Role ${i}\nfamily: bulk\nsummary: Role number ${i}, one of many.\nfocus: Filling the pipe with line after line of text, number ${i}\n`);
  }
  // Lists as long as a role file may hold (1,000 items), two of them, to fill the pipe many times over.
  const items = Array.from({ length: 1000 }, (_, i) => `  - Responsibility ${i} is a long line that fills the pipe, then some more words to make it longer.`);
  const questions = Array.from({ length: 1000 }, (_, i) => `    - Question ${i} asks what this team expects from the role in its first year.`);
  writeFileSync(join(dir, 'huge-role.yaml'), `id: huge-role\ntitle: Huge Role\nsummary: A role with very long lists.\nresponsibilities:\n${items.join('\n')}\nactivities:\n${items.join('\n')}\nresearch:\n  questions:\n${questions.join('\n')}\n`);
});

/** The commands whose output people pipe, each made to print far more than a pipe holds. */
const COMMANDS: [string, string[]][] = [
  ['list', ['list', '--data', 'many']],
  ['list as a table', ['list', '--data', 'many', '--format', 'table']],
  ['show', ['show', 'huge-role', '--data', 'many']],
  ['show as text', ['show', 'huge-role', '--data', 'many', '--format', 'text', '--full']],
  ['compare', ['compare', 'huge-role', 'pm', '--data', 'many', '--full']],
  ['questions', ['questions', 'huge-role', '--data', 'many']],
];

function quote(arg: string): string {
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

describe('output piped into head -1', () => {
  it.each(COMMANDS)('%s exits 0 with nothing on stderr', (_name, args) => {
    const errFile = join(scratch, `stderr-${args.join('-')}.txt`);
    const command = `${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')} 2>${quote(errFile)} | head -1; exit "\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', command], { cwd: scratch, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
    expect({ status: result.status, stderr: readFileSync(errFile, 'utf8') }).toEqual({ status: 0, stderr: '' });
    expect(linesOf(result.stdout)).toHaveLength(1);
  });
});

/** Runs the command and reads its output a little at a time, pausing between reads. */
async function readSlowly(args: string[]): Promise<{ stdout: string; stderr: string; status: number | null }> {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: scratch, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const chunks: Buffer[] = [];
  for await (const chunk of child.stdout) {
    chunks.push(chunk as Buffer);
    await sleep(15);
  }
  return { stdout: Buffer.concat(chunks).toString('utf8'), stderr, status: await exited };
}

describe('output piped into a slow reader', () => {
  it.each(COMMANDS)('%s arrives complete', async (_name, args) => {
    const fast = runRoles(args, { cwd: scratch, timeout: 60_000 });
    expect(fast.status).toBe(0);
    expect(fast.stdout.length).toBeGreaterThan(64 * 1024);
    const slow = await readSlowly(args);
    expect({ status: slow.status, stderr: slow.stderr }).toEqual({ status: 0, stderr: '' });
    expect(slow.stdout).toBe(fast.stdout);
  }, 120_000);
});
