// `roles map` past its wiring: every role with a place on both axes, drawn to the width.
import type { Io } from '../cli/io.js';
import type { Catalog } from '../catalog/load-role-layers.js';
import { renderMap } from '../render/render-map.js';
import { buildMapView } from '../views/map-view.js';

export interface MapOptions {
  x?: string;
  y?: string;
}

/** Roles named in the note about those left off; a big folder's thousands would bury it. */
const LEFT_OUT_NAMED = 5;

export function runMap(options: MapOptions, io: Io, catalog: Catalog): void {
  const view = buildMapView(catalog.roles, catalog.knowledge.dimensions.dimensions, options.x, options.y);
  io.out(renderMap(view, io.width));
  if (view.leftOut.length > 0) {
    const more = view.leftOut.length > LEFT_OUT_NAMED ? ` and ${view.leftOut.length - LEFT_OUT_NAMED} more` : '';
    io.err(`roles: the map leaves off ${view.leftOut.slice(0, LEFT_OUT_NAMED).join(', ')}${more}: their files do not place them on ${view.x.id} and ${view.y.id} (add them to a dimensions: block, see docs/role-format.md)\n`);
  }
}
