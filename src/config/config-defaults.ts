// What the settings add to a command's options: only values its own flags left unset,
// so a flag always wins over the file.
import type { RolesConfig } from './load-config.js';

export interface OptionsGiven {
  /** The command's name, e.g. checklist. */
  command: string;
  /** The long flags the command takes, e.g. --format. */
  flags: readonly string[];
  /** The values commander parsed. */
  values: Record<string, unknown>;
}

/**
 * `defaultFormat` is read by resolveFormat (src/cli/output-format.ts), which uses it only
 * when the command has that format; the company is for checklists that no --file names,
 * since a session file says which company it is about.
 */
export function optionsFromConfig(config: Pick<RolesConfig, 'format' | 'company'>, given: OptionsGiven): Record<string, string> {
  const { values } = given;
  const added: Record<string, string> = {};
  if (config.format !== undefined && given.flags.includes('--format') && values.format === undefined && values.json !== true) added.defaultFormat = config.format;
  if (config.company !== undefined && given.command === 'checklist' && values.company === undefined && values.file === undefined) added.company = config.company;
  return added;
}
