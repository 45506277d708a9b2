// Renders `roles checklist --list`: each saved session with its progress, as columns,
// tab-separated records or JSON. Unreadable files are listed with what is wrong.
import { basename } from 'node:path';
import { renderBorderlessColumns } from '../render/columns.js';
import type { Paint } from '../render/paint.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { resumeIndex, sessionProgress } from './checklist-session.js';
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
  problem?: string;
}

export function buildSessionList(entries: readonly SavedSessionEntry[]): SessionListRow[] {
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

/** One session per line: file, role, company, done/total, state, last update. */
export function renderSessionListPlain(rows: readonly SessionListRow[]): string {
  return rows.map((row) => [row.file, row.role ?? '', row.company ?? '', progressText(row), row.state, row.updated ?? ''].join('\t')).join('\n') + (rows.length ? '\n' : '');
}
