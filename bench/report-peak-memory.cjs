'use strict';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require hook is CommonJS
const { writeFileSync } = require('node:fs');
// Loaded with --require by the bench in one extra run per case (never a timed one):
// writes the process's peak resident memory, in kilobytes, where the bench asked.
process.on('exit', () => {
  writeFileSync(process.env.ROLES_BENCH_MEMORY_FILE, String(process.resourceUsage().maxRSS));
});
