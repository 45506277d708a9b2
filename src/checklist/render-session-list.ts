// Renders `roles checklist --list`: each saved session with its progress and the
// command that exports it, as columns, tab-separated records or JSON. Unreadable
// files are listed with what is wrong.
import { basename } from 'node:path';
import { renderBorderlessColumns } from '../render/columns.js';
import type { Paint } from '../render/paint.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { resumeIndex, sessionProgress, type ChecklistSession } from './checklist-session.js';
import { sessionTitle } from './export-session.js';
import type { SavedSessionEntry } from './session-files.js';

export interface SessionListRow {
  file: string;
  title: string;
  role?: string;
  company?: string;
  done?: number;
  total?: number;
  state: 'in progress' | 'complete' | 'unreadable';
  updated?: string;
  /** The command that prints this session as notes. */
  export?: string;
  problem?: string;
}

export function buildSessionList(entries: readonly SavedSessionEntry[], exportCommand: (session: ChecklistSession, file: string) => string): SessionListRow[] {
  return entries.map(({ file, session, problem }) => {
    if (!session) return { file, title: '?', state: 'unreadable', problem: sanitizeText(problem ?? '') };
    const { done, total } = sessionProgress(session);
    return {
      file,
      title: sessionTitle(session),
      role: session.role.id,
      ...(session.company ? { company: sanitizeText(session.company) } : {}),
      done,
      total,
      state: resumeIndex(session) === undefined ? 'complete' : 'in progress',
      updated: session.updatedAt.slice(0, 10),
      export: exportCommand(session, file),
    };
  });
}

const progressText = (row: SessionListRow): string => (row.total === undefined ? 'unreadable' : `${row.done ?? 0}/${row.total}`);

/** Columns with file names only: the folder is the same for all and said once by the caller. */
export function renderSessionListText(rows: readonly SessionListRow[], width: number, paint: Paint): string {
  return renderBorderlessColumns({
    columns: [{ header: 'Checklist', max: 40 }, { header: 'Done' }, { header: 'Updated' }, { header: 'File' }],
    rows: rows.map((row) => [row.title, progressText(row), row.updated ?? '', row.problem ? [basename(row.file), row.problem] : basename(row.file)]),
    width,
    paintHeader: paint.heading,
    paintFirstColumn: paint.title,
  });
}

/** Said under the columns, on stderr: where the files are and how to export each session, in the order listed. */
export function sessionListFooter(rows: readonly SessionListRow[], dir: string): string {
  const commands = rows.flatMap((row) => (row.export ? [`  ${row.export}`] : []));
  return [`Saved in ${dir}.${commands.length > 0 ? ' To print one as notes:' : ''}`, ...commands].join('\n') + '\n';
}

/** One session per line: file, role, company, done/total, state, last update, export command. */
export function renderSessionListPlain(rows: readonly SessionListRow[]): string {
  return rows.map((row) => [row.file, row.role ?? '', row.company ?? '', progressText(row), row.state, row.updated ?? '', row.export ?? ''].join('\t')).join('\n') + (rows.length ? '\n' : '');
}
