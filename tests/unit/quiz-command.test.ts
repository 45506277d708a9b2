import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { indexRoles } from '../../src/catalog/merge-role-layers.js';
import { isRolesError } from '../../src/format/roles-error.js';
import { runQuiz } from '../../src/quiz/run-quiz.js';
import { makePaint } from '../../src/render/paint.js';
import { renderQuizText } from '../../src/render/render-quiz.js';
import { answersMatching } from '../../src/views/quiz-ranking.js';
import { buildQuizView } from '../../src/views/quiz-view.js';
import { shortNameOf } from '../../src/views/short-name.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { fakeIo } from '../helpers/fake-io.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const catalog = builtinCatalog();
const QUESTIONS = catalog.knowledge.dimensions.questions;
const plainPaint = makePaint(false);
/** Answers that describe the Product Manager: strategy, outward, big picture. */
const PM = QUESTIONS.map((question) => catalog.roles.find((loaded) => loaded.summary.id === 'product-manager')!.role.dimensions![question.dimension]!);

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'roles-quiz-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

async function failure(run: Promise<unknown>) {
  const error = await run.then(() => undefined, (caught: unknown) => caught);
  if (!isRolesError(error)) throw new Error(`expected a RolesError, got ${String(error)}`);
  return error;
}

describe('roles quiz', () => {
  it('prints the ranking as JSON, best first, each role with its id and fit', async () => {
    const io = fakeIo();
    await runQuiz({ answers: PM.join(','), json: true }, io, catalog);
    const { ranking } = JSON.parse(io.stdout()) as { ranking: { id: string; fit: number }[] };
    expect(ranking[0]).toEqual({ id: 'product-manager', fit: 100 });
    expect(ranking).toHaveLength(catalog.roles.length);
    expect(io.stderr()).toBe('');
  });

  it('reads the answers from a file, one a line, with comments', async () => {
    const file = join(home, 'answers.txt');
    writeFileSync(file, `# my answers\n${PM.join('\n')}\n`);
    const io = fakeIo({ cwd: home });
    await runQuiz({ answers: 'answers.txt', format: 'plain' }, io, catalog);
    expect(io.stdout().split('\n')[0]).toBe('100\tproduct-manager\tProduct Manager');
  });

  it('names the answer that is off the scale, and the question it answers', async () => {
    const error = await failure(runQuiz({ answers: [...PM.slice(0, 3), 7, ...PM.slice(4)].join(',') }, fakeIo(), catalog));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('answer 4 in --answers is "7", not on the scale from 1 to 5');
    expect(error.hint).toContain(QUESTIONS[3]!.text);
  });

  it('says how many answers it got and how many questions there are', async () => {
    const error = await failure(runQuiz({ answers: '3,3' }, fakeIo(), catalog));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`--answers gives 2 answer(s), but the quiz has ${QUESTIONS.length} questions`);
  });

  it('refuses to prompt without a terminal, before asking anything', async () => {
    let asked = 0;
    const error = await failure(runQuiz({}, fakeIo({ stderrIsTTY: true }), catalog, async () => ++asked));
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('quiz asks its questions in a terminal, and stdin is not a terminal');
    expect(asked).toBe(0);
  });

  it('asks every question in order on a terminal and ranks by the answers given', async () => {
    const io = fakeIo({ stdinIsTTY: true, stderrIsTTY: true, stdoutIsTTY: true });
    const asked: string[] = [];
    await runQuiz({}, io, catalog, async (prompt) => {
      asked.push(prompt.question.text);
      return PM[prompt.index]!;
    });
    expect(asked).toEqual(QUESTIONS.map((question) => question.text));
    expect(io.stdout()).toMatch(/^YOUR BEST FITS\n1\. Product Manager \(pm\): 100%\n/);
    expect(io.stdout()).toContain('More: roles show pm, roles compare pm ');
  });

  it('lists the questions in order with their scales', async () => {
    const io = fakeIo();
    await runQuiz({ questions: true, json: true }, io, catalog);
    const { questions } = JSON.parse(io.stdout()) as { questions: { number: number; dimension: string; text: string; scale: { min: number; max: number; low: string; high: string } }[] };
    expect(questions.map((question) => question.text)).toEqual(QUESTIONS.map((question) => question.text));
    expect(questions[0]).toEqual({ number: 1, dimension: QUESTIONS[0]!.dimension, text: QUESTIONS[0]!.text, scale: { min: 1, max: 5, low: QUESTIONS[0]!.low, high: QUESTIONS[0]!.high } });
  });

  it('saves the result in the data folder, readable by its owner only', async () => {
    const io = fakeIo({ env: { XDG_DATA_HOME: home } });
    await runQuiz({ answers: PM.join(','), save: true, format: 'plain' }, io, catalog);
    const file = join(home, 'roles', 'quiz', 'quiz-2026-11-23.json');
    expect(io.stderr()).toBe(`roles: saved the result in ${file}\n`);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { date: string; ranking: { id: string }[]; answers: number[] };
    expect(saved.date).toBe('2026-11-23');
    expect(saved.answers).toEqual(PM);
    expect(saved.ranking[0]!.id).toBe('product-manager');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes Markdown notes that pass markdownlint', async () => {
    const io = fakeIo();
    await runQuiz({ answers: PM.join(','), format: 'md' }, io, catalog);
    expect(io.stdout()).toContain('## 1. Product Manager (pm): 100%');
    expect(markdownProblems(io.stdout())).toEqual([]);
  });

  it('leaves out a role without dimensions, with a note, and keeps one with some', async () => {
    const own = loadedRole({ id: 'data-steward', title: 'Data Steward', summary: 'Looks after data.' }, 'steward.yaml', '--data');
    const partial = loadedRole({ id: 'strategist', title: 'Strategist', summary: 'Plans.', dimensions: { direction: 1 } }, 'strategist.yaml', '--data');
    const mixed = { ...catalog, ...indexRoles([...catalog.roles, own, partial]) };
    const io = fakeIo();
    await runQuiz({ answers: PM.join(','), json: true }, io, mixed);
    const ids = (JSON.parse(io.stdout()) as { ranking: { id: string }[] }).ranking.map((role) => role.id);
    expect(ids).toContain('strategist');
    expect(ids).not.toContain('data-steward');
    expect(io.stderr()).toBe('roles: the quiz leaves out data-steward: their files give no dimensions (add a dimensions: block, see docs/role-format.md)\n');
  });
});

describe('why a role fits', () => {
  it('names the dimensions where the answers and the role agree and where they do not, in the poles\' words', () => {
    const answers = QUESTIONS.map((question) => (question.dimension === 'selling' ? 5 : PM[QUESTIONS.indexOf(question)]!));
    const view = buildQuizView(catalog.roles, catalog.knowledge, answers);
    const pm = view.best.find((role) => role.id === 'product-manager');
    expect(pm?.matched[0]).toBe('Strategy or delivery: you and the role are both at strategy');
    expect(pm?.notMatched).toEqual(['Selling and messaging: the role sits in between, you chose selling']);
    const po = buildQuizView(catalog.roles.filter((loaded) => loaded.summary.id === 'product-owner'), catalog.knowledge, answers).best[0];
    expect(po?.notMatched.join()).toMatch(/^.+: the role .+, you .+$/);
  });

  it('says where a one-step answer leans, and makes one line of two answers about one dimension', () => {
    const answers = QUESTIONS.map((question) => (question.dimension === 'facing' ? 4 : 3));
    const role = loadedRole({ id: 'insider', title: 'Insider', summary: 'Stays in.', dimensions: { facing: 1 } }, 'insider.yaml', '--data');
    const [best] = buildQuizView([role], catalog.knowledge, answers).best;
    expect(best?.notMatched).toEqual(['Inward or outward: the role sits at inward, you lean to outward']);
    expect(QUESTIONS.filter((question) => question.dimension === 'facing').length).toBeGreaterThan(1);
  });
});

describe('the result on a terminal', () => {
  it.each(catalog.roles.map((loaded) => [loaded.summary.id, loaded] as const))('fits 80 by 22 for answers near %s, and names every role once', (_id, loaded) => {
    const answers = answersMatching(QUESTIONS, { id: loaded.summary.id, dimensions: loaded.role.dimensions ?? {} }).map((answer, i) => (i % 3 === 0 ? Math.min(5, answer + 1) : answer));
    const text = renderQuizText(buildQuizView(catalog.roles, catalog.knowledge, answers), 80, plainPaint);
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(22);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    const ranked = text.slice(0, text.indexOf('\n\nMore: '));
    for (const other of catalog.roles) {
      const name = shortNameOf(other.summary.id, other.summary.aliases);
      expect(ranked.match(new RegExp(`[ (]${name}[ )]`, 'g'))?.length, name).toBe(1);
    }
  });

  it('never breaks a role and its fit across lines in the list of the others', () => {
    const text = renderQuizText(buildQuizView(catalog.roles, catalog.knowledge, PM), 30, plainPaint);
    const then = text.slice(text.indexOf('Then: '), text.indexOf('\n\nMore:')).split('\n');
    expect(then.length).toBeGreaterThan(1);
    for (const line of then) expect(line).toMatch(/^(Then: | {6})[a-z-]+ \d+%(, [a-z-]+ \d+%)*,?$/);
  });
});
