/**
 * Interpretable features of a candidate claim (a sentence or a clause). Shared by the detector and by the
 * training script (tools/train-claims.ts), so the weights in claim-weights.ts always match these features.
 *
 * FEATURES is the feature vector, in order: each feature a small named function of one Scan of the candidate
 * (claim-scan.ts, a single pass over its characters). Linear in the length of the text.
 */
import {
  M_ABILITY,
  M_CLAIM_CLAUSE,
  M_DATE,
  M_EFFECT,
  M_HEDGE,
  M_MONEY,
  M_NEGATION,
  M_PERCENT,
  M_PLAIN_NUMBER,
  M_PROMISE,
  M_PRONOUN_START,
  M_STATE,
  M_REPORTED_CLAUSE,
  M_REPORTED_FUTURE,
  M_SCORE_LINE,
  M_WEEKDAY,
  M_WILL,
  M_YEAR,
  scanClaimText,
  type Scan,
} from './claim-scan.ts';
import {
  W_CAUSAL,
  W_COMP,
  W_COND,
  W_DATE,
  W_DISPUTE,
  W_FINDING_NOUN,
  W_FINDING_VERB,
  W_FIRST,
  W_HEDGE,
  W_LAW,
  W_MARKET,
  W_NEG,
  W_NUMBER,
  W_OPINION,
  W_PLAN,
  W_PRED,
  W_QUANTITY,
  W_RECORD,
  W_REPORT,
  W_ROUTINE,
  W_SECOND,
  W_SPORT,
  W_STAT,
} from './claim-dictionary.ts';

/** A claim's type, after Full Fact's typology: always the first of its reasons. */
export const CLAIM_TYPES = ['quantity', 'causal', 'prediction', 'law', 'other'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** Every word a claim's `reasons` may hold: its type first, then what raised its score. */
export const CLAIM_REASONS = [
  ...CLAIM_TYPES,
  'money',
  'percentage',
  'number',
  'statistic',
  'date',
  'comparison',
  'predictive',
  'past-event',
  'finding',
  'record',
  'dispute',
  'quoted',
  'reported',
] as const;
export type ClaimReason = (typeof CLAIM_REASONS)[number];

/** 1 when the condition holds, else 0. */
function one(condition: unknown): number {
  return condition ? 1 : 0;
}

/** What a bit-test feature fires on: any of these bits in the scan's words' lists, its phrases' lists, its marks. */
interface BitTest {
  words: number;
  phrases: number;
  marks: number;
}

/** The bit test behind each feature function anyBit() made (featureVector reads the test, not the function). */
const BIT_TESTS = new WeakMap<(s: Scan) => number, BitTest>();

/** A feature that fires when the scan has any of the bits of `test` (1), else 0. */
function anyBit(test: Partial<BitTest>): (s: Scan) => number {
  const t: BitTest = { words: test.words ?? 0, phrases: test.phrases ?? 0, marks: test.marks ?? 0 };
  const value = (s: Scan): number => one(s.wordBits & t.words || s.phraseBits & t.phrases || s.marks & t.marks);
  BIT_TESTS.set(value, t);
  return value;
}

/** A word of the list occurs. */
const word = (bit: number) => anyBit({ words: bit });

/** A word or a phrase of the list occurs. */
const wordOrPhrase = (bit: number) => anyBit({ words: bit, phrases: bit });

/** A token showed this in context (claim-scan.ts, M_*). */
const mark = (bit: number) => anyBit({ marks: bit });

/** A figure in digits or a number word: "$300 billion", "six days", "a third". */
const figure = (s: Scan): boolean => (s.marks & (M_MONEY | M_PERCENT | M_PLAIN_NUMBER)) !== 0 || (s.wordBits & (W_NUMBER | W_QUANTITY)) !== 0;
const past = (s: Scan): boolean => s.pastCount > 0;

const predictive = anyBit({ words: W_PRED, phrases: W_PRED, marks: M_WILL | M_REPORTED_FUTURE });

/** The feature is not read from the text: the detector sets it from the engine's quotes. */
const fromQuotes = (): number => 0;

/**
 * The features, in vector order (the weights in claim-weights.ts follow it). `reason` is the contract's reason word
 * the feature stands for when it fires and pushes the score up; features without a reason only shape the score.
 * Values are 0/1 except `entity` (0, .5, 1 for 0, 1, 2+ words with a capital after the first) and `length`
 * (log of the word count, scaled to about 0..1).
 */
export const FEATURES = [
  { name: 'money', reason: 'money', type: 'quantity', value: mark(M_MONEY) },
  { name: 'percentage', reason: 'percentage', type: 'quantity', value: mark(M_PERCENT) },
  { name: 'number', reason: 'number', type: 'quantity', value: anyBit({ marks: M_PLAIN_NUMBER, words: W_NUMBER }) },
  { name: 'quantity', reason: 'quantity', type: 'quantity', value: word(W_QUANTITY) },
  // a subject measured in figures (prices, jobs, votes): no quantity until a figure is there too
  { name: 'statistic', reason: 'statistic', type: null, value: word(W_STAT) },
  { name: 'date', reason: 'date', type: null, value: anyBit({ marks: M_DATE, phrases: W_DATE }) },
  { name: 'year', reason: 'date', type: null, value: mark(M_YEAR) },
  { name: 'weekday', reason: null, type: null, value: mark(M_WEEKDAY) },
  { name: 'comparison', reason: 'comparison', type: 'quantity', value: wordOrPhrase(W_COMP) },
  { name: 'causal', reason: 'causal', type: 'causal', value: wordOrPhrase(W_CAUSAL) },
  { name: 'predictive', reason: 'predictive', type: 'prediction', value: predictive },
  { name: 'plan', reason: 'predictive', type: 'prediction', value: wordOrPhrase(W_PLAN) },
  { name: 'law', reason: 'law', type: 'law', value: word(W_LAW) },
  { name: 'finding', reason: 'finding', type: null, value: (s: Scan) => one(s.wordBits & W_FINDING_NOUN && s.wordBits & W_FINDING_VERB) },
  { name: 'past-event', reason: 'past-event', type: null, value: (s: Scan) => one(s.pastCount > 0) },
  // a second past-tense marker
  { name: 'past-events', reason: 'past-event', type: null, value: (s: Scan) => one(s.pastCount > 1) },
  // a tick, not a forecast or what someone said the market will do: "the index gave up 0.4 per cent"
  { name: 'market', reason: null, type: null, value: (s: Scan) => one(s.wordBits & W_MARKET && (s.digits || s.marks & M_PERCENT) && !(s.marks & M_REPORTED_CLAUSE) && !predictive(s)) },
  // a result, not a record: "won 3-1", but "14 clean sheets, the most since 2001" is checkable
  { name: 'sport', reason: null, type: null, value: (s: Scan) => one(s.wordBits & W_SPORT && (s.digits || s.marks & M_SCORE_LINE) && !((s.wordBits | s.phraseBits) & W_COMP)) },
  { name: 'score-line', reason: null, type: null, value: mark(M_SCORE_LINE) },
  { name: 'routine', reason: null, type: null, value: word(W_ROUTINE) },
  { name: 'record', reason: 'record', type: null, value: word(W_RECORD) },
  { name: 'dispute', reason: 'dispute', type: null, value: word(W_DISPUTE) },
  // the sentence's structure: two signals together say more than each alone (the model is linear)
  // a figure set against another: "more than $300 billion", "up 4% from", "twice as many"
  { name: 'figure-compared', reason: 'comparison', type: 'quantity', value: (s: Scan) => one(figure(s) && (s.wordBits | s.phraseBits) & W_COMP) },
  // a forecast with a figure: "will cost $2 billion", "would cut 10,000 jobs"
  { name: 'forecast', reason: 'predictive', type: 'prediction', value: (s: Scan) => one(figure(s) && predictive(s)) },
  // a dated past event: "disbanded the unit in April 2014"
  { name: 'dated-event', reason: 'past-event', type: null, value: (s: Scan) => one(past(s) && (s.marks & (M_DATE | M_YEAR) || s.phraseBits & W_DATE)) },
  // a cause tied to an event: "has forced X to stop", "because of the tariffs, prices rose"
  { name: 'caused-event', reason: 'causal', type: 'causal', value: (s: Scan) => one(past(s) && (s.wordBits | s.phraseBits) & W_CAUSAL) },
  // a denied or missing event: "did not admit", "hasn't sent"
  { name: 'denied-event', reason: null, value: (s: Scan) => one(past(s) && (s.wordBits & W_NEG || s.marks & M_NEGATION)) },
  // a reported clause: "X said that …", "X argued that …"
  { name: 'reported-clause', reason: 'reported', value: mark(M_REPORTED_CLAUSE) },
  // a claim's content after a noun that names it: "the evidence that …", "false claims that …"
  { name: 'claim-clause', reason: 'reported', value: mark(M_CLAIM_CLAUSE) },
  // what a thing can or cannot do: "can spread", "cannot be used"
  { name: 'ability', reason: null, value: mark(M_ABILITY) },
  // one thing acting on another, without a cause word: "prevents", "reduces the risk", "is effective"
  { name: 'effect', reason: 'causal', type: 'causal', value: mark(M_EFFECT) },
  // the actor is not named where the sentence opens: "He said …", "It was …"
  { name: 'pronoun-start', reason: null, value: mark(M_PRONOUN_START) },
  // a state of affairs in the present tense: "the state has 12 seats", "X is the largest …"
  { name: 'state', reason: null, value: mark(M_STATE) },
  { name: 'entity', reason: null, value: (s: Scan) => (s.entities >= 2 ? 1 : s.entities === 1 ? 0.5 : 0) },
  // "we will", "I'm going to": a promise, not a checkable prediction
  { name: 'promise', reason: null, value: (s: Scan) => one(s.marks & M_PROMISE || (predictive(s) && s.wordBits & W_FIRST)) },
  { name: 'hedge', reason: null, value: anyBit({ marks: M_HEDGE, phrases: W_HEDGE }) },
  { name: 'opinion', reason: null, value: wordOrPhrase(W_OPINION) },
  { name: 'first-person', reason: null, value: word(W_FIRST) },
  { name: 'second-person', reason: null, value: word(W_SECOND) },
  { name: 'question', reason: null, value: (s: Scan) => one(s.lastSignificant === 63) },
  { name: 'conditional', reason: null, value: word(W_COND) },
  { name: 'negation', reason: null, value: anyBit({ words: W_NEG, marks: M_NEGATION }) },
  { name: 'reporting', reason: null, value: word(W_REPORT) },
  { name: 'length', reason: null, value: (s: Scan) => Math.min(1, Math.log1p(s.words) / Math.log1p(60)) },
  { name: 'short', reason: null, value: (s: Scan) => (s.words < 6 ? 1 : 0) },
  // the learnt weights of the candidate's general-English words, summed (claim-vocabulary.ts): its weight is 1
  { name: 'words', reason: null, value: (s: Scan) => s.wordScore },
  // set by the detector from the engine's quotes, not by claimFeatures(): the words are someone else's
  { name: 'quoted', reason: 'quoted', value: fromQuotes },
  { name: 'reported', reason: 'reported', value: fromQuotes },
] as const satisfies readonly { name: string; reason: ClaimReason | null; type?: ClaimType | null; value: (s: Scan) => number }[];

export type FeatureName = (typeof FEATURES)[number]['name'];
/** A candidate's feature values, in FEATURES order (a plain array: a typed array this size is costly to allocate). */
export type FeatureVector = number[];
export const FEATURE_COUNT = FEATURES.length;

/** Feature vector of `text` (or of text[start, end)), in FEATURES order. */
export function claimFeatures(text: string, start = 0, end = text.length): FeatureVector {
  return featureVector(scanClaimText(text, start, end));
}

/**
 * A vector to copy: its elements are already held as doubles, so writing `entity`'s 0.5 or `length` into a copy does
 * not convert a small-integer array half-way through.
 */
const DOUBLES: FeatureVector = new Array<number>(FEATURE_COUNT).fill(0.5);

/**
 * Per feature, in vector order: its bit test's masks, or (OTHER_VALUE) the function to call. A call per feature and
 * candidate, to a different function each time, cost more than the tests themselves.
 */
const TESTS = FEATURES.map((f) => BIT_TESTS.get(f.value));
const TEST_WORDS = Int32Array.from(TESTS, (t) => t?.words ?? 0);
const TEST_PHRASES = Int32Array.from(TESTS, (t) => t?.phrases ?? 0);
const TEST_MARKS = Int32Array.from(TESTS, (t) => t?.marks ?? 0);
const OTHER_VALUE: readonly (((s: Scan) => number) | null)[] = FEATURES.map((f, i) => (TESTS[i] ? null : f.value));

/** The feature vector of a scan: what each feature's value(scan) gives. */
export function featureVector(scan: Scan): FeatureVector {
  const x = DOUBLES.slice();
  const { wordBits, phraseBits, marks } = scan;
  for (let i = 0; i < FEATURE_COUNT; i++) {
    const other = OTHER_VALUE[i] ?? null;
    x[i] = other !== null ? other(scan) : (wordBits & TEST_WORDS[i]!) | (phraseBits & TEST_PHRASES[i]!) | (marks & TEST_MARKS[i]!) ? 1 : 0;
  }
  return x;
}

/**
 * The number of words the tokenizer sees in text[start, end), counted up to `max` (reading stops there): a caller
 * that only asks whether a span is shorter than a few words, or longer than many, reads no further than that.
 */
export function wordCount(text: string, start = 0, end = text.length, max = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n >= max) return n;
    }
  }
  return n;
}
