// `npm run eval`: how well `roles fit` names the role each labelled advert in
// tests/fixtures/job-adverts really describes. Prints top-1 and top-2 accuracy for the
// tuning set and for the held-out set (which tuning never looks at) separately, then
// which roles were taken for which. Uses the built bundles, so run the build first.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltinIndex } from '../bench/make-role-pack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const finding = createRequire(import.meta.url)(join(root, 'dist', 'finding.cjs'));
const builtin = readBuiltinIndex(join(root, 'dist', 'builtin.jsonl'));
const model = finding.fitModel(builtin.roles.map((entry) => finding.fitCandidate(builtin.role(entry))));
const percent = (share) => `${(share * 100).toFixed(1)}%`;

const confusions = [];
for (const set of ['tuning', 'held-out']) {
  const dir = join(root, 'tests', 'fixtures', 'job-adverts', set);
  const adverts = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(dir, name), 'utf8');
      const fit = finding.fitAdvert(model, finding.readAdvert(raw));
      return { name: `${set}/${name}`, role: finding.advertLabel(raw) ?? '(unlabelled)', ranked: fit.matches.map((match) => match.id) };
    });
  const result = finding.evaluateFit(adverts);
  console.log(`${set.padEnd(9)} ${String(result.count).padStart(3)} adverts  top-1 ${percent(result.top1).padStart(6)}  top-2 ${percent(result.top2).padStart(6)}`);
  confusions.push(...result.confusions);
}
console.log(confusions.length === 0 ? '\nNo advert was taken for another role.' : '\nTaken for another role (labelled -> first answer):');
for (const { expected, got, name } of confusions) console.log(`  ${expected} -> ${got}  (${name})`);
