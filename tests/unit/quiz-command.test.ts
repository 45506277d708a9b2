import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { indexRoles } from '../../src/catalog/merge-role-layers.js';
import { isRolesError } from '../../src/format/roles-error.js';
import { runQuiz } from '../../src/quiz/run-quiz.js';
import { buildQuizView } from '../../src/views/quiz-view.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';
import { fakeIo } from '../helpers/fake-io.js';
import { markdownProblems } from '../helpers/markdownlint.js';

const catalog = builtinCatalog();
const QUESTIONS = catalog.knowledge.dimensions.questions;
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
  it('names the answers that matched the role and those that did not, in the questions\' words', () => {
    const answers = QUESTIONS.map((question) => (question.dimension === 'selling' ? 5 : PM[QUESTIONS.indexOf(question)]!));
    const view = buildQuizView(catalog.roles, catalog.knowledge, answers);
    const pm = view.best.find((role) => role.id === 'product-manager');
    expect(pm?.matched[0]).toBe('decide which problems are worth solving, and why (the role: strategy)');
    const selling = QUESTIONS.find((question) => question.dimension === 'selling')!;
    expect(pm?.notMatched).toEqual([`${selling.high} (the role: between little selling and selling)`]);
    const po = buildQuizView(catalog.roles.filter((loaded) => loaded.summary.id === 'product-owner'), catalog.knowledge, answers).best[0];
    expect(po?.notMatched).toContain(`${selling.high} (the role: little selling)`);
  });
});
