// The settings file: where it is, and what it says, checked as strictly as a role file.
// Without one, this costs one failed open() and loads nothing; with one, the YAML parser
// is loaded from its own bundle, as the catalog loads it, unless the file is unchanged
// since it was last read (config-cache.ts).
import { accessSync, constants } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { cacheHome, configHome, homeDirectory } from '../catalog/data-paths.js';
import { loadParser, parserFingerprint } from '../catalog/load-parser.js';
import { readSessionText } from '../checklist/read-session-text.js';
import type { FileProblem } from '../format/file-problem.js';
import { MAX_FILE_BYTES } from '../format/role-file-limits.js';
import { isRolesError, RolesError } from '../format/roles-error.js';
import { cachedFields, storeFields } from './config-cache.js';
import { configSchema, NO_PAGER_WORDS, type ColorChoice, type ConfigFileFields, type FormatName } from './config-schema.js';

type Env = Record<string, string | undefined>;

export interface RolesConfig {
  /** The file read, or the one that would be read; undefined when ROLES_CONFIG is empty. */
  file: string | undefined;
  /** ROLES_CONFIG named the file (or none), or it is the usual place. */
  from: 'ROLES_CONFIG' | 'XDG_CONFIG_HOME';
  exists: boolean;
  color?: ColorChoice;
  /** A command line, or false for no pager. */
  pager?: string | false;
  format?: FormatName;
  /** Absolute folders of role files, lowest precedence first. */
  data: string[];
  company?: string;
}

export const SEE_HELP = "see 'roles help config'";

/** Where the settings are: ROLES_CONFIG (empty for none), else $XDG_CONFIG_HOME/roles/config.yaml. */
export function configFileFor(env: Env, home: string, cwd: string): Pick<RolesConfig, 'file' | 'from'> {
  if (env.ROLES_CONFIG !== undefined) return { file: env.ROLES_CONFIG === '' ? undefined : resolve(cwd, env.ROLES_CONFIG), from: 'ROLES_CONFIG' };
  return { file: join(configHome(env, home), 'roles', 'config.yaml'), from: 'XDG_CONFIG_HOME' };
}

/** The settings of a file with none: every default. */
export const noConfig = (where: Pick<RolesConfig, 'file' | 'from'>): RolesConfig => ({ ...where, exists: false, data: [] });

/**
 * The file's text, read without hanging or filling memory (a FIFO, a device, a huge file)
 * by the reader the checklist's session files use; its words about a checklist are
 * replaced by words about this file.
 */
function readConfigText(file: string, where: RolesConfig['from']): string | undefined {
  try {
    return readSessionText(file, MAX_FILE_BYTES);
  } catch (error) {
    if (!isRolesError(error)) throw error;
    const reason = (/\(([^()]*)\)$/.exec(error.message)?.[1] ?? error.message).replace(/, more than any checklist holds$/, '');
    // Run as another user (sudo -u) with a home it may not enter: no file to speak of, as the catalog skips the role folder there.
    if (reason === 'EACCES' && where === 'XDG_CONFIG_HOME' && !canEnter(dirname(file))) return undefined;
    throw new RolesError('usage', `cannot read the config file (${reason})`, 'make it a YAML file of settings, or set ROLES_CONFIG= to run without it', { file });
  }
}

function canEnter(dir: string): boolean {
  try {
    accessSync(dir, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Blank lines, comments and document markers only: every default, with no parser to load. */
const NOTHING_SET = /^(?:[ \t]*(?:#.*)?|---[ \t]*|\.\.\.[ \t]*)$/;

/** The first problem as the one line the user sees, the rest counted. */
function problemError(problems: FileProblem[]): RolesError {
  const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
  const first = sorted[0] as FileProblem;
  // Unknown keys are warnings in a role file, which is used without them; here a misspelt setting would be lost without a word.
  const suggestion = /did you mean [^?]+\?/.exec(first.message)?.[0];
  const message = first.severity === 'warning' ? `unknown setting${suggestion ? `; ${suggestion}` : ''}` : first.message;
  const more = sorted.length > 1 ? `${sorted.length - 1} more problem(s) in the file; ` : '';
  return new RolesError('usage', `${first.field ? `${first.field}: ` : ''}${message}`, `${more}${SEE_HELP}`, first);
}

/** A folder as written in the file: ~ is the home folder, and a relative one is taken from the file's folder. */
function dataFolder(written: string, file: string, home: string): string {
  if (written === '~' || written.startsWith('~/')) return join(home, written.slice(1));
  return resolve(dirname(file), written);
}

function pagerSetting(pager: string | boolean | undefined): string | false | undefined {
  if (pager === undefined || pager === true) return undefined;
  if (pager === false || NO_PAGER_WORDS.includes(pager.trim())) return false;
  return pager.trim();
}

function settingsOf(fields: ConfigFileFields, file: string, home: string): Omit<RolesConfig, 'file' | 'from' | 'exists'> {
  const pager = pagerSetting(fields.pager);
  return {
    ...(fields.color === undefined ? {} : { color: fields.color }),
    ...(pager === undefined ? {} : { pager }),
    ...(fields.format === undefined ? {} : { format: fields.format }),
    data: (fields.data ?? []).map((dir) => dataFolder(dir, file, home)),
    ...(fields.company === undefined ? {} : { company: fields.company }),
  };
}

/** The settings in effect; a file with any problem is a usage error naming its file:line:col. */
export async function loadConfig(env: Env, cwd: string): Promise<RolesConfig> {
  const home = homeDirectory(env);
  const where = configFileFor(env, home, cwd);
  if (where.file === undefined) return noConfig(where);
  const text = readConfigText(where.file, where.from);
  if (text === undefined) {
    if (where.from === 'ROLES_CONFIG') throw new RolesError('usage', `ROLES_CONFIG names ${where.file}, which does not exist`, `create it, or set ROLES_CONFIG= to run without a config file`);
    return noConfig(where);
  }
  if (text.split('\n').every((line) => NOTHING_SET.test(line))) return { ...where, exists: true, data: [] };
  const cacheDir = join(cacheHome(env, home), 'roles');
  const fields = cachedFields(cacheDir, text, parserFingerprint()) ?? (await parseConfig(text, where.file, cacheDir));
  return { ...where, exists: true, ...settingsOf(fields, where.file, home) };
}

/** How the YAML reader's messages name a config file. */
const CONFIG_FILE = { name: 'a config file', needs: "set at least one setting, such as 'color: never'", onePerFile: 'keep every setting in one document' };

async function parseConfig(text: string, file: string, cacheDir: string): Promise<ConfigFileFields> {
  const parser = await loadParser();
  const parsed = parser.parseYamlFile(configSchema(parser.z), Buffer.from(text, 'utf8'), file, undefined, CONFIG_FILE);
  if (parsed.problems.length > 0 || parsed.value === undefined) throw problemError(parsed.problems);
  storeFields(cacheDir, text, parserFingerprint(), parsed.value);
  return parsed.value;
}
