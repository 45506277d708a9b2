// An Io for unit tests: records what a command writes, with the width and colour pinned.
import type { Io } from '../../src/cli/io.js';

export interface FakeIo extends Io {
  stdout: () => string;
  stderr: () => string;
}

export function fakeIo(overrides: Partial<Io> = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    stdoutIsTTY: false,
    stdinIsTTY: false,
    stderrIsTTY: false,
    color: false,
    width: 80,
    rows: 24,
    noPager: () => undefined,
    env: {},
    cwd: process.cwd(),
    now: () => new Date('2026-11-23T10:00:00Z'),
    ...overrides,
    stdout: () => out,
    stderr: () => err,
  };
}
