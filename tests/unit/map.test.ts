// `roles map`: the chart at three widths (reviewed snapshots), every role on it once, and
// labels that never overprint, whatever the roles and the width.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { MAP_ROWS, placeLabels, renderMap, type MapLabel } from '../../src/render/render-map.js';
import { buildMapView } from '../../src/views/map-view.js';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const catalog = builtinCatalog();
const DIMENSIONS = catalog.knowledge.dimensions.dimensions;
const view = buildMapView(catalog.roles, DIMENSIONS);

/** The words inside the box, row by row. */
const boxWords = (map: string): string[] =>
  map
    .split('\n')
    .filter((line) => line.startsWith('│'))
    .flatMap((line) => line.slice(1, -1).split(' ').filter(Boolean));

describe('roles map', () => {
  it.each([80, 60, 40])('draws the roles at %i columns, within the width', (width) => {
    const map = renderMap(view, width);
    for (const line of map.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(map).toMatchSnapshot();
  });

  it.each([80, 60, 40, 24])('puts every role on the chart exactly once at %i columns', (width) => {
    const words = boxWords(renderMap(view, width)).sort();
    const expected = words.every((word) => /^\d+$/.test(word)) ? view.points.map((_, i) => String(i + 1)) : view.points.map((point) => point.name);
    expect(words).toEqual(expected.sort());
    expect(view.points).toHaveLength(catalog.roles.length);
  });

  it.each([80, 40])('names every role once in the legend at %i columns, never split from its title', (width) => {
    const map = renderMap(view, width).trimEnd().split('\n');
    const caption = map.findIndex((line) => line.startsWith('Across:'));
    const legend = map.slice(map.findIndex((line, i) => i > caption && /^[a-z-]+: /.test(line)));
    const entries = legend.flatMap((line) => line.split(/; ?|;$/).filter(Boolean));
    expect(entries.map((entry) => entry.split(': ')[0]).sort()).toEqual(view.points.map((point) => point.name).sort());
    for (const entry of entries) expect(entry).toMatch(/^[a-z-]+: \S/);
  });

  it('fits chart and legend in a 24-row screen at 80 and 60 columns', () => {
    for (const width of [80, 60]) expect(renderMap(view, width).trimEnd().split('\n').length).toBeLessThanOrEqual(23);
  });

  it('puts pm at the top right and swe at the bottom left, as the sources place them', () => {
    const rows = renderMap(view, 80).split('\n').filter((line) => line.startsWith('│'));
    expect(rows[0]!.trimEnd()).toMatch(/ pm│$/);
    expect(rows.at(-1)).toMatch(/^│swe /);
  });

  it('takes other dimensions with --x and --y, and names the choices for a wrong one', () => {
    const other = buildMapView(catalog.roles, DIMENSIONS, 'technical', 'scope');
    expect(renderMap(other, 80).split('\n')[0]!.trim()).toBe('big picture');
    expect(() => buildMapView(catalog.roles, DIMENSIONS, 'tech')).toThrow(/--x "tech" is not a dimension/);
    expect(() => buildMapView(catalog.roles, DIMENSIONS, 'scope', 'scope')).toThrow(/--x and --y are both "scope"/);
  });

  it('leaves off a role whose file does not place it on both axes, and says so', () => {
    const own = loadedRole({ id: 'steward', title: 'Steward', summary: 'S.', dimensions: { facing: 2 } }, 'steward.yaml', '--data');
    expect(buildMapView([...catalog.roles, own], DIMENSIONS).leftOut).toEqual(['steward']);
  });
});

const labelArb = fc.record({ text: fc.stringMatching(/^[a-z][a-z0-9-]{0,24}$/), x: fc.integer({ min: 1, max: 5 }), y: fc.integer({ min: 1, max: 5 }) });

describe('placing map labels', () => {
  it('never lets two labels touch or overprint, keeps them in the box, and places each once or reports no room', () => {
    fc.assert(
      fc.property(fc.array(labelArb, { maxLength: 40 }), fc.integer({ min: 10, max: 200 }), (drafts, columns) => {
        const labels: MapLabel[] = drafts.map((draft, i) => ({ ...draft, id: `r${i}` }));
        const placed = placeLabels(labels, columns, MAP_ROWS);
        if (!placed) return;
        expect(placed.map((label) => label.id).sort()).toEqual(labels.map((label) => label.id).sort());
        for (const label of placed) {
          expect(label.col).toBeGreaterThanOrEqual(0);
          expect(label.col + label.text.length).toBeLessThanOrEqual(columns);
          expect(label.row).toBeGreaterThanOrEqual(0);
          expect(label.row).toBeLessThan(MAP_ROWS);
        }
        for (const [i, a] of placed.entries()) {
          for (const b of placed.slice(i + 1)) {
            if (a.row !== b.row) continue;
            // One space at least between two labels on a row.
            expect(a.col + a.text.length < b.col || b.col + b.text.length < a.col).toBe(true);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fits any map of up to forty roles into 24 columns or more, falling back to numbers', () => {
    fc.assert(
      fc.property(fc.array(labelArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 24, max: 160 }), (drafts, width) => {
        const points = drafts.map((draft, i) => ({ id: `r${i}`, name: `${draft.text}${i}`, title: 'T', x: draft.x, y: draft.y }));
        const map = renderMap({ x: DIMENSIONS[1]!, y: DIMENSIONS[0]!, points, leftOut: [] }, width);
        for (const line of map.trimEnd().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect(boxWords(map)).toHaveLength(points.length);
      }),
      { numRuns: RUNS },
    );
  });
});
