// One checklist process per session: a lock file beside the session holds the owner's
// process id. A lock whose process is gone (killed, crashed) is taken over. The lock is
// named after the file's real path, so a symbolic link to a session (or to its folder)
// finds the same lock as the path itself.
import { linkSync, mkdirSync, readFileSync, readlinkSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { RolesError } from '../format/roles-error.js';

export interface SessionLock {
  file: string;
  release(): void;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockOwner(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function removeIfPresent(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** As many links as Linux follows before it gives up (ELOOP). */
const MAX_LINKS = 40;

/** The path a session's writes end up at, whether or not the file exists yet: links followed, as write-file-atomic follows them. */
export function realSessionPath(file: string, links = 0): string {
  try {
    return realpathSync(file);
  } catch {
    // Not there yet, or a link to a file not there yet.
  }
  if (links < MAX_LINKS) {
    try {
      return realSessionPath(resolve(dirname(file), readlinkSync(file)), links + 1);
    } catch {
      // Not a link: the file itself is missing.
    }
  }
  try {
    return join(realpathSync(dirname(file)), basename(file));
  } catch {
    return resolve(file);
  }
}

/** Takes the lock, or says which process holds it. */
export function lockSession(sessionFile: string, pid = process.pid, isAlive: (pid: number) => boolean = isProcessAlive): SessionLock {
  const file = `${realSessionPath(sessionFile)}.lock`;
  const draft = `${file}.${pid}`;
  const failure = (error: unknown): RolesError =>
    new RolesError('io', `cannot lock the checklist (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'check the folder and its permissions, or choose another place with --file', { file });
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(draft, `${pid}\n`, { mode: 0o600 });
  } catch (error) {
    // A full disk creates the draft and then fails to write it.
    try {
      unlinkSync(draft);
    } catch {
      // Never created.
    }
    throw failure(error);
  }
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        // A hard link appears whole, with the id already in it, and fails if the lock exists.
        linkSync(draft, file);
        return { file, release: () => (lockOwner(file) === pid ? removeIfPresent(file) : undefined) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw failure(error);
      }
      const owner = lockOwner(file);
      if (owner !== undefined && owner !== pid && isAlive(owner)) {
        throw new RolesError('io', `this checklist is open in another 'roles checklist' (process ${owner})`, `finish or quit that one first; if it is not running, delete ${file}`, { file: sessionFile });
      }
      // Stale: its process is gone. Read again just before removing, so a lock taken meanwhile survives.
      if (lockOwner(file) === owner) removeIfPresent(file);
    }
  } finally {
    removeIfPresent(draft);
  }
  throw new RolesError('io', 'cannot lock the checklist: other processes keep taking the lock', 'make sure only one roles checklist runs on it', { file: sessionFile });
}
