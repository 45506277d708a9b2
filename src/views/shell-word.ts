// A word as it must be typed in a shell, for the command lines messages and views suggest:
// double quotes read best, single ones when they must.
export function shellWord(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return /["$`\\!]/.test(word) ? `'${word.replace(/'/g, `'\\''`)}'` : `"${word}"`;
}
