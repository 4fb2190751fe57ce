/**
 * Calibrated confidence: the probability that a quote's speaker is right, from what the sieve knows about how it
 * found the speaker. A logistic model over a few readable signals (the rule, the kind of source mention, the kind of
 * speaker, the distance from source to quote, whether the speaker's other quotes agree), fitted on dev news by
 * `npm run fit:calibration` (tools/fit-calibration.ts), which writes the weights to calibration-weights.ts and
 * reports the calibration error measured by cross-validation (never on what it was fitted on).
 */

import type { How, QuoteKind, SpeakerKind } from './types.ts';
import { SUBJECT_PRONOUNS } from './lexicon/words.ts';
import { RELATIVE_SOURCES } from './lexicon/function-words.ts';
import { CALIBRATION_WEIGHTS } from './calibration-weights.ts';

/** What a quote's attribution rests on, as the calibration reads it. */
export interface Evidence {
  how: How;
  kind: QuoteKind;
  /** the source mention: a name, a pronoun, a description ("the agency"), or none (a linked quotation) */
  source: 'name' | 'pronoun' | 'description' | 'none';
  /** null when the quote has no speaker */
  speakerKind: SpeakerKind | null;
  named: boolean;
  /** characters between the source mention and the nearest end of the quote (0 with no source) */
  distance: number;
  /** other quotes of the article given the same speaker */
  others: number;
  /** the rule's own confidence (as refined by the kind of source) */
  prior: number;
  /** the source is a pronoun the text gives two people for ("Doe met Roe. He said …"): its speaker is a guess */
  guessed?: boolean;
}

/** No pronoun source is longer ("which"): a longer one skips the look-ups, and the lower-case copy they need. */
const LONGEST_PRONOUN = Math.max(...[...SUBJECT_PRONOUNS, ...RELATIVE_SOURCES].map((w) => w.length));

/** A pronoun source, lower-cased: "he", "they", "who", "that". */
const isPronoun = (w: string) => SUBJECT_PRONOUNS.has(w) || RELATIVE_SOURCES.has(w);

export function sourceKind(text: string | null): Evidence['source'] {
  if (text === null) return 'none';
  const t = text.trim();
  if (t.length <= LONGEST_PRONOUN && isPronoun(t.toLowerCase())) return 'pronoun';
  return /^\p{Lu}/u.test(t) && !/^(?:The|A|An|Some|Several)\s/u.test(t) ? 'name' : 'description';
}

const logit = (p: number) => Math.log(Math.max(1e-3, Math.min(1 - 1e-3, p)) / (1 - Math.max(1e-3, Math.min(1 - 1e-3, p))));

/** The model's inputs as named values (a weight's name is the feature's): a small, readable vector. */
export function featuresOf(e: Evidence): Map<string, number> {
  const x = new Map<string, number>(categoricalFeatures(e).map((k) => [k, 1]));
  for (const [k, v] of numericFeatures(e)) x.set(k, v);
  return x;
}

/** The features that are 1 when present: the bias, the rule, the kinds of source, speaker and quote, named. */
function categoricalFeatures(e: Evidence): string[] {
  const x = ['bias', `how=${e.how}`, `source=${e.source}`, `speaker=${e.speakerKind ?? 'none'}`, `kind=${e.kind}`];
  if (e.named) x.push('named');
  return x;
}

function numericFeatures(e: Evidence): [string, number][] {
  return [
    ['distance', distanceFeature(e)],
    ['others', othersFeature(e)],
    ['prior', logit(e.prior)],
  ];
}
const distanceFeature = (e: Evidence) => Math.log1p(e.distance / 40);
const othersFeature = (e: Evidence) => Math.min(e.others, 4) / 4;

export type Weights = Readonly<Record<string, number>>;

/**
 * For the engine's own weights, the sum over the categorical features of each combination met so far: there are
 * few combinations, and the cached sum is the same additions in the same order as summing feature by feature.
 * (Other weights, such as the fitting tool's, are summed each time.)
 */
const categoricalSums = new Map<string, Map<string, Map<string, Map<string, number[]>>>>();

/** The cached categorical sums of a combination, [not named, named] (NaN until met): a trie over its parts, so no key string is built per quote. */
function cachedSum(e: Evidence, speakerKind: SpeakerKind): number[] {
  let bySource = categoricalSums.get(e.how);
  if (!bySource) categoricalSums.set(e.how, (bySource = new Map()));
  let bySpeaker = bySource.get(e.source);
  if (!bySpeaker) bySource.set(e.source, (bySpeaker = new Map()));
  let byKind = bySpeaker.get(speakerKind);
  if (!byKind) bySpeaker.set(speakerKind, (byKind = new Map()));
  let sums = byKind.get(e.kind);
  if (!sums) byKind.set(e.kind, (sums = [NaN, NaN]));
  return sums;
}

/** The probability that the speaker is right under `weights` (0 when there is no speaker). */
export function probability(e: Evidence, weights: Weights = CALIBRATION_WEIGHTS): number {
  if (e.speakerKind === null) return 0;
  const sums = weights === CALIBRATION_WEIGHTS ? cachedSum(e, e.speakerKind) : null;
  const slot = e.named ? 1 : 0;
  let z = sums ? sums[slot]! : NaN;
  if (Number.isNaN(z)) {
    z = 0;
    for (const k of categoricalFeatures(e)) z += (weights[k] ?? 0) * 1;
    if (sums) sums[slot] = z;
  }
  // numericFeatures(e), term by term in its order, without building its list for every quote
  z += (weights.distance ?? 0) * distanceFeature(e);
  z += (weights.others ?? 0) * othersFeature(e);
  z += (weights.prior ?? 0) * logit(e.prior);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The confidence of a quote whose source is a pronoun two people fit (pronouns.ts): below the site's threshold for
 * stating a speaker as fact (UNCERTAIN_BELOW in src/lib/attribution.ts; tests/unit/calibration.test.ts ties the two), so the reader sees "source uncertain" with the guess. The
 * guess was measured right in about three of four such quotes (PolNeAR dev 23 of 33, held-out 14 of 18, ggt-dev 3
 * of 4, by their gold and the blind annotation of pronoun referents): a wrong attribution shown as fact is worse
 * than none, so this one is not.
 */
export const GUESSED_CONFIDENCE = 0.6;

/** `confidence` as the contract gives it: the calibrated probability, two decimals. */
export function calibrated(e: Evidence): number {
  const p = Math.round(probability(e) * 100) / 100;
  return e.guessed ? Math.min(p, GUESSED_CONFIDENCE) : p;
}
