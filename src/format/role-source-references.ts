// Pure: a role's `sources` and `perspectives` name documents in data/sources.yaml, its
// list items may name topics in data/topics.yaml and its `dimensions` those of data/dimensions.yaml. Both lists are part of the built tool, so
// a file can be checked against them on its own, when it is read (and cached), rather than
// with every other role on every run.
import type { FileProblem } from './file-problem.js';
import type { Role } from './role-schema.js';
import { TOPICAL_FIELDS, itemTopics } from './topical-item.js';

type FieldPath = (string | number)[];
type Locate = (path: FieldPath) => { line: number; col: number } | undefined;

/** The ids a role file may refer to. */
export interface ReferenceIds {
  sources: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  dimensions: ReadonlySet<string>;
}

interface Reference {
  id: string;
  path: FieldPath;
  field: string;
}

function sourceReferences(role: Role): Reference[] {
  return [
    ...(role.sources ?? []).map((id, i) => ({ id, path: ['sources', i], field: `sources[${i}]` })),
    ...(role.perspectives ?? []).map((perspective, i) => ({ id: perspective.source, path: ['perspectives', i, 'source'], field: `perspectives[${i}].source` })),
  ];
}

function topicReferences(role: Role): Reference[] {
  return TOPICAL_FIELDS.flatMap((name) =>
    (role[name] ?? []).flatMap((item, i) => itemTopics(item).map((id, t) => ({ id, path: [name, i, 'topics', t], field: `${name}[${i}].topics[${t}]` }))),
  );
}

function dimensionReferences(role: Role): Reference[] {
  return Object.keys(role.dimensions ?? {}).map((id) => ({ id, path: ['dimensions', id], field: `dimensions.${id}` }));
}

export function checkReferenceIds(role: Role, known: ReferenceIds, file: string, locate: Locate): FileProblem[] {
  const problem = (reference: Reference, message: string): FileProblem => ({ severity: 'error', file, ...locate(reference.path), field: reference.field, message });
  return [
    ...sourceReferences(role)
      .filter((reference) => !known.sources.has(reference.id))
      .map((reference) => problem(reference, `"${reference.id}" is not the id of a source in data/sources.yaml (${[...known.sources].join(', ')}); fix the id or remove it`)),
    ...topicReferences(role)
      .filter((reference) => !known.topics.has(reference.id))
      .map((reference) => problem(reference, `"${reference.id}" is not the id of a topic in data/topics.yaml, which lists them; fix the id or remove it`)),
    ...dimensionReferences(role)
      .filter((reference) => !known.dimensions.has(reference.id))
      .map((reference) => problem(reference, `"${reference.id}" is not the id of a dimension in data/dimensions.yaml (${[...known.dimensions].join(', ')}); fix the id or remove it`)),
  ];
}
