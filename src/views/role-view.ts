// Pure: what `roles show` says about a role, as sections of clean text, before any
// format or width is chosen. Every string from a role file is sanitised here.
import type { Knowledge } from '../format/knowledge-schema.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { Role } from '../format/role-schema.js';
import { itemText } from '../format/topical-item.js';
import { RolesError } from '../format/roles-error.js';
import { sanitizeText } from '../render/sanitize-text.js';

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'pairs'; items: { label: string; text: string }[] };

export interface Section {
  name: string;
  heading: string;
  blocks: Block[];
}

export interface RoleView {
  id: string;
  title: string;
  aliases: string[];
  family?: string;
  file: string;
  sections: Section[];
}

/** The sections `show` can print, in order; `--section` takes these names. */
export const SECTION_NAMES = [
  'summary',
  'focus',
  'owns',
  'responsibilities',
  'activities',
  'day',
  'outputs',
  'works-with',
  'skills',
  'early-career',
  'variations',
  'misconceptions',
  'perspectives',
  'companies',
  'research',
  'sources',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

const OWNS_LABEL = { what: 'what to build', why: 'why it matters', how: 'how it gets delivered' } as const;
const FACING = { outward: 'faces outward: market, customers, business', inward: 'faces inward: the team and its delivery', both: 'faces both outward and inward' } as const;
const VARIATION_LABEL = { company_size: 'Company size', method: 'Method', region: 'Region', seniority: 'Seniority' } as const;

const paragraph = (text: string | undefined): Block[] => (text ? [{ kind: 'paragraph', text: sanitizeText(text) }] : []);
const list = (items: readonly string[] | undefined): Block[] =>
  items && items.length > 0 ? [{ kind: 'list', items: items.map(sanitizeText) }] : [];
const pairs = (items: { label: string; text: string }[]): Block[] =>
  items.length > 0 ? [{ kind: 'pairs', items: items.map((item) => ({ label: sanitizeText(item.label), text: sanitizeText(item.text) })) }] : [];

function titleOf(id: string, roles: readonly LoadedRole[]): string {
  const found = roles.find((loaded) => loaded.summary.id === id);
  return found ? `${sanitizeText(found.summary.title)} (${id})` : id;
}

function ownershipText(role: Role): string | undefined {
  const parts: string[] = [];
  if (role.owns?.length) parts.push(`owns ${role.owns.map((part) => OWNS_LABEL[part]).join(', ')}`);
  if (role.orientation) parts.push(FACING[role.orientation]);
  const text = parts.join('; ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : undefined;
}

function sectionBlocks(name: SectionName, role: Role, roles: readonly LoadedRole[], knowledge: Knowledge): Block[] {
  switch (name) {
    case 'summary': return paragraph(role.summary);
    case 'focus': return paragraph(role.focus);
    case 'owns': return paragraph(ownershipText(role));
    case 'responsibilities': return list(role.responsibilities?.map(itemText));
    case 'activities': return list(role.activities?.map(itemText));
    case 'day': return list(role.day_in_the_life);
    case 'outputs': return list(role.outputs);
    case 'works-with': return list(role.works_with?.map((id) => titleOf(id, roles)));
    case 'skills': return list(role.skills?.map(itemText));
    case 'early-career': return paragraph(role.early_career);
    case 'variations':
      return pairs(Object.entries(role.variations ?? {}).map(([key, text]) => ({ label: VARIATION_LABEL[key as keyof typeof VARIATION_LABEL], text })));
    case 'misconceptions':
      return pairs((role.misconceptions ?? []).flatMap((m) => [{ label: 'Myth', text: m.myth }, { label: 'In fact', text: m.reality }]));
    case 'perspectives':
      return pairs((role.perspectives ?? []).map((p) => ({ label: sourceTitle(p.source, knowledge), text: p.view })));
    case 'companies':
      return pairs(knowledge.companies.filter((c) => c.roles.includes(role.id)).map((c) => ({ label: c.name, text: c.structure })));
    case 'research':
      return [
        ...labelled('Tips', list(role.research?.tips)),
        ...labelled('Search for', list(role.research?.search_terms)),
        ...labelled('Questions to answer', list(role.research?.questions)),
      ];
    case 'sources': return list(role.sources?.map((id) => sourceTitle(id, knowledge)));
  }
}

function labelled(label: string, blocks: Block[]): Block[] {
  return blocks.length > 0 ? [{ kind: 'paragraph', text: `${label}:` }, ...blocks] : [];
}

function sourceTitle(id: string, knowledge: Knowledge): string {
  const source = knowledge.sources.find((s) => s.id === id);
  return source ? `${source.title} (${source.kind})` : id;
}

const HEADINGS: Record<SectionName, string> = {
  summary: 'Summary',
  focus: 'Focus',
  owns: 'What it owns',
  responsibilities: 'Responsibilities',
  activities: 'Activities',
  day: 'A day in the role',
  outputs: 'Outputs',
  'works-with': 'Works with',
  skills: 'Skills',
  'early-career': 'Early in a career',
  variations: 'How it varies',
  misconceptions: 'Misconceptions',
  perspectives: 'Where sources disagree',
  companies: 'At named companies',
  research: 'Researching the role',
  sources: 'Sources',
};

/** The role file's names for what a section shows, as `roles compare --fields` accepts them. */
const SECTION_ALIASES: Record<string, SectionName> = {
  'day-in-the-life': 'day',
  orientation: 'owns',
  'research-tips': 'research',
  'search-terms': 'research',
  'research-questions': 'research',
  questions: 'research',
};

/** Accepts section names as people type them: works_with, Works-With, early career, day_in_the_life. */
export function parseSectionNames(names: readonly string[]): SectionName[] {
  return names.map((raw) => {
    const name = raw.trim().toLowerCase().replace(/[\s_.]+/g, '-');
    const known = (SECTION_NAMES as readonly string[]).includes(name) ? (name as SectionName) : SECTION_ALIASES[name];
    if (!known) throw new RolesError('usage', `unknown section "${raw}"`, `choose from ${SECTION_NAMES.join(', ')}`);
    return known;
  });
}

export function buildRoleView(loaded: LoadedRole, roles: readonly LoadedRole[], knowledge: Knowledge, only: readonly SectionName[] = []): RoleView {
  const wanted = only.length > 0 ? only : SECTION_NAMES;
  const sections = wanted
    .map((name): Section => ({ name, heading: HEADINGS[name], blocks: sectionBlocks(name, loaded.role, roles, knowledge) }))
    .filter((section) => section.blocks.length > 0);
  return {
    id: loaded.summary.id,
    title: sanitizeText(loaded.summary.title),
    aliases: (loaded.summary.aliases ?? []).map(sanitizeText),
    family: loaded.summary.family,
    file: loaded.file,
    sections,
  };
}
