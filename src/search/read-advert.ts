// Pure: a pasted job advert as its title and its text. Markdown front matter is left out;
// the title is the first heading, a "Title:" line, or a short first line.

export interface Advert {
  title?: string;
  text: string;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;
const TITLE_LINE = /^\s*(?:job\s+)?(?:title|role|position)\s*:\s*(.+)$/im;
/** A first line longer than this is a sentence, not a title. */
const MAX_TITLE_LENGTH = 80;

function cleanTitle(line: string): string {
  return line.replace(/^#+\s*/, '').replace(/[*_`]/g, '').trim();
}

export function readAdvert(raw: string): Advert {
  const text = raw.replace(/^\uFEFF/, '').replace(FRONT_MATTER, '');
  const heading = /^#{1,3}\s+(.+)$/m.exec(text);
  const labelled = TITLE_LINE.exec(text);
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '')?.trim() ?? '';
  const candidates = [heading?.[1], labelled?.[1], first.length <= MAX_TITLE_LENGTH && !/[.!?:]$/.test(first) ? first : undefined];
  const title = candidates.map((candidate) => (candidate === undefined ? '' : cleanTitle(candidate))).find((candidate) => candidate !== '');
  return title ? { title, text } : { text };
}
