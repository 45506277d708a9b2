// Pure: the text of a new role file, either a commented skeleton or a copy of another
// role under a new id. The first line points editors at the schema, so they check the
// file as it is typed (docs/role-format.md).

/** "data-steward" → "Data Steward": a title to start from, which the user will likely change. */
export function titleFromId(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function schemaLine(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}\n`;
}

/** A skeleton: the three required fields filled in, the most useful optional ones commented out with what they hold. */
export function newRoleText(id: string, schemaPath: string): string {
  return `${schemaLine(schemaPath)}# A role for roles: docs/role-format.md describes every field.
# Check it with 'roles validate'; see it with 'roles show ${id}'.
id: ${id}
title: ${titleFromId(id)}
summary: >-
  What this job is, in two or three sentences: what the person does, for whom,
  and why the job exists.
# Other names people use for it, lower case with hyphens:
# aliases: [${id.split('-').map((word) => word.charAt(0)).join('')}]
# The group it belongs to, as 'roles list --family' takes it:
# family: product
# The heart of the job in a few words:
# focus: "Strategy: choosing the problems worth solving"
# responsibilities:
#   - What the person is answerable for.
# skills:
#   - What the job asks of the person.
# works_with: [product-manager]
`;
}

/** The fields a copy must not keep: they would claim the names of the role it came from. */
const NAMES_OF_ORIGINAL = new Set(['id', 'title', 'aliases']);

/** A copy of `role` as the start of a new one: the new id and a title from it first, then the original's other fields as YAML. */
export function copiedRoleText(id: string, from: { id: string; title: string }, restYaml: (fields: Record<string, unknown>) => string, role: Record<string, unknown>, schemaPath: string): string {
  const rest = Object.fromEntries(Object.entries(role).filter(([field]) => !NAMES_OF_ORIGINAL.has(field)));
  return `${schemaLine(schemaPath)}# Started from ${from.title} (${from.id}); change what differs. docs/role-format.md describes every field.
id: ${id}
title: ${titleFromId(id)}
${restYaml(rest)}`;
}
