// One error type for every expected failure; only src/cli/main.ts turns it into
// a line on stderr and an exit code.

export type ErrorKind = 'usage' | 'data' | 'not-found' | 'io' | 'interrupted';

export interface SourceLocation {
  file: string;
  line?: number;
  col?: number;
}

const BRAND = Symbol.for('roles.RolesError');

export class RolesError extends Error {
  readonly [BRAND] = true;
  override readonly name = 'RolesError';

  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly hint?: string,
    readonly location?: SourceLocation,
    readonly exitCode: number = EXIT_CODES[kind],
  ) {
    super(message);
  }

  /** Ends the run with an exit code when the command has already said everything. */
  static silent(exitCode: number): RolesError {
    return new RolesError('data', '', undefined, undefined, exitCode);
  }
}

const EXIT_CODES: Record<ErrorKind, number> = {
  data: 1,
  'not-found': 1,
  io: 1,
  usage: 2,
  interrupted: 130,
};

/** True for a RolesError from any bundle: lazily loaded bundles carry their own copy of the class. */
export function isRolesError(value: unknown): value is RolesError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

export function formatLocation(location: SourceLocation): string {
  if (location.line === undefined) return location.file;
  return `${location.file}:${location.line}:${location.col ?? 1}`;
}

/** The one line a user sees: where, what, and what to do. */
export function formatErrorLine(error: RolesError): string {
  const where = error.location ? `${formatLocation(error.location)}: ` : '';
  const hint = error.hint ? ` (${error.hint})` : '';
  return `roles: ${where}${error.message}${hint}`;
}
