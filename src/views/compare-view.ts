// Pure: what `roles compare` shows for two to four roles, before any format or width
// is chosen. One row per aspect; list items marked by whether the other roles' lists
// hold them too; the curated contrasts that speak about these roles. Role text is sanitised here.
import type { Contrast, Knowledge } from '../format/knowledge-schema.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { FIELD_LABELS, DEFAULT_COMPARE_FIELDS, itemKey, rawValue, roleTitle, sourceTitle, type CompareField, type Labelled, type RawItem, type RawValue } from './compare-fields.js';
import { listHolds, listKeys, topicsInEveryList, type SharedTopic } from './shared-topics.js';

/** shared: in every compared role's list; some: in another role's list but not all; unique: in this one only. */
export type Mark = 'shared' | 'some' | 'unique';

export interface CompareItem {
  text: string;
  mark: Mark;
  /** Ids of the other compared roles whose list holds the same item, or one about the same topic. */
  alsoIn: string[];
}

export type CompareValue =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  | { kind: 'list'; items: CompareItem[]; hiddenShared: number }
  | { kind: 'pairs'; groups: Labelled[][] };

export interface CompareRow {
  field: CompareField;
  label: string;
  /** One value per compared role, in the order of `roles`. */
  values: CompareValue[];
}

export interface CompareRole {
  id: string;
  title: string;
  aliases: string[];
  family?: string;
  file: string;
}

export interface ContrastView {
  id: string;
  kind: Contrast['kind'];
  /** exact: about these roles and no others; subset: about some of them; superset: about them and others too. */
  match: 'exact' | 'subset' | 'superset';
  roles: { id: string; title: string }[];
  title: string;
  summary: string;
  /** Only for a contrast about exactly these roles; a related one is kept to its summary in every format. */
  points: string[];
  sources: string[];
}

export interface CompareView {
  roles: CompareRole[];
  rows: CompareRow[];
  /** Per list aspect, what every compared role's list holds: the topics they all name, then items worded alike. */
  shared: { field: CompareField; label: string; items: string[] }[];
  /** Per list aspect, the topics every compared role's list names. */
  sharedTopics: { field: CompareField; label: string; topics: SharedTopic[] }[];
  contrasts: ContrastView[];
  onlyDifferences: boolean;
}

/** Ids of the other compared roles whose list holds `item`: a loop rather than a filter, as a closure per item added up. */
function holdersOf(item: RawItem, r: number, ids: readonly string[], keysOf: readonly (Set<string> | undefined)[]): string[] {
  const alsoIn: string[] = [];
  for (let other = 0; other < ids.length; other++) {
    const keys = keysOf[other];
    if (other !== r && keys && listHolds(keys, item)) alsoIn.push(ids[other] as string);
  }
  return alsoIn;
}

/** Each role's value for one aspect, its list items marked by which other roles' lists hold them too. */
function markValues(raw: RawValue[], ids: readonly string[]): CompareValue[] {
  const keysOf = raw.map((value) => (value.kind === 'list' ? listKeys(value.items) : undefined));
  return raw.map((value, r): CompareValue => {
    if (value.kind !== 'list') return value;
    const items = value.items.map((item): CompareItem => {
      const alsoIn = holdersOf(item, r, ids, keysOf);
      const mark: Mark = alsoIn.length === ids.length - 1 ? 'shared' : alsoIn.length > 0 ? 'some' : 'unique';
      return { text: item.text, mark, alsoIn };
    });
    return { kind: 'list', items, hiddenShared: 0 };
  });
}

/** The row for one aspect, items in every list hidden when asked; none when nothing is left to show. */
function rowOf(field: CompareField, marked: CompareValue[], onlyDifferences: boolean): CompareRow | undefined {
  const values = onlyDifferences ? marked.map(hideShared) : marked;
  if (values.every((value) => value.kind === 'none')) return undefined;
  if (onlyDifferences && sameEverywhere(values)) return undefined;
  return { field, label: FIELD_LABELS[field], values };
}

function hideShared(value: CompareValue): CompareValue {
  if (value.kind !== 'list') return value;
  const shown = value.items.filter((item) => item.mark !== 'shared');
  return { kind: 'list', items: shown, hiddenShared: value.items.length - shown.length };
}

/** True when no role's value differs from the others', after hiding shared list items. */
function sameEverywhere(values: CompareValue[]): boolean {
  if (values.every((value) => value.kind === 'list' && value.items.length === 0)) return true;
  const keys = values.map((value) => (value.kind === 'text' ? itemKey(value.text) : value.kind === 'pairs' ? JSON.stringify(value.groups) : undefined));
  return keys[0] !== undefined && keys.every((key) => key === keys[0]);
}

/** The topics every list names, then the first role's other items that every other list holds too. */
function sharedItems(field: CompareField, marked: CompareValue[], raw: RawValue[], topics: SharedTopic[]): CompareView['shared'] {
  const first = marked[0];
  const firstRaw = raw[0];
  if (first?.kind !== 'list' || firstRaw?.kind !== 'list') return [];
  const named = new Set(topics.map((topic) => topic.id));
  const texts = new Set<string>(topics.map((topic) => sanitizeText(topic.label)));
  first.items.forEach((item, i) => {
    // An item whose sharing a shared topic already says is not repeated in its own words.
    if (item.mark === 'shared' && !firstRaw.items[i]?.topics?.some((id) => named.has(id))) texts.add(item.text);
  });
  return texts.size > 0 ? [{ field, label: FIELD_LABELS[field], items: [...texts] }] : [];
}

function sharedTopicsOf(raw: RawValue[], knowledge: Knowledge): SharedTopic[] {
  return topicsInEveryList(raw.map((value) => (value.kind === 'list' ? value.items : undefined)), knowledge);
}

function matchOf(contrast: Contrast, ids: Set<string>): ContrastView['match'] | undefined {
  const inside = contrast.roles.filter((id) => ids.has(id)).length;
  if (inside === ids.size) return contrast.roles.length === ids.size ? 'exact' : 'superset';
  return inside === contrast.roles.length ? 'subset' : undefined;
}

const MATCH_ORDER = { exact: 0, subset: 1, superset: 2 } as const;

/** Contrasts about exactly these roles, then about some of them; wider ones only when nothing fits exactly. */
export function contrastsFor(ids: readonly string[], roles: readonly LoadedRole[], knowledge: Knowledge): ContrastView[] {
  const wanted = new Set(ids);
  const found = knowledge.contrasts.flatMap((contrast) => {
    const match = matchOf(contrast, wanted);
    return match ? [{ contrast, match }] : [];
  });
  const hasExact = found.some((entry) => entry.match === 'exact' && entry.contrast.kind === 'contrast');
  return found
    .filter((entry) => entry.match !== 'superset' || !hasExact)
    .sort((a, b) => MATCH_ORDER[a.match] - MATCH_ORDER[b.match] || Number(a.contrast.kind === 'pairing') - Number(b.contrast.kind === 'pairing'))
    .map(({ contrast, match }) => ({
      id: contrast.id,
      kind: contrast.kind,
      match,
      roles: contrast.roles.map((id) => ({ id, title: sanitizeText(roleTitle(id, roles)) })),
      title: sanitizeText(contrast.title),
      summary: sanitizeText(contrast.summary),
      // With three or four roles there can be many related contrasts, each with its points a `compare` of its own pair away.
      points: match === 'exact' ? (contrast.points ?? []).map(sanitizeText) : [],
      sources: contrast.sources.map((id) => sanitizeText(sourceTitle(id, knowledge))),
    }));
}

export interface CompareRequest {
  fields?: readonly CompareField[];
  onlyDifferences?: boolean;
}

export function buildCompareView(compared: readonly LoadedRole[], roles: readonly LoadedRole[], knowledge: Knowledge, request: CompareRequest = {}): CompareView {
  const ids = compared.map((loaded) => loaded.summary.id);
  const onlyDifferences = request.onlyDifferences ?? false;
  const fields = request.fields && request.fields.length > 0 ? request.fields : DEFAULT_COMPARE_FIELDS;
  const raw = fields.map((field) => compared.map((loaded) => rawValue(field, loaded.role, roles, knowledge)));
  const marked = raw.map((values) => markValues(values, ids));
  const topics = raw.map((values) => sharedTopicsOf(values, knowledge));
  const rows = fields.flatMap((field, i) => rowOf(field, marked[i] ?? [], onlyDifferences) ?? []);
  return {
    roles: compared.map(({ role, file }) => ({
      id: role.id,
      title: sanitizeText(role.title),
      aliases: (role.aliases ?? []).map(sanitizeText),
      ...(role.family ? { family: role.family } : {}),
      file,
    })),
    rows,
    shared: fields.flatMap((field, i) => sharedItems(field, marked[i] ?? [], raw[i] ?? [], topics[i] ?? [])),
    sharedTopics: fields.flatMap((field, i) => ((topics[i] ?? []).length > 0 ? [{ field, label: FIELD_LABELS[field], topics: topics[i] ?? [] }] : [])),
    contrasts: contrastsFor(ids, roles, knowledge),
    onlyDifferences,
  };
}
