// Pure: the research questions `roles questions` prints and `roles checklist` walks
// through, grouped by role, then the questions common to every role.
import type { Knowledge } from '../format/knowledge-schema.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { RolesError } from '../format/roles-error.js';
import { sanitizeText } from '../render/sanitize-text.js';

export interface QuestionGroup {
  kind: 'role' | 'common';
  /** The role's id for a role's own questions; `common` for the shared ones. */
  id: string;
  heading: string;
  questions: string[];
}

export interface QuestionsView {
  title: string;
  company?: string;
  date?: string;
  groups: QuestionGroup[];
}

export interface QuestionsViewOptions {
  common: boolean;
  company?: string;
  date?: string;
}

export const COMMON_HEADING = 'For any role';

function clean(items: readonly string[] | undefined): string[] {
  return (items ?? []).map(sanitizeText).filter((text) => text.length > 0);
}

export function buildQuestionsView(roles: readonly LoadedRole[], knowledge: Knowledge, options: QuestionsViewOptions): QuestionsView {
  const unique = roles.filter((loaded, i) => roles.findIndex((other) => other.summary.id === loaded.summary.id) === i);
  const groups: QuestionGroup[] = unique.map(({ role }) => ({
    kind: 'role',
    id: role.id,
    heading: sanitizeText(role.title),
    questions: clean(role.research?.questions),
  }));
  if (options.common) groups.push({ kind: 'common', id: 'common', heading: COMMON_HEADING, questions: clean(knowledge.commonQuestions) });
  const titles = groups.filter((group) => group.kind === 'role').map((group) => group.heading);
  const company = options.company === undefined ? undefined : sanitizeText(options.company);
  return {
    title: titles.length === 1 ? `Research questions for ${titles[0] ?? ''}` : 'Research questions',
    ...(company ? { company } : {}),
    ...(options.date ? { date: options.date } : {}),
    groups,
  };
}

export function questionCount(view: QuestionsView): number {
  return view.groups.reduce((sum, group) => sum + group.questions.length, 0);
}

/** The calendar date where the user is, as YYYY-MM-DD. */
export function localDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `--date` alone means today; a value must be a real YYYY-MM-DD date. */
export function parseInterviewDate(value: string | boolean | undefined, now: Date): string | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true || value.trim().toLowerCase() === 'today') return localDate(now);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
  if (!date || localDate(date) !== value.trim()) {
    throw new RolesError('usage', `--date "${value}" is not a date`, 'write it as YYYY-MM-DD, e.g. 2026-03-14, or --date today; a bare --date takes the next word as its value');
  }
  return value.trim();
}
