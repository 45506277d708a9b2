// `npm run bench`: runs each case as a whole process many times, alternating run for
// run with a bare `node -e 0`, and prints the median time, the median of the per-pair
// ratios to bare Node and the peak memory; then adds the table to bench/RESULTS.md.
// Options: --runs N (default 20), --only TEXT (cases whose name holds TEXT),
// --label TEXT (a heading for this run), --no-write, --no-build.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureRolePack, packContext, readBuiltinIndex } from './make-role-pack.mjs';
import { freshFolder, peakMemory, timeInTerminal, timeRun } from './measure-process.mjs';
import { addToResultsFile, median, resultsSection, resultsTable } from './results-file.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Runs use a copy of bin/ and dist/, so a rebuild during the bench cannot change what is measured.
const INSTALL = freshFolder('roles-bench-install-');
const BIN = join(INSTALL, 'bin', 'roles.cjs');
const PACK_SIZES = [100, 1000, 3000];
const BARE = ['-e', '0'];
// What any cache that notices edits must do on every run: list the folder and stat each file.
const FIND_AND_STAT = "const fs = require('node:fs'); const dir = process.argv[1] + '/'; for (const name of fs.readdirSync(dir).sort()) fs.statSync(dir + name);";

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    only: { type: 'string' },
    label: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);

function privateHome() {
  const home = freshFolder('roles-bench-home-');
  const env = {
    PATH: process.env.PATH,
    LANG: 'C.UTF-8',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  return { home, env };
}

/** Commander answers `roles nosuch --help` with the main help, so look for the command's own usage line. */
function commandExists(name, env) {
  const result = spawnSync(process.execPath, [BIN, name, '--help'], { env, cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes(`Usage: roles ${name}`);
}

function floorName(size) {
  return `floor: list and stat ${size} files, no roles code`;
}

/** A case held to the floor gets its target from the floor's ratio in the same run; without a floor measured, none. */
function withFloorTargets(rows) {
  return rows.map((row) => {
    if (row.aboveFloor === undefined) return row;
    const floor = rows.find((other) => other.name === row.floor && !other.skipped);
    return floor ? { ...row, target: floor.ratio + row.aboveFloor } : row;
  });
}

function packCases(context) {
  const cases = [];
  for (const size of PACK_SIZES) {
    const dir = ensureRolePack(join(ROOT, 'bench', 'packs', String(size)), size, context);
    const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
    const roleId = files[Math.floor(files.length / 2)].replace(/\.yaml$/, '');
    const coldRuns = size >= 3000 ? 3 : size >= 1000 ? 5 : 10;
    const data = ['--data', dir];
    cases.push(
      { name: `list, ${size} roles, first run`, args: [...data, 'list'], kind: 'list, first run', roles: size, cold: true, runs: coldRuns },
      { name: `show, ${size} roles, first run`, args: [...data, 'show', roleId], kind: 'show, first run', roles: size, cold: true, runs: coldRuns },
      // Issue 17: with 3,000 roles a later run is held to the floor measured in the same run (below), not to bare Node.
      { name: `list, ${size} roles`, args: [...data, 'list'], kind: 'list, later runs', roles: size, aboveFloor: size === 3000 ? 0.8 : undefined, floor: floorName(size) },
      { name: `show, ${size} roles`, args: [...data, 'show', roleId], kind: 'show, later runs', roles: size, aboveFloor: size === 3000 ? 0.35 : undefined, floor: floorName(size) },
    );
    if (size === 3000) cases.push({ name: floorName(size), node: ['-e', FIND_AND_STAT, dir] });
  }
  return cases;
}

function firstChecklistQuestion() {
  const builtin = readBuiltinIndex(join(INSTALL, 'dist', 'builtin.jsonl'));
  const pm = builtin.roles.find((entry) => entry.summary.id === 'product-manager');
  return pm && builtin.role(pm).research?.questions?.[0]?.slice(0, 30);
}

/** The quiz's first question, which its prompt shows once the quiz is ready for an answer. */
function firstQuizQuestion() {
  return readBuiltinIndex(join(INSTALL, 'dist', 'builtin.jsonl')).knowledge.dimensions?.questions?.[0]?.text;
}

function allCases() {
  return [
    // Issue 17's targets: the common commands at most 1.25 times bare Node, the newer ones
    // (search, related, fit, the quiz to its first prompt) at most 1.3. The colour tables are
    // not in the issue; they keep the old 1.3 as a goal, since a terminal is where people run roles.
    { name: '--version', args: ['--version'], target: 1.25 },
    { name: 'list', args: ['list'], target: 1.25 },
    { name: 'list (table, colour)', args: ['list', '--format', 'text', '--color', 'always'], target: 1.3 },
    { name: 'show pm', args: ['show', 'pm'], target: 1.25 },
    { name: 'show pm (text, colour)', args: ['show', 'pm', '--format', 'text', '--color', 'always'], target: 1.3 },
    { name: 'compare pm po', args: ['compare', 'pm', 'po'], target: 1.25, needs: 'compare' },
    { name: 'questions pm --format md', args: ['questions', 'pm', '--format', 'md'], target: 1.25, needs: 'questions' },
    { name: 'search backlog', args: ['search', 'backlog'], target: 1.3, needs: 'search' },
    { name: 'related pm', args: ['related', 'pm'], target: 1.3, needs: 'related' },
    // About 1,300 words: two printed pages, the measure for fit.
    { name: 'fit, two-page advert', args: ['fit', join(ROOT, 'bench', 'two-page-advert.md')], target: 1.3, needs: 'fit' },
    { name: 'checklist pm, to its first prompt', args: ['checklist', 'pm'], target: 2.0, needs: 'checklist', terminal: true },
    { name: 'quiz, to its first prompt', args: ['quiz'], target: 1.3, needs: 'quiz', terminal: true, marker: firstQuizQuestion },
    ...packCases(packContext()),
  ];
}

async function loadPty() {
  try {
    return (await import('@lydell/node-pty')).default;
  } catch {
    return undefined;
  }
}

/** How to run one case: once, a bare Node to pair it with, and what to clear before each run. */
function caseRunner(spec, env, pty) {
  const args = spec.node ?? [BIN, ...spec.args];
  const forgetSessions = () => rmSync(join(env.XDG_DATA_HOME, 'roles'), { recursive: true, force: true });
  const forgetCaches = () => rmSync(env.XDG_CACHE_HOME, { recursive: true, force: true });
  if (spec.terminal) {
    const marker = (spec.marker ?? firstChecklistQuestion)();
    return { spec, args, before: forgetSessions, once: () => timeInTerminal(pty, args, env, ROOT, marker), bare: () => timeInTerminal(pty, BARE, env, ROOT, undefined) };
  }
  return { spec, args, before: spec.cold ? forgetCaches : () => undefined, once: async () => timeRun(args, env, ROOT), bare: async () => timeRun(BARE, env, ROOT) };
}

/**
 * Runs the cases of a group in turns, each run right after its own bare Node run, so a
 * burst of load from elsewhere on the machine spreads over every case instead of one.
 */
async function measureGroup(runners, env) {
  for (const runner of runners) {
    runner.times = [];
    runner.bareTimes = [];
    runner.runs = runner.spec.runs ?? RUNS;
    if (!runner.spec.cold) for (let i = 0; i < 3; i++) await runner.once();
  }
  const rounds = Math.max(0, ...runners.map((runner) => runner.runs));
  for (let round = 0; round < rounds; round++) {
    for (const runner of runners) {
      if (round >= runner.runs || runner.failed) continue;
      try {
        runner.bareTimes.push((await runner.bare()).ms);
        runner.before();
        const result = await runner.once();
        runner.times.push(result.ms);
        runner.lastMemory = result.memory;
      } catch (error) {
        runner.failed = String(error.message).split('\n')[0];
      }
    }
  }
  return runners.map((runner) => {
    if (runner.failed) return { ...runner.spec, skipped: `failed: ${runner.failed}` };
    runner.before();
    // In a terminal the peak is read from /proc just as the prompt appears (Linux only).
    const memory = runner.spec.terminal ? runner.lastMemory : peakMemory(runner.args, env, ROOT);
    const { times, bareTimes } = runner;
    return { ...runner.spec, runs: times.length, ms: median(times), bare: median(bareTimes), ratio: median(times.map((ms, i) => ms / bareTimes[i])), memory };
  });
}

async function main() {
  if (!options['no-build']) {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (build.status !== 0) process.exit(1);
  }
  cpSync(join(ROOT, 'bin'), join(INSTALL, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(INSTALL, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(INSTALL, 'package.json'));
  const { home, env } = privateHome();
  const pty = await loadPty();
  const rows = [];
  const notes = [];
  try {
    const groups = { warm: [], terminal: [], cold: [] };
    for (const spec of allCases()) {
      if (options.only && !spec.name.includes(options.only)) continue;
      if (spec.needs && !commandExists(spec.needs, env)) rows.push({ ...spec, skipped: `no \`${spec.needs}\` command yet` });
      else if (spec.terminal && !pty) rows.push({ ...spec, skipped: '@lydell/node-pty is not installed' });
      else groups[spec.terminal ? 'terminal' : spec.cold ? 'cold' : 'warm'].push(caseRunner(spec, env, pty));
    }
    // Warm cases first: the cold ones empty the cache folder before each of their runs.
    for (const group of [groups.warm, groups.terminal, groups.cold].filter((runners) => runners.length > 0)) {
      process.stderr.write(`measuring ${group.map((runner) => runner.spec.name).join(', ')}\n`);
      rows.push(...(await measureGroup(group, env)));
    }
    const order = allCases().map((spec) => spec.name);
    rows.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    rows.splice(0, rows.length, ...withFloorTargets(rows));
  } finally {
    rmSync(home, { recursive: true, force: true });
    rmSync(INSTALL, { recursive: true, force: true });
  }
  if (rows.some((row) => row.cold)) notes.push('"first run" cases start each run with an empty $XDG_CACHE_HOME: no role cache and no V8 code cache.');
  console.log(resultsTable(rows));
  if (!options['no-write']) {
    const date = new Date().toISOString().replace('T', ' ').slice(0, 16);
    addToResultsFile(join(ROOT, 'bench', 'RESULTS.md'), resultsSection({ label: options.label, date: `${date} UTC`, rows, runs: RUNS, notes }));
    console.log('\nAdded to bench/RESULTS.md');
  }
}

await main();
