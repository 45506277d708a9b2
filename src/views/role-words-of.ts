// Which words `related` and `fit` compare a role by: for a built-in role, those the build
// worked out (dist/role-words.json, read by finding-commands.ts), else folded from the role
// now. A user's file that replaces a built-in role is not built in, so it is folded afresh.
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { roleWords, type RoleWords } from '../search/role-words.js';

export type RoleWordsOf = (loaded: LoadedRole) => RoleWords;

export function roleWordsOf(prebuilt?: ReadonlyMap<string, RoleWords>): RoleWordsOf {
  return (loaded) => (loaded.origin === 'builtin' ? prebuilt?.get(loaded.summary.id) : undefined) ?? roleWords(loaded.role);
}
