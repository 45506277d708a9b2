// Pure: the roles placed on two dimensions for `roles map`: by default, inward to outward
// across and strategy to delivery down, as the sources draw the PM/PO split. A role whose
// file gives neither axis is left off, and named.
import type { LoadedRole } from '../catalog/loaded-role.js';
import type { Dimension } from '../format/knowledge-schema.js';
import { RolesError } from '../format/roles-error.js';
import { sanitizeText } from '../render/sanitize-text.js';
import { shortNameOf } from './short-name.js';

export const DEFAULT_X = 'facing';
export const DEFAULT_Y = 'direction';

export interface MapPoint {
  id: string;
  name: string;
  title: string;
  x: number;
  y: number;
}

export interface MapView {
  x: Dimension;
  y: Dimension;
  points: MapPoint[];
  /** Ids of roles whose files do not place them on both axes. */
  leftOut: string[];
}

function axis(dimensions: readonly Dimension[], id: string, flag: string): Dimension {
  const found = dimensions.find((dimension) => dimension.id === id);
  if (!found) throw new RolesError('usage', `${flag} "${id}" is not a dimension`, `choose from ${dimensions.map((dimension) => dimension.id).join(', ')}`);
  return found;
}

export function buildMapView(roles: readonly LoadedRole[], dimensions: readonly Dimension[], xId = DEFAULT_X, yId = DEFAULT_Y): MapView {
  const x = axis(dimensions, xId, '--x');
  const y = axis(dimensions, yId, '--y');
  if (x.id === y.id) throw new RolesError('usage', `--x and --y are both "${x.id}"`, 'choose two different dimensions');
  const points: MapPoint[] = [];
  const leftOut: string[] = [];
  for (const loaded of roles) {
    const given = loaded.role.dimensions ?? {};
    const [across, down] = [given[x.id], given[y.id]];
    if (across === undefined || down === undefined) leftOut.push(loaded.summary.id);
    else points.push({ id: loaded.summary.id, name: sanitizeText(shortNameOf(loaded.summary.id, loaded.summary.aliases)), title: sanitizeText(loaded.summary.title), x: across, y: down });
  }
  return { x, y, points, leftOut };
}
