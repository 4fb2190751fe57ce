/**
 * How quotes and claims are marked for readers: speaker colours, short labels, claim numbers, check-worthiness
 * levels and the ids of their detail popovers. Pure functions of the Analysis, shared by the remark plugin (which
 * marks the text) and the page components (which render the details and the side panel), so both always agree.
 */
import type { Analysis, Claim, Quote, Speaker } from '../analysis/types.ts';
import { attributionOf, sourceOf, type Attribution } from '../lib/attribution.ts';

/**
 * How many speaker colours the stylesheet defines (.sc-0 … .sc-7). Colour is never the only cue: every mark
 * carries the speaker's name. Within a briefing no two speakers share a colour: the named speakers quoted most get
 * one each, every other source the neutral ink.
 */
export const PALETTE_SIZE = 8;

/**
 * In the default view ("Both"), the share of the body's characters that may be marked (underlined or highlighted):
 * direct and partial quotes first, then the strongest claims while they fit. Reported speech is shown by its
 * speaker's label only, so a quote-heavy article does not drown in underlines.
 */
export const MARK_BUDGET = 0.3;

/** A claim is a candidate for the default view only from this check-worthiness up. */
export const KEY_CLAIM_MIN = 0.7;

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
  /** quote id → what the page may state about its source */
  attribution: Map<string, Attribution>;
  /** quote id → the id of the element around the mention its attribution rests on (when the engine gave one) */
  sourceAnchor: Map<string, string>;
  /** the claims marked in the default view */
  keyClaims: Set<string>;
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

/** Characters covered by a set of ranges (overlaps counted once). */
function covered(ranges: readonly { start: number; end: number }[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const r of sorted) {
    const from = Math.max(r.start, reach);
    if (r.end > from) total += r.end - from;
    reach = Math.max(reach, r.end);
  }
  return total;
}

export interface DefaultMarks {
  /** the claims the default view highlights */
  keyClaims: string[];
  /**
   * true when quoted words alone would take more than the budget (an interview, a quote-heavy report): the default
   * view then shows every quote by its start tick and speaker label only, never by underlining half the text
   */
  quietQuotes: boolean;
}

/**
 * What the default view marks: direct and partial quotes underlined unless they alone exceed MARK_BUDGET of the body
 * (`bodyLength` characters), then the most check-worthy claims while everything marked stays within the budget.
 */
export function chooseDefaultMarks(analysis: Pick<Analysis, 'quotes' | 'claims'>, bodyLength: number): DefaultMarks {
  const budget = bodyLength * MARK_BUDGET;
  const quoted = analysis.quotes.filter((q) => q.kind !== 'indirect');
  const quietQuotes = covered(quoted) > budget;
  const marked: { start: number; end: number }[] = quietQuotes ? [] : [...quoted];
  const chosen: string[] = [];
  const candidates = analysis.claims.filter((c) => c.score >= KEY_CLAIM_MIN).sort((a, b) => b.score - a.score || a.start - b.start);
  for (const claim of candidates) {
    if (covered([...marked, claim]) > budget) continue;
    marked.push(claim);
    chosen.push(claim.id);
  }
  return { keyClaims: chosen, quietQuotes };
}

export function computeMarks(analysis: Analysis, options: { keyClaims?: readonly string[] } = {}): Marks {
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims = [...analysis.claims].sort((a, b) => a.start - b.start || b.end - a.end);
  const attribution = new Map(quotes.map((q) => [q.id, attributionOf(q, q.speaker ? speakers.get(q.speaker) : undefined)]));

  // One colour per named speaker, the most quoted first; the palette's order is then reading order among them, so
  // neighbours in the text differ.
  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speaker && attribution.get(q.id) === 'named') counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  const coloured = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, PALETTE_SIZE).map(([id]) => id));
  const colour = new Map<string, number>();
  for (const q of quotes) if (q.speaker && coloured.has(q.speaker) && !colour.has(q.speaker)) colour.set(q.speaker, colour.size);

  const label = new Map<string, string>();
  const uses = new Map<string, number>();
  for (const s of analysis.speakers) uses.set(shortName(s).toLowerCase(), (uses.get(shortName(s).toLowerCase()) ?? 0) + 1);
  for (const s of analysis.speakers) {
    const short = shortName(s);
    label.set(s.id, (uses.get(short.toLowerCase()) ?? 0) > 1 ? s.name : short);
  }

  const sourceAnchor = new Map<string, string>();
  const byRange = new Map<string, string>();
  for (const q of quotes) {
    const source = sourceOf(q);
    if (!source) continue;
    const key = `${source.start}:${source.end}`;
    if (!byRange.has(key)) byRange.set(key, `src-${q.id}`);
    sourceAnchor.set(q.id, byRange.get(key)!);
  }
  const fallbackKeys = claims.filter((c) => c.score >= KEY_CLAIM_MIN).map((c) => c.id);
  return {
    colour,
    label,
    attribution,
    sourceAnchor,
    keyClaims: new Set(options.keyClaims ?? fallbackKeys),
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

/** The speaker's colour class; sources that are not named (or beyond the palette) get the neutral one. */
export function colourClass(marks: Marks, id: string | null): string {
  const slot = id ? marks.colour.get(id) : undefined;
  return slot === undefined ? 'sc-none' : `sc-${slot}`;
}

/** A quote's colour: its speaker's when the attribution is named, the neutral one otherwise. */
export function quoteColour(marks: Marks, quote: Pick<Quote, 'id' | 'speaker'>): string {
  return marks.attribution.get(quote.id) === 'named' ? colourClass(marks, quote.speaker) : 'sc-none';
}

/** The label on a quote's mark: the name when known, the description for an unnamed source, "?" for a guess. */
export function quoteLabel(marks: Marks, quote: Pick<Quote, 'id' | 'speaker'>): string {
  const attribution = marks.attribution.get(quote.id) ?? 'none';
  const label = quote.speaker ? (marks.label.get(quote.speaker) ?? speakerName(marks, quote.speaker) ?? '') : '';
  if (attribution === 'none' || !label) return 'unattributed';
  if (attribution === 'uncertain') return `${label}?`;
  return label;
}
