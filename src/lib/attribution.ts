/**
 * What the site may state about who said a quote (../shared/DESIGN.md, "The markup contract": `data-attribution`).
 * One implementation for every page, card, citation, search record and JSON-LD block: only `named` attributions
 * are stated as fact anywhere; `unnamed` is shown as an unnamed source, `uncertain` as "source uncertain" with the
 * candidate as a guess, `none` as unattributed.
 */
import type { Analysis, Claim, Quote, Speaker } from '../analysis/types.ts';

export const ATTRIBUTIONS = ['named', 'unnamed', 'uncertain', 'none'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/**
 * Below this confidence an automatic attribution is presented as a guess. `confidence` is meant to be the
 * probability that the speaker is right (DESIGN.md). The rules that attribute from a named or pronoun subject next
 * to the cue score 0.7–0.95 and are measured right about 84–92% of the time on held-out news (README, "How good it
 * is"); the rules that reach across sentences or guess the last speaker of an earlier paragraph score 0.6 or less.
 * 0.65 separates the two: what is stated as fact is what the measured rules support, and the distance guesses say so.
 */
export const UNCERTAIN_BELOW = 0.65;

/** The mention an attribution rests on (the analysis contract's `Quote.source`), when the engine gives it. */
export interface SourceMention {
  start: number;
  end: number;
  /** the mention's words; an analysis made before the contract carried them may give offsets only */
  text?: string;
}

/** A proper name rather than a description ("the agency"): the engine's `Speaker.named`. */
export function isNamedSpeaker(speaker: Pick<Speaker, 'named'>): boolean {
  return speaker.named;
}

export function attributionOf(quote: Pick<Quote, 'speaker' | 'confidence' | 'how'>, speaker: Speaker | undefined): Attribution {
  if (!quote.speaker || !speaker) return 'none';
  if (quote.how === 'editor') return isNamedSpeaker(speaker) ? 'named' : 'unnamed';
  if (quote.confidence < UNCERTAIN_BELOW) return 'uncertain';
  return isNamedSpeaker(speaker) ? 'named' : 'unnamed';
}

/**
 * A claim's attribution: inside a quote, the quote's (a claim is its speaker's only as far as the quote's source is
 * known); outside, by the kind of name of its claimant; null for the article's own voice.
 */
export function claimAttributionOf(claim: Pick<Claim, 'claimant' | 'quote'>, analysis: Pick<Analysis, 'quotes' | 'speakers'>): Attribution | null {
  const speakerOf = (id: string | null) => (id ? analysis.speakers.find((s) => s.id === id) : undefined);
  const quote = claim.quote ? analysis.quotes.find((q) => q.id === claim.quote) : undefined;
  if (quote) return attributionOf(quote, speakerOf(quote.speaker));
  const claimant = speakerOf(claim.claimant);
  if (!claimant) return null;
  return isNamedSpeaker(claimant) ? 'named' : 'unnamed';
}

/** The speaker a page may state as the quote's source: only for `named` attributions. */
export function statedSpeaker(quote: Pick<Quote, 'speaker' | 'confidence' | 'how'>, speaker: Speaker | undefined): Speaker | null {
  return speaker && attributionOf(quote, speaker) === 'named' ? speaker : null;
}

/** The mention the attribution rests on, when the analysis recorded one. */
export function sourceOf(quote: Pick<Quote, 'source'>): SourceMention | null {
  const { source } = quote;
  return source && typeof source.start === 'number' && typeof source.end === 'number' && source.end > source.start ? source : null;
}

/**
 * "Who said it" as a line of text for cards, citations, titles and alt text: the name only when it is known; a
 * guess is never written as a name alone.
 */
export function sourceLine(attribution: Attribution, speaker: Pick<Speaker, 'name'> | undefined | null): string {
  switch (attribution) {
    case 'named':
      return speaker?.name ?? 'Unattributed';
    case 'unnamed':
      return speaker ? `An unnamed source (${speaker.name.replace(/^(?:the|a|an)\s+/i, '')})` : 'An unnamed source';
    case 'uncertain':
      return speaker ? `Source uncertain (perhaps ${speaker.name})` : 'Source uncertain';
    case 'none':
      return 'Unattributed';
  }
}

/** Why a rule's attribution is a guess, in words a reader understands (keyed by `Quote.how`). */
const WHY: Record<string, string> = {
  'cross-sentence': 'the words saying who spoke are in another sentence of the paragraph, not next to the quote',
  introduced: 'the quote opens a paragraph after a line that introduces a speaker, without saying it again',
  'colon-subject': 'the quote follows a colon after a name, with no verb of saying',
  'it-organization': 'the text gives only “it”, and the analysis chose the organisation it most likely stands for',
  'paragraph-continuation': 'no one is named in this paragraph: the analysis assumed the last speaker goes on talking',
  'same-sentence': 'the cue is earlier in the sentence, not next to the quote',
  pronoun: 'the text gives only a pronoun, and the analysis chose the person it most likely stands for',
  participle: 'the speaker is inferred from a clause such as “…, saying”',
  unresolved: 'nothing in the text says who spoke',
};

/** A sentence saying why the source is uncertain: the rule's reason and what its confidence means. */
export function uncertainReason(quote: Pick<Quote, 'how' | 'confidence'>): string {
  const why = WHY[quote.how] ?? 'the rule that attributed it is not reliable enough to state as fact';
  const tens = Math.max(1, Math.round(quote.confidence * 10));
  return `Uncertain because ${why}. Attributions like this are right about ${tens} times in 10.`;
}
