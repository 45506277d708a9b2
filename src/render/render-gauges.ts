// A one-line gauge: "strategy □■□□□ delivery", the filled square at the role's position
// between the dimension's two poles. In a locale that is not UTF-8 the squares become # and -
// (ascii-borders.ts), as box-drawing characters do.
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import type { Gauge } from '../views/gauges-view.js';
import { displayWidth, spaces } from './text-width.js';

export function gaugeMarks(position: number): string {
  let marks = '';
  for (let step = POSITION_MIN; step <= POSITION_MAX; step++) marks += step === position ? '■' : '□';
  return marks;
}

/** One line a gauge for the role at `index`, the low poles padded so the squares line up. */
export function gaugeLines(gauges: readonly Gauge[], index = 0): string[] {
  const lowWidth = Math.max(0, ...gauges.map((gauge) => displayWidth(gauge.low)));
  return gauges.map((gauge) => `${gauge.low}${spaces(lowWidth - displayWidth(gauge.low))} ${gaugeMarks(gauge.positions[index] ?? 0)} ${gauge.high}`);
}

/** The gauge with the squares first, for a table cell: they line up without padding, which a cell would not keep. */
export function gaugeCell(gauge: Gauge, index: number): string {
  return `${gaugeMarks(gauge.positions[index] ?? 0)} ${gauge.low} to ${gauge.high}`;
}
