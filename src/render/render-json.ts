// Any value as the one JSON document --json prints.

// JSON.stringify leaves DEL, C1 controls (U+0085, U+009B CSI, U+009D OSC...) and bidirectional
// overrides raw; escaping them keeps the document identical once parsed and harmless if it is
// printed to a terminal.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

export function toJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}
