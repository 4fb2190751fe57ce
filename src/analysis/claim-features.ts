/**
 * Interpretable features of a candidate claim (a sentence or a clause). Shared by the detector and by the
 * training script (tools/train-claims.ts), so the weights in claim-weights.ts always match these features.
 *
 * One pass over the characters: a hand-written tokenizer (no regular expressions), one Map look-up per word for
 * the bit set of cue lists it belongs to, and phrase keys built only after a word that can start a phrase.
 * Linear in the length of the text.
 */
import {
  CAUSAL_PHRASES,
  CAUSAL_WORDS,
  COMPARISON_PHRASES,
  COMPARISON_WORDS,
  CONDITIONAL_WORDS,
  DATE_PHRASES,
  DATE_WORDS,
  DISPUTE_WORDS,
  FINDING_NOUNS,
  FINDING_VERBS,
  FIRST_PERSON,
  HEDGE_PHRASES,
  HEDGE_WORDS,
  LAW_WORDS,
  MARKET_WORDS,
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
  RECORD_WORDS,
  REPORTING_WORDS,
  ROUTINE_WORDS,
  SECOND_PERSON,
  SPORT_WORDS,
  STATISTIC_WORDS,
} from './lexicon/claims.ts';

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

/**
 * Feature names, in vector order. `reason` is the contract's reason word the feature stands for when it fires
 * and pushes the score up; features without a reason only shape the score.
 */
export const FEATURES = [
  { name: 'money', reason: 'money', type: 'quantity' },
  { name: 'percentage', reason: 'percentage', type: 'quantity' },
  { name: 'number', reason: 'number', type: 'quantity' },
  { name: 'quantity', reason: 'quantity', type: 'quantity' },
  { name: 'statistic', reason: 'statistic', type: 'quantity' },
  { name: 'date', reason: 'date', type: null },
  { name: 'year', reason: 'date', type: null },
  { name: 'weekday', reason: null, type: null },
  { name: 'comparison', reason: 'comparison', type: 'quantity' },
  { name: 'causal', reason: 'causal', type: 'causal' },
  { name: 'predictive', reason: 'predictive', type: 'prediction' },
  { name: 'plan', reason: 'predictive', type: 'prediction' },
  { name: 'law', reason: 'law', type: 'law' },
  { name: 'finding', reason: 'finding', type: null },
  { name: 'past-event', reason: 'past-event', type: null },
  { name: 'past-events', reason: 'past-event', type: null },
  { name: 'market', reason: null, type: null },
  { name: 'sport', reason: null, type: null },
  { name: 'score-line', reason: null, type: null },
  { name: 'routine', reason: null, type: null },
  { name: 'record', reason: 'record', type: null },
  { name: 'dispute', reason: 'dispute', type: null },
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
  // set by the detector from the engine's quotes, not by claimFeatures(): the words are someone else's
  { name: 'quoted', reason: 'quoted' },
  { name: 'reported', reason: 'reported' },
] as const satisfies readonly { name: string; reason: ClaimReason | null; type?: ClaimType | null }[];

export type FeatureName = (typeof FEATURES)[number]['name'];
export const FEATURE_COUNT = FEATURES.length;

const IDX: Record<FeatureName, number> = Object.fromEntries(FEATURES.map((f, i) => [f.name, i])) as Record<
  FeatureName,
  number
>;

// ---------------------------------------------------------------------------------------------------------------
// One dictionary: every cue word maps to a bit set of the lists it belongs to, so a token costs one Map look-up.

const W_MONEY = 1 << 0;
const W_QUANTITY = 1 << 1;
const W_NUMBER = 1 << 2;
const W_STAT = 1 << 3;
const W_COMP = 1 << 4;
const W_CAUSAL = 1 << 5;
const W_PRED = 1 << 6;
const W_PLAN = 1 << 7;
const W_PAST = 1 << 8;
const W_NOT_PAST_ED = 1 << 9;
const W_HEDGE = 1 << 10;
const W_OPINION = 1 << 11;
const W_FIRST = 1 << 12;
const W_SECOND = 1 << 13;
const W_COND = 1 << 14;
const W_NEG = 1 << 15;
const W_REPORT = 1 << 16;
const W_DATE = 1 << 17;
const W_NOT_ENTITY = 1 << 18;
const W_PERCENT_UNIT = 1 << 19;
/** the word starts a two-word phrase / a three-word phrase */
const W_BIGRAM_HEAD = 1 << 20;
const W_TRIGRAM_HEAD = 1 << 21;
const W_LAW = 1 << 22;
const W_FINDING_NOUN = 1 << 23;
const W_FINDING_VERB = 1 << 24;
const W_MARKET = 1 << 25;
const W_SPORT = 1 << 26;
const W_ROUTINE = 1 << 27;
const W_RECORD = 1 << 28;
const W_DISPUTE = 1 << 29;

function buildDictionary(entries: [Set<string>, number][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [words, bit] of entries) for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

const WORDS = buildDictionary([
  [MONEY_WORDS, W_MONEY],
  [QUANTITY_WORDS, W_QUANTITY],
  [NUMBER_WORDS, W_NUMBER],
  [STATISTIC_WORDS, W_STAT],
  [COMPARISON_WORDS, W_COMP],
  [CAUSAL_WORDS, W_CAUSAL],
  [PREDICTIVE_WORDS, W_PRED],
  [PLAN_WORDS, W_PLAN],
  [PAST_WORDS, W_PAST],
  [NOT_PAST_ED, W_NOT_PAST_ED],
  [HEDGE_WORDS, W_HEDGE],
  [OPINION_WORDS, W_OPINION],
  [FIRST_PERSON, W_FIRST],
  [SECOND_PERSON, W_SECOND],
  [CONDITIONAL_WORDS, W_COND],
  [NEGATION_WORDS, W_NEG],
  [REPORTING_WORDS, W_REPORT],
  [DATE_WORDS, W_DATE],
  [NOT_ENTITY, W_NOT_ENTITY],
  [new Set(['percent', 'per', 'percentage', 'pct']), W_PERCENT_UNIT],
  [LAW_WORDS, W_LAW],
  [FINDING_NOUNS, W_FINDING_NOUN],
  [FINDING_VERBS, W_FINDING_VERB],
  [MARKET_WORDS, W_MARKET],
  [SPORT_WORDS, W_SPORT],
  [ROUTINE_WORDS, W_ROUTINE],
  [RECORD_WORDS, W_RECORD],
  [DISPUTE_WORDS, W_DISPUTE],
]);

/** Two- and three-word phrases, keyed by their words joined with one space. */
const PHRASES = buildDictionary([
  [COMPARISON_PHRASES, W_COMP],
  [CAUSAL_PHRASES, W_CAUSAL],
  [PREDICTIVE_PHRASES, W_PRED],
  [PLAN_PHRASES, W_PLAN],
  [DATE_PHRASES, W_DATE],
  [HEDGE_PHRASES, W_HEDGE],
  [OPINION_PHRASES, W_OPINION],
]);

/** First words of two-word phrases and first-two-words of three-word phrases: only these build phrase keys. */
const BIGRAM_HEADS = new Set<string>();
/** first word -> second words of three-word phrases */
const TRIGRAM_HEADS = new Map<string, Set<string>>();
for (const p of PHRASES.keys()) {
  const parts = p.split(' ');
  if (parts.length === 2) BIGRAM_HEADS.add(parts[0]!);
  else if (parts.length === 3) {
    let seconds = TRIGRAM_HEADS.get(parts[0]!);
    if (!seconds) TRIGRAM_HEADS.set(parts[0]!, (seconds = new Set()));
    seconds.add(parts[1]!);
  }
}
for (const w of BIGRAM_HEADS) WORDS.set(w, (WORDS.get(w) ?? 0) | W_BIGRAM_HEAD);
for (const w of TRIGRAM_HEADS.keys()) WORDS.set(w, (WORDS.get(w) ?? 0) | W_TRIGRAM_HEAD);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII letters and anything above Latin-1 punctuation that is not a typographic mark or space. */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, currency, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xd7 && c !== 0xf7 && c !== 0xfeff;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Feature vector of `text` (or of text[start, end)). `past-events` fires on a second past-tense marker.
 * Values are 0/1 except `entity` (0, .5, 1 for 0, 1, 2+ words with a capital after the first) and `length`
 * (log of the word count, scaled to about 0..1).
 */
export function claimFeatures(
  text: string,
  start = 0,
  end = text.length,
  /** text.toLowerCase(), when the caller scores many spans of one text (must have the same length) */
  lowerText?: string,
): Float64Array {
  const x = new Float64Array(FEATURE_COUNT);
  const lowered = lowerText !== undefined && lowerText.length === text.length ? lowerText : null;
  let words = 0;
  let entities = 0;
  let prev = '';
  let prev2 = '';
  let prevNumeric = false;
  let prevCurrency = false;
  let prevFlags = 0;
  let prev2Flags = 0;
  let pastCount = 0;
  let lastSignificant = 0;
  let seen = 0;
  let numbers = false;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) {
      // currency sign: $ € £ ¥
      prevCurrency = true;
      prevNumeric = false;
      i++;
      continue;
    }
    if (c === 37) {
      if (prevNumeric) x[IDX.percentage] = 1;
      prevNumeric = false;
      i++;
      continue;
    }
    if (c === 63) {
      lastSignificant = 63;
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < end) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 44 || d === 46) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      words++;
      const len = j - i;
      let year = false;
      if (len === 4 && !prevCurrency) {
        const v = +text.slice(i, j);
        year = v >= 1500 && v <= 2099;
      }
      if (prevCurrency) x[IDX.money] = 1;
      else if (year) x[IDX.year] = 1;
      else x[IDX.number] = 1;
      numbers = true;
      // "3-2", "7–2": a score or a tally
      if (i >= 2 && (text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 0x2013) && isDigit(text.charCodeAt(i - 2))) x[IDX['score-line']] = 1;
      prev2 = prev;
      prev = '#';
      prev2Flags = prevFlags;
      prevFlags = 0;
      prevNumeric = true;
      prevCurrency = false;
      lastSignificant = c;
      i = j;
      continue;
    }
    if (!isLetter(c)) {
      if (c === 46 || c === 33) lastSignificant = c; // "." "!" (closing quotes and brackets do not count)
      i++;
      continue;
    }
    // a word: letters, then letters / apostrophes / hyphens
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      if (isLetter(d) || isApostrophe(d) || d === 45) j++;
      else break;
    }
    const tokStart = i;
    i = j;
    lastSignificant = 97;
    words++;
    let lower: string;
    let upper = false;
    if (lowered !== null) {
      lower = lowered.slice(tokStart, j);
      for (let k = tokStart; k < j; k++) {
        if (text.charCodeAt(k) !== lowered.charCodeAt(k)) {
          upper = true;
          break;
        }
      }
    } else {
      const tok = text.slice(tokStart, j);
      lower = tok.toLowerCase();
      upper = tok !== lower;
    }
    const flags = WORDS.get(lower) ?? 0;
    let pflags = 0;
    if (prevFlags & W_BIGRAM_HEAD) pflags |= PHRASES.get(prev + ' ' + lower) ?? 0;
    if (prev2Flags & W_TRIGRAM_HEAD && TRIGRAM_HEADS.get(prev2)!.has(prev)) pflags |= PHRASES.get(prev2 + ' ' + prev + ' ' + lower) ?? 0;

    if (prevNumeric || prevFlags & (W_NUMBER | W_QUANTITY)) {
      if (flags & W_MONEY) x[IDX.money] = 1;
      if (flags & W_PERCENT_UNIT) x[IDX.percentage] = 1;
    }
    if (prevCurrency) x[IDX.money] = 1;
    if (flags & W_NUMBER) x[IDX.number] = 1;
    if (flags & W_QUANTITY) x[IDX.quantity] = 1;
    if (flags & W_STAT) x[IDX.statistic] = 1;
    if ((flags | pflags) & W_COMP) x[IDX.comparison] = 1;
    if ((flags | pflags) & W_CAUSAL) x[IDX.causal] = 1;
    if ((flags | pflags) & W_PRED) x[IDX.predictive] = 1;
    if ((flags | pflags) & W_PLAN) x[IDX.plan] = 1;
    const last = lower.charCodeAt(lower.length - 1);
    const willContraction = last === 108 && lower.length > 3 && lower.endsWith('ll') && isApostrophe(lower.charCodeAt(lower.length - 3));
    if (willContraction) {
      x[IDX.predictive] = 1;
      if (flags & W_FIRST) x[IDX.promise] = 1;
    }
    const ed = last === 100 && lower.length >= 5 && lower.charCodeAt(lower.length - 2) === 101 && isLetter(lower.charCodeAt(lower.length - 3));
    if (flags & W_PAST || (ed && !(flags & W_NOT_PAST_ED))) pastCount++;
    seen |= flags;
    if (flags & W_DATE) {
      // month and day names only when capitalised ("May" the month, not "may" the modal); a weekday is a schedule
      if (upper && WEEKDAYS.has(lower)) x[IDX.weekday] = 1;
      else if (upper || !WORDS_MONTHS_DAYS.has(lower)) x[IDX.date] = 1;
      else if (flags & W_HEDGE) x[IDX.hedge] = 1;
    } else if (flags & W_HEDGE) x[IDX.hedge] = 1;
    if (pflags & W_DATE) x[IDX.date] = 1;
    if (pflags & W_HEDGE) x[IDX.hedge] = 1;
    if ((flags | pflags) & W_OPINION) x[IDX.opinion] = 1;
    if (flags & W_FIRST) x[IDX['first-person']] = 1;
    if (flags & W_SECOND) x[IDX['second-person']] = 1;
    if (flags & W_COND) x[IDX.conditional] = 1;
    if (flags & W_NEG || (last === 116 && lower.length > 3 && lower.endsWith('t') && isApostrophe(lower.charCodeAt(lower.length - 2)) && lower.charCodeAt(lower.length - 3) === 110))
      x[IDX.negation] = 1;
    if (flags & W_REPORT) x[IDX.reporting] = 1;
    if (upper && words > 1 && !(flags & (W_NOT_ENTITY | W_DATE))) entities++;
    prev2 = prev;
    prev = lower;
    prev2Flags = prevFlags;
    prevFlags = flags;
    prevNumeric = false;
    prevCurrency = false;
  }
  if (seen & W_LAW) x[IDX.law] = 1;
  if (seen & W_FINDING_NOUN && seen & W_FINDING_VERB) x[IDX.finding] = 1;
  if (seen & W_MARKET && (numbers || x[IDX.percentage] === 1)) x[IDX.market] = 1;
  if (seen & W_SPORT && (numbers || x[IDX['score-line']] === 1)) x[IDX.sport] = 1;
  if (seen & W_ROUTINE) x[IDX.routine] = 1;
  if (seen & W_RECORD) x[IDX.record] = 1;
  if (seen & W_DISPUTE) x[IDX.dispute] = 1;
  if (pastCount > 0) x[IDX['past-event']] = 1;
  if (pastCount > 1) x[IDX['past-events']] = 1;
  // "we will", "I'm going to": a promise, not a checkable prediction
  if (x[IDX.predictive] === 1 && x[IDX['first-person']] === 1) x[IDX.promise] = 1;
  if (lastSignificant === 63) x[IDX.question] = 1;
  x[IDX.entity] = entities >= 2 ? 1 : entities === 1 ? 0.5 : 0;
  x[IDX.length] = Math.min(1, Math.log1p(words) / Math.log1p(60));
  x[IDX.short] = words < 6 ? 1 : 0;
  return x;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Month and day names: a date only when capitalised. */
const WORDS_MONTHS_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

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
