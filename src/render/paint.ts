// Restrained colour, decided once by the caller; off means the strings pass through untouched.
// chalk is loaded only when colour is on, and told the level: the bundles give it a
// supports-color that asks node:tty nothing (scripts/build.mjs), as loading node:tty costs a
// few milliseconds.

export interface Paint {
  heading(text: string): string;
  title(text: string): string;
  dim(text: string): string;
  shared(text: string): string;
  unique(text: string): string;
}

export function makePaint(color: boolean): Paint {
  if (!color) {
    const same = (text: string): string => text;
    return { heading: same, title: same, dim: same, shared: same, unique: same };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  const { Chalk } = require('chalk') as typeof import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    heading: (text) => chalk.bold(text),
    title: (text) => chalk.bold.cyan(text),
    dim: (text) => chalk.dim(text),
    shared: (text) => chalk.green(text),
    unique: (text) => chalk.yellow(text),
  };
}
