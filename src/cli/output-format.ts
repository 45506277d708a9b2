// Which format a read command prints: --json, else --format, else by where stdout goes.
import { RolesError } from '../format/roles-error.js';

export type Format = 'text' | 'plain' | 'md' | 'json' | 'yaml';

const ALIASES: Record<string, Format> = { table: 'text', text: 'text', plain: 'plain', md: 'md', markdown: 'md', json: 'json', yaml: 'yaml' };

export interface FormatOptions {
  format?: string;
  json?: boolean;
  /** The config file's `format`, used when no flag names one and the command has it (src/config/config-defaults.ts). */
  defaultFormat?: string;
}

export function resolveFormat(options: FormatOptions, stdoutIsTTY: boolean, allowed: readonly Format[]): Format {
  if (options.json) return 'json';
  if (options.format === undefined) {
    const configured = ALIASES[options.defaultFormat ?? ''];
    return configured && allowed.includes(configured) ? configured : stdoutIsTTY ? 'text' : 'plain';
  }
  const format = ALIASES[options.format.toLowerCase()];
  if (!format || !allowed.includes(format)) {
    const names = allowed.flatMap((name) => (name === 'text' ? ['table', 'text'] : [name]));
    throw new RolesError('usage', `unknown format "${options.format}"`, `choose from ${names.join(', ')}`);
  }
  return format;
}

export { toJson } from '../render/render-json.js';
