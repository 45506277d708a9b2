// `roles graph [ROLE]` past its wiring: the graph of who works with whom and who hands work
// to whom, as Mermaid or DOT, whole or around one role.
import type { Io } from '../cli/io.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { requireRole } from '../catalog/lookup-role.js';
import { RolesError } from '../format/roles-error.js';
import { renderGraphDot, renderGraphMermaid } from '../render/render-graph.js';
import { buildGraphView } from '../views/graph-view.js';

export const GRAPH_FORMATS = ['mermaid', 'dot'] as const;

export interface GraphOptions {
  format?: string;
}

export function runGraph(role: string | undefined, options: GraphOptions, io: Io, catalog: Catalog): void {
  const format = (options.format ?? 'mermaid').toLowerCase();
  if (!(GRAPH_FORMATS as readonly string[]).includes(format)) throw new RolesError('usage', `unknown graph format "${options.format}"`, `choose from ${GRAPH_FORMATS.join(', ')}`);
  const focus = role === undefined ? undefined : requireRole(catalog, role).summary.id;
  const view = buildGraphView(catalog.roles, catalog.knowledge.handoffs, focus);
  io.out(format === 'dot' ? renderGraphDot(view) : renderGraphMermaid(view));
}
