import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputWriteError } from '../../src/cli/io.js';
import { isTerminal, writeWhole } from '../../src/cli/write-whole.js';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('writing output whole', () => {
  it('keeps writing after a reader takes only part of it, and after a full pipe says try again', () => {
    const received: number[] = [];
    let calls = 0;
    let pauses = 0;
    const text = 'résumé — ✓ '.repeat(50);
    writeWhole(
      1,
      text,
      (_fd, bytes, offset, length) => {
        calls++;
        if (calls % 3 === 0) throw errno('EAGAIN');
        const taken = Math.min(length, 7);
        received.push(...bytes.subarray(offset, offset + taken));
        return taken;
      },
      () => void pauses++,
    );
    expect(Buffer.from(received).toString('utf8')).toBe(text);
    expect(pauses).toBeGreaterThan(0);
  });

  it('gives up at once when the reader has gone', () => {
    let calls = 0;
    const write = (): number => {
      calls++;
      throw errno('EPIPE');
    };
    expect(() => writeWhole(1, 'text', write, () => undefined)).toThrow('EPIPE');
    expect(calls).toBe(1);
  });

  it('writes to a real file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-write-whole-'));
    const fd = openSync(join(dir, 'out.txt'), 'w');
    writeWhole(fd, 'one\ntwo\n');
    closeSync(fd);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('one\ntwo\n');
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not take a file or a closed descriptor for a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-write-whole-'));
    const fd = openSync(join(dir, 'file'), 'w');
    expect(isTerminal(fd)).toBe(false);
    closeSync(fd);
    expect(isTerminal(fd)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('a failed write to stdout', () => {
  it('is an io error that gives the reason in words', () => {
    const failure = (code: string, words: string) => Object.assign(new Error(`${code}: ${words}, write`), { code });
    for (const [code, words] of [['ENOSPC', 'no space left on device'], ['EIO', 'i/o error'], ['EDQUOT', 'disk quota exceeded'], ['EBADF', 'bad file descriptor']] as const) {
      const error = outputWriteError(failure(code, words));
      expect(error.kind).toBe('io');
      expect(error.exitCode).toBe(1);
      expect(error.message).toBe(`cannot write the output (${words})`);
    }
    expect(outputWriteError(errno('EIO')).message).toBe('cannot write the output (EIO)');
  });
});
