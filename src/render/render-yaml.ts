// A role as YAML for `show --format yaml`. The yaml library writes DEL, C1 controls
// (U+0085, U+009B CSI, U+009D OSC...), bidirectional overrides and line separators
// raw, and may leave a string with some of them unquoted; such strings are written
// double-quoted with those characters as \u escapes, which YAML reads back the same.
// Loaded only through the parser bundle (dist/parse.cjs), which already holds the library.
import { Document, Scalar, visit } from 'yaml';

const RAW_IN_YAML = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;
const RAW_IN_YAML_ALL = new RegExp(RAW_IN_YAML.source, 'g');

export function stringifyYaml(value: unknown): string {
  const document = new Document(value);
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && RAW_IN_YAML.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  // With lineWidth 0 the library folds some long double-quoted strings so they no longer read back the same.
  const text = document.toString({ lineWidth: 0, doubleQuotedMinMultiLineLength: Number.POSITIVE_INFINITY });
  // Every string holding these characters is double-quoted now, where a \u escape means the character itself.
  return text.replace(RAW_IN_YAML_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
