import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ADVERT_SIZE_CAP, advertText, readAdvertInput } from '../../src/commands/read-advert-input.js';
import { fakeIo } from '../helpers/fake-io.js';

describe('the advert text', () => {
  it('is cut at the cap on a whole character, with a message on stderr', () => {
    const io = fakeIo();
    const bytes = Buffer.concat([Buffer.alloc(ADVERT_SIZE_CAP - 1, 'a'), Buffer.from('é and more')]);
    const text = advertText(bytes, 'big.md', io);
    expect(text).toBe('a'.repeat(ADVERT_SIZE_CAP - 1));
    expect(io.stderr()).toBe('roles: the advert in big.md is over 256 KB; only its first 256 KB were read\n');
  });

  it('is refused when empty or not UTF-8 text', () => {
    expect(() => advertText(Buffer.from('  \n'), 'stdin', fakeIo())).toThrow('the advert in stdin is empty');
    expect(() => advertText(Buffer.from([0xff, 0xfe, 0x41]), 'x.doc', fakeIo())).toThrow('the advert in x.doc is not text');
  });

  it('comes from stdin without a file or with -, saying nothing when stdin is not a terminal', async () => {
    const io = fakeIo();
    expect(await readAdvertInput('-', io, Readable.from([Buffer.from('# PM\n'), Buffer.from('roadmap')]))).toBe('# PM\nroadmap');
    expect(io.stderr()).toBe('');
  });
});
