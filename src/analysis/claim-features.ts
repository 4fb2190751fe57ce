/**
 * Interpretable features of a candidate claim (a sentence or a clause). Shared by the detector and by the
 * training script (src/cli/train-claims.ts), so the weights in claim-weights.ts always match these features.
 *
 * One pass over the tokens with Set look-ups (single words, two- and three-word phrases) plus a few
 * precompiled regular expressions for figures: linear in the length of the text.
 */
import {
  CAUSAL_PHRASES,
  CAUSAL_WORDS,
  COMPARISON_PHRASES,
  COMPARISON_WORDS,
  CONDITIONAL_WORDS,
  DATE_PHRASES,
  DATE_WORDS,
  FIRST_PERSON,
  HEDGE_PHRASES,
  HEDGE_WORDS,
  MONEY_WORDS,
  NEGATION_WORDS,
  NOT_ENTITY,
  NOT_PAST_ED,
  NUMBER_WORDS,
  OPINION_PHRASES,
  OPINION_WORDS,
  PAST_WORDS,
  PLAN_PHRASES,
  PLAN_WORDS,
  PREDICTIVE_PHRASES,
  PREDICTIVE_WORDS,
  QUANTITY_WORDS,
  REPORTING_WORDS,
  SECOND_PERSON,
  STATISTIC_WORDS,
} from './lexicon/claims.ts';

/**
 * Feature names, in vector order. `reason` is the contract's reason word the feature stands for when it fires
 * and pushes the score up; features without a reason only shape the score.
 */
export const FEATURES = [
  { name: 'money', reason: 'money' },
  { name: 'percentage', reason: 'percentage' },
  { name: 'number', reason: 'number' },
  { name: 'quantity', reason: 'quantity' },
  { name: 'statistic', reason: 'statistic' },
  { name: 'date', reason: 'date' },
  { name: 'year', reason: 'date' },
  { name: 'comparison', reason: 'comparison' },
  { name: 'causal', reason: 'causal' },
  { name: 'predictive', reason: 'predictive' },
  { name: 'plan', reason: 'predictive' },
  { name: 'past-event', reason: 'past-event' },
  { name: 'past-events', reason: 'past-event' },
  { name: 'entity', reason: null },
  { name: 'promise', reason: null },
  { name: 'hedge', reason: null },
  { name: 'opinion', reason: null },
  { name: 'first-person', reason: null },
  { name: 'second-person', reason: null },
  { name: 'question', reason: null },
  { name: 'conditional', reason: null },
  { name: 'negation', reason: null },
  { name: 'reporting', reason: null },
  { name: 'length', reason: null },
  { name: 'short', reason: null },
] as const satisfies readonly { name: string; reason: string | null }[];

export type FeatureName = (typeof FEATURES)[number]['name'];
export const FEATURE_COUNT = FEATURES.length;

const IDX: Record<FeatureName, number> = Object.fromEntries(FEATURES.map((f, i) => [f.name, i])) as Record<
  FeatureName,
  number
>;

const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\d(?:[\d,.]*\d)?|[$€£¥%?]/gu;
const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const NUMERIC = /^\d/;
const PERCENT_AFTER = /^(percent|per|percentage|pct)$/;
const CURRENCY = /^[$€£¥]$/;
const ED = /^\p{L}{3,}ed$/u;
const SPLIT_NT = /n['’]t$/;
const WILL_CONTRACTION = /['’]ll$/;

const HAS_UPPER = /\p{Lu}/u;

/** A capital anywhere: "Senate", "anti-Western", "McCain". */
function hasUpper(tok: string): boolean {
  return HAS_UPPER.test(tok);
}

/**
 * Feature vector of `text` (or of text[start, end)). `past-events` fires on a second past-tense
 * marker. Values are 0/1 except `entity` (0, .5, 1 for 0, 1, 2+
 * capitalised words after the first) and `length` (log of the word count, scaled to about 0..1).
 */
export function claimFeatures(text: string, start = 0, end = text.length): Float64Array {
  const x = new Float64Array(FEATURE_COUNT);
  const piece = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN.lastIndex = 0;
  let words = 0;
  let entities = 0;
  let prev = '';
  let prev2 = '';
  let prevNumeric = false;
  let m: RegExpExecArray | null;
  let lastChar = '';
  while ((m = TOKEN.exec(piece)) !== null) {
    const tok = m[0];
    lastChar = tok;
    if (tok === '%') {
      if (prevNumeric) x[IDX.percentage] = 1;
      prev2 = prev;
      prev = '%';
      prevNumeric = false;
      continue;
    }
    if (tok === '?') continue;
    if (CURRENCY.test(tok)) {
      prev2 = prev;
      prev = tok;
      prevNumeric = false;
      continue;
    }
    if (NUMERIC.test(tok)) {
      words++;
      if (CURRENCY.test(prev)) x[IDX.money] = 1;
      else if (YEAR.test(tok)) x[IDX.year] = 1;
      else x[IDX.number] = 1;
      prev2 = prev;
      prev = '#';
      prevNumeric = true;
      continue;
    }
    words++;
    const lower = tok.toLowerCase();
    const bigram = prev + ' ' + lower;
    const trigram = prev2 + ' ' + bigram;

    if (prevNumeric || NUMBER_WORDS.has(prev) || QUANTITY_WORDS.has(prev)) {
      if (MONEY_WORDS.has(lower)) x[IDX.money] = 1;
      if (PERCENT_AFTER.test(lower)) x[IDX.percentage] = 1;
    }
    if (prev === '$' || prev === '€' || prev === '£' || prev === '¥') x[IDX.money] = 1;
    if (NUMBER_WORDS.has(lower)) x[IDX.number] = 1;
    if (QUANTITY_WORDS.has(lower)) x[IDX.quantity] = 1;
    if (STATISTIC_WORDS.has(lower)) x[IDX.statistic] = 1;
    if (COMPARISON_WORDS.has(lower) || COMPARISON_PHRASES.has(bigram) || COMPARISON_PHRASES.has(trigram))
      x[IDX.comparison] = 1;
    if (CAUSAL_WORDS.has(lower) || CAUSAL_PHRASES.has(bigram) || CAUSAL_PHRASES.has(trigram)) x[IDX.causal] = 1;
    if (PREDICTIVE_WORDS.has(lower) || PREDICTIVE_PHRASES.has(bigram) || PREDICTIVE_PHRASES.has(trigram))
      x[IDX.predictive] = 1;
    if (PLAN_WORDS.has(lower) || PLAN_PHRASES.has(bigram) || PLAN_PHRASES.has(trigram)) x[IDX.plan] = 1;
    if (WILL_CONTRACTION.test(lower)) {
      x[IDX.predictive] = 1;
      if (FIRST_PERSON.has(lower)) x[IDX.promise] = 1;
    }
    if (PAST_WORDS.has(lower) || (ED.test(lower) && !NOT_PAST_ED.has(lower))) {
      if (x[IDX['past-event']] === 1) x[IDX['past-events']] = 1;
      x[IDX['past-event']] = 1;
    }
    const upper = hasUpper(tok);
    if (DATE_WORDS.has(lower)) {
      // month and day names only when capitalised ("May" the month, not "may" the modal)
      if (upper || lower === 'ago' || lower === 'since' || lower === 'yesterday' || lower.startsWith('decade') ||
        lower.startsWith('centur') || lower.startsWith('annual') || lower.endsWith('ly') || lower === 'weekend')
        x[IDX.date] = 1;
      else if (HEDGE_WORDS.has(lower)) x[IDX.hedge] = 1;
    } else if (HEDGE_WORDS.has(lower)) x[IDX.hedge] = 1;
    if (DATE_PHRASES.has(bigram) || DATE_PHRASES.has(trigram)) x[IDX.date] = 1;
    if (HEDGE_PHRASES.has(bigram) || HEDGE_PHRASES.has(trigram)) x[IDX.hedge] = 1;
    if (OPINION_WORDS.has(lower) || OPINION_PHRASES.has(bigram) || OPINION_PHRASES.has(trigram)) x[IDX.opinion] = 1;
    if (FIRST_PERSON.has(lower)) x[IDX['first-person']] = 1;
    if (SECOND_PERSON.has(lower)) x[IDX['second-person']] = 1;
    if (CONDITIONAL_WORDS.has(lower)) x[IDX.conditional] = 1;
    if (NEGATION_WORDS.has(lower) || SPLIT_NT.test(lower)) x[IDX.negation] = 1;
    if (REPORTING_WORDS.has(lower)) x[IDX.reporting] = 1;
    if (upper && words > 1 && !NOT_ENTITY.has(lower) && !DATE_WORDS.has(lower)) entities++;
    prev2 = prev;
    prev = lower;
    prevNumeric = false;
  }
  // "we will", "I'm going to": a promise, not a checkable prediction
  if (x[IDX.predictive] === 1 && x[IDX['first-person']] === 1) x[IDX.promise] = 1;
  if (lastChar === '?' || piece.trimEnd().endsWith('?')) x[IDX.question] = 1;
  x[IDX.entity] = entities >= 2 ? 1 : entities === 1 ? 0.5 : 0;
  x[IDX.length] = Math.min(1, Math.log1p(words) / Math.log1p(60));
  x[IDX.short] = words < 6 ? 1 : 0;
  return x;
}

/** The number of words the tokenizer sees in text[start, end). */
export function wordCount(text: string, start = 0, end = text.length): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
