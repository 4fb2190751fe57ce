/**
 * The analysis contract (see ../shared/DESIGN.md, "The analysis contract").
 * This shape is a public interface: fields may be added, none renamed or dropped.
 */
import type { ClaimReason } from './claim-features.ts';

/**
 * Which rule attributed a quote, one name per rule (the README lists them in sieve order): the eval reports each,
 * and `--without` leaves one out. `unresolved`: no rule found a speaker; `editor`: the front matter or a directive.
 */
export const HOWS = [
  // source rules (attribution/sources.ts), in sieve order
  'passive-agent', 'according-to', 'relative-clause', 'first-person', 'name-parenthetical', 'it-organization', 'title-apposition', 'affiliated-name', 'adjacent-cue', 'pronoun',
  'coordinated-cue', 'described-source', 'absolute-description', 'role-apposition', 'apposition-name', 'apposition', 'inverted-org-title', 'inverted-cue', 'inverted-pronoun',
  'inverted-group', 'inverted-titled-name', 'inverted-description', 'leading-subject', 'participle',
  // linking rules (attribution/linking.ts), in sieve order
  'multi-paragraph', 'same-sentence', 'following-quote', 'cross-sentence', 'colon-subject', 'paragraph-continuation', 'previous-paragraph', 'introduced',
  'unresolved', 'editor',
] as const;
export type How = (typeof HOWS)[number];

/** Every diagnostic the engine can emit (src/data/diagnostic-rules.ts explains each to editors). */
export const DIAGNOSTIC_RULE_NAMES = [
  'unclosed-quote', 'unopened-quote', 'unattributed-quote', 'front-matter', 'override-invalid', 'override-unmatched', 'engine-error',
  'control-character', 'invisible-character',
] as const;
export type DiagnosticRule = (typeof DIAGNOSTIC_RULE_NAMES)[number];

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
  /** true: a proper name ("Jane Doe", "the Harbour Board"); false: a description no named speaker was found for
   * ("the agency", "some voters", "the author") */
  named: boolean;
}

/** The words of the text a quote's attribution rests on: "Doe", "she", "the agency" (offsets into the file's text). */
export interface QuoteSource {
  start: number;
  end: number;
  /** the file's text from start to end */
  text: string;
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
  /** the mention the attribution rests on; null when none (unresolved, editor, a continuation of the last speaker) */
  source: QuoteSource | null;
  /** 0..1 */
  confidence: number;
  /** which rule attributed it: "adjacent-cue", "pronoun", "paragraph-continuation", "editor", … */
  how: How;
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
  rule: DiagnosticRule;
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
