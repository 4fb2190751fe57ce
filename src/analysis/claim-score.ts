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

export function sigmoid(z: number): number {
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

/** What the detector shows of a score: the score, the claim's type and its reasons. */
export type ClaimVerdict = Omit<ClaimScore, 'contributions'>;

/**
 * The model applied to a feature vector: its score, type and reasons (the type, then the reason words of the features
 * that raised the score, the largest contribution first). No list of contributions: the detector's path.
 */
export function scoreVerdict(x: FeatureVector): ClaimVerdict {
  let z = CLAIM_BIAS;
  let rank = TYPE_PRIORITY.length;
  // the features with a reason that raised the score, by falling contribution (ties in vector order)
  const raised: number[] = [];
  const raisedBy: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    if (TYPE_RANK[i]! >= 0 && TYPE_RANK[i]! < rank) rank = TYPE_RANK[i]!;
    const v = x[i]! * WEIGHTS[i]!;
    if (v === 0) continue;
    z += v;
    if (v > 0 && REASON_OF[i] !== null) insertFalling(raised, raisedBy, i, v);
  }
  const type: ClaimType = TYPE_PRIORITY[rank] ?? 'other';
  const reasons: ClaimReason[] = [type];
  for (const i of raised) {
    const reason = REASON_OF[i]!;
    if (!reasons.includes(reason)) reasons.push(reason);
  }
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons, type };
}

/** Puts feature i (contribution v) into the list kept by falling contribution, after those that raised as much. */
function insertFalling(features: number[], values: number[], i: number, v: number): void {
  let at = values.length;
  for (; at > 0 && values[at - 1]! < v; at--) {
    features[at] = features[at - 1]!;
    values[at] = values[at - 1]!;
  }
  features[at] = i;
  values[at] = v;
}

/** The model applied to a feature vector, with its explanation: the verdict and every feature's contribution. */
export function scoreFeatures(x: FeatureVector): ClaimScore {
  const fired: { i: number; value: number }[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i]! * WEIGHTS[i]!;
    if (x[i] !== 0 && v !== 0) fired.push({ i, value: v });
  }
  fired.sort((a, b) => b.value - a.value);
  return { ...scoreVerdict(x), contributions: fired.map((c) => ({ feature: FEATURES[c.i]!.name, value: c.value })) };
}
