// dist/role-words.json: the built-in roles' words as `related` and `fit` compare them, so
// those commands fold only the roles users add (src/search/role-words.ts).
import type { BuiltinData } from '../../src/catalog/builtin-data.js';
import { roleWordsFileText } from '../../src/search/role-words.js';

export function roleWordsFile(data: BuiltinData): string {
  return roleWordsFileText(data.roles.map((loaded) => loaded.role));
}
