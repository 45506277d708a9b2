// The topics of `roles help TOPIC`: what the README says about formats, data folders,
// settings and exit codes, short enough for a terminal. The man page prints them too.
import { displayWidth, wrapText } from '../render/text-width.js';

/** A paragraph, rows of a term and what it means, or lines shown as they are (an example file). */
type Block = string | [term: string, meaning: string][] | { lines: string[] };

const TOPICS = {
  formats: [
    'Every command that prints data takes --format NAME (and --json for --format json):',
    [
      ['table, text', 'the default on a terminal: tables and sections that fit the width'],
      ['plain', 'the default when piped: no borders or colour, one record per line'],
      ['md', 'Markdown for notes, wrapped at 80 columns'],
      ['json', "one JSON document, with the role file's field names"],
      ['yaml', 'show only: the role as a role file'],
    ],
    "Without --format, a command uses the config file's format when it has that format, else its own default ('roles help config').",
    'Colour appears only on a terminal. NO_COLOR (non-empty), TERM=dumb or FORCE_COLOR=0 turn it off, FORCE_COLOR turns it on, and --color auto|always|never beats them all; the config file\'s color applies when none of them is set. The width is the terminal\'s, else COLUMNS, else 80. A terminal whose locale is not UTF-8 (LC_ALL, LC_CTYPE, LANG) gets tables with ASCII borders.',
  ],
  data: [
    'Role files are read from these folders, each later one replacing roles with the same id from earlier ones:',
    [
      ['1.', 'the built-in roles that come with roles'],
      ['2.', 'your folder, $XDG_CONFIG_HOME/roles/roles (default ~/.config/roles/roles)'],
      ['3.', "each folder in the config file's data list (missing ones are skipped; 'roles help config')"],
      ['4.', 'each folder in ROLES_PATH (colon-separated; missing ones are skipped)'],
      ['5.', 'each --data DIR (repeatable; a missing one is a usage error)'],
    ],
    "'roles paths' shows them in order and whether each exists; 'roles validate' checks their files. A broken file is reported as file:line:col and skipped; the other roles keep working. docs/role-format.md in the package folder describes the role format.",
  ],
  config: [
    'A setting comes from the command line first, then the environment, then the config file, then the built-in default.',
    'The config file is $XDG_CONFIG_HOME/roles/config.yaml (default ~/.config/roles/config.yaml), or the file ROLES_CONFIG names; ROLES_CONFIG= (empty) runs roles without one. It may set:',
    [
      ['color', 'auto, always or never; --color, NO_COLOR, FORCE_COLOR and TERM=dumb win'],
      ['pager', 'a pager command, or false (or never) for none; --no-pager, ROLES_PAGER and PAGER win'],
      ['format', 'the format when no --format or --json is given, for the commands that have it; the others keep their own default'],
      ['data', "a list of folders of role files, read after your folder and before ROLES_PATH; a relative one is taken from the config file's folder, ~ is your home"],
      ['company', "the company for 'roles checklist' when neither --company nor --file is given"],
    ],
    { lines: ['For example:', '', '  color: never', '  pager: less -R', '  format: md', '  data:', '    - ~/work/role-pack', '  company: Acme'] },
    "Any other key, a wrong type or a bad value stops every command but help and completion with one line, file:line:col, and exit 2. 'roles paths' shows the file in effect. The environment:",
    [
      ['--data, ROLES_PATH', "more folders of role files ('roles help data')"],
      ['--color, NO_COLOR, FORCE_COLOR, TERM', "colour ('roles help formats')"],
      ['--no-pager, ROLES_PAGER, PAGER', 'the pager for output taller than the terminal; empty or cat for none'],
      ['COLUMNS, LINES', 'the width and height when the terminal does not say'],
      ['ROLES_CONFIG', 'the config file to read instead; empty for none'],
      ['XDG_CONFIG_HOME', 'the config file and your role folder: $XDG_CONFIG_HOME/roles'],
      ['XDG_DATA_HOME', 'saved checklists and quiz results: $XDG_DATA_HOME/roles/checklists and roles/quiz'],
      ['XDG_CACHE_HOME', 'caches, safe to delete: $XDG_CACHE_HOME/roles'],
    ],
  ],
  'exit-codes': [
    [
      ['0', 'success'],
      ['1', 'failure: unknown role, invalid role data, a problem found by validate, no role matching the search words, an advert for fit that is empty, not text or cannot be read, output that cannot be written'],
      ['2', 'usage error: unknown command, option or format, wrong number of roles, a --data folder that is missing, a problem in the config file, no terminal for checklist or quiz, quiz answers that are too few, too many or off the scale'],
      ['130', 'interrupted (Ctrl-C); 143 and 129 for SIGTERM and SIGHUP in checklist'],
    ],
    'Errors are one line on stderr saying what is wrong, where, and what to do; --debug adds the stack trace.',
  ],
} satisfies Record<string, Block[]>;

export type HelpTopic = keyof typeof TOPICS;
export const HELP_TOPICS = Object.keys(TOPICS) as HelpTopic[];

export function isHelpTopic(name: string): name is HelpTopic {
  return Object.hasOwn(TOPICS, name);
}

const INDENT = '  ';
/** Narrower than this, a meaning goes under its term instead of beside it. */
const MIN_MEANING_WIDTH = 24;

function renderRows(rows: [string, string][], width: number): string[] {
  const termWidth = Math.max(...rows.map(([term]) => displayWidth(term)));
  const column = INDENT.length + termWidth + INDENT.length;
  if (width - column >= MIN_MEANING_WIDTH) {
    return rows.flatMap(([term, meaning]) => wrapText(meaning, width - column).map((line, i) => (i === 0 ? INDENT + term + ' '.repeat(termWidth - displayWidth(term)) + INDENT : ' '.repeat(column)) + line));
  }
  const under = INDENT.repeat(3);
  return rows.flatMap(([term, meaning]) => [...wrapText(term, width - INDENT.length).map((line) => INDENT + line), ...wrapText(meaning, width - under.length).map((line) => under + line)]);
}

function renderBlock(block: Block, width: number): string[] {
  if (typeof block === 'string') return wrapText(block, width);
  if (Array.isArray(block)) return renderRows(block, width);
  // An example file keeps its lines; one wider than the terminal is wrapped rather than overflow.
  return block.lines.flatMap((line) => {
    const indent = /^ */.exec(line)?.[0] ?? '';
    return wrapText(line.slice(indent.length), Math.max(1, width - indent.length)).map((piece) => indent + piece);
  });
}

export function renderHelpTopic(topic: HelpTopic, width: number): string {
  const blocks: Block[] = TOPICS[topic];
  const lines = blocks.flatMap((block, i) => [...(i > 0 ? [''] : []), ...renderBlock(block, width)]);
  return `${lines.join('\n')}\n`;
}
