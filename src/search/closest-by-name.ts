// Pure: the role an unknown name most likely means, judged by the words of the roles' own
// names first. "marketing lead" shares "marketing" with one title only, which says more
// than any sentence that mentions marketing; a word most names hold ("manager") says little.
import type { Role } from '../format/role-schema.js';
import { keysOf } from './words.js';

type Named = Pick<Role, 'id' | 'title' | 'aliases'>;

/** The id of the one role whose names share the rarest typed words; undefined on a tie or when none does. */
export function closestByName(typed: string, roles: readonly Named[]): string | undefined {
  const typedKeys = new Set(keysOf(typed));
  const nameKeys = roles.map((role) => new Set([role.title, ...(role.aliases ?? []), role.id.replaceAll('-', ' ')].flatMap(keysOf)));
  const holders = new Map<string, number>();
  for (const keys of nameKeys) for (const key of keys) if (typedKeys.has(key)) holders.set(key, (holders.get(key) ?? 0) + 1);
  // A word held by every role tells them apart no better than none.
  const weight = (key: string): number => Math.log(roles.length / (holders.get(key) ?? roles.length));
  const scores = nameKeys.map((keys) => [...typedKeys].reduce((sum, key) => sum + (keys.has(key) ? weight(key) : 0), 0));
  const best = Math.max(0, ...scores);
  const winners = scores.flatMap((score, i) => (score === best && best > 0 ? [roles[i]!.id] : []));
  return winners.length === 1 ? winners[0] : undefined;
}
