// data/advert-signals.yaml: the ways `roles fit` places an advert, each between two poles
// with the words that point to each. The build checks the file against this and ships it
// as dist/advert-signals.json.
import { z } from 'zod';
import { KEBAB_CASE } from './kebab-case.js';
import { text } from './role-schema.js';

export const advertSignalsFileSchema = z.strictObject({
  axes: z
    .array(
      z.strictObject({
        id: z.string().regex(KEBAB_CASE, 'must be kebab-case'),
        label: text.describe('How the axis is shown, e.g. "Strategy or delivery".'),
        why: text.describe('Why the sources see this as a way roles differ.'),
        poles: z
          .array(z.strictObject({ name: text, cues: z.array(text).min(1) }))
          .length(2)
          .describe('The two ends of the axis, each with the advert words that point to it.'),
        sources: z.array(z.string().regex(KEBAB_CASE)).min(1),
      }),
    )
    .min(1),
});

export type AdvertSignals = z.infer<typeof advertSignalsFileSchema>;
