import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { loadQuizBundle } from '../quiz/load-quiz-bundle.js';
import type { QuizOptions } from '../quiz/run-quiz.js';

export function quizCommand(program: Command, io: Io): void {
  program
    .command('quiz')
    .description('answer a few questions on a scale of 1 to 5 and see which roles suit you best, and why')
    .option('--answers <list|file>', 'answer without prompts: 5,4,2,... in the order of --questions, or a file holding them')
    .option('--questions', 'list the questions in order, with their scales, and exit')
    .option('--save', 'keep the result in the data folder ($XDG_DATA_HOME/roles/quiz)')
    .option('-f, --format <format>', 'text, plain, md or json')
    .option('--json', 'shorthand for --format json')
    .option('--no-input', 'never prompt (exits 2 without --answers, like a run without a terminal)')
    .addHelpText('after', () =>
      helpExamples(
        io.width,
        ['roles quiz', 'roles quiz --format md > my-fit.md', 'roles quiz --questions --json', 'roles quiz --answers 2,4,1,3,3,2,4,1,2,2,5,1 --json'],
        ['Fit runs from 0 to 100: how close each role sits to your answers on the dimensions of data/dimensions.yaml.'],
      ),
    )
    .action(async (options: QuizOptions, command: Command) => {
      const catalog = await openCatalog(command.optsWithGlobals<GlobalOptions>(), io);
      await (await loadQuizBundle()).runQuiz(options, io, catalog);
    });
}
