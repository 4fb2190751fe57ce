/**
 * The check-worthiness model: a logistic regression over the features of claim-features.ts, with the weights
 * tools/train-claims.ts learnt (claim-weights.ts), and the explanation of a score (its type and reasons).
 */
import { claimFeatures, FEATURES, type ClaimReason, type ClaimType, type FeatureVector } from './claim-features.ts';
import { CLAIM_BIAS, CLAIM_TRAINED_THRESHOLD, CLAIM_WEIGHTS } from './claim-weights.ts';

/**
 * Scores at or above this are claims: chosen by the training script on the dev half of the news labels (the
 * threshold that flags at most the share of sentences it targets), never on a briefing or a held-out article.
 */
export const CLAIM_THRESHOLD: number = CLAIM_TRAINED_THRESHOLD;

/**
 * A claim's type: the first of these whose features fired. A rule or a forecast that carries a figure is a law or
 * a prediction first ("the bill would cut the deficit by $1 billion"); a figure alone makes a quantity claim.
 */
const TYPE_PRIORITY: readonly ClaimType[] = ['law', 'prediction', 'causal', 'quantity'];
/** Per feature, in vector order: its reason word, and the place of its type in TYPE_PRIORITY (-1: none). */
const REASON_OF: readonly (ClaimReason | null)[] = FEATURES.map((f) => f.reason);
const TYPE_RANK: Int32Array = Int32Array.from(FEATURES, (f) => ('type' in f && f.type !== null ? TYPE_PRIORITY.indexOf(f.type) : -1));
const WEIGHTS: Float64Array = Float64Array.from(FEATURES, (f) => CLAIM_WEIGHTS[f.name] ?? 0);

export interface ClaimScore {
  score: number;
  /** the claim's type first, then the reasons that raised the score */
  reasons: ClaimReason[];
  type: ClaimType;
  /** the logit contributions of the features that fired, for explanations and tests */
  contributions: { feature: string; value: number }[];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Check-worthiness of text[start, end) in the article's own voice: a probability-like score and its reasons. */
export function scoreClaim(text: string, start = 0, end = text.length): ClaimScore {
  return scoreFeatures(claimFeatures(text, start, end));
}

/** The model's score alone (no explanation): the detector's fast path. */
export function scoreValue(x: FeatureVector): number {
  let z = CLAIM_BIAS;
  for (let i = 0; i < x.length; i++) z += x[i]! * WEIGHTS[i]!;
  return Math.round(sigmoid(z) * 1000) / 1000;
}

/** The model applied to a feature vector, with its explanation. */
export function scoreFeatures(x: FeatureVector): ClaimScore {
  let z = CLAIM_BIAS;
  const fired: { i: number; value: number }[] = [];
  let rank = TYPE_PRIORITY.length;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    if (TYPE_RANK[i]! >= 0 && TYPE_RANK[i]! < rank) rank = TYPE_RANK[i]!;
    const v = x[i]! * WEIGHTS[i]!;
    if (v === 0) continue;
    fired.push({ i, value: v });
    z += v;
  }
  fired.sort((a, b) => b.value - a.value);
  const type: ClaimType = TYPE_PRIORITY[rank] ?? 'other';
  const reasons: ClaimReason[] = [type];
  for (const c of fired) {
    if (c.value <= 0) break;
    const reason = REASON_OF[c.i]!;
    if (reason !== null && !reasons.includes(reason)) reasons.push(reason);
  }
  const contributions = fired.map((c) => ({ feature: FEATURES[c.i]!.name, value: c.value }));
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons, type, contributions };
}
