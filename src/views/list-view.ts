// Pure: the rows `roles list` shows.
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { normaliseRoleName } from '../catalog/merge-role-layers.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { collateText } from './collate-text.js';

export interface ListRow {
  id: string;
  title: string;
  aliases: string[];
  family: string;
  focus: string;
  file: string;
}

/** `fileOf` names each role's file as the output should (list --json gives absolute paths). */
export function buildListView(roles: readonly LoadedRole[], family?: string, fileOf: (loaded: LoadedRole) => string = (loaded) => loaded.file): ListRow[] {
  const wanted = family === undefined ? undefined : normaliseRoleName(family);
  return roles
    .filter((loaded) => wanted === undefined || normaliseRoleName(loaded.summary.family ?? '') === wanted)
    .map((loaded) => ({
      id: loaded.summary.id,
      title: sanitizeText(loaded.summary.title),
      aliases: (loaded.summary.aliases ?? []).map(sanitizeText),
      family: loaded.summary.family ?? '',
      focus: sanitizeText(loaded.summary.focus ?? ''),
      file: fileOf(loaded),
    }))
    // Most neighbours share a family, and equal text needs no collation.
    .sort((a, b) => (a.family === b.family ? 0 : collateText(a.family, b.family)) || collateText(a.title, b.title));
}

export function familiesOf(roles: readonly LoadedRole[]): string[] {
  return [...new Set(roles.map((loaded) => loaded.summary.family ?? '').filter(Boolean))].sort();
}
