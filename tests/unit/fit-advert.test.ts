// The fit on the labelled adverts of tests/fixtures/job-adverts (a third titled
// misleadingly, a quarter held out from tuning), the title line, and reading adverts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAxes } from '../../src/search/advert-axes.js';
import { fitAdvert, fitCandidate, fitModel, roleNamedIn } from '../../src/search/fit-advert.js';
import { advertLabel, evaluateFit } from '../../src/search/fit-evaluation.js';
import { readAdvert } from '../../src/search/read-advert.js';
import type { AdvertSignals } from '../../src/format/advert-signals-schema.js';
import { buildFitView } from '../../src/views/fit-view.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { ROOT } from '../helpers/run-roles.js';

const catalog = builtinCatalog();
const model = fitModel(catalog.roles.map((loaded) => fitCandidate(loaded.role)));
const signals = JSON.parse(readFileSync(join(ROOT, 'dist', 'advert-signals.json'), 'utf8')) as AdvertSignals;
const ADVERTS = join(ROOT, 'tests', 'fixtures', 'job-adverts');

function labelled(set: string): { name: string; raw: string; role: string }[] {
  const dir = join(ADVERTS, set);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      return { name, raw, role: advertLabel(raw) ?? '' };
    });
}

const all = [...labelled('tuning'), ...labelled('held-out')];

describe('the labelled adverts', () => {
  it('number at least 40, several per role, a third titled misleadingly and a quarter held out', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(labelled('held-out').length).toBeGreaterThanOrEqual(all.length / 4);
    expect(all.filter((advert) => /^misleading_title: true$/m.test(advert.raw)).length).toBeGreaterThanOrEqual(all.length / 3);
    for (const loaded of catalog.roles) expect(all.filter((advert) => advert.role === loaded.summary.id).length).toBeGreaterThanOrEqual(3);
  });

  it('are named right first at least 85% of the time, and within the first two at least 95%', () => {
    const result = evaluateFit(all.map(({ name, raw, role }) => ({ name, role, ranked: fitAdvert(model, readAdvert(raw)).matches.map((match) => match.id) })));
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
    expect(result.top2).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the fit of one advert', () => {
  const advert = readFileSync(join(ADVERTS, 'tuning', 'po-titled-pm.md'), 'utf8');

  it('says when the title names another role than the text describes, with the evidence', () => {
    const view = buildFitView(advert, catalog.roles, signals);
    expect(view.title).toBe('Product Manager');
    expect(view.matches[0]?.id).toBe('product-owner');
    expect(view.mismatch).toMatch(/^titled Product Manager; reads like a Product Owner: [^,]+, [^,]+, [^,]+$/);
  });

  it('says nothing of the title when it names the role the text describes', () => {
    const view = buildFitView(readFileSync(join(ADVERTS, 'tuning', 'po-bank.md'), 'utf8'), catalog.roles, signals);
    expect(view.titleRole).toBe('product-owner');
    expect(view.mismatch).toBeUndefined();
  });

  it('places the advert on each axis with the cue words found', () => {
    const [strategy, outward] = readAxes(signals, 'Own the backlog and the sprint. Talk to customers.');
    expect(strategy).toMatchObject({ id: 'strategy-delivery', position: 1, evidence: [[], ['backlog', 'sprint']] });
    expect(outward?.evidence[0]).toEqual(['customers']);
    expect(readAxes(signals, 'Nothing to see.').every((axis) => axis.position === undefined)).toBe(true);
  });

  it('scores on phrases, so a role named only in the title gets few points', () => {
    const fit = fitAdvert(model, readAdvert('# Product Owner\n\nWrite the project plan, manage the budget and the schedule, keep a risk log.'));
    expect(fit.titleRole).toBe('product-owner');
    expect(fit.matches[0]?.id).toBe('project-manager');
  });
});

describe('reading an advert', () => {
  it('takes the first heading as the title, after any front matter', () => {
    expect(readAdvert('---\nrole: x\n---\nAcme Ltd\n\n## Senior Product Owner\n\nText.').title).toBe('Senior Product Owner');
    expect(readAdvert('---\nrole: x\n---\nbody').text).toBe('body');
  });

  it('takes a "Job title:" line, else a short first line that is not a sentence', () => {
    expect(readAdvert('We are hiring!\nJob title: Business Analyst\nMore.').title).toBe('Business Analyst');
    expect(readAdvert('Programme Manager\n\nLead the programme.').title).toBe('Programme Manager');
    expect(readAdvert('We are a friendly team who build payment software for shops.').title).toBeUndefined();
  });

  it('finds the role a title names, the longest name winning', () => {
    expect(roleNamedIn(model, 'Senior Technical Product Manager, Platform')).toBe('technical-product-manager');
    expect(roleNamedIn(model, 'Product Manager, APIs')).toBe('product-manager');
    expect(roleNamedIn(model, 'Head of Sales')).toBeUndefined();
  });
});
