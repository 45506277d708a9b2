// Where sessions live and how they are found again: one JSON file per session under
// $XDG_DATA_HOME/roles/checklists/, named role--company--date.json (a double hyphen
// never occurs in an id or a company slug, so the name splits back unambiguously).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataHome } from '../catalog/data-paths.js';
import { RolesError } from '../format/roles-error.js';
import type { ChecklistSession } from './checklist-session.js';
import { readSessionText } from './read-session-text.js';
import { parseSession } from './session-json.js';

type Env = Record<string, string | undefined>;

export function checklistsDir(env: Env, home: string): string {
  return join(dataHome(env, home), 'roles', 'checklists');
}

/** "Acme Corp." → "acme-corp"; letters of any script survive, accents are dropped. */
export function companySlug(company: string): string {
  return company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function sessionFileName(roleId: string, company: string | undefined, date: string): string {
  const slug = company ? companySlug(company) : '';
  return `${roleId}${slug ? `--${slug}` : ''}--${date}.json`;
}

const SESSION_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:--([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*))?--(\d{4}-\d{2}-\d{2})\.json$/u;

interface NamedSession {
  file: string;
  roleId: string;
  slug: string;
  date: string;
}

function sessionNamesIn(dir: string): NamedSession[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const match = SESSION_NAME.exec(name);
    return match ? [{ file: join(dir, name), roleId: match[1] ?? '', slug: match[2] ?? '', date: match[3] ?? '' }] : [];
  });
}

/** The newest session file for a role and company, by the date in its name. */
export function findSessionFile(dir: string, roleId: string, company: string | undefined): string | undefined {
  const slug = company ? companySlug(company) : '';
  const matches = sessionNamesIn(dir)
    .filter((named) => named.roleId === roleId && named.slug === slug)
    .sort((a, b) => b.date.localeCompare(a.date));
  return matches[0]?.file;
}

/** Reads a session, or undefined when there is no file; a file that is not one is reported and left exactly as it is. */
export function readSessionIfAny(file: string): ChecklistSession | undefined {
  const text = readSessionText(file);
  if (text === undefined) return undefined;
  const parsed = parseSession(text);
  if (parsed.session) return parsed.session;
  throw new RolesError('data', `not a usable checklist session: ${parsed.problem}; the file is kept as it is`, 'fix it, or pass --restart to start over with the old file kept as a backup', { file });
}

/** Reads a session that must be there. */
export function readSessionFile(file: string): ChecklistSession {
  const session = readSessionIfAny(file);
  if (session) return session;
  throw new RolesError('io', 'cannot read this checklist (ENOENT)', 'check the file and its permissions', { file });
}

/** Why a session cannot be the one asked for, or undefined when it can. */
export function sessionMismatch(session: ChecklistSession, roleId: string, company: string | undefined): string | undefined {
  if (session.role.id !== roleId) return `it holds the checklist for ${session.role.id}, not ${roleId}`;
  if (company !== undefined && companySlug(company) !== companySlug(session.company ?? '')) {
    return `it is about ${session.company ? `"${session.company}"` : 'no company'}, not "${company}"`;
  }
  return undefined;
}

export interface SavedSessionEntry {
  file: string;
  session?: ChecklistSession;
  problem?: string;
}

/** Every session file in the folder, newest first; unreadable ones carry their problem. */
export function listSessionFiles(dir: string): SavedSessionEntry[] {
  return sessionNamesIn(dir)
    .sort((a, b) => b.date.localeCompare(a.date) || a.file.localeCompare(b.file))
    .map(({ file }) => {
      try {
        return { file, session: readSessionFile(file) };
      } catch (error) {
        return { file, problem: error instanceof Error ? error.message.replace(/; the file is kept as it is$/, '') : String(error) };
      }
    });
}
