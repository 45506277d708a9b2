// Pure: every reference in the cross-role files points at something that exists (a role's
// own references to sources are checked when it is parsed: role-source-references.ts).
import type { FileProblem } from '../../src/format/file-problem.js';
import type { Knowledge } from '../../src/format/knowledge-schema.js';
import type { LoadedRole } from '../../src/catalog/merge-role-layers.js';

export function checkKnowledgeReferences(roles: readonly LoadedRole[], knowledge: Knowledge, dataDir: string): FileProblem[] {
  const roleIds = new Set(roles.map((loaded) => loaded.summary.id));
  const sourceIds = new Set(knowledge.sources.map((source) => source.id));
  const problems: FileProblem[] = [];
  const expect = (known: Set<string>, what: string, ids: readonly string[], file: string, field: string): void => {
    for (const id of ids) {
      if (!known.has(id)) problems.push({ severity: 'error', file, field, message: `"${id}" is not a known ${what} id` });
    }
  };
  const at = (name: string): string => `${dataDir}/${name}`;
  knowledge.contrasts.forEach((contrast, i) => {
    expect(roleIds, 'role', contrast.roles, at('contrasts.yaml'), `contrasts[${i}].roles`);
    expect(sourceIds, 'source', contrast.sources, at('contrasts.yaml'), `contrasts[${i}].sources`);
  });
  knowledge.companies.forEach((company, i) => {
    expect(roleIds, 'role', company.roles, at('companies.yaml'), `companies[${i}].roles`);
    expect(sourceIds, 'source', company.sources, at('companies.yaml'), `companies[${i}].sources`);
  });
  knowledge.handoffs.forEach((handoff, i) => expect(roleIds, 'role', [handoff.role], at('handoffs.yaml'), `handoffs[${i}].role`));
  const dimensionIds = new Set(knowledge.dimensions.dimensions.map((dimension) => dimension.id));
  knowledge.dimensions.questions.forEach((question, i) => expect(dimensionIds, 'dimension', [question.dimension], at('dimensions.yaml'), `questions[${i}].dimension`));
  // A dimension no question asks about would count in every fit without the person having a say in it.
  const asked = new Set(knowledge.dimensions.questions.map((question) => question.dimension));
  knowledge.dimensions.dimensions.forEach((dimension, i) => {
    if (!asked.has(dimension.id)) problems.push({ severity: 'error', file: at('dimensions.yaml'), field: `dimensions[${i}]`, message: `no question asks about "${dimension.id}"` });
  });
  return problems;
}
