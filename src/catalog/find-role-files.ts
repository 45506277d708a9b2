// The edge that touches the file system: which role files a folder holds, how each is
// named to the user, and the bytes of one.
import { readdirSync, realpathSync, statSync, statfsSync, type Stats } from 'node:fs';
import { relative, sep } from 'node:path';
import type { FileProblem } from '../format/file-problem.js';
import { MAX_FILE_BYTES } from '../format/role-file-limits.js';
import { RolesError } from '../format/roles-error.js';
import { readRegularFile, type FileRefusal } from '../fs-safe/read-regular-file.js';
import type { Layer } from './data-paths.js';

const ROLE_FILE = /\.ya?ml$/i;

/** What is at a layer's path: only a folder is read; anything else is skipped like a missing one. */
export function folderState(dir: string): 'exists' | 'missing' | 'not a folder' {
  try {
    return statSync(dir).isDirectory() ? 'exists' : 'not a folder';
  } catch {
    return 'missing';
  }
}

/** A --data folder is asked for by name, so one that is missing or not a folder is a usage error for every command. */
export function requireDataFolders(layers: readonly Layer[]): void {
  for (const layer of layers) {
    const state = layer.origin === '--data' ? folderState(layer.dir) : 'exists';
    if (state === 'missing') throw new RolesError('usage', `--data folder "${layer.dir}" does not exist`, 'pass a folder of role files');
    if (state === 'not a folder') throw new RolesError('usage', `--data "${layer.dir}" is not a folder`, 'pass a folder of role files');
  }
}

/** Why a file or folder could not be read, in words. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = { ENOENT: 'a broken link', ELOOP: 'a symbolic link loop', EACCES: 'permission denied', EPERM: 'permission denied' };
  return (code && reasons[code]) ?? code ?? 'error';
}

/** Sub-folders are read this far down; a role pack needs one or two levels. */
const MAX_FOLDER_DEPTH = 8;
/** A role pack holds hundreds of files, the largest benchmark 3,000; more means the layer is the wrong folder (a home folder, or /). */
export const MAX_LAYER_ENTRIES = 50_000;

/**
 * File systems the kernel makes up rather than stores (statfs f_type, from linux/magic.h):
 * walking them reads other processes' state, as /proc does, or does not end.
 */
const PSEUDO_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x74726163, 'tracefs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
  [0xcafe4a11, 'bpf'],
  [0x62656570, 'configfs'],
  [0x6165676c, 'pstore'],
  [0xde5e81e4, 'efivarfs'],
  [0x42494e4d, 'binfmt_misc'],
  [0x187, 'autofs'],
  [0x6e736673, 'nsfs'],
]);

/** The kind of pseudo file system a folder is on, if it is on one. */
function pseudoFileSystem(folder: string): string | undefined {
  try {
    return PSEUDO_FILE_SYSTEMS.get(Number(statfsSync(folder).type));
  } catch {
    return undefined;
  }
}

/**
 * Every role file under a folder, sorted. Links are followed within the folder, never round
 * a loop and never out of it, so a link to / cannot walk the whole disk; pseudo file systems
 * such as /proc are not entered, and the walk stops after `maxEntries` files and folders.
 * `stamps` gets what stat said of each file: its size, mtime, ctime and inode.
 */
export function findRoleFiles(dir: string, problems: FileProblem[], shownFrom: string, stamps?: number[], maxEntries = MAX_LAYER_ENTRIES): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  let root: string | undefined;
  let entryCount = 0;
  const skip = (folder: string, severity: FileProblem['severity'], message: string): void => void problems.push({ severity, file: displayPath(folder, shownFrom), message });
  const walk = (folder: string, depth: number, parentDevice: number | undefined): void => {
    let real: string;
    let device: number;
    try {
      real = realpathSync(folder);
      device = statSync(real).dev;
    } catch (error) {
      return skip(folder, 'error', `cannot open this folder (${unreadable(error)}); it is skipped, fix or remove the link`);
    }
    root ??= real;
    if (visited.has(real)) return;
    if (!isInside(real, root)) return skip(folder, 'warning', `links to a folder outside the role folder (${real}); it is not followed, add that folder to ROLES_PATH or pass it with --data`);
    // Only a mount point can change the file system, so only there is it asked for.
    const pseudo = device === parentDevice ? undefined : pseudoFileSystem(real);
    if (pseudo) return skip(folder, 'warning', `a ${pseudo} system folder, not role files; it is skipped, point the layer at a folder of role files`);
    if (depth > MAX_FOLDER_DEPTH) return skip(folder, 'warning', `more than ${MAX_FOLDER_DEPTH} folders down; its role files are not read, move them nearer the top of the role folder`);
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      return skip(folder, 'error', `cannot read this folder (${unreadable(error)}); it is skipped, check its permissions`);
    }
    // Joined by hand: path.join() normalises every one of thousands of paths for nothing.
    const prefix = folder.endsWith(sep) ? folder : folder + sep;
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      if (++entryCount > maxEntries) {
        if (entryCount === maxEntries + 1) skip(dir, 'error', `more than ${maxEntries} files and folders, more than any role folder holds; only the first ${maxEntries} are read, point the layer at a folder of role files`);
        return;
      }
      const path = prefix + name;
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch (error) {
        if (ROLE_FILE.test(name)) skip(path, 'error', `cannot read this file (${unreadable(error)}); it is skipped, fix or remove it`);
        continue;
      }
      if (stats.isDirectory()) walk(path, depth + 1, device);
      else if (stats.isFile() && ROLE_FILE.test(name)) {
        found.push(path);
        // Only the numbers are kept, in one array of doubles: an object per file (or the Stats
        // with its four Dates) would be thousands of objects for the garbage collector to copy.
        stamps?.push(stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino);
      }
    }
  };
  walk(dir, 0, undefined);
  return found;
}

/** A role file's bytes, read once from one opened descriptor (src/fs-safe); why not, as a problem. */
export function readRoleBytes(file: string, problems: FileProblem[], shown: string): Uint8Array | undefined {
  const read = readRegularFile(file, MAX_FILE_BYTES);
  if ('bytes' in read) return read.bytes;
  problems.push({ severity: 'error', file: shown, message: refusalMessage(read.refused) });
  return undefined;
}

function refusalMessage(refused: FileRefusal): string {
  // A device or pipe could be read forever; role files are regular files.
  if (refused.kind === 'special') return `not a regular file (${refused.what}); it is skipped, pass a role file`;
  if (refused.kind === 'too large') return `${refused.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a role file; it is skipped, split or shorten it`;
  const why = refused.kind === 'missing' ? 'it does not exist' : unreadable({ code: refused.code });
  return `cannot read this file (${why}); it is skipped, check its permissions`;
}

/** What a path is: its real path, or the path as given when it cannot be resolved (missing or unreadable). */
export function realPathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function displayPath(file: string, cwd: string): string {
  const shown = relative(cwd, file);
  return shown.startsWith('..') || shown === '' ? file : shown;
}

/**
 * How the files of a folder are named in this run, as displayPath() names them but
 * without a path.relative() per file, which costs tens of milliseconds over thousands:
 * unless the working folder is the folder or inside it, a file is named as the folder
 * is, followed by its path inside the folder.
 */
export function namesInFolder(dir: string, cwd: string): (file: string) => string {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  if (isInside(cwd, dir)) return (file) => displayPath(file, cwd);
  const base = displayPath(dir, cwd);
  const shownPrefix = base.endsWith(sep) ? base : base + sep;
  return (file) => (file.startsWith(prefix) ? shownPrefix + file.slice(prefix.length) : displayPath(file, cwd));
}

/** Whether `path` is `folder` or inside it: for the working folder, whether the names of the folder's files depend on it. */
export function isInside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}
