// Writes a folder of generated role files for the benchmark: realistic 3-4 KB YAML
// files that follow the role format, made from a fixed seed so every run of the
// bench reads the same bytes. `node bench/make-role-pack.mjs 1000 [dir]` makes one by hand.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Bump when the generated files change, so old packs are made again. */
const GENERATOR_VERSION = 2;
const MIN_BYTES = 3000;
const MAX_BYTES = 4000;

const DOMAINS = ['payments', 'search', 'checkout', 'growth', 'platform', 'mobile', 'data', 'identity', 'billing', 'marketplace', 'logistics', 'health', 'learning', 'security', 'media', 'travel', 'insurance', 'retail', 'energy', 'gaming'];
const BASES = [
  { title: 'Product Manager', family: 'product', owns: ['what', 'why'], orientation: 'outward' },
  { title: 'Product Owner', family: 'product', owns: ['how'], orientation: 'inward' },
  { title: 'Business Analyst', family: 'analysis', owns: ['how'], orientation: 'both' },
  { title: 'Delivery Lead', family: 'delivery', owns: ['how'], orientation: 'inward' },
  { title: 'Programme Coordinator', family: 'delivery', owns: ['how'], orientation: 'inward' },
  { title: 'Research Lead', family: 'research', owns: ['why'], orientation: 'outward' },
  { title: 'Solutions Consultant', family: 'sales', owns: ['how'], orientation: 'outward' },
  { title: 'Data Product Lead', family: 'analysis', owns: ['what', 'how'], orientation: 'both' },
];
const VERBS = ['Own', 'Shape', 'Plan', 'Review', 'Track', 'Explain', 'Prioritise', 'Negotiate', 'Measure', 'Document', 'Coordinate', 'Test', 'Present', 'Clarify', 'Support'];
const OBJECTS = ['the roadmap', 'the backlog', 'release plans', 'customer interviews', 'acceptance criteria', 'stakeholder updates', 'the pricing model', 'service levels', 'experiment results', 'the budget', 'vendor contracts', 'onboarding flows', 'support tickets', 'usage metrics', 'risk registers'];
const QUALIFIERS = ['with the engineering team', 'for the next quarter', 'across several teams', 'with sales and marketing', 'before each release', 'in weekly reviews', 'for senior leaders', 'with legal and compliance', 'using customer data', 'as the market changes'];
const NOUNS = ['teams', 'customers', 'engineers', 'designers', 'leaders', 'partners', 'analysts', 'regulators', 'users', 'sellers'];
const ADJECTIVES = ['small', 'large', 'regulated', 'fast-moving', 'distributed', 'early-stage', 'established', 'remote', 'global', 'local'];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function writer(next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = () => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(QUALIFIERS)}.`;
  const prose = (count) =>
    Array.from({ length: count }, () => `In ${pick(ADJECTIVES)} companies the role works with ${pick(NOUNS)} to ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)} ${pick(QUALIFIERS)}.`).join(' ');
  const list = (min, max) => Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, sentence);
  return { pick, sentence, prose, list };
}

/** One role as a plain object; `index` makes its id, title and alias unique in the pack. */
export function makeRole(index, context, extra = 0) {
  const next = random(index * 7919 + 17 + extra * 104729);
  const { pick, prose, list } = writer(next);
  const base = BASES[index % BASES.length];
  const domain = DOMAINS[Math.floor(index / BASES.length) % DOMAINS.length];
  const number = String(index).padStart(4, '0');
  const id = `${domain}-${base.title.toLowerCase().replace(/ /g, '-')}-${number}`;
  const initials = `${domain[0]}${base.title.split(' ').map((word) => word[0].toLowerCase()).join('')}`;
  const partners = [pick(context.builtinIds), pick(context.builtinIds)].filter((value, i, all) => all.indexOf(value) === i);
  return {
    id,
    title: `${domain[0].toUpperCase()}${domain.slice(1)} ${base.title} ${number}`,
    aliases: [`${initials}-${number}`],
    family: base.family,
    summary: prose(5 + Math.floor(next() * 7) + extra),
    focus: `${pick(VERBS)} ${pick(OBJECTS)} ${pick(QUALIFIERS)}`,
    owns: base.owns,
    orientation: base.orientation,
    responsibilities: list(5, 7),
    activities: list(4, 6),
    day_in_the_life: list(2, 4),
    outputs: list(2, 4),
    works_with: partners,
    skills: list(4, 6),
    early_career: prose(2),
    variations: { company_size: prose(1), method: prose(1) },
    misconceptions: [{ myth: prose(1), reality: prose(1) }],
    research: { tips: list(1, 2), search_terms: [`${domain} ${base.title.toLowerCase()}`], questions: list(2, 3).map((line) => `${line.slice(0, -1)}?`) },
    sources: [pick(context.sourceIds)],
  };
}

/** The YAML text of one role file, grown or shrunk until it is 3-4 KB. */
export function roleFileText(index, context) {
  for (let extra = 0; extra < 6; extra++) {
    const role = makeRole(index, context, extra);
    const text = `# Generated by bench/make-role-pack.mjs for the benchmark.\n${stringify(role, { lineWidth: 100 })}`;
    const bytes = Buffer.byteLength(text);
    if (bytes >= MIN_BYTES && bytes <= MAX_BYTES) return text;
    if (bytes > MAX_BYTES) {
      role.misconceptions = [];
      role.research.tips = role.research.tips.slice(0, 1);
      const trimmed = `# Generated by bench/make-role-pack.mjs for the benchmark.\n${stringify(role, { lineWidth: 100 })}`;
      if (Buffer.byteLength(trimmed) >= MIN_BYTES) return trimmed;
    }
  }
  throw new Error(`role ${index}: could not make a file of ${MIN_BYTES}-${MAX_BYTES} bytes`);
}

/** dist/builtin.jsonl (src/catalog/builtin-data.ts): each built-in role's summary and place, the knowledge, and a way to read a role. */
export function readBuiltinIndex(path) {
  const text = readFileSync(path, 'utf8');
  const index = JSON.parse(text.slice(0, text.indexOf('\n')));
  const records = Buffer.from(text.slice(text.indexOf('\n') + 1));
  const line = (place) => JSON.parse(records.toString('utf8', place.at, place.at + place.length));
  return { ...index, knowledge: line(index.knowledge), role: line };
}

/** Ids the generated roles may refer to: the built-in roles and sources, read from the build. */
export function packContext() {
  const builtin = readBuiltinIndex(join(ROOT, 'dist', 'builtin.jsonl'));
  return { builtinIds: builtin.roles.map((entry) => entry.summary.id), sourceIds: builtin.knowledge.sources.map((source) => source.id) };
}

/** Makes (or keeps, when it is already up to date) a pack of `count` role files in `dir`. */
export function ensureRolePack(dir, count, context = packContext()) {
  const marker = join(dir, '.pack.json');
  const wanted = JSON.stringify({ count, generator: GENERATOR_VERSION, builtinIds: context.builtinIds, sourceIds: context.sourceIds });
  try {
    if (readFileSync(marker, 'utf8') === wanted && readdirSync(dir).length === count + 1) return dir;
  } catch {
    // No pack yet: make it below.
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let index = 0; index < count; index++) {
    const text = roleFileText(index, context);
    writeFileSync(join(dir, `${/^id: (.+)$/m.exec(text)[1]}.yaml`), text);
  }
  writeFileSync(marker, wanted);
  return dir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 100);
  const dir = process.argv[3] ?? join(ROOT, 'bench', 'packs', String(count));
  ensureRolePack(dir, count);
  console.log(`${count} role files in ${dir}`);
}
