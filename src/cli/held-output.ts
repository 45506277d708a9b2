// Output on a terminal, held until the command is done so it can go through a pager
// when it is taller than the screen. Messages are held with it, in order, so a note
// written after a table still follows it.
import type { Io } from './io.js';
import { choosePager } from './pager.js';
import { runPager } from './run-pager.js';

type Stream = 'out' | 'err';

export interface HeldOutput {
  out: Io['out'];
  err: Io['err'];
  /** Writes what is held and lets later output through: for a command that prompts, never paged. */
  release(): void;
  /** Shows what is held, through the pager when it is taller than the screen; later output goes straight through. */
  finish(screen: Pick<Io, 'rows' | 'width' | 'env' | 'config'>): Promise<void>;
}

export function holdOutput(direct: Pick<Io, 'out' | 'err'>): HeldOutput {
  let held: [Stream, string][] | undefined = [];
  const take = (): [Stream, string][] => {
    const chunks = held ?? [];
    held = undefined;
    return chunks;
  };
  const write = (chunks: [Stream, string][], only?: Stream): void => {
    for (const [stream, text] of chunks) if (only === undefined || stream === only) direct[stream](text);
  };
  return {
    out: (text) => void (held ? held.push(['out', text]) : direct.out(text)),
    err: (text) => void (held ? held.push(['err', text]) : direct.err(text)),
    release: () => write(take()),
    async finish(screen) {
      const chunks = take();
      const text = chunks.map(([stream, chunk]) => (stream === 'out' ? chunk : '')).join('');
      const pager = choosePager(text, screen, screen.env, screen.config?.pager);
      if (pager && (await runPager(pager, text, screen.env)) === 'shown') return write(chunks, 'err');
      write(chunks);
    },
  };
}
