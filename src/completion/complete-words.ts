// What the shell should offer for the word being typed, worked out from the commander
// set-up itself, so the completion scripts stay thin and never go out of date.
import type { Command, Option } from 'commander';

/** What only the catalog knows, asked for only when the word needs it. */
export interface CompletionData {
  roleNames: () => Promise<string[]>;
  families: () => Promise<string[]>;
}

/** Option values the commander set-up does not list as choices. */
export interface ValueLists {
  /** Values of a comma-separated list, by long flag (e.g. --fields). */
  commaLists: Record<string, readonly string[]>;
  /** Plain values, by long flag (e.g. --section). */
  values: Record<string, readonly string[]>;
  /** Positional values, by command name (e.g. completion: bash, zsh, fish). */
  positional: Record<string, readonly string[]>;
}

/** Commands whose arguments are roles. */
const ROLE_COMMANDS = new Set(['show', 'compare', 'questions', 'checklist', 'edit', 'related', 'graph']);
const FORMAT_NAMES = ['table', 'text', 'plain', 'md', 'json', 'yaml', 'mermaid', 'dot'];

function visibleCommands(program: Command): Command[] {
  // Commander keeps `hidden` private; a hidden command's name starts with "__" here.
  return program.commands.filter((command) => !command.name().startsWith('__'));
}

function findOption(options: readonly Option[], flag: string): Option | undefined {
  return options.find((option) => option.long === flag || option.short === flag);
}

/** The formats a --format option names in its own description ("text, plain, md or json"). */
function formatsOf(option: Option): string[] {
  return FORMAT_NAMES.filter((name) => new RegExp(`\\b${name}\\b`).test(option.description));
}

async function optionValues(option: Option, data: CompletionData, lists: ValueLists): Promise<string[]> {
  const flag = option.long ?? '';
  if (option.argChoices) return option.argChoices;
  if (flag === '--format') return formatsOf(option);
  if (flag === '--family') return data.families();
  if (flag === '--from') return data.roleNames();
  return [...(lists.values[flag] ?? [])];
}

/** For "focus,ow": the values after the last comma, each with what came before it. */
function commaCandidates(current: string, names: readonly string[]): string[] {
  const cut = current.lastIndexOf(',') + 1;
  const before = current.slice(0, cut);
  const given = new Set(before.split(','));
  return names.filter((name) => !given.has(name)).map((name) => before + name);
}

/**
 * The candidates for the last of `words` (the words after `roles`, the last one being
 * typed, possibly empty), filtered by what has been typed. An empty answer lets the
 * shell fall back to file names (for --data, --out, validate's paths).
 */
export async function completeWords(program: Command, words: readonly string[], data: CompletionData, lists: ValueLists): Promise<string[]> {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let command: Command | undefined;
  let positionals = 0;
  for (let i = 0; i < before.length; i++) {
    const word = before[i] ?? '';
    if (word.startsWith('-')) {
      const option = findOption([...program.options, ...(command?.options ?? [])], word);
      if (option && (option.required || option.optional) && !word.includes('=')) i++;
    } else if (!command) {
      command = program.commands.find((candidate) => candidate.name() === word || candidate.aliases().includes(word));
      if (!command) return [];
    } else positionals++;
  }
  const options = [...(command?.options ?? []), ...program.options];
  const previous = before.at(-1) ?? '';
  const valueOf = previous.startsWith('-') ? findOption(options, previous) : undefined;
  let candidates: string[];
  if (valueOf && (valueOf.required || valueOf.optional)) {
    const flag = valueOf.long ?? '';
    candidates = flag in lists.commaLists ? commaCandidates(current, lists.commaLists[flag] ?? []) : await optionValues(valueOf, data, lists);
  } else if (current.startsWith('-')) {
    candidates = options.flatMap((option) => (option.long ? [option.long] : []));
  } else if (!command) {
    candidates = visibleCommands(program).map((candidate) => candidate.name());
  } else if (command.name() in lists.positional) {
    candidates = positionals === 0 ? [...(lists.positional[command.name()] ?? [])] : [];
  } else if (command.name() === 'help') {
    candidates = positionals === 0 ? visibleCommands(program).map((candidate) => candidate.name()) : [];
  } else if (ROLE_COMMANDS.has(command.name())) {
    candidates = await data.roleNames();
  } else candidates = [];
  return [...new Set(candidates)].filter((candidate) => candidate.startsWith(current)).sort();
}
