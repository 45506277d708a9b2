// The name a role goes by where room is short: its first short name, else its id.
// Both find the role, so a user can type what they read.
export function shortNameOf(id: string, aliases: readonly string[] | undefined): string {
  return aliases?.[0] ?? id;
}
