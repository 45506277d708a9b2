import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { requireRole } from '../catalog/lookup-role.js';
import { makePaint } from '../render/paint.js';
import { questionsJson, renderQuestionsMarkdown, renderQuestionsPlain, renderQuestionsText } from '../render/render-questions.js';
import { buildQuestionsView, parseInterviewDate } from '../views/questions-view.js';

export interface QuestionsOptions extends FormatOptions {
  /** False with --no-common. */
  common?: boolean;
  company?: string;
  /** `true` when --date is given without a value: today. */
  date?: string | boolean;
}

export function runQuestions(names: string[], options: QuestionsOptions, io: Io, catalog: Catalog): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'md', 'json']);
  const date = parseInterviewDate(options.date, io.now());
  const roles = names.map((name) => requireRole(catalog, name));
  const view = buildQuestionsView(roles, catalog.knowledge, { common: options.common !== false, company: options.company, date });
  if (format === 'json') io.out(toJson(questionsJson(view)));
  else if (format === 'plain') io.out(renderQuestionsPlain(view));
  else if (format === 'md') io.out(renderQuestionsMarkdown(view));
  else io.out(renderQuestionsText(view, io.width, makePaint(io.color)));
}

export function questionsCommand(program: Command, io: Io): void {
  program
    .command('questions')
    .argument('<roles...>', 'one or more roles: id, short name or title, e.g. po pm')
    .description("print the questions to research about a role, then those common to every role; never prompts")
    .option('--no-common', 'leave out the questions common to every role')
    .option('--company <name>', 'put the company you are researching on the sheet')
    .option('--date [date]', 'put the interview date on the sheet (YYYY-MM-DD or today; alone, after the roles: today)')
    .option('-f, --format <format>', 'text, plain, md or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['roles questions po', 'roles questions pm --company "Acme" --date 2026-03-14 --format md > acme.md', 'roles questions ba po --no-common']))
    .action(async (names: string[], options: QuestionsOptions, command: Command) => {
      runQuestions(names, options, io, await openCatalog(command.optsWithGlobals<GlobalOptions>(), io));
    });
}
