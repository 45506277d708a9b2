// Pure: how the roles work together, as nodes and edges: who works with whom (each role's
// `works_with`, once per pair) and the hand-offs across a product's life in data/handoffs.yaml,
// each stage passing the work to the next. With a role, only the edges that touch it.
import type { Handoff } from '../format/knowledge-schema.js';
import type { LoadedRole } from '../catalog/loaded-role.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { shortNameOf } from './short-name.js';

export interface GraphNode {
  id: string;
  title: string;
  name: string;
}

export interface GraphEdge {
  from: string;
  to: string;
  /** `handoff`: `from` passes the work on to `to`, who does `label`; `works-with` has no direction. */
  kind: 'handoff' | 'works-with';
  label?: string;
}

export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

function handoffEdges(handoffs: readonly Handoff[]): GraphEdge[] {
  return handoffs.slice(1).flatMap((next, i) => {
    const previous = handoffs[i]!;
    return previous.role === next.role ? [] : [{ from: previous.role, to: next.role, kind: 'handoff' as const, label: `${i + 2}. ${sanitizeText(next.stage)}` }];
  });
}

function worksWithEdges(roles: readonly LoadedRole[], known: ReadonlySet<string>): GraphEdge[] {
  const seen = new Set<string>();
  return roles.flatMap((loaded) =>
    (loaded.summary.works_with ?? []).flatMap((other) => {
      const pair = [loaded.summary.id, other].sort().join('\n');
      if (other === loaded.summary.id || !known.has(other) || seen.has(pair)) return [];
      seen.add(pair);
      return [{ from: loaded.summary.id, to: other, kind: 'works-with' as const }];
    }),
  );
}

/** `focus`: the id of the role whose neighbourhood to show, or undefined for every role. */
export function buildGraphView(roles: readonly LoadedRole[], handoffs: readonly Handoff[], focus?: string): GraphView {
  const byId = new Map(roles.map((loaded) => [loaded.summary.id, loaded]));
  const known = new Set(byId.keys());
  const all = [...handoffEdges(handoffs.filter((handoff) => known.has(handoff.role))), ...worksWithEdges(roles, known)];
  const edges = focus === undefined ? all : all.filter((edge) => edge.from === focus || edge.to === focus);
  const shown = focus === undefined ? known : new Set([focus, ...edges.flatMap((edge) => [edge.from, edge.to])]);
  const nodes = [...shown].flatMap((id) => {
    const loaded = byId.get(id);
    return loaded ? [{ id, title: sanitizeText(loaded.summary.title), name: sanitizeText(shortNameOf(id, loaded.summary.aliases)) }] : [];
  });
  return { nodes, edges };
}
