// Pure: which dimensions `show` and `compare` draw a gauge for on a terminal. The screen
// budgets leave room for a few: on the card, the two the sources split PM and PO by (the
// axes of `roles map`); in a comparison, those on which the roles sit furthest apart.
import type { Dimension } from '../format/knowledge-schema.js';
import type { Role } from '../format/role-schema.js';

/** The compact comparison has room for three gauges before its notes give way too much. */
export const COMPARE_GAUGES = 3;
/** Strategy to delivery, then inward to outward: the card's gauges. */
const CARD_DIMENSIONS = ['direction', 'facing'];

export interface Gauge {
  low: string;
  high: string;
  /** One position for each role, in order. */
  positions: number[];
}

/** The card's gauges, for the dimensions of CARD_DIMENSIONS the role gives. */
export function cardGauges(dimensions: readonly Dimension[], placed: Role['dimensions']): Gauge[] {
  return CARD_DIMENSIONS.flatMap((id) => {
    const dimension = dimensions.find((candidate) => candidate.id === id);
    const position = placed?.[id];
    return dimension && position !== undefined ? [{ low: dimension.low, high: dimension.high, positions: [position] }] : [];
  });
}

/** The dimensions on which the roles sit at least two steps apart, widest first; one a role does not give is left out. */
export function compareGauges(dimensions: readonly Dimension[], placed: readonly Role['dimensions'][]): Gauge[] {
  const candidates = dimensions.flatMap((dimension) => {
    const positions = placed.map((given) => given?.[dimension.id]);
    if (positions.some((position) => position === undefined)) return [];
    const known = positions as number[];
    const spread = Math.max(...known) - Math.min(...known);
    return spread >= 2 ? [{ gauge: { low: dimension.low, high: dimension.high, positions: known }, spread }] : [];
  });
  // A stable sort keeps the data's order of dimensions among equals.
  return candidates.sort((a, b) => b.spread - a.spread).slice(0, COMPARE_GAUGES).map((candidate) => candidate.gauge);
}
