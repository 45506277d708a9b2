// The terminal views of `related` and `fit` fit a first screen: each reason and each list of
// phrases keeps to one line with a count of the rest, and --full gives every item back.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AdvertSignals } from '../../src/format/advert-signals-schema.js';
import { makePaint } from '../../src/render/paint.js';
import { renderFitText } from '../../src/render/render-fit.js';
import { renderRelatedText } from '../../src/render/render-related.js';
import { displayWidth } from '../../src/render/text-width.js';
import { buildFitView } from '../../src/views/fit-view.js';
import { buildRelatedView } from '../../src/views/related-view.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { ROOT } from '../helpers/run-roles.js';

const catalog = builtinCatalog();
const paint = makePaint(false);
const signals = JSON.parse(readFileSync(join(ROOT, 'dist', 'advert-signals.json'), 'utf8')) as AdvertSignals;
const adverts = ['tuning', 'held-out'].flatMap((set) => readdirSync(join(ROOT, 'tests', 'fixtures', 'job-adverts', set)).map((name) => join(ROOT, 'tests', 'fixtures', 'job-adverts', set, name)));
adverts.push(join(ROOT, 'bench', 'two-page-advert.md'));
const lines = (text: string): string[] => text.trimEnd().split('\n');

describe('roles related on a terminal', () => {
  it.each(catalog.roles.map((loaded) => [loaded.summary.id, loaded] as const))('fits 80 by 23 for %s, and --full names every shared topic and contrast', (_id, loaded) => {
    const view = buildRelatedView(loaded, catalog.roles, catalog.knowledge, 5);
    const short = renderRelatedText(view, 80, paint);
    expect(lines(short).length).toBeLessThanOrEqual(23);
    for (const line of lines(short)) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const full = renderRelatedText(view, 80, paint, true).replace(/\n {4}/g, ' ');
    for (const entry of view.related) for (const item of [...entry.sharedTopics, ...entry.contrasts]) expect(full).toContain(item);
    expect(short.includes(' more\n') || short.includes(' more ')).toBe(short.includes('\nMore: roles related '));
  });
});

describe('roles fit on a terminal', () => {
  it.each(adverts.map((file) => [file.slice(ROOT.length + 1), file] as const))('fits 80 by 23 for %s, and --full keeps every phrase', (_name, file) => {
    const view = buildFitView(readFileSync(file, 'utf8'), catalog.roles, signals);
    const short = renderFitText(view, 80, paint);
    expect(lines(short).length).toBeLessThanOrEqual(23);
    for (const line of lines(short)) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    const full = renderFitText(view, 80, paint, true).replace(/\n {4}/g, ' ').replace(/\n/g, ' ');
    for (const match of view.matches) for (const phrase of match.evidence) expect(full).toContain(phrase);
    for (const axis of view.axes) for (const phrase of axis.evidence.flat()) expect(full).toContain(phrase);
  });

  it('keeps a role\'s phrases to one line, says how many more there are, and where to see them', () => {
    const view = buildFitView(readFileSync(join(ROOT, 'bench', 'two-page-advert.md'), 'utf8'), catalog.roles, signals);
    const short = renderFitText(view, 80, paint);
    const first = view.matches[0]!;
    const line = lines(short).find((text) => text.startsWith(`    ${first.evidence[0]}`))!;
    const shown = Number(/and (\d+) more$/.exec(line)?.[1]);
    expect(line.split(', ').length + shown).toBe(first.evidence.length);
    expect(short.trimEnd().endsWith('More: --full for every phrase, --json for scripts')).toBe(true);
  });
});
