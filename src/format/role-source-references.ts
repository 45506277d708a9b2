// Pure: a role's `sources` and `perspectives` name documents in data/sources.yaml, its list
// items may name topics in data/topics.yaml and its `dimensions` those of data/dimensions.yaml.
// All three lists are part of the built tool, so a file can be checked against them on its
// own, when it is read (and cached), rather than with every other role on every run.
import type { FileProblem } from './file-problem.js';
import type { Role } from './role-schema.js';
import { TOPICAL_FIELDS, itemTopics } from './topical-item.js';

type FieldPath = (string | number)[];
export type Locate = (path: FieldPath) => { line: number; col: number } | undefined;

/** The ids a role file may refer to. */
export interface ReferenceIds {
  sources: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  dimensions: ReadonlySet<string>;
}

export function checkReferenceIds(role: Role, known: ReferenceIds, file: string, locate: Locate): FileProblem[] {
  const unknown = (kind: keyof ReferenceIds, references: [string, FieldPath][], message: (id: string) => string): FileProblem[] =>
    references
      .filter(([id]) => !known[kind].has(id))
      .map(([id, path]) => {
        const field = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').slice(1);
        return { severity: 'error', file, ...locate(path), field, message: message(id) };
      });
  return [
    ...unknown(
      'sources',
      [...(role.sources ?? []).map((id, i): [string, FieldPath] => [id, ['sources', i]]), ...(role.perspectives ?? []).map(({ source }, i): [string, FieldPath] => [source, ['perspectives', i, 'source']])],
      (id) => `"${id}" is not the id of a source in data/sources.yaml (${[...known.sources].join(', ')}); fix the id or remove it`,
    ),
    ...unknown(
      'topics',
      TOPICAL_FIELDS.flatMap((name) => (role[name] ?? []).flatMap((item, i) => itemTopics(item).map((id, t): [string, FieldPath] => [id, [name, i, 'topics', t]]))),
      (id) => `"${id}" is not the id of a topic in data/topics.yaml, which lists them; fix the id or remove it`,
    ),
    ...unknown(
      'dimensions',
      Object.keys(role.dimensions ?? {}).map((id): [string, FieldPath] => [id, ['dimensions', id]]),
      (id) => `"${id}" is not the id of a dimension in data/dimensions.yaml (${[...known.dimensions].join(', ')}); fix the id or remove it`,
    ),
  ];
}
