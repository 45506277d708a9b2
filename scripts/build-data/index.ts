// Entry point of the build-time bundle that scripts/build.mjs makes in memory: turns data/
// into dist/builtin.jsonl, and the zod schema into schema/role.schema.json and the field
// table of docs/role-format.md. Nothing in src/ imports it.
export { builtinDataFile } from './builtin-data-file.js';
export { compileAdvertSignals } from './compile-advert-signals.js';
export { compileBuiltinData } from './compile-builtin-data.js';
export { withFieldReference } from './field-reference.js';
export { roleJsonSchema } from './role-json-schema.js';
export { roleWordsFile } from './role-words-file.js';
export { searchIndexFile } from './search-index-file.js';
