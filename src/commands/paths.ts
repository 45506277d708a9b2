import type { Command } from 'commander';
import { layersFor, type GlobalOptions } from '../cli/catalog-context.js';
import { helpExamples } from '../cli/help-layout.js';
import type { Io } from '../cli/io.js';
import { resolveFormat, toJson, type FormatOptions } from '../cli/output-format.js';
import { homeDirectory, type Layer } from '../catalog/data-paths.js';
import { folderState } from '../catalog/find-role-files.js';
import { configFileFor, noConfig, type RolesConfig } from '../config/load-config.js';
import { makePaint } from '../render/paint.js';
import { renderConfigFileLine, renderPathsText } from '../render/render-paths.js';
import { showControlCharacters } from '../render/sanitize-text.js';

/** What the config file line says after the file's name. */
function configNote(config: RolesConfig): string | undefined {
  if (config.file === undefined) return 'ROLES_CONFIG is empty';
  if (!config.exists) return 'not found; built-in defaults';
  return config.from === 'ROLES_CONFIG' ? 'from ROLES_CONFIG' : undefined;
}

export function runPaths(layers: Layer[], options: FormatOptions, io: Io): void {
  const format = resolveFormat(options, io.stdoutIsTTY, ['text', 'plain', 'json']);
  const config = io.config ?? noConfig(configFileFor(io.env, homeDirectory(io.env), io.cwd));
  const configState = config.file === undefined ? 'none' : config.exists ? 'exists' : 'missing';
  const rows = layers.map((layer, i) => ({ order: i + 1, origin: layer.origin, dir: layer.dir, state: folderState(layer.dir) }));
  if (format === 'json') {
    const folders = rows.map((row) => ({ ...row, exists: row.state === 'exists' }));
    return io.out(toJson({ config: { file: config.file ?? null, from: config.from, exists: config.exists }, folders }));
  }
  // A folder name can hold anything; shown as in the messages about it, it cannot drive the terminal.
  const shown = rows.map((row) => [String(row.order), row.origin, showControlCharacters(row.dir), row.state]);
  const configFile = config.file === undefined ? undefined : showControlCharacters(config.file);
  if (format === 'plain') return io.out([['config-file', configFile ?? '', configState], ...shown.map((row) => row.slice(1))].map((row) => row.join('\t')).join('\n') + '\n');
  const paint = makePaint(io.color);
  io.out(`${renderConfigFileLine(configFile, configNote(config), io.width, paint.heading)}\n${renderPathsText(shown, io.width, paint.heading)}`);
  io.err('Later folders win over earlier ones.\n');
}

export function pathsCommand(program: Command, io: Io): void {
  program
    .command('paths')
    .description('show the config file in effect, and the folders roles are read from, lowest precedence first, and which exist')
    .option('-f, --format <format>', 'text, plain or json')
    .option('--json', 'shorthand for --format json')
    .addHelpText('after', () => helpExamples(io.width, ['ROLES_PATH=~/my-roles roles paths', 'ROLES_CONFIG= roles paths']))
    .action((options: FormatOptions, command: Command) => {
      runPaths(layersFor(command.optsWithGlobals<GlobalOptions>(), io), options, io);
    });
}
