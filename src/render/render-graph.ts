// Renders the graph view as Mermaid (which GitHub and most note apps draw) or Graphviz DOT.
// Node ids come from role ids, which are kebab-case; labels are quoted and escaped so a
// user role's title with quotes, brackets or backslashes cannot break out of them.
import type { GraphEdge, GraphNode, GraphView } from '../views/graph-view.js';

const label = (node: GraphNode): string => (node.name === node.title ? node.title : `${node.title} (${node.name})`);

/** Mermaid's entity codes stand in for what would end a quoted label or read as markup. */
function mermaidText(text: string): string {
  return `"${text.replace(/[#"<>&]/g, (ch) => `#${ch.charCodeAt(0)};`)}"`;
}

/** Underscores never occur in a kebab-case id, so the id maps back; the prefix keeps words such as `end` and leading o/x clear of Mermaid's syntax. */
const mermaidId = (id: string): string => `role_${id.replace(/-/g, '_')}`;

function mermaidEdge(edge: GraphEdge): string {
  if (edge.kind === 'works-with') return `  ${mermaidId(edge.from)} --- ${mermaidId(edge.to)}`;
  return `  ${mermaidId(edge.from)} -- ${mermaidText(edge.label ?? '')} --> ${mermaidId(edge.to)}`;
}

export function renderGraphMermaid(view: GraphView): string {
  return [
    'flowchart LR',
    ...view.nodes.map((node) => `  ${mermaidId(node.id)}[${mermaidText(label(node))}]`),
    ...view.edges.filter((edge) => edge.kind === 'handoff').map(mermaidEdge),
    ...view.edges.filter((edge) => edge.kind === 'works-with').map(mermaidEdge),
    '',
  ].join('\n');
}

/** A DOT quoted string: backslashes doubled (DOT reads \n, \l and \N in labels), quotes escaped. */
function dotText(text: string): string {
  return `"${text.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
}

export function renderGraphDot(view: GraphView): string {
  return [
    'digraph roles {',
    '  rankdir=LR;',
    '  node [shape=box];',
    ...view.nodes.map((node) => `  ${dotText(node.id)} [label=${dotText(label(node))}];`),
    ...view.edges.map((edge) => `  ${dotText(edge.from)} -> ${dotText(edge.to)} [${edge.kind === 'handoff' ? `label=${dotText(edge.label ?? '')}` : 'dir=none, style=dashed'}];`),
    '}',
    '',
  ].join('\n');
}
