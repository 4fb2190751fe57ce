/**
 * What the site may state about who said a quote (../shared/DESIGN.md, "The markup contract": `data-attribution`).
 * One implementation for every page, card, citation, search record and JSON-LD block: only `named` attributions
 * are stated as fact anywhere; `unnamed` is shown as an unnamed source, `uncertain` as "source uncertain" with the
 * candidate as a guess, `none` as unattributed.
 */
import type { Quote, Speaker } from '../analysis/types.ts';

export const ATTRIBUTIONS = ['named', 'unnamed', 'uncertain', 'none'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/**
 * Below this confidence an automatic attribution is presented as a guess. `confidence` is meant to be the
 * probability that the speaker is right (DESIGN.md), so this is the lowest accuracy the site states as fact.
 */
export const UNCERTAIN_BELOW = 0.6;

/** A proper name rather than a description ("the agency"). */
export function isNamedSpeaker(speaker: Pick<Speaker, 'name'> & { named?: boolean }): boolean {
  // Until every analysis carries `named` (the engine sets it), a description is told by its lower-case or
  // determiner start.
  return speaker.named ?? (/^\p{Lu}/u.test(speaker.name) && !/^(?:the|a|an|some|one|two|several)\s/i.test(speaker.name));
}

export function attributionOf(quote: Pick<Quote, 'speaker' | 'confidence' | 'how'>, speaker: Speaker | undefined): Attribution {
  if (!quote.speaker || !speaker) return 'none';
  if (quote.how === 'editor') return isNamedSpeaker(speaker) ? 'named' : 'unnamed';
  if (quote.confidence < UNCERTAIN_BELOW) return 'uncertain';
  return isNamedSpeaker(speaker) ? 'named' : 'unnamed';
}
