// Help screens that fit the width in effect (io.width). Commander wraps descriptions in a
// column beside the options only while that column has 40 columns, and never wraps the
// usage line or the text added after the help, so narrow terminals got lines of 200
// columns and more.
import { Help, type HelpConfiguration } from 'commander';
import { displayWidth, wrapText } from '../render/text-width.js';
import { pushAll } from '../render/push-all.js';

/** Narrower than this, a description goes under its option or command instead of beside it. */
const MIN_DESCRIPTION_WIDTH = 24;
/** Help is laid out for at least this many columns (README, Output): narrower, the indented descriptions would have no room left. */
export const MIN_HELP_WIDTH = 20;
const INDENT = '  ';
const USAGE = 'Usage: ';

function indentedLines(text: string, width: number, indent: string): string[] {
  return wrapText(text, width - indent.length).map((line) => indent + line);
}

/** Commander's help, with every line within `width`. */
export function helpLayout(columns: number): HelpConfiguration {
  const width = Math.max(MIN_HELP_WIDTH, columns);
  return {
    helpWidth: width,
    minWidthToWrap: MIN_DESCRIPTION_WIDTH,
    boxWrap: (text, columns) => text.split('\n').flatMap((line) => wrapText(line, columns)).join('\n'),
    formatItem(term, termWidth, description, helper) {
      // "  term  description": two columns while the description has room enough.
      if (width - INDENT.length * 2 - termWidth >= MIN_DESCRIPTION_WIDTH) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
      return [...indentedLines(term, width, INDENT), ...(description ? indentedLines(description, width, INDENT.repeat(3)) : [])].join('\n');
    },
    formatHelp(command, helper) {
      const [usage = '', ...rest] = Help.prototype.formatHelp.call(this, command, helper).split('\n');
      const synopsis = usage.slice(USAGE.length);
      const usageLines =
        width - USAGE.length >= MIN_DESCRIPTION_WIDTH
          ? wrapText(synopsis, width - USAGE.length).map((line, i) => (i === 0 ? USAGE : ' '.repeat(USAGE.length)) + line)
          : [USAGE.trim(), ...indentedLines(synopsis, width, INDENT)];
      return [...usageLines, ...rest].join('\n');
    },
  };
}

/**
 * A word too long for any line, broken with a backslash at each line's end and the rest
 * at the start of the next: the shell drops backslash-newline even inside a word or
 * double quotes (the examples hold no single-quoted words, where it would not).
 */
function brokenWord(word: string, first: number, width: number): string[] {
  const lines = [word.slice(0, first - 1)];
  for (let at = first - 1; at < word.length; at += width - 1) lines.push(word.slice(at, at + width - 1));
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}

/**
 * A command line broken between its words (quoted words kept whole while they fit),
 * each broken line ending in " \" so it still pastes as one command; where the space
 * does not fit, in "\" alone, as the next line starts with spaces that part the words.
 */
function shellLines(command: string, width: number): string[] {
  const words = command.match(/(?:"[^"]*"|'[^']*'|\S)+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  words.forEach((word, i) => {
    const room = i === words.length - 1 ? width : width - 1;
    if (line && displayWidth(`${line} ${word}`) > width - 2) {
      lines.push(displayWidth(line) <= width - 2 ? `${line} \\` : `${line}\\`);
      line = `${INDENT.repeat(2)}${word}`;
    } else line = line ? `${line} ${word}` : `${INDENT}${word}`;
    if (displayWidth(line) > room) {
      const indent = /^ */.exec(line)?.[0] ?? '';
      const pieces = brokenWord(line.slice(indent.length), width - indent.length, width);
      pieces[0] = indent + (pieces[0] ?? '');
      line = pieces.pop() ?? '';
      pushAll(lines, pieces);
    }
  });
  return [...lines, line];
}

/** The text after a command's help: its examples, then notes as wrapped paragraphs. */
export function helpExamples(columns: number, examples: string[], notes: string[] = []): string {
  const width = Math.max(MIN_HELP_WIDTH, columns);
  const lines = ['', examples.length === 1 ? 'Example:' : 'Examples:', ...examples.flatMap((example) => shellLines(example, width))];
  if (notes.length > 0) { lines.push(''); pushAll(lines, notes.flatMap((note) => wrapText(note, width))); }
  return lines.join('\n');
}
