// Limits on role files, in a module of their own so the main bundle can check a file's
// size without pulling in the YAML library that read-yaml-safely.ts needs.

/** The largest role file read; a real one is a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
