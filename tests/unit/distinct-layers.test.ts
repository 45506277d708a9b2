// `--data d` repeated 10,000 times took 5 s and 459 MB: each repeat was a layer of its own.
// Folders are now read once, at the last place they are named, which is where they win.
import { describe, expect, it } from 'vitest';
import { distinctLayers, type Layer } from '../../src/catalog/data-paths.js';

/** Real paths as a file system with a link `/link` to `/d` would give them. */
const realPath = (dir: string): string => (dir === '/link' ? '/d' : dir);

describe('distinctLayers', () => {
  it('keeps each folder once, at its last place, so it still wins over the folders it was named after', () => {
    const layers: Layer[] = [
      { origin: 'builtin', dir: '/pkg/roles' },
      { origin: 'config', dir: '/d' },
      { origin: 'ROLES_PATH', dir: '/a' },
      { origin: '--data', dir: '/link' },
      { origin: '--data', dir: '/b' },
      { origin: '--data', dir: '/a' },
    ];
    expect(distinctLayers(layers, realPath)).toEqual([
      { origin: 'builtin', dir: '/pkg/roles' },
      { origin: '--data', dir: '/link' },
      { origin: '--data', dir: '/b' },
      { origin: '--data', dir: '/a' },
    ]);
  });

  it('asks for the real path of a folder named 10,000 times once', () => {
    const asked: string[] = [];
    const layers: Layer[] = [{ origin: 'builtin', dir: '/pkg/roles' }, ...Array.from({ length: 10_000 }, (): Layer => ({ origin: '--data', dir: '/d' }))];
    expect(distinctLayers(layers, (dir) => (asked.push(dir), dir))).toEqual([layers[0], { origin: '--data', dir: '/d' }]);
    expect(asked).toEqual(['/d']);
  });

  it('never drops the built-in layer, even when a user folder is the same folder', () => {
    const layers: Layer[] = [{ origin: 'builtin', dir: '/pkg/roles' }, { origin: '--data', dir: '/pkg/roles' }];
    expect(distinctLayers(layers, realPath)).toEqual(layers);
  });
});
