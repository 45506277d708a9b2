// dist/search-index.jsonl: the built-in roles and knowledge as `roles search` indexes them,
// so a search folds the words of only the roles users add (src/search/search-index.ts).
import type { BuiltinData } from '../../src/catalog/builtin-data.js';
import { allPassages } from '../../src/search/passages.js';
import { indexData, indexFileText } from '../../src/search/search-index.js';

export function searchIndexFile(data: BuiltinData): string {
  return indexFileText(indexData(allPassages(data.roles.map((loaded) => loaded.role), data.knowledge)));
}
