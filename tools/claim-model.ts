/**
 * Fitting the check-worthiness model (tools/train-claims.ts): L2-regularised logistic regression over the features
 * of src/analysis/claim-features.ts and one weight per vocabulary word, by full-batch Adam (deterministic).
 *
 * The `words` feature is the sum of the word weights: while fitting, the words are their own sparse inputs and the
 * feature's own value (summed from the weights of the last training) is ignored; its weight is 1.
 */
import { FEATURE_COUNT, FEATURES, type FeatureVector } from '../src/analysis/claim-features.ts';
import { sigmoid } from '../src/analysis/claim-score.ts';

export const WORDS_INDEX = FEATURES.findIndex((f) => f.name === 'words');

/** A training row: features, the candidate's words (each time it occurs), target (0..1) and weight. */
export interface FitRow {
  x: FeatureVector;
  words: readonly string[];
  y: number;
  w: number;
}

export interface FitOptions {
  /** weights held at a value, by feature name (`words` is always held at 1) */
  fixed: Readonly<Record<string, number>>;
  /** per feature: the mean the L2 term draws the weight towards, and its strength */
  prior: Float64Array;
  priorStrength: Float64Array;
  /** the words that get a weight, and the L2 strength on them */
  vocabulary: readonly string[];
  wordL2: number;
  epochs: number;
  rate: number;
}

export interface ClaimModel {
  weights: Float64Array;
  bias: number;
  wordWeights: Map<string, number>;
}

/** One row as the fit reads it: its non-zero features and its vocabulary words, by index. */
interface Encoded {
  idx: Int32Array;
  val: Float64Array;
  y: number;
  w: number;
}

function encode(r: FitRow, vocab: ReadonlyMap<string, number>): Encoded {
  const idx: number[] = [];
  const val: number[] = [];
  for (let k = 0; k < FEATURE_COUNT; k++) {
    if (k === WORDS_INDEX || r.x[k] === 0) continue;
    idx.push(k);
    val.push(r.x[k]!);
  }
  for (const w of r.words) {
    const j = vocab.get(w);
    if (j === undefined) continue;
    idx.push(FEATURE_COUNT + j);
    val.push(1);
  }
  return { idx: Int32Array.from(idx), val: Float64Array.from(val), y: r.y, w: r.w };
}

export function fitClaimModel(rows: readonly FitRow[], o: FitOptions): ClaimModel {
  const vocab = new Map(o.vocabulary.map((w, i) => [w, i]));
  const dim = FEATURE_COUNT + vocab.size;
  const data = rows.filter((r) => r.w > 0).map((r) => encode(r, vocab));
  const total = data.reduce((s, d) => s + d.w, 0);
  const held = new Uint8Array(dim);
  const theta = new Float64Array(dim + 1); // the weights, then the bias
  FEATURES.forEach((f, k) => {
    const fixed = f.name === 'words' ? 1 : o.fixed[f.name];
    theta[k] = fixed ?? o.prior[k]!;
    if (fixed !== undefined) held[k] = 1;
  });
  const mean = (k: number) => (k < FEATURE_COUNT ? o.prior[k]! : 0);
  const strength = (k: number) => (k < FEATURE_COUNT ? o.priorStrength[k]! : o.wordL2);
  const m = new Float64Array(dim + 1);
  const v = new Float64Array(dim + 1);
  const B1 = 0.9;
  const B2 = 0.999;
  for (let e = 1; e <= o.epochs; e++) {
    const g = new Float64Array(dim + 1);
    for (const d of data) {
      let z = theta[dim]!;
      for (let q = 0; q < d.idx.length; q++) z += theta[d.idx[q]!]! * d.val[q]!;
      const err = (sigmoid(z) - d.y) * d.w;
      for (let q = 0; q < d.idx.length; q++) g[d.idx[q]!]! += err * d.val[q]!;
      g[dim]! += err;
    }
    for (let k = 0; k <= dim; k++) {
      if (k < dim && held[k]) continue;
      const gk = g[k]! / total + (k < dim ? strength(k) * (theta[k]! - mean(k)) : 0);
      m[k] = B1 * m[k]! + (1 - B1) * gk;
      v[k] = B2 * v[k]! + (1 - B2) * gk * gk;
      theta[k]! -= (o.rate * (m[k]! / (1 - B1 ** e))) / (Math.sqrt(v[k]! / (1 - B2 ** e)) + 1e-8);
    }
  }
  return {
    weights: theta.slice(0, FEATURE_COUNT),
    bias: theta[dim]!,
    wordWeights: new Map(o.vocabulary.map((w, i) => [w, theta[FEATURE_COUNT + i]!])),
  };
}

/** The model's score of a row, as the engine computes it (the words' weights summed into the `words` feature). */
export function modelScore(model: ClaimModel, r: Pick<FitRow, 'x' | 'words'>): number {
  let z = model.bias;
  for (let k = 0; k < FEATURE_COUNT; k++) if (k !== WORDS_INDEX) z += model.weights[k]! * r.x[k]!;
  for (const w of r.words) z += model.wordWeights.get(w) ?? 0;
  return sigmoid(z);
}
