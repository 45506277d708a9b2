// A full disk for tests: a small tmpfs filled to the last block. Mounting needs root
// (or CAP_SYS_ADMIN); where the machine cannot, tests skip with that reason.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FullDisk {
  dir: string;
  /** Fills the disk; files written before this keep their content. */
  fill(): void;
  release(): void;
}

/** A mounted, still empty, tmpfs of 256 KiB; undefined when this machine cannot mount one. */
export function mountSmallDisk(): FullDisk | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'roles-full-disk-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]).status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  return {
    dir,
    fill() {
      const fd = openSync(join(dir, 'filler'), 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(4096));
      } catch {
        // ENOSPC: full.
      } finally {
        closeSync(fd);
      }
    },
    release() {
      spawnSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Whether mountSmallDisk() works here, asked once by mounting and releasing one. */
export const CAN_MOUNT_DISK = ((): boolean => {
  const disk = mountSmallDisk();
  disk?.release();
  return disk !== undefined;
})();
