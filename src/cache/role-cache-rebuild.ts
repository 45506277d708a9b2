// Brings a folder's cache file up to date: files that changed are read from YAML (and
// checked) through the layer loader, the others are copied from the old cache file, and
// the new file replaces the old one whole. A progress line is drawn when it takes long.
import { closeSync, openSync } from 'node:fs';
import { cacheProgress } from '../catalog/cache-progress.js';
import type { FileProblem } from '../format/file-problem.js';
import { lazyLoadedRole, summaryOf } from '../catalog/lazy-role.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { writeCacheFile, type FileToCache, type OpenCacheFile } from './role-cache-file.js';
import type { LayerFiles, LayerRoles, PlannedFile, ReadRoleFile, RoleCacheOptions } from './role-cache.js';
import type { Role } from '../format/role-schema.js';

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
    const reused = item.fresh !== undefined && opened ? reuse(item, item.fresh, opened) : undefined;
    if (reused) {
      problems.push(...withFile(reused.problems, shown));
      const role = reused.role;
      if (role) roles.push(lazyLoadedRole(role.summary, shown, input.layer.origin, () => JSON.parse(role.json) as Role));
      toCache.push(reused);
      continue;
    }
    const result = await readRoleFile(item.file);
    progress.step(++read);
    roles.push(...result.roles);
    problems.push(...result.problems);
    const role = result.roles[0]?.role;
    if (!item.stamp || (!role && !canOpen(item.file))) continue;
    const { size, mtimeMs, ctimeMs, ino } = item.stamp;
    toCache.push({
      path: item.path,
      stamp: { size, mtimeMs, ctimeMs, ino },
      // Only a recent mtime is a risk: an edit of an older file always moves its mtime.
      racy: now() - mtimeMs < RACY_MS,
      problems: withFile(result.problems, ''),
      ...(role ? { role: { summary: summaryOf(role), json: JSON.stringify(role) } } : {}),
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
function reuse(item: PlannedFile, at: number, opened: OpenCacheFile): FileToCache | undefined {
  const { index } = opened;
  const stamp = item.stamp;
  if (!stamp) return undefined;
  const entry = { path: item.path, stamp, problems: index.problems[at] ?? [] };
  const role = index.roles[at];
  if (!role) return entry;
  const json = opened.readRecord(role)?.replace(/\n$/, '');
  if (json === undefined) return undefined;
  return { ...entry, role: { summary: role.summary, json } };
}
