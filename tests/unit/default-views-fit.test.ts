// Every line of the default list, card and compact comparison fits the width.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/text-width.js';
import { compare, ids, lines, list, pairs, show } from '../helpers/terminal-views.js';

describe('every line of every default view', () => {
  it.each([60, 80, 120])('fits %i columns', async (width) => {
    const texts = [list({}, width).stdout(), compare(['pm', 'po', 'ba'], {}, width).stdout(), compare(['pm', 'po', 'ba', 'pjm'], {}, width).stdout()];
    for (const id of ids) texts.push((await show(id, {}, width)).stdout());
    for (const pair of pairs) texts.push(compare(pair, {}, width).stdout());
    for (const text of texts) for (const line of lines(text)) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });

  it('fits every width from 20 to 60 columns, stacking where columns would not fit', async () => {
    for (let width = 20; width <= 60; width++) {
      const texts = [list({}, width).stdout(), compare(['pm', 'po'], {}, width).stdout(), compare(['pm', 'po', 'ba', 'pjm'], {}, width).stdout()];
      for (const id of ids) texts.push((await show(id, {}, width)).stdout());
      for (const text of texts) for (const line of lines(text)) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });
});
