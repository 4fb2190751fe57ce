/**
 * The one pass over a candidate's characters that the claim features read (claim-features.ts): what cue lists its
 * words and phrases belong to, and what its tokens showed in context (a figure after a currency sign, a year, a
 * "we'll"…), gathered into a Scan.
 *
 * A hand-written tokenizer (no regular expressions), one Map look-up per word for the bit set of cue lists it
 * belongs to, and phrase keys built only after a word that can start a phrase. Linear in the length of the text.
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
  MONTH_AND_DAY_NAMES,
  NEGATION_WORDS,
  NOT_ENTITY,
  NOT_PAST_ED,
  NUMBER_WORDS,
  OPINION_PHRASES,
  OPINION_WORDS,
  PAST_WORDS,
  PERCENT_UNITS,
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
  WEEKDAYS,
} from './lexicon/claims.ts';

// ---------------------------------------------------------------------------------------------------------------
// One dictionary: every cue word maps to a bit set of the lists it belongs to, so a token costs one Map look-up.

export const W_MONEY = 1 << 0;
export const W_QUANTITY = 1 << 1;
export const W_NUMBER = 1 << 2;
export const W_STAT = 1 << 3;
export const W_COMP = 1 << 4;
export const W_CAUSAL = 1 << 5;
export const W_PRED = 1 << 6;
export const W_PLAN = 1 << 7;
export const W_PAST = 1 << 8;
export const W_NOT_PAST_ED = 1 << 9;
export const W_HEDGE = 1 << 10;
export const W_OPINION = 1 << 11;
export const W_FIRST = 1 << 12;
export const W_SECOND = 1 << 13;
export const W_COND = 1 << 14;
export const W_NEG = 1 << 15;
export const W_REPORT = 1 << 16;
export const W_DATE = 1 << 17;
export const W_NOT_ENTITY = 1 << 18;
export const W_PERCENT_UNIT = 1 << 19;
/** the word starts a two-word phrase / a three-word phrase */
export const W_BIGRAM_HEAD = 1 << 20;
export const W_TRIGRAM_HEAD = 1 << 21;
export const W_LAW = 1 << 22;
export const W_FINDING_NOUN = 1 << 23;
export const W_FINDING_VERB = 1 << 24;
export const W_MARKET = 1 << 25;
export const W_SPORT = 1 << 26;
export const W_ROUTINE = 1 << 27;
export const W_RECORD = 1 << 28;
export const W_DISPUTE = 1 << 29;

function buildDictionary(entries: [ReadonlySet<string>, number][]): Map<string, number> {
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
  [PERCENT_UNITS, W_PERCENT_UNIT],
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

// ---------------------------------------------------------------------------------------------------------------
// What tokens showed in context (Scan.marks)

/** a figure of money: after a currency sign, or a number before a money word */
export const M_MONEY = 1 << 0;
/** a number before "%" or a percent word */
export const M_PERCENT = 1 << 1;
/** a figure in digits that is neither money nor a year */
export const M_PLAIN_NUMBER = 1 << 2;
/** four digits from 1500 to 2099, not after a currency sign */
export const M_YEAR = 1 << 3;
/** "3-2", "7–2": a score or a tally */
export const M_SCORE_LINE = 1 << 4;
/** a "'ll" contraction */
export const M_WILL = 1 << 5;
/** a first-person "'ll" contraction: "we'll" */
export const M_PROMISE = 1 << 6;
/** a capitalised day name */
export const M_WEEKDAY = 1 << 7;
/** a date word read as a date */
export const M_DATE = 1 << 8;
/** a hedge word not read as a date */
export const M_HEDGE = 1 << 9;
/** an "n't" contraction */
export const M_NEGATION = 1 << 10;

/** What one pass over a candidate found. */
export interface Scan {
  /** words and figures */
  words: number;
  /** capitalised words after the first that are not in NOT_ENTITY or a date */
  entities: number;
  /** the W_* bits of every word */
  wordBits: number;
  /** the W_* bits of every two- and three-word phrase */
  phraseBits: number;
  /** the M_* bits */
  marks: number;
  /** past-tense markers: past words and "-ed" words */
  pastCount: number;
  /** a figure in digits occurs */
  digits: boolean;
  /** the last of ".", "!", "?" (63), a digit and a word (97): 63 = the candidate ends as a question */
  lastSignificant: number;
}

/** The scan and the tokenizer's memory of the tokens before the current one. */
interface Cursor extends Scan {
  prev: string;
  prev2: string;
  prevNumeric: boolean;
  prevCurrency: boolean;
  prevFlags: number;
  prev2Flags: number;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII letters and anything above Latin-1 punctuation that is not a typographic mark or space. */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, currency, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xd7 && c !== 0xf7 && c !== 0xfeff;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Scans text[start, end); `lowered` is text.toLowerCase() or null. */
export function scanClaimText(text: string, start: number, end: number, lowered: string | null): Scan {
  const cur: Cursor = {
    words: 0,
    entities: 0,
    wordBits: 0,
    phraseBits: 0,
    marks: 0,
    pastCount: 0,
    digits: false,
    lastSignificant: 0,
    prev: '',
    prev2: '',
    prevNumeric: false,
    prevCurrency: false,
    prevFlags: 0,
    prev2Flags: 0,
  };
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5) {
      // currency sign: $ € £ ¥
      cur.prevCurrency = true;
      cur.prevNumeric = false;
      i++;
    } else if (c === 37) {
      if (cur.prevNumeric) cur.marks |= M_PERCENT;
      cur.prevNumeric = false;
      i++;
    } else if (c === 63) {
      cur.lastSignificant = 63;
      i++;
    } else if (isDigit(c)) {
      i = scanFigure(cur, text, i, end);
    } else if (!isLetter(c)) {
      if (c === 46 || c === 33) cur.lastSignificant = c; // "." "!" (closing quotes and brackets do not count)
      i++;
    } else {
      i = scanWord(cur, text, i, end, lowered);
    }
  }
  return cur;
}

/** A figure in digits at i ("1,200", "3.5"): money, a year or a number. Returns where it ends. */
function scanFigure(cur: Cursor, text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (isDigit(d)) j++;
    else if ((d === 44 || d === 46) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  cur.words++;
  let year = false;
  if (j - i === 4 && !cur.prevCurrency) {
    const v = +text.slice(i, j);
    year = v >= 1500 && v <= 2099;
  }
  cur.marks |= cur.prevCurrency ? M_MONEY : year ? M_YEAR : M_PLAIN_NUMBER;
  cur.digits = true;
  if (i >= 2 && (text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 0x2013) && isDigit(text.charCodeAt(i - 2))) cur.marks |= M_SCORE_LINE;
  cur.prev2 = cur.prev;
  cur.prev = '#';
  cur.prev2Flags = cur.prevFlags;
  cur.prevFlags = 0;
  cur.prevNumeric = true;
  cur.prevCurrency = false;
  cur.lastSignificant = c;
  return j;
}

/** A word at i: letters, then letters / apostrophes / hyphens. Returns where it ends. */
function scanWord(cur: Cursor, text: string, i: number, end: number, lowered: string | null): number {
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (isLetter(d) || isApostrophe(d) || d === 45) j++;
    else break;
  }
  cur.lastSignificant = 97;
  cur.words++;
  let lower: string;
  let upper = false;
  if (lowered !== null) {
    lower = lowered.slice(i, j);
    for (let k = i; k < j; k++) {
      if (text.charCodeAt(k) !== lowered.charCodeAt(k)) {
        upper = true;
        break;
      }
    }
  } else {
    const tok = text.slice(i, j);
    lower = tok.toLowerCase();
    upper = tok !== lower;
  }
  observeWord(cur, lower, upper);
  return j;
}

/** The W_* bits of the phrase the word ends, if any: two words, or three. */
function phraseFlags(cur: Cursor, lower: string): number {
  let pflags = 0;
  if (cur.prevFlags & W_BIGRAM_HEAD) pflags |= PHRASES.get(cur.prev + ' ' + lower) ?? 0;
  if (cur.prev2Flags & W_TRIGRAM_HEAD && TRIGRAM_HEADS.get(cur.prev2)!.has(cur.prev)) pflags |= PHRASES.get(cur.prev2 + ' ' + cur.prev + ' ' + lower) ?? 0;
  return pflags;
}

/** What a word shows in context: its lists, its phrase, and the marks it makes with the tokens before it. */
function observeWord(cur: Cursor, lower: string, upper: boolean): void {
  const flags = WORDS.get(lower) ?? 0;
  cur.phraseBits |= phraseFlags(cur, lower);
  if ((cur.prevNumeric || cur.prevFlags & (W_NUMBER | W_QUANTITY)) && flags & W_MONEY) cur.marks |= M_MONEY;
  if ((cur.prevNumeric || cur.prevFlags & (W_NUMBER | W_QUANTITY)) && flags & W_PERCENT_UNIT) cur.marks |= M_PERCENT;
  if (cur.prevCurrency) cur.marks |= M_MONEY;
  cur.marks |= contractionMarks(lower, flags) | dateOrHedgeMark(lower, upper, flags);
  const last = lower.charCodeAt(lower.length - 1);
  const ed = last === 100 && lower.length >= 5 && lower.charCodeAt(lower.length - 2) === 101 && isLetter(lower.charCodeAt(lower.length - 3));
  if (flags & W_PAST || (ed && !(flags & W_NOT_PAST_ED))) cur.pastCount++;
  cur.wordBits |= flags;
  if (upper && cur.words > 1 && !(flags & (W_NOT_ENTITY | W_DATE))) cur.entities++;
  cur.prev2 = cur.prev;
  cur.prev = lower;
  cur.prev2Flags = cur.prevFlags;
  cur.prevFlags = flags;
  cur.prevNumeric = false;
  cur.prevCurrency = false;
}

/** "'ll" (a prediction; "we'll" a promise) and "n't" (a negation). */
function contractionMarks(lower: string, flags: number): number {
  let marks = 0;
  const last = lower.charCodeAt(lower.length - 1);
  if (last === 108 && lower.length > 3 && lower.endsWith('ll') && isApostrophe(lower.charCodeAt(lower.length - 3))) {
    marks |= M_WILL;
    if (flags & W_FIRST) marks |= M_PROMISE;
  }
  if (last === 116 && lower.length > 3 && lower.endsWith('t') && isApostrophe(lower.charCodeAt(lower.length - 2)) && lower.charCodeAt(lower.length - 3) === 110)
    marks |= M_NEGATION;
  return marks;
}

/** Month and day names only when capitalised ("May" the month, not "may" the modal); a weekday is a schedule. */
function dateOrHedgeMark(lower: string, upper: boolean, flags: number): number {
  if (flags & W_DATE) {
    if (upper && WEEKDAYS.has(lower)) return M_WEEKDAY;
    if (upper || !MONTH_AND_DAY_NAMES.has(lower)) return M_DATE;
  }
  return flags & W_HEDGE ? M_HEDGE : 0;
}
