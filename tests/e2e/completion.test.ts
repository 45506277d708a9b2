// Each completion script in its own shell, asked what it offers for partial input, with
// `roles` on PATH as a user would have it. bash and fish run their own completion
// machinery; zsh's needs a terminal, so most asks run its script with compadd and _files
// stood in for (the script's own zsh code word for word), and a few are typed with Tab
// at a real interactive zsh in a pseudo-terminal, compinit and all.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, linesOf, makeHome, ROOT } from '../helpers/run-roles.js';
import { Terminal } from './checklist-terminal.js';

const home = makeHome();
const bin = mkdtempSync(join(tmpdir(), 'roles-bin-'));
writeFileSync(join(bin, 'roles'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(bin, 'roles'), 0o755);
const userRoles = join(home.env.XDG_CONFIG_HOME, 'roles', 'roles');
mkdirSync(userRoles, { recursive: true });
writeFileSync(join(userRoles, 'data-steward.yaml'), 'id: data-steward\ntitle: Data Steward\nsummary: Looks after the meaning of data.\n');
afterAll(() => {
  home.cleanup();
  rmSync(bin, { recursive: true, force: true });
});

function runShell(shell: string, script: string): string[] {
  const result = spawnSync(shell, ['-c', script], { env: cleanEnv({ ...home.env, PATH: `${bin}:${process.env.PATH}` }), encoding: 'utf8', timeout: 15_000 });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout === '' ? [] : linesOf(result.stdout);
}

const hasShell = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const quoted = (words: string[]): string => words.map((word) => `'${word}'`).join(' ');

const ASKS: [string[], string[]][] = [
  [['roles', 'sh'], ['show']],
  [['roles', 'show', 'data-'], ['data-steward']],
  [['roles', 'compare', 'pm', 'prod'], ['product-analyst', 'product-designer', 'product-growth-manager', 'product-manager', 'product-marketing-manager', 'product-operations', 'product-ops', 'product-owner', 'product-specialist']],
  [['roles', 'list', '--format', ''], ['json', 'md', 'plain', 'table']],
  [['roles', 'list', '--fam'], ['--family']],
  [['roles', 'list', '--family', 'de'], ['delivery', 'design']],
  [['roles', 'compare', 'pm', 'po', '--fields', 'focus,ow'], ['focus,owns']],
  [['roles', 'show', 'pm', '--section', 'wo'], ['works-with']],
  [['roles', 'completion', ''], ['bash', 'fish', 'zsh']],
  [['roles', 'new', 'growth-pm', '--from', 'product-o'], ['product-operations', 'product-ops', 'product-owner']],
  [['roles', 'ed'], ['edit']],
  [['roles', 're'], ['related']],
  [['roles', 'related', 'product-o'], ['product-operations', 'product-ops', 'product-owner']],
  [['roles', 'search', 'backlog', '--family', 'de'], ['delivery', 'design']],
  [['roles', 'fit', '--format', ''], ['json', 'plain', 'text']],
];

describe.runIf(hasShell('bash'))('bash completion', () => {
  it.each(ASKS)('offers for %j', (words, expected) => {
    const script = `eval "$(roles completion bash)"; COMP_WORDS=(${quoted(words)}); COMP_CWORD=${words.length - 1}; _roles_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
    expect(runShell('bash', script).filter(Boolean)).toEqual(expected);
  });

  it('registers itself for the roles command', () => {
    expect(runShell('bash', 'eval "$(roles completion bash)"; complete -p roles')).toEqual(['complete -F _roles_complete roles']);
  });
});

describe.runIf(hasShell('zsh'))('zsh completion', () => {
  it.each(ASKS)('offers for %j', (words, expected) => {
    const harness = 'compdef() { print -r -- "compdef $*" >&2; }; compadd() { while (( $# )); do [[ $1 == -a ]] && { shift; print -rl -- ${(P)1}; }; shift; done; }; _files() { print -r -- FILES; }';
    const script = `${harness}; eval "$(roles completion zsh)" 2>/dev/null; words=(${quoted(words)}); CURRENT=${words.length}; _roles`;
    expect(runShell('zsh', script)).toEqual(expected);
  });

  it('falls back to file names where roles has nothing to offer, and registers itself with compdef', () => {
    const harness = 'compdef() { print -r -- "compdef $*"; }; _files() { print -r -- FILES; }';
    expect(runShell('zsh', `${harness}; eval "$(roles completion zsh)"; words=(roles validate ''); CURRENT=3; _roles`)).toEqual(['compdef _roles roles', 'FILES']);
  });
});

describe.runIf(hasShell('zsh'))('zsh completion typed at an interactive zsh', () => {
  /** A zsh with the completion system on and the script installed as the README says, at a `% ` prompt. */
  async function interactiveZsh(): Promise<Terminal> {
    const zdotdir = join(home.home, 'zdotdir');
    mkdirSync(zdotdir, { recursive: true });
    writeFileSync(join(zdotdir, '.zshrc'), `PS1='%% '\nautoload -Uz compinit && compinit -u -D\neval "$(roles completion zsh)"\n`);
    const terminal = new Terminal([], { command: ['zsh', '-i'], cols: 100, rows: 30, env: { ...home.env, PATH: `${bin}:${process.env.PATH}`, ZDOTDIR: zdotdir } });
    await terminal.waitFor('% ');
    return terminal;
  }

  it('completes a command name and lists role names from every layer', async () => {
    const terminal = await interactiveZsh();
    try {
      terminal.type('roles sh\t');
      await terminal.waitFor('roles show ');
      // Ctrl-U clears the line; the user's own role comes from the config folder.
      terminal.type('\u0015roles show data-\t');
      await terminal.waitFor('roles show data-steward ');
      terminal.type('\u0015roles compare pm product-o\t');
      const listed = await terminal.waitFor(/product-operations\s+product-ops\s+product-owner/);
      expect(listed).toMatch(/product-owner/);
    } finally {
      terminal.kill('SIGKILL');
    }
  });
});

describe.runIf(hasShell('fish'))('fish completion', () => {
  it.each(ASKS)('offers for %j', (words, expected) => {
    const line = words.join(' ');
    expect(runShell('fish', `roles completion fish | source; complete -C '${line}'`)).toEqual(expected);
  });
});

describe('completion command', () => {
  const complete = (words: string[]) => spawnSync(process.execPath, [BIN, '__complete', '--', ...words], { env: cleanEnv(home.env), encoding: 'utf8', cwd: ROOT });

  it('offers the roles of a --data folder typed before the role', () => {
    expect(complete(['--data', 'tests/fixtures/roles-good', 'show', 'fixture-']).stdout).toBe('fixture-analyst\nfixture-builder\n');
    expect(complete(['show', 'fixture-']).stdout).toBe('');
  });

  it('offers the dimensions for map\'s axes, the graph formats and roles for graph', () => {
    expect(complete(['map', '--y', 'd']).stdout).toBe('data\ndesign\ndirection\n');
    expect(complete(['graph', '--format', '']).stdout).toBe('dot\nmermaid\n');
    expect(complete(['graph', 'product-o']).stdout).toBe('product-operations\nproduct-ops\nproduct-owner\n');
  });

  it('offers nothing, quietly, when the folders cannot be read', () => {
    const result = complete(['--data', 'no-such-folder', 'show', 'p']);
    expect(result).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('names the shells it knows when asked for another', () => {
    const result = spawnSync(process.execPath, [BIN, 'completion', 'tcsh'], { env: cleanEnv(home.env), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^roles: no completion for shell "tcsh".*bash, zsh, fish/);
  });
});
