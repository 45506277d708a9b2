// Reads a session file's text without ever hanging or filling memory (src/fs-safe says how).
import { readRegularFile } from '../fs-safe/read-regular-file.js';
import { RolesError } from '../format/roles-error.js';

/** No checklist comes near this: a thousand questions with a page of notes each is a few megabytes. */
export const SESSION_FILE_LIMIT = 64 * 1024 * 1024;

const cannotRead = (file: string, why: string, hint = 'check the file and its permissions'): RolesError => new RolesError('io', `cannot read this checklist (${why})`, hint, { file });

/** The file's text, or undefined when there is no file at `file`. */
export function readSessionText(file: string, limit = SESSION_FILE_LIMIT): string | undefined {
  const read = readRegularFile(file, limit);
  if ('bytes' in read) return read.bytes.toString('utf8');
  const { refused } = read;
  switch (refused.kind) {
    case 'missing':
      return undefined;
    case 'unreadable':
      throw cannotRead(file, refused.code);
    case 'special':
      throw cannotRead(file, `it is ${refused.what}`, 'a checklist is a file; choose another --file');
    case 'too large':
      throw cannotRead(file, `larger than ${limit / 1024 / 1024} MiB, more than any checklist holds`, 'check that it is a checklist session, or choose another --file');
  }
}
