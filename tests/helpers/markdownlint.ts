// Runs markdownlint with its default rules, as a user's editor or CI would.
import { lint } from 'markdownlint/sync';

export function markdownProblems(markdown: string): string[] {
  const results = lint({ strings: { output: markdown } });
  return (results.output ?? []).map((r) => `${r.lineNumber}: ${r.ruleNames.join('/')} ${r.ruleDescription}${r.errorDetail ? ` (${r.errorDetail})` : ''}`);
}
