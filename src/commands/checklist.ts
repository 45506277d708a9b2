import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { openCatalog, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { whyNotInteractive } from '../cli/why-not-interactive.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import { createSession, type ChecklistSession } from '../checklist/checklist-session.js';
import { renderSessionMarkdown } from '../checklist/export-session.js';
import { loadChecklistBundle } from '../checklist/load-checklist-bundle.js';
import { buildSessionList, renderSessionListPlain, renderSessionListText, sessionListFooter } from '../checklist/render-session-list.js';
import { checklistsDir, companySlug, findSessionFile, listSessionFiles, readSessionFile, sessionFileName, sessionMismatch } from '../checklist/session-files.js';
import { serializeSession } from '../checklist/session-json.js';
import { homeDirectory } from '../catalog/data-paths.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import type { LoadedRole } from '../catalog/merge-role-layers.js';
import { findRole, requireRole } from '../catalog/lookup-role.js';
import { RolesError } from '../format/roles-error.js';
import { makePaint } from '../render/paint.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { buildQuestionsView, localDate } from '../views/questions-view.js';
import { shellWord } from '../views/shell-word.js';

export interface ChecklistOptions extends FormatOptions {
  company?: string;
  file?: string;
  restart?: boolean;
  list?: boolean;
  export?: boolean;
  out?: string;
  /** False with --no-input. */
  input?: boolean;
}

export interface ChecklistDeps {
  catalog: () => Promise<Catalog>;
  bundle?: typeof loadChecklistBundle;
}

function commandLine(role: string, options: Pick<ChecklistOptions, 'company' | 'file'>, extra = ''): string {
  const parts = ['roles checklist', shellWord(role)];
  if (options.company) parts.push('--company', shellWord(options.company));
  if (options.file) parts.push('--file', shellWord(options.file));
  return parts.join(' ') + extra;
}

/** The name hints give a role: its shortest alias or its id, whatever the user typed to find it. */
const shortName = (loaded: LoadedRole): string => loaded.summary.aliases?.[0] ?? loaded.summary.id;

/** The exact command that exports a saved session: by role and company when they find this file, else by --file. */
function exportCommand(session: ChecklistSession, file: string, dir: string, catalog: Catalog): string {
  const loaded = findRole(catalog, session.role.id);
  const company = session.company ? sanitizeText(session.company) : undefined;
  if (loaded?.summary.id === session.role.id && findSessionFile(dir, session.role.id, company) === file) return commandLine(shortName(loaded), { company }, ' --export');
  return `roles checklist --file ${shellWord(file)} --export`;
}

function exportFormat(options: ChecklistOptions): 'md' | 'json' {
  if (!options.json && options.format === undefined) return 'md';
  return resolveFormat(options, false, ['md', 'json']) as 'md' | 'json';
}

function runList(options: ChecklistOptions, io: Io, dir: string, catalog: Catalog): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const rows = buildSessionList(listSessionFiles(dir), (session, file) => exportCommand(session, file, dir, catalog));
  if (format === 'json') return io.out(toJson(rows));
  if (rows.length === 0) return io.err(`roles: no saved checklists in ${dir} (start one with 'roles checklist ROLE')\n`);
  if (format === 'plain') return io.out(renderSessionListPlain(rows));
  io.out(renderSessionListText(rows, io.width, makePaint(io.color)));
  io.err(sessionListFooter(rows, dir));
}

async function runExport(role: string | undefined, options: ChecklistOptions, io: Io, roleId: string | undefined, dir: string, deps: ChecklistDeps): Promise<void> {
  const format = exportFormat(options);
  const file = options.file ? resolve(io.cwd, options.file) : roleId && findSessionFile(dir, roleId, options.company);
  if (!file) {
    const about = `${roleId ?? ''}${options.company ? ` at "${options.company}"` : ''}`;
    throw new RolesError('not-found', `no saved checklist for ${about} in ${dir}`, `start one with '${commandLine(role ?? 'ROLE', options)}', or see 'roles checklist --list'`);
  }
  const session = readSessionFile(file);
  const mismatch = roleId ? sessionMismatch(session, roleId, options.company) : undefined;
  if (mismatch) throw new RolesError('usage', `cannot export this checklist: ${mismatch}`, 'check the role, --company and --file', { file });
  const text = format === 'json' ? serializeSession(session) : renderSessionMarkdown(session);
  if (!options.out) return io.out(text);
  // Written whole beside the old notes and renamed over them, as the interactive --out does; the bundle that does it is loaded only here.
  (await (deps.bundle ?? loadChecklistBundle)()).writeNotesFile(resolve(io.cwd, options.out), text);
}

/** A company name with no letter or digit would name no session of its own and share the one without a company. */
function requireNamedCompany(company: string | undefined): void {
  if (company !== undefined && companySlug(company) === '') {
    throw new RolesError('usage', `--company "${company}" has no letter or digit to name its checklist by`, 'give the company\'s name, e.g. --company "Acme", or leave --company out');
  }
}

const needsRole = (): RolesError => new RolesError('usage', 'checklist needs a role', "e.g. 'roles checklist po', or 'roles checklist --list' for saved ones");

export async function runChecklist(role: string | undefined, options: ChecklistOptions, io: Io, deps: ChecklistDeps): Promise<void> {
  const dir = checklistsDir(io.env, homeDirectory(io.env));
  // The roles are read only to name them in the export commands.
  if (options.list) return runList(options, io, dir, await deps.catalog());
  requireNamedCompany(options.company);
  if (options.export) {
    if (!role && !options.file) throw needsRole();
    const loaded = role ? requireRole(await deps.catalog(), role) : undefined;
    return runExport(loaded && shortName(loaded), options, io, loaded?.summary.id, dir, deps);
  }
  if (!role) throw needsRole();
  // Looked up before anything else, so a mistyped role is reported as one and every hint names a role that exists.
  const catalog = await deps.catalog();
  const loaded = requireRole(catalog, role);
  const name = shortName(loaded);
  const notInteractive = whyNotInteractive(options.input, io);
  if (notInteractive) {
    throw new RolesError('usage', `checklist asks its questions in a terminal, and ${notInteractive}`, `print them with 'roles questions ${shellWord(name)}', or saved answers with '${commandLine(name, options, ' --export')}'`);
  }
  const company = options.company?.trim() || undefined;
  const view = buildQuestionsView([loaded], catalog.knowledge, { common: true });
  const fresh = createSession(view, { id: loaded.summary.id, title: sanitizeText(loaded.summary.title) }, company, io.now());
  const file = options.file
    ? resolve(io.cwd, options.file)
    : (findSessionFile(dir, loaded.summary.id, company) ?? join(dir, sessionFileName(loaded.summary.id, company, localDate(io.now()))));
  // The questions are asked on the terminal, and a pager would hold back what they say.
  io.noPager();
  const { runInteractiveChecklist } = await (deps.bundle ?? loadChecklistBundle)();
  await runInteractiveChecklist({
    file,
    fresh,
    restart: options.restart === true,
    ...(company ? { company } : {}),
    resumeCommand: commandLine(name, options),
    format: exportFormat(options),
    ...(options.out ? { out: resolve(io.cwd, options.out) } : {}),
    io,
  });
}

export function checklistCommand(program: Command, io: Io): void {
  program
    .command('checklist')
    .argument('[role]', 'id, short name or title, e.g. po')
    .description('work through the research questions for a role one by one, noting what you find; saved after every answer')
    .option('--company <name>', 'the company you are researching (one session per role and company)')
    .option('--file <path>', 'keep the session in this file instead of the data folder')
    .option('--restart', 'start over; the old session is kept as a backup')
    .option('--list', 'show saved sessions and their progress')
    .option('--export', 'print the saved session as notes, without asking anything')
    .option('--out <file>', 'write the notes to this file instead of stdout')
    .option('-f, --format <format>', 'md or json for the notes; text, plain or json for --list')
    .option('--json', 'shorthand for --format json')
    .option('--no-input', 'never prompt (exits 2, like a run without a terminal)')
    .addHelpText('after', () =>
      helpExamples(
        io.width,
        ['roles checklist po --company "Acme" > acme-notes.md', 'roles checklist --list', 'roles checklist po --company "Acme" --export --out acme-notes.md'],
        ['Ctrl-C stops at any question and keeps your answers; run the same command again to carry on.'],
      ),
    )
    .action(async (role: string | undefined, options: ChecklistOptions, command: Command) => {
      await runChecklist(role, options, io, { catalog: () => openCatalog(command.optsWithGlobals<GlobalOptions>(), io) });
    });
}
