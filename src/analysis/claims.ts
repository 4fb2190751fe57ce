/**
 * Check-worthy claims: which statements assert a fact a reader could check, and who makes them.
 *
 * 1. Candidates. Every sentence of the article's prose (zones.ts has already left out headlines, captions, bylines
 *    and link lines) is a candidate, whole: a claim is never a fragment cut at a quote's edge. A sentence longer than
 *    LONG_CANDIDATE_WORDS words (run-on copy) is cut into clauses at strong punctuation (";", spaced dashes, ": ",
 *    ".,") and at missing sentence breaks (a lower-case word followed by a capitalised clause opener such as "If").
 *    A candidate that partly overlaps a quote is widened to hold it whole (claim and quote elements must nest).
 * 2. Claimant. The rules of CLAIMANT_RULES, in order: the speaker of the quote that holds most of the candidate
 *    (direct or reported speech); a non-speech source named in it ("a study by X found", "data from Y show",
 *    "according to Z's figures"); else null, the article's own voice. Only the candidates that become claims (step
 *    4) are asked: the score needs no more than the first rule's quote.
 * 3. Score. A logistic model over interpretable features (claim-features.ts), two of them from the quote that holds
 *    most of the candidate (step 2's first rule): the words are quoted, or reported speech. Weights learnt from news labels (the dev half of our blind PolNeAR annotation)
 *    by tools/train-claims.ts, stored in claim-weights.ts.
 * 4. Emit. A candidate of at least MIN_CLAIM_WORDS words is a claim when score >= CLAIM_THRESHOLD and it is among
 *    the MAX_CLAIM_SHARE of the text's sentences that score highest (selectClaims). Its `reasons`
 *    are its type (law, prediction, causal, quantity: the first whose features fired; else other) and then the
 *    reason words of the features that fired and raised the score, strongest first.
 */
import { claimCandidates, type DetectInput } from './claim-candidates.ts';
import { CLAIM_THRESHOLD, scoreValue, scoreVerdict } from './claim-score.ts';
import { claimantContext, findClaimant, lazySpeakerIndex } from './claimants.ts';
import { createIdAllocator } from './ids.ts';
import type { Claim } from './types.ts';

export { CLAIM_REASONS, CLAIM_TYPES, type ClaimReason, type ClaimType } from './claim-features.ts';
export { claimCandidates, type ClaimCandidate, type DetectInput } from './claim-candidates.ts';
export { CLAIMANT_RULES, findClaimant, QUOTE_SHARE, type Claimant, type ClaimantContext } from './claimants.ts';
export { CLAIM_THRESHOLD, scoreClaim, scoreFeatures, scoreValue, scoreVerdict, type ClaimScore, type ClaimVerdict } from './claim-score.ts';
export { LONG_CANDIDATE_WORDS, MIN_CLAIM_WORDS, splitClauses, trimSpan } from './claim-spans.ts';

/**
 * At most this share of a text's sentences is flagged, the highest scores first: a page where every other sentence
 * carries a badge reads as noise, and the model's scores drift upwards on kinds of news it was not trained on (a
 * trial report full of figures), where a fixed threshold alone would flag half the article.
 */
export const MAX_CLAIM_SHARE = 0.4;
/** A short text may always hold this many claims. */
export const MIN_CLAIM_ALLOWANCE = 3;

/** How many claims a text of `sentenceCount` sentences may hold. */
export function claimAllowance(sentenceCount: number): number {
  return Math.max(MIN_CLAIM_ALLOWANCE, Math.round(MAX_CLAIM_SHARE * sentenceCount));
}

/**
 * Which candidates are claims, given their scores in text order: those at or above CLAIM_THRESHOLD, and of those
 * only the claimAllowance() highest (the earlier first among equal scores). Shared with the training script, which
 * picks the threshold under the same rule.
 */
export function selectClaims(scores: readonly number[], sentenceCount: number, threshold = CLAIM_THRESHOLD): boolean[] {
  const passing: number[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! >= threshold) passing.push(i);
  const keep = scores.map(() => false);
  const allowance = claimAllowance(sentenceCount);
  if (passing.length > allowance) passing.sort((a, b) => scores[b]! - scores[a]! || a - b).length = allowance;
  for (const i of passing) keep[i] = true;
  return keep;
}

/** The claims of a text: the candidates selectClaims() keeps, in order, with their ids. */
export function detectClaims(input: DetectInput): Claim[] {
  const nextId = createIdAllocator('c');
  const claims: Claim[] = [];
  // the speakers' names, aliases and kinds, indexed once for the text when a claimant rule needs them
  const index = lazySpeakerIndex(input.speakers);
  const candidates = claimCandidates(input, index);
  const keep = selectClaims(
    candidates.map((c) => scoreValue(c.x)),
    input.sentences.length,
  );
  candidates.forEach((cand, i) => {
    if (!keep[i]) return;
    const scored = scoreVerdict(cand.x);
    const claimant = cand.claimant ?? findClaimant(claimantContext({ ...cand.context, index: index() }));
    const claimText = input.text.slice(cand.start, cand.end);
    claims.push({
      id: nextId(claimText, input.text, cand.start, cand.end),
      text: claimText,
      claimant: claimant.claimant,
      quote: claimant.quote?.id ?? null,
      score: scored.score,
      reasons: scored.reasons,
      start: cand.start,
      end: cand.end,
    });
  });
  return claims;
}
