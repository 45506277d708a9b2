import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { builtinData, openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import { formatProblem, problemsByFile, type FileProblem } from '../format/file-problem.js';
import { displayPath, findRoleFiles, realPathOr } from '../catalog/find-role-files.js';
import { loadRoleFiles, referenceIdsOf } from '../catalog/load-role-layers.js';
import { RolesError } from '../format/roles-error.js';
import { pushAll } from '../render/push-all.js';

/** The files the paths name, each once however it is named (`f.yaml f.yaml`, or a folder and a file in it). */
function filesToCheck(paths: string[], io: Io, problems: FileProblem[]): string[] {
  const named = paths.flatMap((path) => {
    const absolute = resolve(io.cwd, path);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch {
      throw new RolesError('usage', `"${path}" does not exist`, 'pass role files or folders of them');
    }
    return isDirectory ? findRoleFiles(absolute, problems, io.cwd) : [absolute];
  });
  const seen = new Set<string>();
  return named.filter((file) => {
    const real = realPathOr(file);
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** Checks the given files (default: every layer) in the context of all the others; exit 1 on any problem. */
export async function runValidate(paths: string[], options: GlobalOptions & FormatOptions, io: Io): Promise<void> {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const problems: FileProblem[] = [];
  let files: string[] | undefined;
  let checked: number;
  if (paths.length > 0) {
    files = filesToCheck(paths, io, problems);
    const loaded = await loadRoleFiles(files, '--data', io.cwd, referenceIdsOf(builtinData().knowledge));
    const catalog = await openCatalog(options, io, false, loaded.roles);
    const shown = new Set(files.map((file) => displayPath(file, io.cwd)));
    pushAll(problems, loaded.problems);
    pushAll(problems, catalog.problems.filter((problem) => shown.has(problem.file)));
    checked = files.length;
  } else {
    const catalog = await openCatalog(options, io, false);
    pushAll(problems, catalog.problems);
    checked = catalog.roles.length;
  }
  const ordered = [...problemsByFile(problems).values()].flat();
  if (format === 'json') io.out(toJson({ checked, problems: ordered }));
  else for (const problem of ordered) io.out(`${formatProblem(problem)}\n`);
  const what = files ? `${checked} file(s)` : `${checked} role(s) in every layer`;
  io.err(problems.length === 0 ? `roles: ${what} checked, no problems\n` : `roles: ${what} checked, ${problems.length} problem(s)\n`);
  if (problems.length > 0) throw RolesError.silent(1);
}

export function validateCommand(program: Command, io: Io): void {
  program
    .command('validate')
    .argument('[paths...]', 'role files or folders (default: every layer)')
    .description('check role files against the format and the other roles; exit 1 on any problem')
    .option('-f, --format <format>', 'text, plain or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['roles validate ~/.config/roles/roles', 'roles validate my-role.yaml']))
    .action(async (paths: string[], options: FormatOptions, command: Command) => {
      await runValidate(paths, { ...command.optsWithGlobals<GlobalOptions>(), ...options }, io);
    });
}
