// The graph of how roles work together: Mermaid checked line by line against its grammar,
// DOT parsed by Graphviz itself (@hpcc-js/wasm-graphviz), and both holding the same graph.
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedRole } from '../../src/catalog/merge-role-layers.js';
import { renderGraphDot, renderGraphMermaid } from '../../src/render/render-graph.js';
import { buildGraphView, type GraphView } from '../../src/views/graph-view.js';
import { builtinCatalog } from '../helpers/builtin-catalog.js';

const catalog = builtinCatalog();
let graphviz: Graphviz;
beforeAll(async () => {
  graphviz = await Graphviz.load();
});

interface ParsedGraph {
  nodes: string[];
  /** "from -> to" for a hand-off, "a -- b" (sorted) for working together, with the label. */
  edges: string[];
}

/** Graphviz's own reading of the DOT text; a syntax error throws. */
function parseDot(dot: string): ParsedGraph & { labels: Map<string, string> } {
  const json = JSON.parse(graphviz.layout(dot, 'json')) as { objects?: { _gvid: number; name: string; label?: string }[]; edges?: { tail: number; head: number; label?: string; dir?: string }[] };
  const names = new Map((json.objects ?? []).map((node) => [node._gvid, node.name]));
  // Graphviz reads escapes in a label when it draws it: a doubled backslash stands for one.
  const labels = new Map((json.objects ?? []).map((node) => [node.name, (node.label ?? '').replace(/\\\\/g, '\\')]));
  const edges = (json.edges ?? []).map((edge) => {
    const [from, to] = [names.get(edge.tail)!, names.get(edge.head)!];
    return edge.dir === 'none' ? `${[from, to].sort().join(' -- ')}` : `${from} -> ${to} ${edge.label ?? ''}`;
  });
  return { nodes: [...labels.keys()].sort(), edges: edges.sort(), labels };
}

const MERMAID_ID = 'role_[a-z0-9_]+';
const MERMAID_TEXT = '"(?:[^"#\\n]|#\\d+;)*"';
const idOf = (mermaidId: string): string => mermaidId.slice('role_'.length).replace(/_/g, '-');
const unescape = (text: string): string => text.slice(1, -1).replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** Every line one of the forms Mermaid's flowchart grammar takes, every edge between declared nodes. */
function parseMermaid(mermaid: string): ParsedGraph & { labels: Map<string, string> } {
  const [header, ...lines] = mermaid.trimEnd().split('\n');
  expect(header).toBe('flowchart LR');
  const labels = new Map<string, string>();
  const edges: string[] = [];
  for (const line of lines) {
    const node = new RegExp(`^  (${MERMAID_ID})\\[(${MERMAID_TEXT})\\]$`).exec(line);
    const handoff = new RegExp(`^  (${MERMAID_ID}) -- (${MERMAID_TEXT}) --> (${MERMAID_ID})$`).exec(line);
    const together = new RegExp(`^  (${MERMAID_ID}) --- (${MERMAID_ID})$`).exec(line);
    if (node) labels.set(idOf(node[1]!), unescape(node[2]!));
    else if (handoff) edges.push(`${idOf(handoff[1]!)} -> ${idOf(handoff[3]!)} ${unescape(handoff[2]!)}`);
    else if (together) edges.push([idOf(together[1]!), idOf(together[2]!)].sort().join(' -- '));
    else throw new Error(`not a Mermaid flowchart line: ${line}`);
  }
  for (const edge of edges) for (const id of edge.split(/ -[->] /).map((part) => part.split(' ')[0]!)) expect(labels.has(id)).toBe(true);
  return { nodes: [...labels.keys()].sort(), edges: edges.sort(), labels };
}

function expectSameGraph(view: GraphView): void {
  const dot = parseDot(renderGraphDot(view));
  const mermaid = parseMermaid(renderGraphMermaid(view));
  expect(mermaid.nodes).toEqual(dot.nodes);
  expect(mermaid.edges).toEqual(dot.edges);
  expect(mermaid.labels).toEqual(dot.labels);
}

describe('roles graph', () => {
  it('draws every role, the hand-offs in order and who works with whom, the same in Mermaid and DOT', () => {
    const view = buildGraphView(catalog.roles, catalog.knowledge.handoffs);
    expectSameGraph(view);
    expect(view.nodes).toHaveLength(catalog.roles.length);
    const handoffs = view.edges.filter((edge) => edge.kind === 'handoff');
    expect(handoffs).toHaveLength(catalog.knowledge.handoffs.length - 1);
    expect(handoffs[0]).toEqual({ from: 'product-manager', to: 'product-owner', kind: 'handoff', label: '2. Make it sprint-ready' });
    // A pair that names each other in works_with is one line, not two.
    const pairs = view.edges.filter((edge) => edge.kind === 'works-with').map((edge) => [edge.from, edge.to].sort().join());
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toContain('product-manager,product-owner');
  });

  it('shows only the edges that touch a role, and the roles at their other ends', () => {
    const view = buildGraphView(catalog.roles, catalog.knowledge.handoffs, 'business-analyst');
    expectSameGraph(view);
    expect(view.edges.every((edge) => edge.from === 'business-analyst' || edge.to === 'business-analyst')).toBe(true);
    expect(view.nodes.map((node) => node.id)).toEqual(expect.arrayContaining(['business-analyst', 'product-owner', 'product-designer']));
    expect(view.nodes.map((node) => node.id)).not.toContain('sales-engineer');
  });

  it('keeps a title with quotes, brackets, backslashes and hashes inside its label', () => {
    const hostile = loadedRole({ id: 'end', title: 'The "Boss" [x] {y} \\N #1 <b>|', aliases: ['o-x'], summary: 'S.', works_with: ['product-manager', 'no-such-role'] }, 'end.yaml', '--data');
    const view = buildGraphView([...catalog.roles, hostile], catalog.knowledge.handoffs, 'end');
    expectSameGraph(view);
    expect(parseDot(renderGraphDot(view)).labels.get('end')).toBe('The "Boss" [x] {y} \\N #1 <b>| (o-x)');
    expect(view.edges).toEqual([{ from: 'end', to: 'product-manager', kind: 'works-with' }]);
  });
});
