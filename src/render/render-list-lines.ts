// `roles list` on a terminal: one line per role, names whole, the title and focus cut
// with "…" to fit. Columns are dropped from the right (family, then focus) before a
// title is cut below TITLE_MIN; when even the names and a short title do not fit, the
// caller stacks each role instead.
import type { ListRow } from '../views/list-view.js';
import { shortNameOf } from '../views/short-name.js';
import type { Paint } from './paint.js';
import { cutToWidth, displayWidth, spaces } from './text-width.js';

const GAP = 2;
const TITLE_MIN = 12;
const FOCUS_MIN = 16;
/** Of what title and focus share, the focus keeps at least this part, so a long title cannot crowd it out. */
const FOCUS_SHARE = 0.4;
const HEADERS = { name: 'Name', title: 'Title', family: 'Family', focus: 'Focus' };

interface Layout {
  name: number;
  title: number;
  family: number;
  focus: number;
}

const widest = (texts: string[], header: string): number => Math.max(displayWidth(header), ...texts.map(displayWidth));

/** Column widths for `width`; undefined when the names and a short title do not fit on one line. */
export function listLineLayout(rows: ListRow[], width: number): Layout | undefined {
  const name = widest(rows.map((row) => shortNameOf(row.id, row.aliases)), HEADERS.name);
  const title = widest(rows.map((row) => row.title), HEADERS.title);
  const family = widest(rows.map((row) => row.family), HEADERS.family);
  for (const withFamily of [true, false]) {
    const shared = width - name - GAP - (withFamily ? family + GAP : 0);
    const focusRoom = Math.max(FOCUS_MIN, Math.ceil(shared * FOCUS_SHARE));
    const titleWidth = Math.min(title, shared - GAP - focusRoom);
    if (titleWidth >= TITLE_MIN) return { name, title: titleWidth, family: withFamily ? family : 0, focus: shared - GAP - titleWidth };
  }
  const titleOnly = width - name - GAP;
  return titleOnly >= TITLE_MIN ? { name, title: Math.min(title, titleOnly), family: 0, focus: 0 } : undefined;
}

function line(cells: string[], widths: number[], paints: ((text: string) => string)[]): string {
  const shown = cells.map((cell, i) => ({ cell, width: widths[i] ?? 0, paint: paints[i] })).filter((column) => column.width > 0);
  return shown
    .map(({ cell, width, paint }, i) => {
      const text = cutToWidth(cell, width);
      const pad = i === shown.length - 1 ? '' : spaces(width - displayWidth(text) + GAP);
      return `${paint ? paint(text) : text}${pad}`;
    })
    .join('')
    .trimEnd();
}

export function renderListLines(rows: ListRow[], layout: Layout, paint: Paint): string {
  const widths = [layout.name, layout.title, layout.family, layout.focus];
  const lines = [line([HEADERS.name, HEADERS.title, HEADERS.family, HEADERS.focus], widths, [paint.heading, paint.heading, paint.heading, paint.heading])];
  for (const row of rows) lines.push(line([shortNameOf(row.id, row.aliases), row.title, row.family, row.focus], widths, [paint.title]));
  return `${lines.join('\n')}\n`;
}
