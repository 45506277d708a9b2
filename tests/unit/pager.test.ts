import { describe, expect, it } from 'vitest';
import { decideRows } from '../../src/cli/io.js';
import { choosePager, pagerCommand, pagerCommandLine, screenRows } from '../../src/cli/pager.js';

const lines = (count: number): string => 'line\n'.repeat(count);
const screen = { rows: 24, width: 80 };

describe('choosePager', () => {
  it('pages output that leaves no row for the prompt, and prints what fits', () => {
    expect(choosePager(lines(23), screen, {})).toBeUndefined();
    expect(choosePager(lines(24), screen, {})).toEqual({ file: 'less', args: ['-FRX'], viaShell: false, env: { LESS: 'FRX', LV: '-c' } });
    expect(choosePager('', { rows: 1, width: 80 }, {})).toBeUndefined();
  });
  it('counts a line wider than the screen as the rows the terminal wraps it into', () => {
    expect(choosePager(`${'x'.repeat(80 * 3)}\n`.repeat(8), screen, {})).toBeDefined();
    expect(screenRows('x'.repeat(81), 80, 10)).toBe(2);
  });
  it('keeps the LESS and LV the user set', () => {
    expect(choosePager(lines(30), screen, { LESS: 'R', LV: '' })?.env).toEqual({});
  });
});

describe('pagerCommandLine', () => {
  it('takes ROLES_PAGER, then PAGER, then less -FRX', () => {
    expect(pagerCommandLine({ ROLES_PAGER: 'most', PAGER: 'more' })).toBe('most');
    expect(pagerCommandLine({ PAGER: 'more' })).toBe('more');
    expect(pagerCommandLine({})).toBe('less -FRX');
  });
  it('takes an empty pager or cat to mean none, as git does, even when PAGER names one', () => {
    expect(pagerCommandLine({ ROLES_PAGER: '', PAGER: 'more' })).toBeUndefined();
    expect(pagerCommandLine({ PAGER: ' ' })).toBeUndefined();
    expect(pagerCommandLine({ PAGER: 'cat' })).toBeUndefined();
  });
});

describe('pagerCommand', () => {
  it('runs plain words directly and anything with shell syntax through sh', () => {
    expect(pagerCommand('less  -R -S', {})).toMatchObject({ file: 'less', args: ['-R', '-S'], viaShell: false });
    expect(pagerCommand('less -R | tee "/tmp/a b"', {})).toMatchObject({ file: '/bin/sh', args: ['-c', 'less -R | tee "/tmp/a b"'], viaShell: true });
  });
});

describe('decideRows', () => {
  it('prefers the terminal, then LINES, then 24', () => {
    expect(decideRows(50, { LINES: '30' })).toBe(50);
    expect(decideRows(undefined, { LINES: '30' })).toBe(30);
    expect(decideRows(undefined, { LINES: 'tall' })).toBe(24);
    expect(decideRows(undefined, {})).toBe(24);
  });
});
