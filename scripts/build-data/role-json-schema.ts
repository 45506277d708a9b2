// Build time: the JSON Schema editors use to check role files (schema/role.schema.json),
// derived from the same zod schema as the validation.
import { toJSONSchema } from 'zod';
import { roleSchema } from '../../src/format/role-schema.js';

export function roleJsonSchema(): object {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/roles-cli/roles/schema/role.schema.json',
    title: 'roles role file',
    ...toJSONSchema(roleSchema, { target: 'draft-2020-12' }),
  };
}
