// man/roles.1, made by the build from the same help screens the command prints, so the
// two cannot disagree. Each screen is set as it is printed (no fill), in roff's escapes.
import type { Command } from 'commander';
import { HELP_TOPICS, renderHelpTopic } from './help-topics.js';
import type { Io } from './io.js';
import { buildProgram } from './program.js';

/** roff reads a backslash as an escape, a line starting with . or ' as a request, and - as a hyphen. */
function roffLine(line: string): string {
  const escaped = line.replaceAll('\\', '\\e').replaceAll('-', '\\-');
  return /^[.']/.test(escaped) ? `\\&${escaped}` : escaped;
}

function verbatim(text: string): string[] {
  return ['.nf', ...text.replace(/\n+$/, '').split('\n').map(roffLine), '.fi'];
}

/** man indents the text by 7 columns: the help screens are set to fit an 80-column terminal after it. */
const MAN_WIDTH = 72;

/** The folder the help's Docs line names: the man page cannot know where the package was installed. */
const DOCS_ROOT = 'the package folder ($(npm root -g)/product-roles-cli)';

/** The man page for this version, as the build writes it to man/roles.1. */
export function manPage(version: string): string {
  const io: Io = { out: () => undefined, err: () => undefined, stdoutIsTTY: false, stdinIsTTY: false, stderrIsTTY: false, color: false, width: MAN_WIDTH, rows: 24, env: {}, cwd: '/', now: () => new Date(0), noPager: () => undefined };
  const topics = Object.fromEntries(HELP_TOPICS.map((topic) => [topic, renderHelpTopic(topic, MAN_WIDTH)]));
  return renderManPage({ version, program: buildProgram(io, DOCS_ROOT), topics });
}

/** Where roles keeps what it reads and writes, with the default XDG folders (README, "Your own roles"). */
const FILES: [file: string, what: string][] = [
  ['~/.config/roles/config.yaml', 'Settings: $XDG_CONFIG_HOME/roles/config.yaml, or the file $ROLES_CONFIG names (see CONFIG).'],
  ['~/.config/roles/roles/', 'Your own role files: $XDG_CONFIG_HOME/roles/roles.'],
  ['~/.local/share/roles/checklists/', 'Saved checklist sessions: $XDG_DATA_HOME/roles/checklists.'],
  ['~/.cache/roles/', 'Caches, safe to delete: $XDG_CACHE_HOME/roles.'],
];

export interface ManPageParts {
  version: string;
  /** The help screens: the top-level one, then each command's, by name. */
  program: Command;
  /** Topics of `roles help TOPIC`, by name. */
  topics: Record<string, string>;
}

export function renderManPage({ version, program, topics }: ManPageParts): string {
  const commands = program.commands.filter((command) => !command.name().startsWith('__') && command.name() !== 'help');
  const lines = [
    `.TH ROLES 1 "" "roles ${version}" "User Commands"`,
    '.SH NAME',
    `roles \\- ${roffLine(program.description())}`,
    '.SH SYNOPSIS',
    '.B roles',
    '[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    ...verbatim(helpText(program)),
    '.SH COMMANDS',
    ...commands.flatMap((command) => [`.SS roles ${command.name()}`, ...verbatim(helpText(command))]),
    ...Object.entries(topics).flatMap(([name, text]) => [`.SH ${name.toUpperCase().replaceAll('-', ' ')}`, ...verbatim(text)]),
    '.SH FILES',
    ...FILES.flatMap(([file, what]) => ['.TP', `.I ${roffLine(file)}`, roffLine(what)]),
    '.SH SEE ALSO',
    'The README.md and docs/role-format.md files in the package folder.',
  ];
  return `${lines.join('\n')}\n`;
}

/** A command's help as `roles help NAME` prints it, examples included (commander adds those on output only). */
function helpText(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => void (text += chunk) });
  command.outputHelp();
  return text;
}
