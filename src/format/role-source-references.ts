// Pure: a role's `sources` and `perspectives` name documents in data/sources.yaml. That
// list is part of the built tool, so a file can be checked against it on its own, when
// it is read (and cached), rather than with every other role on every run.
import type { FileProblem } from './file-problem.js';
import type { Role } from './role-schema.js';

type FieldPath = (string | number)[];
type Locate = (path: FieldPath) => { line: number; col: number } | undefined;

export function checkSourceReferences(role: Role, sourceIds: ReadonlySet<string>, file: string, locate: Locate): FileProblem[] {
  const references: { id: string; path: FieldPath; field: string }[] = [
    ...(role.sources ?? []).map((id, i) => ({ id, path: ['sources', i], field: `sources[${i}]` })),
    ...(role.perspectives ?? []).map((perspective, i) => ({ id: perspective.source, path: ['perspectives', i, 'source'], field: `perspectives[${i}].source` })),
  ];
  return references
    .filter((reference) => !sourceIds.has(reference.id))
    .map((reference) => ({
      severity: 'error',
      file,
      ...locate(reference.path),
      field: reference.field,
      message: `"${reference.id}" is not the id of a source in data/sources.yaml (${[...sourceIds].join(', ')}); fix the id or remove it`,
    }));
}
