// The read commands run in-process as on an 80-column terminal (or any width), over the built-in roles.
import { runCompare, type CompareOptions } from '../../src/commands/compare.js';
import { runList, type ListOptions } from '../../src/commands/list.js';
import { runShow, type ShowOptions } from '../../src/commands/show.js';
import { builtinCatalog } from './builtin-catalog.js';
import { fakeIo, type FakeIo } from './fake-io.js';

export const catalog = builtinCatalog();
export const ids = catalog.roles.map((loaded) => loaded.summary.id);
/** Every pair of built-in roles, each once. */
export const pairs: [string, string][] = ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
export const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const terminal = (width: number): FakeIo => fakeIo({ stdoutIsTTY: true, width });

export async function show(id: string, options: ShowOptions = {}, width = 80): Promise<FakeIo> {
  const io = terminal(width);
  await runShow(id, options, io, catalog);
  return io;
}

export function compare(names: string[], options: CompareOptions = {}, width = 80): FakeIo {
  const io = terminal(width);
  runCompare(names, options, io, catalog);
  return io;
}

export function list(options: ListOptions = {}, width = 80): FakeIo {
  const io = terminal(width);
  runList(options, io, catalog);
  return io;
}
