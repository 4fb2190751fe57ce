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

const REASON_OF = new Map<string, ClaimReason | null>(FEATURES.map((f) => [f.name, f.reason]));
const TYPE_OF = new Map<string, ClaimType | null>(FEATURES.map((f) => [f.name, 'type' in f ? f.type : null]));
/**
 * A claim's type: the first of these whose features fired. A rule or a forecast that carries a figure is a law or
 * a prediction first ("the bill would cut the deficit by $1 billion"); a figure alone makes a quantity claim.
 */
const TYPE_PRIORITY: readonly ClaimType[] = ['law', 'prediction', 'causal', 'quantity'];
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
  const contributions: { feature: string; value: number }[] = [];
  const fired = new Set<ClaimType>();
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    const name = FEATURES[i]!.name;
    const t = TYPE_OF.get(name) ?? null;
    if (t !== null) fired.add(t);
    const v = x[i]! * WEIGHTS[i]!;
    if (v === 0) continue;
    contributions.push({ feature: name, value: v });
    z += v;
  }
  contributions.sort((a, b) => b.value - a.value);
  const type: ClaimType = TYPE_PRIORITY.find((t) => fired.has(t)) ?? 'other';
  const reasons: ClaimReason[] = [type];
  for (const c of contributions) {
    if (c.value <= 0) break;
    const reason = REASON_OF.get(c.feature) ?? null;
    if (reason !== null && !reasons.includes(reason)) reasons.push(reason);
  }
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons, type, contributions };
}
