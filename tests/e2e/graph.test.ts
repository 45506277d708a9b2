// `roles graph` as a user runs it: output a real Graphviz parses, and one-line usage errors.
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
