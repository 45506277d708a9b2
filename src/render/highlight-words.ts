// Paints whole-word occurrences of some words in a line of text, for search and fit
// results on a terminal; without colour the line passes through unchanged.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function highlightWords(line: string, words: readonly string[], paint: (text: string) => string): string {
  const wanted = words.filter(Boolean);
  if (wanted.length === 0) return line;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...wanted].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return line.replace(pattern, (found) => paint(found));
}
