// The characters a user sees (grapheme clusters), found a window at a time. Node 20's
// Intl.Segmenter takes time that grows much faster than the text: one call over 20,000
// characters took 0.4 s here and over 80,000 took four minutes, while the same 80,000
// in windows of 256 took 0.17 s. Every long text is therefore segmented in windows.

/** Characters per window: several lines of text, and more than any real character cluster holds. */
const WINDOW = 256;

// Made on first use: creating a Segmenter loads ICU's break rules, which costs every run
// several milliseconds (bench/RESULTS.md), and most text never needs it.
let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of a short text, such as two characters to test whether they join. */
export function segmentShort(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), ({ segment }) => segment);
}

/**
 * The grapheme clusters of `text`, in order. A window's last cluster may go on in the next
 * window, so it is segmented again from there; only a cluster longer than a window (a
 * letter under hundreds of marks) is split, and its marks then stand alone.
 */
export function* graphemeSegments(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + WINDOW);
    const segments = segmentShort(text.slice(start, end));
    if (end < text.length && segments.length > 1) segments.pop();
    for (const segment of segments) {
      start += segment.length;
      yield segment;
    }
  }
}
