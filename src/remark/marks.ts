/**
 * How quotes and claims are marked for readers: speaker colours, short labels, claim numbers, check-worthiness
 * levels and the ids of their detail popovers. Pure functions of the Analysis, shared by the remark plugin (which
 * marks the text) and the page components (which render the details and the side panel), so both always agree.
 */
import type { Analysis, Claim, Quote, Speaker } from '../analysis/types.ts';

/** How many speaker colours the stylesheet defines (.sc-0 … .sc-7). Colour is never the only cue. */
export const PALETTE_SIZE = 8;

export type ClaimLevel = 'high' | 'medium' | 'low';

export interface Marks {
  /** speaker id → palette slot, in order of first quote so neighbouring speakers differ */
  colour: Map<string, number>;
  /** speaker id → the short name shown on the mark ("Doe"; full names where two would collide) */
  label: Map<string, string>;
  /** quote id → 1-based number in reading order */
  quoteNumber: Map<string, number>;
  /** claim id → 1-based number in reading order */
  claimNumber: Map<string, number>;
  speakers: Map<string, Speaker>;
  /** quotes and claims in reading order */
  quotes: Quote[];
  claims: Claim[];
}

export function detailId(id: string): string {
  return `d-${id}`;
}

export function claimLevel(score: number): ClaimLevel {
  if (score >= 0.7) return 'high';
  if (score >= 0.4) return 'medium';
  return 'low';
}

export const LEVEL_LABEL: Record<ClaimLevel, string> = {
  high: 'high',
  medium: 'medium',
  low: 'low',
};

export const KIND_LABEL: Record<Quote['kind'], string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  mixed: 'Partial quote',
};

/** The word readers know a speaker by: a person's surname, an organisation's shortest alias. */
function shortName(speaker: Speaker): string {
  const words = speaker.name.trim().split(/\s+/);
  if (speaker.kind === 'person' && words.length > 1) return words[words.length - 1]!;
  const candidates = [speaker.name, ...speaker.aliases].filter((a) => a.trim().length > 1);
  const shortest = candidates.sort((a, b) => a.length - b.length)[0] ?? speaker.name;
  return shortest.length > 24 ? `${shortest.slice(0, 23)}…` : shortest;
}

export function computeMarks(analysis: Analysis): Marks {
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims = [...analysis.claims].sort((a, b) => a.start - b.start || b.end - a.end);

  const colour = new Map<string, number>();
  for (const q of quotes) if (q.speaker && !colour.has(q.speaker)) colour.set(q.speaker, colour.size % PALETTE_SIZE);
  for (const s of analysis.speakers) if (!colour.has(s.id)) colour.set(s.id, colour.size % PALETTE_SIZE);

  const label = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const s of analysis.speakers) uses.set(shortName(s).toLowerCase(), (uses.get(shortName(s).toLowerCase()) ?? 0) + 1);
  for (const s of analysis.speakers) {
    const short = shortName(s);
    label.set(s.id, (uses.get(short.toLowerCase()) ?? 0) > 1 ? s.name : short);
  }

  return {
    colour,
    label,
    quoteNumber: new Map(quotes.map((q, i) => [q.id, i + 1])),
    claimNumber: new Map(claims.map((c, i) => [c.id, i + 1])),
    speakers,
    quotes,
    claims,
  };
}

/** "Jane Doe" for a known speaker, a plain phrase for an unresolved one. */
export function speakerName(marks: Marks, id: string | null): string | null {
  return id ? (marks.speakers.get(id)?.name ?? id) : null;
}

/** The speaker's colour class; unresolved speakers get the neutral one. */
export function colourClass(marks: Marks, id: string | null): string {
  const slot = id ? marks.colour.get(id) : undefined;
  return slot === undefined ? 'sc-none' : `sc-${slot}`;
}
