// `roles paths` as text: one folder a row, with no blank lines between the rows, since
// most rows take one line; a folder too long for its column is broken after a "/",
// never inside a folder's name (unless one name alone is wider than the column).
import { fitColumnWidths } from './columns.js';
import { displayWidth, spaces, wrapText } from './text-width.js';
import { pushAll, largest } from './push-all.js';

const HEADERS = ['#', 'From', 'Folder', 'State'];
const FOLDER = 2;
const GAP = '  ';

/** `path` in lines no wider than `width`, each ending at a "/" where one fits. */
export function breakPath(path: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of path.split(/(?<=\/)/)) {
    if (line && displayWidth(line + part) > width) {
      lines.push(line);
      line = '';
    }
    if (displayWidth(line + part) <= width) {
      line += part;
      continue;
    }
    const pieces = wrapText(part, width);
    line = pieces.pop() ?? '';
    pushAll(lines, pieces);
  }
  lines.push(line);
  return lines;
}

/** Rows of [order, origin, folder, state] under a header painted by `paintHeader`. */
export function renderPathsText(rows: string[][], width: number, paintHeader: (text: string) => string): string {
  const widths = fitColumnWidths(HEADERS.map((header) => ({ header })), rows, width - GAP.length * (HEADERS.length - 1));
  const block = (cells: string[], paint?: (text: string) => string): string[] => {
    const wrapped = cells.map((cell, i) => (i === FOLDER ? breakPath(cell, widths[i] ?? 1) : wrapText(cell, widths[i] ?? 1)));
    const height = largest(wrapped.map((lines) => lines.length), 0);
    return Array.from({ length: height }, (_, row) => {
      const texts = wrapped.map((lines, i) => {
        const text = lines[row] ?? '';
        const padded = i === cells.length - 1 ? text : `${text}${spaces((widths[i] ?? 1) - displayWidth(text))}`;
        return paint && text ? paint(padded) : padded;
      });
      return texts.join(GAP).trimEnd();
    });
  };
  return `${[...block(HEADERS, paintHeader), ...rows.flatMap((row) => block(row))].join('\n')}\n`;
}

/** "Config file: PATH (note)" in lines no wider than `width`, the path broken after a "/" and indented under itself. */
export function renderConfigFileLine(file: string | undefined, note: string | undefined, width: number, paintLabel: (text: string) => string): string {
  const label = 'Config file: ';
  const indent = spaces(label.length);
  const tail = note === undefined ? '' : ` (${note})`;
  const lines = file === undefined ? [`none${tail}`] : breakPath(`${file}${tail}`, Math.max(1, width - label.length));
  return `${lines.map((line, i) => (i === 0 ? paintLabel(label.trimEnd()) + ' ' : indent) + line).join('\n')}\n`;
}
