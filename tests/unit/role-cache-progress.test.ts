import { describe, expect, it } from 'vitest';
import { cacheProgress, PROGRESS_DELAY_MS } from '../../src/catalog/cache-progress.js';

function clock(): { now: () => number; advance: (ms: number) => void } {
  let time = 1_000;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

function recorder(): { write: (text: string) => void; text: () => string } {
  let text = '';
  return { write: (chunk) => void (text += chunk), text: () => text };
}

describe('progress while the cache fills', () => {
  it('says nothing when the work ends within half a second', () => {
    const time = clock();
    const output = recorder();
    const progress = cacheProgress({ total: 50, what: 'role files in roles', output, now: time.now });
    for (let done = 1; done <= 50; done++) {
      time.advance(5);
      progress.step(done);
    }
    progress.finish();
    expect(output.text()).toBe('');
  });

  it('counts the files read once half a second has passed, and erases its line at the end', () => {
    const time = clock();
    const output = recorder();
    const progress = cacheProgress({ total: 3000, what: 'role files in packs/3000', output, now: time.now });
    time.advance(PROGRESS_DELAY_MS);
    progress.step(700);
    expect(output.text()).toBe('\rroles: reading role files in packs/3000 into the cache: 700/3000\u001b[K');
    progress.finish();
    expect(output.text().endsWith('\r\u001b[K')).toBe(true);
  });

  it('redraws at most ten times a second', () => {
    const time = clock();
    const output = recorder();
    const progress = cacheProgress({ total: 1000, what: 'role files', output, now: time.now });
    time.advance(PROGRESS_DELAY_MS);
    for (let done = 1; done <= 1000; done++) {
      time.advance(1);
      progress.step(done);
    }
    expect(output.text().split('\r').filter(Boolean)).toHaveLength(10);
  });

  it('writes nothing at all without a terminal to write to', () => {
    const time = clock();
    const progress = cacheProgress({ total: 10, what: 'role files', now: time.now });
    time.advance(5_000);
    expect(() => {
      progress.step(5);
      progress.finish();
    }).not.toThrow();
  });
});
