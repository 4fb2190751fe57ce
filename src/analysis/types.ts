/**
 * The analysis contract (see ../shared/DESIGN.md, "The analysis contract").
 * This shape is a public interface: fields may be added, none renamed or dropped.
 */
import type { ClaimReason } from './claim-features.ts';

export type SpeakerKind = 'person' | 'organization' | 'group' | 'unknown';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** slug, stable: "jane-doe" */
  id: string;
  /** fullest name seen */
  name: string;
  /** other forms seen */
  aliases: string[];
  /** as the text gives it, e.g. "former Foreign Minister" */
  role: string | null;
  kind: SpeakerKind;
}

export interface Quote {
  /** "q-" + 8 chars of [a-z0-9], derived from the quote's normalised text */
  id: string;
  /** the quoted words (direct) or the reported clause (indirect) */
  text: string;
  kind: QuoteKind;
  /** Speaker.id, null when unresolved */
  speaker: string | null;
  /** "said", "told reporters", "according to", … */
  cue: string | null;
  /** character offsets (JS string indices, end exclusive) into the file's text */
  start: number;
  end: number;
  /** 0..1 */
  confidence: number;
  /** which rule attributed it: "adjacent-cue", "pronoun", "paragraph-continuation", "editor", … */
  how: string;
}

export interface Claim {
  /** "c-" + 8 chars of [a-z0-9], derived from the claim's normalised text */
  id: string;
  text: string;
  /** Speaker.id; null = the article's own voice */
  claimant: string | null;
  /** Quote.id when the claim sits inside a quote */
  quote: string | null;
  /** check-worthiness 0..1 */
  score: number;
  /** the claim's type (quantity, causal, prediction, law, other), then "money", "percentage", "past-event", … */
  reasons: ClaimReason[];
  start: number;
  end: number;
}

export interface Diagnostic {
  /** 1-based, in the file */
  line: number;
  column: number;
  /** "unclosed-quote", "unopened-quote", "unattributed-quote", … */
  rule: string;
  /** a sentence an editor understands */
  message: string;
  /** the words it is about */
  excerpt: string;
}

export interface Analysis {
  /** the path as given */
  file: string;
  speakers: Speaker[];
  quotes: Quote[];
  claims: Claim[];
  diagnostics: Diagnostic[];
}
