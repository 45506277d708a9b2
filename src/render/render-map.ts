// Renders `roles map`: the roles as labels on a chart of two dimensions, fitted to a width.
// Labels are nudged to the nearest free place, never over another label or next to one
// without a space; when the names cannot all fit, numbers stand for them (the legend says which).
import { POSITION_MAX, POSITION_MIN } from '../format/dimension-scale.js';
import { RolesError } from '../format/roles-error.js';
import type { MapView } from '../views/map-view.js';
import { packItems } from './list-on-one-line.js';
import { pushAll } from './push-all.js';
import { cutToWidth, displayWidth, spaces, wrapText } from './text-width.js';

/** Rows inside the box: two between neighbouring positions, so the chart and its legend fit a 24-row screen. */
export const MAP_ROWS = 9;
/** Narrower than this the box has no room for even numbered labels beside each other. */
const MIN_WIDTH = 12;

export interface MapLabel {
  id: string;
  text: string;
  x: number;
  y: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  row: number;
  /** The label's first column inside the box. */
  col: number;
}

const SPAN = POSITION_MAX - POSITION_MIN;

/** Where a label would go without others: its centre over the position, inside the box. */
function wanted(label: MapLabel, columns: number, rows: number): { row: number; col: number } {
  const width = displayWidth(label.text);
  const centre = Math.round(((label.x - POSITION_MIN) / SPAN) * (columns - 1));
  return { row: Math.round(((label.y - POSITION_MIN) / SPAN) * (rows - 1)), col: Math.min(Math.max(0, centre - Math.floor(width / 2)), columns - width) };
}

/**
 * Places each label at the free spot nearest where it belongs (a row away costs as much as
 * three columns), or returns undefined when one finds no room. Labels are placed top to
 * bottom, left to right, so the result does not depend on the order roles were read in.
 */
export function placeLabels(labels: readonly MapLabel[], columns: number, rows: number): PlacedLabel[] | undefined {
  const taken = Array.from({ length: rows }, () => new Array<boolean>(columns).fill(false));
  const free = (row: number, col: number, width: number): boolean => {
    if (col < 0 || col + width > columns) return false;
    for (let c = Math.max(0, col - 1); c <= Math.min(columns - 1, col + width); c++) if (taken[row]![c]) return false;
    return true;
  };
  const order = [...labels].sort((a, b) => a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: PlacedLabel[] = [];
  for (const label of order) {
    const width = displayWidth(label.text);
    if (width > columns) return undefined;
    const home = wanted(label, columns, rows);
    const spot = nearestFree(home, rows, columns, (row, col) => free(row, col, width));
    if (!spot) return undefined;
    for (let c = spot.col; c < spot.col + width; c++) taken[spot.row]![c] = true;
    placed.push({ id: label.id, text: label.text, ...spot });
  }
  return placed;
}

function nearestFree(home: { row: number; col: number }, rows: number, columns: number, isFree: (row: number, col: number) => boolean): { row: number; col: number } | undefined {
  const limit = 3 * rows + columns;
  for (let cost = 0; cost <= limit; cost++) {
    for (let rowStep = 0; 3 * rowStep <= cost; rowStep++) {
      const colStep = cost - 3 * rowStep;
      for (const row of rowStep === 0 ? [home.row] : [home.row - rowStep, home.row + rowStep]) {
        if (row < 0 || row >= rows) continue;
        for (const col of colStep === 0 ? [home.col] : [home.col - colStep, home.col + colStep]) if (isFree(row, col)) return { row, col };
      }
    }
  }
  return undefined;
}

const centred = (text: string, width: number): string => `${spaces(Math.floor((width - displayWidth(text)) / 2))}${text}`;

/** The x axis's poles at the ends of the line under the box, the y axis's second pole between them when there is room. */
function bottomLines(view: MapView, width: number): string[] {
  const [low, high, down] = [view.x.low, view.x.high, view.y.high].map((text) => ({ text, width: displayWidth(text) }));
  const start = Math.floor((width - down!.width) / 2);
  const highStart = width - high!.width;
  if (low!.width + 1 <= start && start + down!.width + 1 <= highStart) return [`${low!.text}${spaces(start - low!.width)}${down!.text}${spaces(highStart - start - down!.width)}${high!.text}`];
  const axis = highStart - low!.width >= 1 ? `${low!.text}${spaces(highStart - low!.width)}${high!.text}` : `${low!.text} … ${high!.text}`;
  return [axis, centred(down!.text, width)].map((line) => cutToWidth(line, width));
}

/** The box's rows, each a list of cells: a character two columns wide fills its cell and leaves the next empty. */
function drawLabels(placed: readonly PlacedLabel[], columns: number): string[] {
  const grid = Array.from({ length: MAP_ROWS }, () => new Array<string>(columns).fill(' '));
  for (const label of placed) {
    let col = label.col;
    for (const ch of Array.from(label.text)) {
      const row = grid[label.row]!;
      row[col] = ch;
      if (displayWidth(ch) === 2) row[col + 1] = '';
      col += displayWidth(ch);
    }
  }
  return grid.map((cells) => cells.join(''));
}

export function renderMap(view: MapView, width: number): string {
  if (width < MIN_WIDTH) throw new RolesError('usage', `a map needs at least ${MIN_WIDTH} columns, and the terminal has ${width}`, 'widen the terminal or set COLUMNS');
  const columns = width - 2;
  const byName = view.points.map((point) => ({ id: point.id, text: point.name, x: point.x, y: point.y }));
  const keyed = view.points.map((point, i) => ({ id: point.id, text: String(i + 1), x: point.x, y: point.y }));
  const named = placeLabels(byName, columns, MAP_ROWS);
  const placed = named ?? placeLabels(keyed, columns, MAP_ROWS);
  if (!placed) throw new RolesError('usage', `${view.points.length} roles do not fit on a map ${width} columns wide`, 'widen the terminal or set COLUMNS');
  const lines = [cutToWidth(centred(view.y.low, width), width), `┌${'─'.repeat(columns)}┐`, ...drawLabels(placed, columns).map((row) => `│${row}│`), `└${'─'.repeat(columns)}┘`, ...bottomLines(view, width)];
  lines.push('', ...wrapText(`Across: ${view.x.label.toLowerCase()}; down: ${view.y.label.toLowerCase()}.`, width));
  // The legend packed on a few lines, never splitting a name from its title, so chart and legend fit one screen.
  const legend = view.points.map((point, i) => `${named ? point.name : String(i + 1)}: ${point.title}`);
  pushAll(lines, packItems('', legend, width, ';'));
  return `${lines.join('\n')}\n`;
}
