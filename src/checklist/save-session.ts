// Writes a session so that a crash at any moment leaves either the old file or the
// new one, never half of one: write-file-atomic writes a temporary file beside it,
// flushes it to disk and renames it over the old one.
import { mkdirSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { RolesError } from '../format/roles-error.js';
import type { ChecklistSession } from './checklist-session.js';
import { serializeSession } from './session-json.js';

function ioError(action: string, file: string, error: unknown): RolesError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new RolesError('io', `cannot ${action} (${code})`, 'check the folder and its permissions, or choose another place with --file', { file });
}

export function saveSessionFile(file: string, session: ChecklistSession): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    // Research notes are personal: readable by their owner only.
    writeFileAtomic.sync(file, serializeSession(session), { mode: 0o600 });
  } catch (error) {
    throw ioError('save the checklist', file, error);
  }
}

/** Writes exported notes (--out) with the same care as the session itself. */
export function writeNotesFile(file: string, text: string): void {
  try {
    writeFileAtomic.sync(file, text);
  } catch (error) {
    throw ioError('write the notes', file, error);
  }
}

/**
 * write-file-atomic removes its temporary file on every exit it can see; only SIGKILL
 * (or a power cut) leaves one, named "<file>.<number>". Called with the session's
 * lock held, so no live writer owns such a file.
 */
export function removeStaleTempFiles(file: string): void {
  const prefix = `${basename(file)}.`;
  let entries: string[];
  try {
    entries = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of entries) {
    if (!name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
    try {
      unlinkSync(join(dirname(file), name));
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
}

/** Moves a session out of the way for --restart, returning where to; undefined when there is none. The backup name sorts by time. */
export function backupSessionFile(file: string, now: Date): string | undefined {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const backup = `${file}.${stamp}.bak`;
  try {
    renameSync(file, backup);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw ioError('keep the old checklist as a backup', file, error);
  }
  return backup;
}
