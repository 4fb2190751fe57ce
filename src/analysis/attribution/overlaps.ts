/** Overlapping quotes: a quote inside another goes; of two that overlap, the later is trimmed (or replaced by a more confident one starting at the same place). */

import type { RawQuote } from './found.ts';

export function resolveOverlaps(text: string, quotes: readonly RawQuote[]): RawQuote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawQuote[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    let start = r.start;
    if (last && r.start < last.end) {
      if (r.end <= last.end) continue; // nested
      if (r.confidence > last.confidence && r.start <= last.start + 1) {
        out[out.length - 1] = r;
        continue;
      }
      // trim the later one
      let s = last.end;
      while (s < r.end && /[\s,;:.\u2014\u2013-]/u.test(text[s]!)) s++;
      if (s >= r.end) continue;
      start = s;
    }
    if (r.end > start) out.push(start === r.start ? r : { ...r, start });
  }
  return out;
}
