// Fills each README block marked `<!-- example: COMMAND -->` with what COMMAND prints
// in an 80-column terminal (a real pseudo-terminal, colour and pager off), so the README only
// ever shows real output. `node scripts/readme-examples.mjs` rewrites README.md;
// the test suite checks that it is up to date.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pty from '@lydell/node-pty';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLE = /(<!-- example: (.+?) -->\n```text\n)([\s\S]*?)(```)/g;
/**
 * Printed after the command, while the shell stays alive: a pseudo-terminal can report
 * the exit before the last output arrives, and then drop it, so the terminal is closed
 * only once the marker is seen.
 */
const DONE = '<<readme-example-done>>';

function runInTerminal(command, home) {
  const shim = join(home, 'bin');
  return new Promise((resolve) => {
    let output = '';
    const term = pty.spawn('bash', ['-c', `mkdir -p ${shim} && printf '#!/bin/sh\\nexec "%s" "%s" "$@"\\n' "${process.execPath}" "${join(root, 'bin', 'roles.cjs')}" > ${shim}/roles && chmod +x ${shim}/roles && PATH=${shim}:$PATH ${command}; printf '%s' '${DONE}'; exec sleep 60`], {
      cols: 80,
      rows: 50,
      cwd: root,
      env: { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: join(home, 'c'), XDG_DATA_HOME: join(home, 'd'), XDG_CACHE_HOME: join(home, 'k'), NO_COLOR: '1', PAGER: 'cat', TERM: 'xterm-256color', LANG: 'C.UTF-8' },
    });
    const done = () => resolve(output.slice(0, output.includes(DONE) ? output.indexOf(DONE) : undefined).replace(/\r\n/g, '\n'));
    term.onData((data) => {
      output += data;
      if (output.includes(DONE)) {
        done();
        term.kill();
      }
    });
    // Only if the shell itself dies early: what arrived is shown, and the test says what differs.
    term.onExit(done);
  });
}

export async function renderReadmeExamples(readme) {
  const home = mkdtempSync(join(tmpdir(), 'roles-readme-'));
  try {
    const blocks = [...readme.matchAll(EXAMPLE)];
    let result = readme;
    for (const [whole, open, command, , close] of blocks) {
      const output = await runInTerminal(command, home);
      result = result.replace(whole, `${open}$ ${command}\n${output}${output.endsWith('\n') ? '' : '\n'}${close}`);
    }
    return result;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = join(root, 'README.md');
  writeFileSync(path, await renderReadmeExamples(readFileSync(path, 'utf8')));
}
