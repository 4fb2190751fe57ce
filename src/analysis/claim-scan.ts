/**
 * The one pass over a candidate's characters that the claim features read (claim-features.ts): what cue lists its
 * words and phrases belong to, and what its tokens showed in context (a figure after a currency sign, a year, a
 * "we'll"…), gathered into a Scan.
 *
 * A hand-written tokenizer (no regular expressions): each word is looked up in the cue dictionary where it stands in
 * the lower-cased text (claim-dictionary.ts), and a phrase only after a word that can start one. Linear in the length
 * of the text.
 */
import { CUE_WORDS, EXTRA_BITS, X_ABILITY, X_CLAIM_NOUN, X_EFFECT, HASH_SEED, hashStep, OPENS_REPORTED_CLAUSE, PHRASE_BITS, PRONOUN_OPENER, STATE_VERB, W_CLAIMING_VERB, W_REPORT, phraseKey, W_DATE, W_FIRST, W_HEDGE, W_MONEY, W_NOT_ENTITY, W_NOT_PAST_ED, W_NUMBER, W_PAST, W_PERCENT_UNIT, W_QUANTITY, W_BIGRAM_HEAD, W_TRIGRAM_HEAD } from './claim-dictionary.ts';
import { MONTH_AND_DAY_NAMES, WEEKDAYS } from './lexicon/claims.ts';

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
/** a reporting or claiming verb followed by the opener of a reported clause: "said that", "argued that" */
export const M_REPORTED_CLAUSE = 1 << 11;
/** the candidate's first token is a pronoun or pointer ("He said", "It was") */
export const M_PRONOUN_START = 1 << 12;
/** a present-tense verb of state ("is", "has", "remains") */
export const M_STATE = 1 << 13;
/** a claim noun followed by "that": "the evidence that …", "claims that …" */
export const M_CLAIM_CLAUSE = 1 << 14;
/** a modal of ability: "can", "cannot", "unable" */
export const M_ABILITY = 1 << 15;
/** a verb or adjective of effect: "prevents", "reduces", "effective" */
export const M_EFFECT = 1 << 16;

/** What one pass over a candidate found. */
export interface Scan {
  /** words and figures */
  words: number;
  /** runs of characters between white space (what wordCount() in claim-features.ts counts) */
  chunks: number;
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
  /**
   * a character at or above U+0250 that is neither general punctuation nor a currency sign occurs: only there may
   * isLetter() and Unicode's letters (\p{L}) disagree, or a capital sigma lower-case by its context
   */
  wide: boolean;
  /** the last of ".", "!", "?" (63), a digit and a word (97): 63 = the candidate ends as a question */
  lastSignificant: number;
}

/** The scan and the tokenizer's memory of the tokens before the current one. */
interface Cursor extends Scan {
  /** the dictionary entries of the two tokens before (-1: none, a figure, or a word that is no entry) */
  prev: number;
  prev2: number;
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

/** For c >= U+0250: not general punctuation, not a currency sign (Scan.wide). */
function isWide(c: number): boolean {
  return (c < 0x2000 || c > 0x206f) && (c < 0x20a0 || c > 0x20cf);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Scans text[start, end); `lowered` is text.toLowerCase() or null. */
export function scanClaimText(text: string, start: number, end: number, lowered: string | null): Scan {
  const cur: Cursor = {
    words: 0,
    chunks: 0,
    entities: 0,
    wordBits: 0,
    phraseBits: 0,
    marks: 0,
    pastCount: 0,
    digits: false,
    wide: false,
    lastSignificant: 0,
    prev: -1,
    prev2: -1,
    prevNumeric: false,
    prevCurrency: false,
    prevFlags: 0,
    prev2Flags: 0,
  };
  let i = start;
  // words and figures hold no white space, so a chunk begins only where this loop stands
  let inChunk = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c >= 0x250 && isWide(c)) cur.wide = true;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) inChunk = false;
    else if (!inChunk) {
      cur.chunks++;
      inChunk = true;
    }
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
  cur.prev = -1;
  cur.prev2Flags = cur.prevFlags;
  cur.prevFlags = 0;
  cur.prevNumeric = true;
  cur.prevCurrency = false;
  cur.lastSignificant = c;
  return j;
}

/** A word at i: letters, then letters / apostrophes / hyphens. Returns where it ends. */
function scanWord(cur: Cursor, text: string, i: number, end: number, lowered: string | null): number {
  cur.lastSignificant = 97;
  cur.words++;
  if (lowered === null) {
    const j = wordEnd(cur, text, i, end);
    const tok = text.slice(i, j);
    const lower = tok.toLowerCase();
    observeWord(cur, lower, 0, lower.length, tok !== lower, CUE_WORDS.find(lower, 0, lower.length));
    return j;
  }
  // one pass over the word: where it ends, whether a letter is a capital, and its hash in the lower-cased text
  let upper = text.charCodeAt(i) !== lowered.charCodeAt(i);
  let h = hashStep(HASH_SEED, lowered.charCodeAt(i));
  let j = i + 1;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (!(isLetter(d) || isApostrophe(d) || d === 45)) break;
    if (d >= 0x250 && isWide(d)) cur.wide = true;
    // an ASCII character lower-cases alone
    const l = d < 128 ? (d >= 65 && d <= 90 ? d + 32 : d) : lowered.charCodeAt(j);
    if (d !== l) upper = true;
    h = hashStep(h, l);
  }
  observeWord(cur, lowered, i, j, upper, CUE_WORDS.findHashed(lowered, i, j, h));
  return j;
}

/** Where the word at i ends. */
function wordEnd(cur: Cursor, text: string, i: number, end: number): number {
  let j = i + 1;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    if (!(isLetter(d) || isApostrophe(d) || d === 45)) break;
    if (d >= 0x250 && isWide(d)) cur.wide = true;
  }
  return j;
}

/** The M_* marks of a date or hedge word (dateOrHedgeMark), per dictionary entry: written capitalised, and not. */
const DATE_MARK_UPPER = Int32Array.from(CUE_WORDS.keys, (w, e) => dateOrHedgeMark(w, true, CUE_WORDS.bits[e]!));
const DATE_MARK_LOWER = Int32Array.from(CUE_WORDS.keys, (w, e) => dateOrHedgeMark(w, false, CUE_WORDS.bits[e]!));

/** The W_* bits of the phrase the word (entry e) ends, if any: two words, or three. */
function phraseFlags(cur: Cursor, e: number): number {
  let pflags = 0;
  if (cur.prevFlags & W_BIGRAM_HEAD) pflags |= PHRASE_BITS.get(phraseKey(cur.prev, e)) ?? 0;
  if (cur.prev2Flags & W_TRIGRAM_HEAD && cur.prev >= 0) pflags |= PHRASE_BITS.get(phraseKey(cur.prev2, cur.prev, e)) ?? 0;
  return pflags;
}

/**
 * What the word lower[a, b) (lower case; e its dictionary entry or -1) shows in context: its lists, its phrase, and the marks it makes with the
 * tokens before it.
 */
function observeWord(cur: Cursor, lower: string, a: number, b: number, upper: boolean, e: number): void {
  const flags = e < 0 ? 0 : CUE_WORDS.bits[e]!;
  if (e >= 0) {
    cur.phraseBits |= phraseFlags(cur, e);
    if (OPENS_REPORTED_CLAUSE[e] && cur.prevFlags & (W_REPORT | W_CLAIMING_VERB)) cur.marks |= M_REPORTED_CLAUSE;
    if (PRONOUN_OPENER[e] && cur.words === 1) cur.marks |= M_PRONOUN_START;
    if (STATE_VERB[e]) cur.marks |= M_STATE;
    const extra = EXTRA_BITS[e]!;
    if (extra & X_ABILITY) cur.marks |= M_ABILITY;
    if (extra & X_EFFECT) cur.marks |= M_EFFECT;
    if (OPENS_REPORTED_CLAUSE[e] && cur.prev >= 0 && EXTRA_BITS[cur.prev]! & X_CLAIM_NOUN) cur.marks |= M_CLAIM_CLAUSE;
  }
  if ((cur.prevNumeric || cur.prevFlags & (W_NUMBER | W_QUANTITY)) && flags & W_MONEY) cur.marks |= M_MONEY;
  if ((cur.prevNumeric || cur.prevFlags & (W_NUMBER | W_QUANTITY)) && flags & W_PERCENT_UNIT) cur.marks |= M_PERCENT;
  if (cur.prevCurrency) cur.marks |= M_MONEY;
  cur.marks |= contractionMarks(lower, a, b, flags);
  if (e >= 0) cur.marks |= upper ? DATE_MARK_UPPER[e]! : DATE_MARK_LOWER[e]!;
  const n = b - a;
  const ed = n >= 5 && lower.charCodeAt(b - 1) === 100 && lower.charCodeAt(b - 2) === 101 && isLetter(lower.charCodeAt(b - 3));
  if (flags & W_PAST || (ed && !(flags & W_NOT_PAST_ED))) cur.pastCount++;
  cur.wordBits |= flags;
  if (upper && cur.words > 1 && !(flags & (W_NOT_ENTITY | W_DATE))) cur.entities++;
  cur.prev2 = cur.prev;
  cur.prev = e;
  cur.prev2Flags = cur.prevFlags;
  cur.prevFlags = flags;
  cur.prevNumeric = false;
  cur.prevCurrency = false;
}

/** "'ll" (a prediction; "we'll" a promise) and "n't" (a negation) in the word lower[a, b). */
function contractionMarks(lower: string, a: number, b: number, flags: number): number {
  if (b - a <= 3) return 0;
  const last = lower.charCodeAt(b - 1);
  if (last === 108 && lower.charCodeAt(b - 2) === 108 && isApostrophe(lower.charCodeAt(b - 3))) return flags & W_FIRST ? M_WILL | M_PROMISE : M_WILL;
  if (last === 116 && isApostrophe(lower.charCodeAt(b - 2)) && lower.charCodeAt(b - 3) === 110) return M_NEGATION;
  return 0;
}

/** Month and day names only when capitalised ("May" the month, not "may" the modal); a weekday is a schedule. */
function dateOrHedgeMark(lower: string, upper: boolean, flags: number): number {
  if (flags & W_DATE) {
    if (upper && WEEKDAYS.has(lower)) return M_WEEKDAY;
    if (upper || !MONTH_AND_DAY_NAMES.has(lower)) return M_DATE;
  }
  return flags & W_HEDGE ? M_HEDGE : 0;
}
