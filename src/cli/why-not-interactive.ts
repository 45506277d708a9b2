// Whether prompts can be shown: they read the terminal on stdin and draw on stderr.

/** Why a command cannot ask its questions here, or undefined when it can. `input` is false with --no-input. */
export function whyNotInteractive(input: boolean | undefined, io: { stdinIsTTY: boolean; stderrIsTTY: boolean; env: Record<string, string | undefined> }): string | undefined {
  if (input === false) return '--no-input was given';
  if (!io.stdinIsTTY) return 'stdin is not a terminal';
  if (!io.stderrIsTTY) return 'stderr is not a terminal';
  // The prompts redraw themselves by moving the cursor, which a dumb terminal would show as raw codes.
  if (io.env.TERM === 'dumb') return 'TERM=dumb says it cannot move the cursor';
  return undefined;
}
