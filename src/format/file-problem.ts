import { showControlCharacters } from '../render/sanitize-text.js';
import { formatLocation, type SourceLocation } from './roles-error.js';

/** Something wrong with one file, with where it is. Warnings leave the role usable. */
export interface FileProblem extends SourceLocation {
  severity: 'error' | 'warning';
  /** The field path, e.g. research.questions[2], when the problem is in a field. */
  field?: string;
  message: string;
}

export function formatProblem(problem: FileProblem): string {
  const where = formatLocation(problem);
  const field = problem.field ? `${problem.field}: ` : '';
  const label = problem.severity === 'warning' ? 'warning: ' : '';
  return showControlCharacters(`${where}: ${label}${field}${problem.message}`);
}

/** Problems grouped by file, files in the order they first appear, each file's problems in line order (those without a line first). */
export function problemsByFile(problems: readonly FileProblem[]): Map<string, FileProblem[]> {
  const byFile = new Map<string, FileProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file);
    if (list) list.push(problem);
    else byFile.set(problem.file, [problem]);
  }
  for (const list of byFile.values()) list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  return byFile;
}

/** Problems grouped by file, at most `perFile` each, with one line saying how many more there are. */
export function summariseProblems(problems: readonly FileProblem[], perFile: number): string[] {
  return [...problemsByFile(problems)].flatMap(([file, list]) => [
    ...list.slice(0, perFile).map(formatProblem),
    ...(list.length > perFile ? [showControlCharacters(`${file}: ${list.length - perFile} more problem(s); run 'roles validate ${file}' to see them all`)] : []),
  ]);
}

const PROBLEM_FIELDS = { severity: 'string', file: 'string', line: 'number', col: 'number', field: 'string', message: 'string' } as const;

/** True for a list of problems as they are written: for problems read back from the cache, which are data. */
export function isProblemList(value: unknown): value is FileProblem[] {
  return (
    Array.isArray(value) &&
    value.every((problem: Record<string, unknown> | null) => {
      if (problem === null || typeof problem !== 'object' || (problem.severity !== 'error' && problem.severity !== 'warning') || typeof problem.message !== 'string') return false;
      return Object.entries(problem).every(([name, field]) => Object.hasOwn(PROBLEM_FIELDS, name) && (field === undefined || typeof field === PROBLEM_FIELDS[name as keyof typeof PROBLEM_FIELDS]));
    })
  );
}
