// Turns the bytes of a YAML file into a plain value, or into problems with a position.
// Everything a hostile or broken file can do is stopped here, before or while parsing:
// size, encoding, nesting depth, several documents, tags, complex keys, alias bombs.
import { CST, Lexer, LineCounter, isMap, isNode, isScalar, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import type { FileProblem } from './file-problem.js';
import { MAX_FILE_BYTES } from './role-file-limits.js';
import { showKey } from './validate-with-schema.js';

/** Role files need a handful of levels; the yaml composer recurses, so deep input is refused before it runs. */
export const MAX_NESTING = 64;
const MAX_ALIASES = 50;
/** Starts the message of a problem that only a bug can cause; tests look for it. */
export const UNEXPECTED = 'the YAML reader failed unexpectedly';
/** The core schema's own tags; `!!str 1.10` is a fair way to keep a value as text. */
const ALLOWED_TAGS = new Set(['str', 'seq', 'map', 'int', 'float', 'bool', 'null'].map((name) => `tag:yaml.org,2002:${name}`));

export interface YamlRead {
  value?: unknown;
  document?: Document.Parsed;
  lineCounter: LineCounter;
  problems: FileProblem[];
}

function problemAt(file: string, lineCounter: LineCounter, offset: number | undefined, message: string, field?: string): FileProblem {
  const where = offset === undefined ? {} : lineCounter.linePos(offset);
  return { severity: 'error', file, ...where, ...(field === undefined ? {} : { field }), message };
}

/** Where the first byte that is not UTF-8 is, line and column counted in bytes. */
function firstNonUtf8Byte(bytes: Uint8Array): { offset: number; line: number; col: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    for (; offset < bytes.length; offset++) decoder.decode(bytes.subarray(offset, offset + 1), { stream: true });
  } catch {
    // The decoder fails on the byte that breaks a sequence; one cut short is pointed at by the byte that began it.
  }
  let lead = offset - 1;
  while (lead >= 0 && offset - lead <= 3 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  // Only a sequence still short of the length its lead byte announces was cut; a whole one before a bad byte was not.
  const announced = (bytes[lead] ?? 0) >= 0xf0 ? 4 : (bytes[lead] ?? 0) >= 0xe0 ? 3 : 2;
  if (((bytes[offset] ?? 0) & 0xc0) !== 0x80 && (bytes[lead] ?? 0) >= 0xc0 && offset - lead < announced) offset = lead;
  const before = bytes.subarray(0, offset);
  return { offset, line: before.filter((byte) => byte === 0x0a).length + 1, col: offset - before.lastIndexOf(0x0a) };
}

const MARKERS = new Set<string>([CST.DOCUMENT, CST.FLOW_END]);
const BLOCK_INDICATORS = new Set(['seq-item-ind', 'explicit-key-ind', 'map-value-ind']);

/**
 * An upper bound on how deeply a text nests, from yaml's own lexer (which runs without
 * recursion and knows quoted and block scalars): brackets, plus indentation and block
 * indicators ("- - -", "? ", ": ") on a line. Stops at the first point deeper than `limit`.
 */
export function nestingDepth(text: string, limit = Number.POSITIVE_INFINITY): { depth: number; offset: number } {
  let deepest = { depth: 0, offset: 0 };
  let offset = 0;
  let flow = 0;
  let flowBase = 0;
  let indent = 0;
  let indicators = 0;
  let lineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(text)) {
    // A marker, not text: the next token is a scalar's source, block scalar bodies included.
    if (token === CST.SCALAR) scalarNext = true;
    if (token === CST.SCALAR || (!scalarNext && MARKERS.has(token))) continue;
    const start = offset;
    offset += token.length;
    const type = scalarNext ? 'scalar' : CST.tokenType(token);
    scalarNext = false;
    if (type === 'newline' || (type === 'space' && token.includes('\n')) || (type === 'scalar' && token.endsWith('\n'))) {
      lineStart = true;
      indent = token.length - token.lastIndexOf('\n') - 1;
      indicators = 0;
      continue;
    }
    if (type === 'space') {
      if (lineStart) indent = token.length;
      continue;
    }
    lineStart = false;
    if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (flow++ === 0) flowBase = indent + indicators;
    } else if (flow === 0 && BLOCK_INDICATORS.has(type ?? '')) indicators++;
    else continue;
    const depth = flow > 0 ? flowBase + flow : indent + indicators;
    if (depth > deepest.depth) deepest = { depth, offset: start };
    if (depth > limit) return deepest;
  }
  return deepest;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/;
/** A key or tag from the file, safe to print: control characters become visible escapes. */
const safeKey = (text: string): string => (CONTROL.test(text) ? showKey(text) : text);
const tagMessage = (tag: string): string => `the tag ${safeKey(tag)} is not allowed in role files; remove it (a role holds only text, lists and mappings)`;

/** One line per yaml problem, in our words where we have better ones. */
function describeYamlIssue(issue: YAMLError, text: string): string {
  if (issue.code === 'TAB_AS_INDENT') return 'a tab is used for indentation; YAML needs spaces';
  if (issue.code === 'TAG_RESOLVE_FAILED') return tagMessage(text.slice(issue.pos[0], issue.pos[1]));
  return `invalid YAML: ${firstLine(issue).replace(/\.$/, '')}; check the syntax on this line`;
}

/**
 * What yaml accepts but a role file has no use for: explicit tags outside the core schema,
 * keys that are not plain values, and keys used twice in a mapping. Duplicates are found
 * here, with one set per mapping, because yaml's own check (uniqueKeys) compares each key
 * with every key before it: 60,000 keys took minutes.
 */
function structureProblems(document: Document.Parsed, text: string, file: string, lineCounter: LineCounter): FileProblem[] {
  const problems: FileProblem[] = [];
  visit(document, (_key, node) => {
    if (isNode(node) && node.tag && !ALLOWED_TAGS.has(node.tag)) {
      problems.push(problemAt(file, lineCounter, node.range?.[0], tagMessage(node.tag.replace(/^tag:yaml\.org,2002:/, '!!'))));
    }
    if (!isMap(node)) return;
    const seen = new Set<unknown>();
    for (const { key } of node.items) {
      if (isScalar(key)) {
        const { value, range } = key;
        if (seen.has(value)) problems.push(problemAt(file, lineCounter, range?.[0], 'duplicate key: keys must be unique within a mapping; keep only one', safeKey(range ? text.slice(range[0], range[1]) : String(value))));
        seen.add(value);
      } else if (isNode(key)) {
        problems.push(problemAt(file, lineCounter, key.range?.[0], 'a key must be a plain name, not a list or mapping; use a field name such as title'));
      }
    }
  });
  return problems;
}

/** What a kind of YAML file is called, and what it must hold, for the messages about it. */
export interface YamlFileKind {
  /** "a role file" */
  name: string;
  /** Said of a file with no fields: what the least it needs is. */
  needs: string;
  /** Said of a file of several documents. */
  onePerFile: string;
}

export const ROLE_FILE: YamlFileKind = { name: 'a role file', needs: 'a role needs at least id, title and summary', onePerFile: 'put one role in each file' };

function readChecked(bytes: Uint8Array, file: string, lineCounter: LineCounter, kind: YamlFileKind): YamlRead {
  const fail = (offset: number | undefined, message: string): YamlRead => ({ lineCounter, problems: [problemAt(file, lineCounter, offset, message)] });
  if (bytes.length > MAX_FILE_BYTES) return fail(undefined, `${bytes.length} bytes, over the ${MAX_FILE_BYTES}-byte limit for ${kind.name}; split or shorten it`);
  // Windows editors offer UTF-16, whose byte-order mark is FF FE or FE FF.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return fail(undefined, 'saved as UTF-16 text; save the file as UTF-8');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(undefined, `binary data (a NUL byte at offset ${nul}), not YAML text; ${kind.name} must be plain text`);
  let text: string;
  try {
    // A second byte-order mark would be text to yaml; the decoder drops the first.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const { offset, line, col } = firstNonUtf8Byte(bytes);
    return { lineCounter, problems: [{ severity: 'error', file, line, col, message: `not UTF-8 text: invalid byte at offset ${offset}; save the file as UTF-8` }] };
  }
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  const nesting = nestingDepth(text, MAX_NESTING);
  if (nesting.depth > MAX_NESTING) return fail(nesting.offset, `nested more than ${MAX_NESTING} levels deep (brackets or indentation); ${kind.name} needs only a few`);

  const documents = parseAllDocuments(text, {
    // Checked in linear time by structureProblems().
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    customTags: [],
    schema: 'core',
    logLevel: 'silent',
  });
  if (documents.length === 0) return fail(undefined, `the file ${text.trim() === '' ? 'is empty' : 'holds only comments'}; ${kind.needs}`);
  if (documents.length > 1) return fail(documents[1]?.range[0], `the file holds ${documents.length} YAML documents; ${kind.onePerFile}`);
  const document = documents[0] as Document.Parsed;
  const problems = [...document.errors, ...document.warnings].map((issue) => problemAt(file, lineCounter, issue.pos[0], describeYamlIssue(issue, text)));
  if (problems.length > 0) return { lineCounter, problems };
  if (document.contents === null) return fail(undefined, `the file holds no fields; ${kind.needs}`);
  problems.push(...structureProblems(document, text, file, lineCounter));
  if (problems.length > 0) return { lineCounter, problems };
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIASES }), document, lineCounter, problems };
  } catch (error) {
    const detail = firstLine(error);
    let alias: number | undefined;
    visit(document, { Alias: (_key, node) => void (alias ??= node.range?.[0]) });
    return fail(alias, `${/alias/i.test(detail) ? 'too many or broken YAML aliases (*name)' : detail}; write the values out instead of using anchors and aliases`);
  }
}

/** Never throws: whatever the bytes, the answer is a value or problems. */
export function readYamlSafely(bytes: Uint8Array, file: string, kind: YamlFileKind = ROLE_FILE): YamlRead {
  const lineCounter = new LineCounter();
  try {
    return readChecked(bytes, file, lineCounter, kind);
  } catch (error) {
    return { lineCounter, problems: [problemAt(file, lineCounter, undefined, `${UNEXPECTED} (${firstLine(error)}); simplify the file, and please report it`)] };
  }
}

/** The first line of an error's message, without the place yaml adds to it (a problem has its own). */
function firstLine(error: unknown): string {
  return (String(error instanceof Error ? error.message : error).split('\n')[0] as string).replace(/ at line \d+, column \d+:?$/, '');
}
