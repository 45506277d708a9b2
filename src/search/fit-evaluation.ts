// Pure: how well the fit names the role labelled adverts really describe: top-1 and top-2
// accuracy and which roles are taken for which (`npm run eval`, tests/unit/fit-accuracy.test.ts).

export interface LabelledAdvert {
  name: string;
  /** The role the advert really describes. */
  role: string;
  /** The fit's role ids, best first. */
  ranked: readonly string[];
}

export interface FitEvaluation {
  count: number;
  top1: number;
  top2: number;
  /** Each wrong first answer: the labelled role, the role named instead, and the advert. */
  confusions: { expected: string; got: string; name: string }[];
}

export function evaluateFit(adverts: readonly LabelledAdvert[]): FitEvaluation {
  let top1 = 0;
  let top2 = 0;
  const confusions: FitEvaluation['confusions'] = [];
  for (const advert of adverts) {
    if (advert.ranked[0] === advert.role) top1++;
    else confusions.push({ expected: advert.role, got: advert.ranked[0] ?? '(none)', name: advert.name });
    if (advert.ranked.slice(0, 2).includes(advert.role)) top2++;
  }
  const share = (n: number): number => (adverts.length === 0 ? 0 : n / adverts.length);
  return { count: adverts.length, top1: share(top1), top2: share(top2), confusions };
}

/** The `role:` label of an advert's front matter. */
export function advertLabel(raw: string): string | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '';
  return /^role:\s*([a-z0-9-]+)\s*$/m.exec(front)?.[1];
}
