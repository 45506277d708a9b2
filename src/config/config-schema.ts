// What config.yaml may hold. The schema is built from the zod the parser bundle hands
// over (src/format/parse-role-file.ts), so zod is loaded only when a config file exists.
import type { z as Zod } from 'zod';

export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;
export type ColorChoice = (typeof COLOR_CHOICES)[number];

/** The names --format takes (src/cli/output-format.ts); a test keeps the two in step. */
export const FORMAT_NAMES = ['table', 'text', 'plain', 'md', 'markdown', 'json', 'yaml'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** What `pager:` may say for "no pager", besides false: the words ROLES_PAGER and --no-pager use. */
export const NO_PAGER_WORDS = ['never', 'cat', ''];

export function configSchema(z: typeof Zod) {
  const named = z.string().trim().min(1, 'must not be empty');
  return z.strictObject({
    color: z.enum(COLOR_CHOICES).optional(),
    pager: z.union([z.string(), z.boolean()], { error: 'expected a pager command such as "less -R", or false for none' }).optional(),
    format: z.enum(FORMAT_NAMES).optional(),
    data: z.array(named).optional(),
    company: named.regex(/[\p{L}\p{N}]/u, 'needs a letter or digit to name its checklists by').optional(),
  });
}

export type ConfigFileFields = Zod.infer<ReturnType<typeof configSchema>>;
