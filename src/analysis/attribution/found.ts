/** The quotes the sieve produces, and the record of which quotation marks are taken (shared by content and linking). */

import type { How, QuoteKind } from '../types.ts';

export interface RawQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** entity index, -1 = none */
  entity: number;
  cue: string | null;
  how: How;
  confidence: number;
  /** quotation marks absorbed */
  marks: number[];
  /** for direct quotes: inner span */
  innerStart?: number;
  innerEnd?: number;
  /** offsets of the source mention the attribution rests on */
  source?: { start: number; end: number };
}

/** Quotes found so far, and for every quotation mark taken the index of its quote. A stage copies it before adding. */
export interface Found {
  raw: RawQuote[];
  /** mark → index in raw */
  taken: Map<number, number>;
  /** indexes of cues that reported something */
  produced: Set<number>;
}

export function copyFound(f: Found): Found {
  return { raw: [...f.raw], taken: new Map(f.taken), produced: new Set(f.produced) };
}

/** The index of the quote found so far that starts inside (from, to) and runs to `to` (a clause another cue reported), or -1. */
export function reportEndingAt(f: Found, from: number, to: number): number {
  return f.raw.findIndex((q) => q.start > from && q.start < to && q.end >= to);
}
