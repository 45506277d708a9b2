// Appending and measuring without spreading a list into a call: `lines.push(...items)`
// and `Math.max(...values)` pass every element as an argument, and a list of a few
// hundred thousand (a role file's skills, a note's runs of backticks) overflows the stack.

/** Appends every item to `target`, in order; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, and `floor` when there are none or all are smaller. */
export function largest(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const value of values) if (value > max) max = value;
  return max;
}
