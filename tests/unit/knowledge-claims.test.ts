// The built-in knowledge says only what the sources say: the claims a review found
// unsourced stay out, the facts it found missing stay in, and no field is filler.
import { describe, expect, it } from 'vitest';
import { compileBuiltinData } from '../../scripts/build-data/compile-builtin-data.js';
import type { Role } from '../../src/format/role-schema.js';
import { ROOT } from '../helpers/run-roles.js';

const data = compileBuiltinData(ROOT).data!;
const roles = data.roles.map((loaded) => loaded.role);
const role = (id: string): Role => roles.find((r) => r.id === id)!;
/** Every piece of text in a value, however deeply nested. */
const textsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(textsOf) : value && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : [];
const fileText = (id: string): string => textsOf(role(id)).join('\n');
const everything = [...roles.flatMap(textsOf), ...textsOf(data.knowledge)].join('\n');
/** A sentence that only says the sources are silent. */
const DISCLAIMER = /^(the sources?|none of the sources|no source)\b.*\b(nothing|not|describes?|say little)\b/i;

describe('the built-in roles', () => {
  it('each open with a brief that fits three lines at 80 columns', () => {
    for (const r of roles) {
      expect(r.brief, r.id).toBeTruthy();
      expect(r.brief!.length, r.id).toBeLessThanOrEqual(220);
    }
  });

  it('hold no field that only says the sources are silent', () => {
    for (const r of roles) {
      for (const text of textsOf(r)) {
        const said = text.split(/(?<=[.;])\s+/).filter((sentence) => !DISCLAIMER.test(sentence));
        expect(said.length, `${r.id}: ${text}`).toBeGreaterThan(0);
      }
      expect(textsOf(r).join(' '), r.id).not.toMatch(/say nothing|says nothing/i);
    }
  });

  it('make the UK/Europe-vs-US naming point once, in the Product Owner file', () => {
    expect(everything.match(/UK and Europe/g)).toHaveLength(1);
    expect(role('product-owner').variations?.region).toMatch(/UK and Europe/);
    expect(roles.filter((r) => r.variations?.region).map((r) => r.id)).toEqual(['product-owner']);
  });

  it('cite only sources that exist, everywhere', () => {
    const ids = new Set(data.knowledge.sources.map((source) => source.id));
    const cited = [
      ...roles.flatMap((r) => [...(r.sources ?? []), ...(r.perspectives ?? []).map((p) => p.source)]),
      ...data.knowledge.contrasts.flatMap((c) => c.sources),
      ...data.knowledge.companies.flatMap((c) => c.sources),
    ];
    expect(cited.length).toBeGreaterThan(30);
    for (const id of cited) expect(ids.has(id), id).toBe(true);
  });

  it('keep template research questions only where they fit', () => {
    const questions = roles.flatMap((r) => r.research?.questions ?? []);
    expect(questions.filter((q) => /90 days/.test(q)).length).toBeLessThanOrEqual(3);
    for (const q of questions) expect(q.length, q).toBeLessThan(130);
    expect(questions.filter((q) => /^(Would|Should) I\b/.test(q))).toEqual([]);
    expect(fileText('program-manager')).not.toMatch(/newcomer|junior/i);
  });
});

describe('the claims a review corrected', () => {
  it('keeps both sides of the software engineer title debate, outside variations.region', () => {
    const views = role('software-engineer').perspectives!.map((p) => p.view).join('\n');
    expect(views).toMatch(/developer/);
    expect(views).toMatch(/push back/);
    expect(role('software-engineer').variations?.region).toBeUndefined();
    expect(fileText('software-engineer')).not.toMatch(/written for people\s+deciding between engineering and non-engineering/);
  });

  it('does not call the PO no stepping stone, and hedges the junior PO', () => {
    expect(fileText('product-owner')).not.toMatch(/not a stepping stone/);
    expect(role('product-owner').early_career).toMatch(/^No source describes a junior PO/);
  });

  it('does not invent how product ops associates differ from managers', () => {
    expect(fileText('product-operations')).not.toMatch(/Associates do more of the groundwork/);
  });

  it('has the growth manager own nothing, as the other roles that inform', () => {
    expect(role('product-growth-manager').owns).toEqual([]);
  });

  it('draws no Scrum link for APM, technical PM or PMM that no source draws', () => {
    for (const id of ['associate-product-manager', 'technical-product-manager', 'product-marketing-manager']) {
      expect(role(id).variations?.method ?? '', id).not.toMatch(/Scrum|whatever\s+method/);
    }
  });

  it('calls PMs wearers of many hats once, in the essay’s view', () => {
    expect(fileText('product-manager').match(/many hats/g)).toHaveLength(1);
    expect(role('product-manager').perspectives!.find((p) => p.source === 'what-why-how-essay')!.view).toMatch(/many hats/);
  });

  it('says once per file, as the essay does, that a junior PM may spend the entire day on stories', () => {
    expect(everything).not.toMatch(/most of the day|much of the day|whole\s+day/);
    for (const id of ['product-manager', 'product-owner']) expect(fileText(id).match(/entire day/g), id).toHaveLength(1);
  });

  it('credits the essay only with startups most often having the PM role', () => {
    const pmPo = data.knowledge.contrasts.find((c) => c.id === 'pm-vs-po')!;
    expect(pmPo.summary).not.toMatch(/in startups one person often does both/);
    expect(pmPo.summary).toMatch(/essay notes only that startups/);
  });

  it('drops the program and business analyst claims no source makes', () => {
    expect(fileText('program-manager')).not.toMatch(/long timelines|usually means bigger organisations|both spellings/);
    expect(fileText('business-analyst')).not.toMatch(/especially common in consultancies|Patience/);
  });
});

describe('the facts a review found missing', () => {
  it('places the PM where users, business and technology meet, as a link that protects developers’ time', () => {
    const pm = fileText('product-manager');
    expect(role('product-manager').summary).toMatch(/users, the business and technology meet/);
    expect(pm).toMatch(/research, strategy or coordination/);
    expect(pm).toMatch(/guarding the developers' time/);
    expect(pm).toMatch(/UX, marketing or general business[\s\S]*empowered tech lead/);
  });

  it('gives the PO its other name, its part of the product and the company that did not value it', () => {
    const po = fileText('product-owner');
    expect(po).toMatch(/product\s+specialist/);
    expect(po).toMatch(/one part or stage/);
    expect(po).toMatch(/not yet well\s+understood or valued/);
  });

  it('shows how deep "technical" goes with the article’s examples', () => {
    expect(fileText('technical-product-manager')).toMatch(/Kubernetes clusters[\s\S]*own test environment/);
  });

  it('warns in the BA role that a BA beside a detail-writing PO risks overlap', () => {
    expect(role('business-analyst').variations?.company_size).toMatch(/duplicated effort/);
  });
});
