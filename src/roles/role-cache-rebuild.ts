// Brings a folder's cache file up to date: files that changed are read from YAML (and
// checked) through the layer loader, the others are copied from the old cache file, and
// the new file replaces the old one whole. A progress line is drawn when it takes long.
import { closeSync, openSync } from 'node:fs';
import { cacheProgress } from './cache-progress.js';
import type { FileProblem } from './file-problem.js';
import { lazyRole, summaryOf } from './lazy-role.js';
import type { LoadedRole } from './merge-role-layers.js';
import { writeCacheFile, type CachedFile, type FileToCache, type OpenCacheFile } from './role-cache-file.js';
import type { LayerFiles, LayerRoles, PlannedFile, ReadRoleFile, RoleCacheOptions } from './role-cache.js';
import type { Role } from './role-schema.js';

/** A file edited this close to being read could be edited again without its mtime changing. */
const RACY_MS = 2000;

export function withFile(problems: FileProblem[], file: string): FileProblem[] {
  return problems.length === 0 ? problems : problems.map((problem) => ({ ...problem, file }));
}

function canOpen(file: string): boolean {
  try {
    closeSync(openSync(file, 'r'));
    return true;
  } catch {
    return false;
  }
}

export async function rebuild(
  planned: PlannedFile[],
  opened: OpenCacheFile | undefined,
  input: LayerFiles,
  readRoleFile: ReadRoleFile,
  options: RoleCacheOptions,
  target: { path: string; meta: { dir: string; parser: string } },
): Promise<LayerRoles> {
  const now = options.now ?? Date.now;
  const toRead = planned.filter((item) => !item.fresh).length;
  const progress = cacheProgress({ total: toRead, what: `role files in ${input.shown(input.layer.dir)}`, output: options.progress, now });
  const roles: LoadedRole[] = [];
  const problems: FileProblem[] = [];
  const toCache: FileToCache[] = [];
  let read = 0;
  for (const item of planned) {
    const shown = input.shown(item.file);
    const reused = item.fresh && opened ? reuse(item.fresh, opened) : undefined;
    if (reused && item.fresh) {
      problems.push(...withFile(item.fresh.problems, shown));
      if (reused.role) roles.push({ role: lazyRole(reused.role.summary, reused.role.keys, () => JSON.parse(reused.role?.json ?? '') as Role), file: shown, origin: input.layer.origin });
      toCache.push(reused);
      continue;
    }
    const result = await readRoleFile(item.file);
    progress.step(++read);
    roles.push(...result.roles);
    problems.push(...result.problems);
    const role = result.roles[0]?.role;
    if (!item.stats || (!role && !canOpen(item.file))) continue;
    const { size, mtimeMs, ctimeMs, ino } = item.stats;
    // Only a recent mtime is a risk: an edit of an older file always moves its mtime.
    const racy = now() - mtimeMs < RACY_MS;
    toCache.push({
      entry: { path: item.path, size, mtimeMs, ctimeMs, ino, ...(racy ? { racy } : {}), problems: withFile(result.problems, '') },
      role: role && { summary: summaryOf(role), keys: Object.keys(role), json: JSON.stringify(role) },
    });
  }
  progress.finish();
  // Closed before the new file takes its name: some systems refuse to rename over an open file.
  opened?.close();
  try {
    writeCacheFile(target.path, target.meta, toCache);
    options.debug?.(`roles: cache ${target.path}: ${planned.length} role file(s), ${read} read from YAML\n`);
  } catch (error) {
    options.debug?.(`roles: cache ${target.path}: not written (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
  }
  return { roles, problems };
}

/** A cached file's entry and record, ready to be written again; undefined when its record is damaged. */
function reuse(entry: CachedFile, opened: OpenCacheFile): FileToCache | undefined {
  const { role, ...rest } = entry;
  if (!role) return { entry: rest };
  const json = opened.readRecord(role)?.replace(/\n$/, '');
  if (json === undefined) return undefined;
  return { entry: rest, role: { summary: role.summary, keys: opened.index.shapes[role.shape] ?? [], json } };
}
