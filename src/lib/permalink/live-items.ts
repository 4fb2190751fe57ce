/**
 * Every quote and claim of one analysis with its speaker or claimant and what may be stated about that source: what
 * a live permalink is made of (src/lib/permalinks.ts) and all a share card needs of it (src/lib/cards/site-cards.ts).
 * No Astro imports: the cards' remark plugin asks for it while Vite loads a briefing.
 */
import type { Analysis, Claim, Quote, Speaker } from '../../analysis/types.ts';
import { attributionOf, claimAttributionOf, type Attribution } from '../attribution.ts';
import type { ItemKind } from '../share/links.ts';

export interface LiveItem {
  kind: ItemKind;
  item: Quote | Claim;
  /** the engine's speaker or claimant (a guess, perhaps: read `attribution` before stating it) */
  speaker: Speaker | null;
  /** what may be stated about the source; null: a claim in the article's own voice */
  attribution: Attribution | null;
}

/** The analysis's quotes, then its claims, in order of appearance. */
export function liveItems(analysis: Analysis): LiveItem[] {
  const speakers = new Map(analysis.speakers.map((sp) => [sp.id, sp]));
  const speakerOf = (id: string | null) => (id && speakers.get(id)) || null;
  return [
    ...analysis.quotes.map((q): LiveItem => ({ kind: 'quote', item: q, speaker: speakerOf(q.speaker), attribution: attributionOf(q, speakerOf(q.speaker) ?? undefined) })),
    ...analysis.claims.map((c): LiveItem => ({ kind: 'claim', item: c, speaker: speakerOf(c.claimant), attribution: claimAttributionOf(c, analysis) })),
  ];
}
