// Pure: where an advert sits on each axis of data/advert-signals.yaml, from the cue words
// it holds for each pole, with those words as the evidence.
import type { AdvertSignals } from '../format/advert-signals-schema.js';
import { compilePhrases, findPhrase, indexText, type IndexedText } from './phrase-matcher.js';

export interface AxisReading {
  id: string;
  label: string;
  poles: [string, string];
  /** -1 at the first pole, 1 at the second; undefined when the advert holds no cue for either. */
  position?: number;
  evidence: [string[], string[]];
}

/** `text` may come indexed already, as the fit indexes it too. */
export function readAxes(signals: AdvertSignals, text: string | IndexedText): AxisReading[] {
  const indexed = typeof text === 'string' ? indexText(text) : text;
  return signals.axes.map((axis) => {
    const counts = axis.poles.map((pole) =>
      compilePhrases(pole.cues).flatMap((cue) => {
        const hit = findPhrase(indexed, cue);
        return hit ? [{ found: hit.found.toLowerCase(), count: hit.count }] : [];
      }),
    );
    const [low, high] = counts.map((hits) => hits.reduce((sum, hit) => sum + hit.count, 0)) as [number, number];
    const evidence = counts.map((hits) => [...new Set(hits.map((hit) => hit.found))]) as [string[], string[]];
    const poles = axis.poles.map((pole) => pole.name) as [string, string];
    return { id: axis.id, label: axis.label, poles, ...(low + high > 0 ? { position: (high - low) / (high + low) } : {}), evidence };
  });
}
