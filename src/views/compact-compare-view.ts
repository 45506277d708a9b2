// Pure: the compact comparison `roles compare` prints by default, cut from the full view:
// the aspects that tell roles apart, a few items of each list, who each works with by
// short name, and each contrast's title with its first points.
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import type { CompareField } from './compare-fields.js';
import type { CompareItem, CompareRole, CompareView } from './compare-view.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { shortNameOf } from './short-name.js';

/** The aspects of the compact table, built with buildCompareView({ fields: COMPACT_FIELDS }). */
export const COMPACT_FIELDS: readonly CompareField[] = ['focus', 'owns', 'orientation', 'responsibilities', 'outputs', 'works_with'];
/** The sources list the main points first, so the first few stand for the rest. */
const COMPACT_POINTS = 3;

export type CompactValue =
  | { kind: 'none' }
  | { kind: 'text'; text: string }
  /** `more`: how many items the full view has beyond these; `hiddenShared`: items in every list left out by --only-differences. */
  | { kind: 'list'; items: CompareItem[]; more: number; hiddenShared: number };

export interface CompactRow {
  label: string;
  values: CompactValue[];
}

export interface CompactContrast {
  section: 'differ' | 'together' | 'related';
  /** The roles it is about, for a contrast about only some of the compared roles. */
  roles?: string;
  title: string;
  points: string[];
}

export interface CompactCompareView {
  roles: CompareRole[];
  rows: CompactRow[];
  contrasts: CompactContrast[];
  onlyDifferences: boolean;
  /** The short names, to say how to see the full comparison. */
  shortNames: string[];
}

/** Fewer items a column when more columns share the width. */
const itemsPerList = (roleCount: number): number => (roleCount === 2 ? 3 : 2);

/** A role the compared one works with: its title, as the full view's items name it, and its short name. */
interface Partner {
  title: string;
  short: string;
}

function compactRow(label: string, field: CompareField, values: CompareView['rows'][number]['values'], worksWith: Partner[][], count: number): CompactRow {
  return {
    label,
    values: values.map((value, r): CompactValue => {
      if (value.kind === 'pairs') return { kind: 'none' };
      if (value.kind !== 'list') return value;
      // Who each works with reads as one line of names; --only-differences may have left none.
      if (field === 'works_with' && value.items.length > 0) {
        const shown = new Set(value.items.map((item) => item.text));
        return { kind: 'text', text: (worksWith[r] ?? []).filter((partner) => shown.has(partner.title)).map((partner) => partner.short).join(', ') };
      }
      return { kind: 'list', items: value.items.slice(0, count), more: Math.max(0, value.items.length - count), hiddenShared: value.hiddenShared };
    }),
  };
}

export function buildCompactCompareView(view: CompareView, compared: readonly LoadedRole[], named: readonly LoadedRole[]): CompactCompareView {
  const count = itemsPerList(view.roles.length);
  // Short names where the full view has titles: a column holds a dozen of them in two lines.
  const worksWith = compared.map((loaded) =>
    (loaded.role.works_with ?? []).map((id): Partner => {
      const other = named.find((role) => role.summary.id === id);
      return { title: sanitizeText(other?.summary.title ?? id), short: sanitizeText(shortNameOf(id, other?.summary.aliases)) };
    }),
  );
  return {
    roles: view.roles,
    rows: view.rows.map((row) => compactRow(row.label, row.field, row.values, worksWith, count)),
    contrasts: view.contrasts.map((contrast): CompactContrast => {
      const section = contrast.match !== 'exact' ? 'related' : contrast.kind === 'pairing' ? 'together' : 'differ';
      return {
        section,
        ...(section === 'related' ? { roles: contrast.roles.map((role) => role.title).join(contrast.kind === 'pairing' ? ' with ' : ' vs ') } : {}),
        title: contrast.title,
        points: contrast.points.slice(0, COMPACT_POINTS),
      };
    }),
    onlyDifferences: view.onlyDifferences,
    shortNames: view.roles.map((role) => shortNameOf(role.id, role.aliases)),
  };
}
