import { showControlCharacters } from '../render/sanitize-text.js';
import { formatLocation } from './roles-error.js';

/** Something wrong with one file, with where it is. Warnings leave the role usable. */
export interface FileProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  col?: number;
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
