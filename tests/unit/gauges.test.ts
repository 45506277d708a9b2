// The gauges `show` and `compare` draw on a terminal: which dimensions, how they look, and
// that pipes keep the layout they had.
import { describe, expect, it } from 'vitest';
import { asciiBorders } from '../../src/render/ascii-borders.js';
import { gaugeLines, gaugeMarks } from '../../src/render/render-gauges.js';
import { cardGauges, compareGauges } from '../../src/views/gauges-view.js';
import { catalog, compare, lines, show } from '../helpers/terminal-views.js';

const DIMENSIONS = catalog.knowledge.dimensions.dimensions;
const dimensionsOf = (id: string) => catalog.roles.find((loaded) => loaded.summary.id === id)!.role.dimensions;

describe('gauges', () => {
  it('mark the position between the poles, and become # and - where the locale is not UTF-8', () => {
    expect(gaugeMarks(1)).toBe('■□□□□');
    expect(gaugeMarks(4)).toBe('□□□■□');
    expect(asciiBorders(gaugeMarks(4))).toBe('---#-');
    expect(gaugeLines([{ low: 'strategy', high: 'delivery', positions: [1] }, { low: 'inward', high: 'outward', positions: [5] }])).toEqual(['strategy ■□□□□ delivery', 'inward   □□□□■ outward']);
  });

  it('on the card, place the role from strategy to delivery and inward to outward', () => {
    expect(cardGauges(DIMENSIONS, dimensionsOf('product-manager'))).toEqual([
      { low: 'strategy', high: 'delivery', positions: [1] },
      { low: 'inward', high: 'outward', positions: [5] },
    ]);
    expect(cardGauges(DIMENSIONS, undefined)).toEqual([]);
  });

  it('in a comparison, show where the roles sit furthest apart, at most three', () => {
    const gauges = compareGauges(DIMENSIONS, [dimensionsOf('product-manager'), dimensionsOf('product-owner')]);
    expect(gauges.map((gauge) => `${gauge.low}/${gauge.high} ${gauge.positions.join(',')}`)).toEqual(['strategy/delivery 1,4', 'inward/outward 5,2', 'big picture/detail 1,4']);
    expect(compareGauges(DIMENSIONS, [dimensionsOf('product-manager'), undefined])).toEqual([]);
  });

  it('appear on a terminal\'s card and compact comparison, within their budgets', async () => {
    const card = lines((await show('pm')).stdout());
    expect(card).toContain('Leans       strategy ■□□□□ delivery');
    expect(card).toContain('            inward   □□□□■ outward');
    expect(card.length).toBeLessThanOrEqual(22);
    const table = lines(compare(['pm', 'po']).stdout());
    expect(table.slice(table.indexOf('LEANS') + 1, table.indexOf('LEANS') + 4)).toEqual([
      '■□□□□ strategy to delivery               □□□■□ strategy to delivery',
      '□□□□■ inward to outward                  □■□□□ inward to outward',
      '■□□□□ big picture to detail              □□□■□ big picture to detail',
    ]);
    expect(table.length).toBeLessThanOrEqual(40);
  });

  it('stay out of piped output', () => {
    const io = compare(['pm', 'po'], { format: 'plain' });
    expect(io.stdout()).not.toContain('LEANS');
    expect(io.stdout()).not.toContain('■');
  });
});
