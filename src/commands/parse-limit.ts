import { InvalidArgumentError } from 'commander';

/** A --limit value: a whole number of 1 or more. */
export function parseLimit(value: string): number {
  const count = Number(value);
  if (!/^\d+$/.test(value.trim()) || count < 1) throw new InvalidArgumentError('give a whole number of 1 or more.');
  return count;
}
