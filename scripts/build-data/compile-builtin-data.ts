// Build time only: reads data/ (roles and cross-role files) and returns it as the
// JSON the tool loads at run time, or every problem found. The built-in data is
// held to a stricter standard than user files: a warning fails the build too.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileProblem } from '../../src/format/file-problem.js';
import { KNOWLEDGE_FILES, type Knowledge } from '../../src/format/knowledge-schema.js';
import type { BuiltinData } from '../../src/catalog/builtin-data.js';
import { findRoleFiles } from '../../src/catalog/find-role-files.js';
import { referenceIdsOf } from '../../src/catalog/load-role-layers.js';
import { checkKnowledgeReferences } from './check-knowledge.js';
import { loadedRole, mergeRoleLayers, type LoadedRole } from '../../src/catalog/merge-role-layers.js';
import { parseRoleFile, parseYamlFile } from '../../src/format/parse-role-file.js';

/** The built-in roles and knowledge, or the problems that stop the build; builtinDataFile() turns them into dist/builtin.jsonl. */
export function compileBuiltinData(packageRoot: string): { data?: BuiltinData; problems: FileProblem[] } {
  const dataDir = join(packageRoot, 'data');
  const problems: FileProblem[] = [];
  const shown = (file: string): string => relative(packageRoot, file);
  const parts: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(KNOWLEDGE_FILES)) {
    const parsed = parseYamlFile<unknown>(schema, readFileSync(join(dataDir, name)), shown(join(dataDir, name)));
    problems.push(...parsed.problems);
    parts[name] = parsed.value;
  }
  // The roles are checked against the sources, topics and dimensions as user role files are (load-role-layers.ts).
  const sources = (parts['sources.yaml'] as { sources?: Knowledge['sources'] } | undefined)?.sources;
  const topics = (parts['topics.yaml'] as { topics?: Knowledge['topics'] } | undefined)?.topics;
  const dimensions = (parts['dimensions.yaml'] as Knowledge['dimensions'] | undefined);
  const known = sources && topics && dimensions && referenceIdsOf({ sources, topics, dimensions });
  const roles: LoadedRole[] = [];
  for (const file of findRoleFiles(join(dataDir, 'roles'), problems, packageRoot)) {
    const parsed = parseRoleFile(readFileSync(file), shown(file), known);
    problems.push(...parsed.problems);
    if (parsed.value) roles.push(loadedRole(parsed.value, shown(file), 'builtin'));
  }
  const merged = mergeRoleLayers([roles]);
  problems.push(...merged.problems);
  if (problems.length > 0) return { problems };
  const pick = <T>(name: keyof typeof KNOWLEDGE_FILES, key: string): T => (parts[name] as Record<string, T>)[key] as T;
  const knowledge: Knowledge = {
    sources: pick('sources.yaml', 'sources'),
    contrasts: pick('contrasts.yaml', 'contrasts'),
    handoffs: pick('handoffs.yaml', 'handoffs'),
    companies: pick('companies.yaml', 'companies'),
    commonQuestions: pick('questions.yaml', 'questions'),
    topics: pick('topics.yaml', 'topics'),
    dimensions: { dimensions: pick('dimensions.yaml', 'dimensions'), questions: pick('dimensions.yaml', 'questions') },
  };
  problems.push(...checkKnowledgeReferences(merged.roles, knowledge, 'data'));
  return problems.length > 0 ? { problems } : { data: { roles: merged.roles, knowledge }, problems };
}
