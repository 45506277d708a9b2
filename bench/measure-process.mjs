// Times whole processes: a command run to its end, or run in a pseudo-terminal until
// some text appears; and the peak memory of one run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearTimeout, setTimeout } from 'node:timers';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PEAK_MEMORY_HOOK = join(dirname(fileURLToPath(import.meta.url)), 'report-peak-memory.cjs');

/** Milliseconds for one run of `node ...args` to its end; throws when it fails. */
export function timeRun(args, env, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${String(result.stderr).split('\n')[0]}`);
  return { ms, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Peak resident memory in MB of one run, read by a hook the process loads first. */
export function peakMemory(args, env, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'roles-bench-memory-'));
  const file = join(dir, 'peak');
  try {
    spawnSync(process.execPath, ['--require', PEAK_MEMORY_HOOK, ...args], { env: { ...env, ROLES_BENCH_MEMORY_FILE: file }, cwd, stdio: 'ignore' });
    return Number(readFileSync(file, 'utf8')) / 1024;
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function peakFromProc(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

// eslint-disable-next-line no-control-regex -- removing escape codes is the point
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

/**
 * Milliseconds from starting `node ...args` in a pseudo-terminal until its output holds
 * `marker` (or, without one, until it ends). The process is then killed.
 */
export async function timeInTerminal(pty, args, env, cwd, marker, timeoutMs = 20_000) {
  const start = process.hrtime.bigint();
  const child = pty.spawn(process.execPath, args, { cols: 100, rows: 30, env, cwd });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no "${marker}" within ${timeoutMs} ms; the terminal showed: ${output.replace(ESCAPES, '').slice(-200)}`));
    }, timeoutMs);
    const finish = (memory) => {
      clearTimeout(timer);
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, memory });
    };
    child.onData((data) => {
      output += data;
      if (marker && output.replace(ESCAPES, '').includes(marker)) {
        const memory = peakFromProc(child.pid);
        finish(memory);
        child.kill('SIGKILL');
      }
    });
    child.onExit(() => {
      if (!marker) finish(undefined);
      else {
        clearTimeout(timer);
        reject(new Error(`ended before showing "${marker}": ${output.replace(ESCAPES, '').slice(-200)}`));
      }
    });
  });
}

export function freshFolder(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}
