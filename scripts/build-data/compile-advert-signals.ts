// data/advert-signals.yaml checked and turned into the JSON `roles fit` reads
// (dist/advert-signals.json); its sources must be known ids of data/sources.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { advertSignalsFileSchema, type AdvertSignals } from '../../src/format/advert-signals-schema.js';
import type { FileProblem } from '../../src/format/file-problem.js';
import { parseYamlFile } from '../../src/format/parse-role-file.js';

export function compileAdvertSignals(packageRoot: string, sourceIds: ReadonlySet<string>): { data?: AdvertSignals; problems: FileProblem[] } {
  const file = 'data/advert-signals.yaml';
  const parsed = parseYamlFile(advertSignalsFileSchema, readFileSync(join(packageRoot, file)), file);
  if (!parsed.value) return { problems: parsed.problems };
  const problems = [...parsed.problems];
  for (const axis of parsed.value.axes) {
    for (const source of axis.sources) if (!sourceIds.has(source)) problems.push({ severity: 'error', file, field: `axes.${axis.id}.sources`, message: `"${source}" is not the id of a source in data/sources.yaml` });
  }
  return problems.length > 0 ? { problems } : { data: parsed.value, problems };
}
