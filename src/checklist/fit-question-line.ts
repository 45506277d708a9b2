// A question's line fitted to the terminal. The prompt library breaks long lines at
// the terminal's edge, in the middle of a word; these break them between words first.
import { displayWidth, wrapText } from '../render/text-width.js';

/** Before the message inquirer writes "? " while asking and "✔ " once answered. */
const PREFIX_WIDTH = 2;

/** The question being asked: every word whole, later lines indented under the first. */
export function wrapAskedQuestion(text: string, width: number): string {
  return wrapText(text, width - PREFIX_WIDTH).join(`\n${' '.repeat(PREFIX_WIDTH)}`);
}

/** An answered question on one line, cut after a whole word with "…", leaving `answerWidth` columns for the answer after it. */
export function cutAnsweredQuestion(text: string, width: number, answerWidth: number): string {
  const room = Math.max(1, width - PREFIX_WIDTH - 1 - answerWidth);
  if (displayWidth(text) <= room) return text;
  return `${wrapText(text, room - 1)[0] ?? ''}…`;
}
