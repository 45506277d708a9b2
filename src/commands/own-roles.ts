// `roles new` and `roles edit`: start a role file of your own, or open one in your editor.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { absoluteRoleFile, openCatalog, PACKAGE_ROOT, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { configHome, homeDirectory } from '../catalog/data-paths.js';
import { KEBAB_CASE } from '../format/kebab-case.js';
import { loadParser } from '../catalog/load-parser.js';
import { requireRole } from '../catalog/lookup-role.js';
import { RolesError } from '../format/roles-error.js';
import { copiedRoleText, newRoleText } from '../own-roles/role-template.js';
import { runValidate } from './validate.js';

const SCHEMA = join(PACKAGE_ROOT, 'schema', 'role.schema.json');

/** Where new files go: the last --data folder (the catalog has checked it exists), else your own folder, made if need be. */
export function ownRolesFolder(options: GlobalOptions, io: Io): string {
  const last = options.data?.at(-1);
  if (last !== undefined) return resolve(io.cwd, last);
  const dir = join(configHome(io.env, homeDirectory(io.env)), 'roles', 'roles');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes a file that must not exist yet: `wx` refuses in the same step that would overwrite. */
function writeNewFile(file: string, text: string, what: string): void {
  try {
    writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new RolesError('io', `${file} already exists; ${what} would overwrite it`, `edit it with 'roles edit', or choose another id`);
    throw new RolesError('io', `cannot write ${file} (${code ?? String(error)})`, 'check the folder exists and you may write to it');
  }
}

export interface NewOptions {
  from?: string;
}

export async function runNew(id: string, options: NewOptions & GlobalOptions, io: Io): Promise<void> {
  if (!KEBAB_CASE.test(id)) throw new RolesError('usage', `"${id}" is not a role id`, 'use lower-case letters and digits joined by hyphens, e.g. data-steward');
  const catalog = await openCatalog(options, io);
  if (catalog.byName.get(id)) throw new RolesError('usage', `"${id}" already names a role`, `choose another id, or run 'roles edit ${id}'`);
  let text = newRoleText(id, SCHEMA);
  if (options.from !== undefined) {
    const from = requireRole(catalog, options.from);
    const { stringifyYaml } = await loadParser();
    text = copiedRoleText(id, from.summary, stringifyYaml, { ...from.role }, SCHEMA);
  }
  const file = join(ownRolesFolder(options, io), `${id}.yaml`);
  writeNewFile(file, text, 'a new role');
  io.out(`${file}\n`);
  io.err(`roles: wrote ${file}; edit it with 'roles edit ${id}', check it with 'roles validate'\n`);
}

/** $VISUAL, else $EDITOR, else vi, run through the shell as git does, so "code --wait" works. */
function openInEditor(file: string, io: Io): void {
  const editor = io.env.VISUAL || io.env.EDITOR || 'vi';
  // Required here, not imported: loading node:child_process would cost every command's start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const result = spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', file], { stdio: 'inherit', env: io.env });
  if (result.error) throw new RolesError('io', `cannot start the editor "${editor}" (${result.error.message})`, 'set VISUAL or EDITOR to an editor on your PATH');
  if (result.status !== 0) throw new RolesError('io', `the editor "${editor}" exited with ${result.status ?? result.signal}; ${file} is as the editor left it`, 'check it with roles validate');
}

export async function runEdit(name: string, options: GlobalOptions, io: Io): Promise<void> {
  const loaded = requireRole(await openCatalog(options, io), name);
  let file = absoluteRoleFile(loaded, io.cwd);
  if (loaded.origin === 'builtin') {
    const copy = join(ownRolesFolder(options, io), `${loaded.summary.id}.yaml`);
    writeNewFile(copy, readFileSync(file, 'utf8'), 'copying the built-in role');
    io.err(`roles: ${loaded.summary.id} is built in, so it was copied to ${copy}, which you edit and which now wins over it\n`);
    file = copy;
  }
  openInEditor(file, io);
  await runValidate([file], options, io);
}

export function ownRolesCommands(program: Command, io: Io): void {
  program
    .command('new')
    .argument('<id>', 'the new role\'s id: lower case and hyphens, e.g. data-steward')
    .description('write a new role file, commented and valid, into your folder (or the last --data folder)')
    .option('--from <role>', 'start from a copy of this role')
    .addHelpText('after', () => helpExamples(io.width, ['roles new data-steward', 'roles new growth-pm --from pm', 'roles --data ./my-roles new data-steward']))
    .action(async (id: string, options: NewOptions, command: Command) => runNew(id, { ...command.optsWithGlobals<GlobalOptions>(), ...options }, io));
  program
    .command('edit')
    .argument('<role>', 'id, short name or title, e.g. data-steward')
    .description('open a role file in $VISUAL or $EDITOR (else vi) and check it when you are done; a built-in role is copied to your folder first')
    .addHelpText('after', () => helpExamples(io.width, ['roles edit data-steward', 'EDITOR=nano roles edit pm']))
    .action(async (name: string, _options: object, command: Command) => runEdit(name, command.optsWithGlobals<GlobalOptions>(), io));
}
