// `roles graph` and `roles map` as a user runs them: output a real Graphviz parses, a chart
// fitted to COLUMNS without escape codes in a pipe, and one-line usage errors.
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { describe, expect, it } from 'vitest';
import { ANSI, runRoles } from '../helpers/run-roles.js';

describe('roles graph', () => {
  it('prints Mermaid by default and DOT that Graphviz lays out, without escape codes', async () => {
    const mermaid = runRoles(['graph', '--color', 'always']);
    expect(mermaid.status).toBe(0);
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(mermaid.stdout).not.toMatch(ANSI);
    const dot = runRoles(['graph', 'pm', '--format', 'dot']);
    expect(dot.status).toBe(0);
    const graphviz = await Graphviz.load();
    expect(graphviz.layout(dot.stdout, 'svg')).toContain('Product Manager (pm)');
  });

  it('reports an unknown role and an unknown format in one line each', () => {
    const role = runRoles(['graph', 'pmx']);
    expect(role.status).toBe(1);
    expect(role.stderr).toMatch(/^roles: unknown role "pmx" \(did you mean [^)]*product-manager/);
    const format = runRoles(['graph', '--format', 'svg']);
    expect(format.status).toBe(2);
    expect(format.stderr).toBe('roles: unknown graph format "svg" (choose from mermaid, dot)\n');
  });
});

describe('roles map', () => {
  it('fits COLUMNS when piped, with no escape codes, and notes nothing for the built-in roles', () => {
    const result = runRoles(['map', '--color', 'always'], { env: { COLUMNS: '50' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(ANSI);
    expect(Math.max(...result.stdout.trimEnd().split('\n').map((line) => [...line].length))).toBe(50);
  });

  it('names the dimensions there are for an unknown --y', () => {
    const result = runRoles(['map', '--y', 'vision']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('roles: --y "vision" is not a dimension (choose from direction, facing, scope, planning, data, design, selling, technical, setting)\n');
  });
});
