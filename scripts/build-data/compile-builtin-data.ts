// Build time only: reads data/ (roles and cross-role files) and returns it as the
// JSON the tool loads at run time, or every problem found. The built-in data is
// held to a stricter standard than user files: a warning fails the build too.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FileProblem } from '../../src/format/file-problem.js';
import { KNOWLEDGE_FILES, type Knowledge, type KnowledgeFileContents } from '../../src/format/knowledge-schema.js';
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
  const parts: Partial<KnowledgeFileContents> = {};
  for (const name of Object.keys(KNOWLEDGE_FILES) as (keyof KnowledgeFileContents)[]) {
    const parsed = parseYamlFile<unknown>(KNOWLEDGE_FILES[name], readFileSync(join(dataDir, name)), shown(join(dataDir, name)));
    problems.push(...parsed.problems);
    parts[name] = parsed.value as never;
  }
  // The roles are checked against the sources, topics and dimensions as user role files are (load-role-layers.ts).
  const { 'sources.yaml': sources, 'topics.yaml': topics, 'dimensions.yaml': dimensions } = parts;
  const known = sources && topics && dimensions && referenceIdsOf({ sources: sources.sources, topics: topics.topics, dimensions });
  const roles: LoadedRole[] = [];
  for (const file of findRoleFiles(join(dataDir, 'roles'), problems, packageRoot)) {
    const parsed = parseRoleFile(readFileSync(file), shown(file), known);
    problems.push(...parsed.problems);
    if (parsed.value) roles.push(loadedRole(parsed.value, shown(file), 'builtin'));
  }
  const merged = mergeRoleLayers([roles]);
  problems.push(...merged.problems);
  if (problems.length > 0) return { problems };
  // Every file passed its schema, or the problems above would have ended the build.
  const files = parts as KnowledgeFileContents;
  const knowledge: Knowledge = {
    sources: files['sources.yaml'].sources,
    contrasts: files['contrasts.yaml'].contrasts,
    handoffs: files['handoffs.yaml'].handoffs,
    companies: files['companies.yaml'].companies,
    commonQuestions: files['questions.yaml'].questions,
    topics: files['topics.yaml'].topics,
    dimensions: { dimensions: files['dimensions.yaml'].dimensions, questions: files['dimensions.yaml'].questions },
  };
  problems.push(...checkKnowledgeReferences(merged.roles, knowledge, 'data'));
  return problems.length > 0 ? { problems } : { data: { roles: merged.roles, knowledge }, problems };
}
