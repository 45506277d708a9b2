// Which format a read command prints: --json, else --format, else by where stdout goes.
import { RolesError } from '../format/roles-error.js';

export type Format = 'text' | 'plain' | 'md' | 'json' | 'yaml';

const ALIASES: Record<string, Format> = { table: 'text', text: 'text', plain: 'plain', md: 'md', markdown: 'md', json: 'json', yaml: 'yaml' };

export interface FormatOptions {
  format?: string;
  json?: boolean;
}

export function resolveFormat(options: FormatOptions, stdoutIsTTY: boolean, allowed: readonly Format[]): Format {
  if (options.json) return 'json';
  if (options.format === undefined) return stdoutIsTTY ? 'text' : 'plain';
  const format = ALIASES[options.format.toLowerCase()];
  if (!format || !allowed.includes(format)) {
    const names = allowed.flatMap((name) => (name === 'text' ? ['table', 'text'] : [name]));
    throw new RolesError('usage', `unknown format "${options.format}"`, `choose from ${names.join(', ')}`);
  }
  return format;
}

// JSON.stringify leaves DEL, C1 controls and bidirectional overrides raw; escaping them keeps the
// document identical once parsed and harmless if it is printed to a terminal.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function toJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}
