/**
 * The one pass over a candidate's characters that the claim features read (claim-features.ts): what cue lists its
 * words and phrases belong to, and what its tokens showed in context (a figure after a currency sign, a year, a
 * "we'll"…), gathered into a Scan.
 *
 * A hand-written tokenizer (no regular expressions): each word is looked up in the cue dictionary where it stands in
 * the text (claim-dictionary.ts), and a phrase only after a word that can start one. Linear in the length of the
 * text.
 */
import { CUE_WORDS, EXTRA_BITS, WORD_WEIGHT, X_ABILITY, X_CLAIM_NOUN, X_EFFECT, X_FUTURE_IN_PAST, HASH_SEED, hashStep, OPENS_REPORTED_CLAUSE, PHRASE_BITS, PRONOUN_OPENER, STATE_VERB, W_CLAIMING_VERB, W_REPORT, phraseKey, W_DATE, W_FIRST, W_HEDGE, W_MONEY, W_NOT_ENTITY, W_NOT_PAST_ED, W_NUMBER, W_PAST, W_PERCENT_UNIT, W_QUANTITY, W_BIGRAM_HEAD, W_TRIGRAM_HEAD } from './claim-dictionary.ts';
import { MONTH_AND_DAY_NAMES, WEEKDAYS } from './lexicon/claims.ts';
import { digitsAreCodeOrAge, isDigitCode, isLetterCode } from './text.ts';

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
/** "would" after a reporting verb: the future seen from the past, a reported prediction */
export const M_REPORTED_FUTURE = 1 << 17;

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
   * isLetterCode() and Unicode's letters (\p{L}) disagree, or a capital sigma lower-case by its context
   */
  wide: boolean;
  /** the last of ".", "!", "?" (63), a digit and a word (97): 63 = the candidate ends as a question */
  lastSignificant: number;
  /** the sum of the model's weights of the words (claim-vocabulary.ts), each time a word occurs */
  wordScore: number;
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

/** For c >= U+0250: not general punctuation, not a currency sign (Scan.wide). */
function isWide(c: number): boolean {
  return (c < 0x2000 || c > 0x206f) && (c < 0x20a0 || c > 0x20cf);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Scans text[start, end). */
export function scanClaimText(text: string, start: number, end: number): Scan {
  return scanUpTo(text, start, end, Infinity)!;
}

/**
 * Scans text[start, end) unless it holds more than maxChunks chunks (then null, having stopped there): a sentence
 * too long to be one candidate is cut into clauses, and only their scans are needed.
 */
export function scanClaimTextUpTo(text: string, start: number, end: number, maxChunks: number): Scan | null {
  return scanUpTo(text, start, end, maxChunks);
}

function scanUpTo(text: string, start: number, end: number, maxChunks: number): Scan | null {
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
    wordScore: 0,
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
    const kind = c < 128 ? ASCII_KIND[c]! : wideKind(cur, c);
    if (kind === K_SPACE) {
      inChunk = false;
      i++;
      continue;
    }
    if (!inChunk) {
      if (++cur.chunks > maxChunks) return null;
      inChunk = true;
    }
    if (kind === K_LETTER) i = scanWord(cur, text, i, end);
    else if (kind === K_DIGIT) i = scanFigure(cur, text, i, end);
    else {
      observeMark(cur, c, kind);
      i++;
    }
  }
  return cur;
}

/** What the scan's main loop tells apart: white space, letters, digits, and the marks observeMark() reads. */
const K_OTHER = 0;
const K_SPACE = 1;
const K_LETTER = 2;
const K_DIGIT = 3;
const K_CURRENCY = 4;
const K_PERCENT = 5;
const K_QUESTION = 6;
/** "." "!" (closing quotes and brackets do not count as the last significant character) */
const K_STOP = 7;

function asciiKind(c: number): number {
  if (c === 32 || c === 9 || c === 10 || c === 13) return K_SPACE;
  if (isDigitCode(c)) return K_DIGIT;
  if (isLetterCode(c)) return K_LETTER;
  if (c === 36) return K_CURRENCY;
  if (c === 37) return K_PERCENT;
  if (c === 63) return K_QUESTION;
  return c === 46 || c === 33 ? K_STOP : K_OTHER;
}
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => asciiKind(c));

/** The kind of a character above ASCII, noting a wide one (Scan.wide). */
function wideKind(cur: Cursor, c: number): number {
  if (c >= 0x250 && isWide(c)) cur.wide = true;
  if (c === 0xa0) return K_SPACE;
  if (c === 0x20ac || c === 0xa3 || c === 0xa5) return K_CURRENCY; // € £ ¥
  return isLetterCode(c) ? K_LETTER : K_OTHER;
}

/** A character that is neither a letter, a digit nor white space. */
function observeMark(cur: Cursor, c: number, kind: number): void {
  if (kind === K_CURRENCY) {
    cur.prevCurrency = true;
    cur.prevNumeric = false;
  } else if (kind === K_PERCENT) {
    if (cur.prevNumeric) cur.marks |= M_PERCENT;
    cur.prevNumeric = false;
  } else if (kind === K_QUESTION || kind === K_STOP) cur.lastSignificant = c;
}

/** A figure in digits at i ("1,200", "3.5"): money, a year or a number. Returns where it ends. */
function scanFigure(cur: Cursor, text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  let j = i + 1;
  while (j < end) {
    const d = text.charCodeAt(j);
    if (isDigitCode(d)) j++;
    else if ((d === 44 || d === 46) && j + 1 < end && isDigitCode(text.charCodeAt(j + 1))) j += 2;
    else break;
  }
  cur.words++;
  let year = false;
  if (j - i === 4 && !cur.prevCurrency) {
    const v = +text.slice(i, j);
    year = v >= 1500 && v <= 2099;
  }
  if (year || cur.prevCurrency || !digitsAreCodeOrAge(text, i, j)) {
    cur.marks |= cur.prevCurrency ? M_MONEY : year ? M_YEAR : M_PLAIN_NUMBER;
    cur.digits = true;
  }
  if (i >= 2 && (text.charCodeAt(i - 1) === 45 || text.charCodeAt(i - 1) === 0x2013) && isDigitCode(text.charCodeAt(i - 2))) cur.marks |= M_SCORE_LINE;
  cur.prev2 = cur.prev;
  cur.prev = -1;
  cur.prev2Flags = cur.prevFlags;
  cur.prevFlags = 0;
  cur.prevNumeric = true;
  cur.prevCurrency = false;
  cur.lastSignificant = c;
  return j;
}

/**
 * The lower case of an ASCII character that may continue a word (a letter, "'" or "-"), else 0. Cue words are
 * lower-case ASCII letters, apostrophes (' and ’) and hyphens (claim-dictionary.ts), so a word of these characters
 * is looked up with no lower-cased copy of the text.
 */
const ASCII_WORD_LOWER = Uint16Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : (c >= 97 && c <= 122) || c === 39 || c === 45 ? c : 0));

/** A word at i: letters, then letters / apostrophes / hyphens. Returns where it ends. */
function scanWord(cur: Cursor, text: string, i: number, end: number): number {
  cur.lastSignificant = 97;
  cur.words++;
  // one pass over the word: where it ends, whether a letter is a capital, and the hash of its lower case while all
  // its characters are ASCII or "’"
  let upper = false;
  let plain = true;
  let h = HASH_SEED;
  let j = i;
  for (; j < end; j++) {
    const d = text.charCodeAt(j);
    let l: number;
    if (d >= 97 && d <= 122) {
      l = d;
    } else if (d < 128) {
      l = ASCII_WORD_LOWER[d]!;
      if (l === 0) break;
      if (l !== d) upper = true;
    } else if (d === 0x2019) {
      l = d;
    } else {
      if (!isLetterCode(d)) break;
      if (d >= 0x250 && isWide(d)) cur.wide = true;
      plain = false;
      l = d;
    }
    h = hashStep(h, l);
  }
  if (plain) {
    observeWord(cur, text, i, j, upper, CUE_WORDS.findHashed(text, i, j, h));
    return j;
  }
  // other letters: the word's own lower case (only a capital sigma lower-cases by its context, to one of two small
  // sigmas, neither of them in a cue word or a contraction)
  const tok = text.slice(i, j);
  const lower = tok.toLowerCase();
  observeWord(cur, lower, 0, lower.length, tok !== lower, CUE_WORDS.find(lower, 0, lower.length));
  return j;
}

/** The W_* bits of the phrase the word (entry e) ends, if any: two words, or three. */
function phraseFlags(cur: Cursor, e: number): number {
  let pflags = 0;
  if (cur.prevFlags & W_BIGRAM_HEAD) pflags |= PHRASE_BITS.get(phraseKey(cur.prev, e)) ?? 0;
  if (cur.prev2Flags & W_TRIGRAM_HEAD && cur.prev >= 0) pflags |= PHRASE_BITS.get(phraseKey(cur.prev2, cur.prev, e)) ?? 0;
  return pflags;
}

/**
 * What the word src[a, b) (e its dictionary entry or -1) shows in context: its lists, its phrase, and the marks it
 * makes with the tokens before it. src is the word's own lower case, or the text when the word is ASCII and "’"
 * (whose letters lowerCode() folds).
 */
function observeWord(cur: Cursor, src: string, a: number, b: number, upper: boolean, e: number): void {
  if (e >= 0) observeEntry(cur, upper, e);
  else observeOther(cur, src, a, b, upper);
  cur.prevNumeric = false;
  cur.prevCurrency = false;
}

/**
 * What a cue word makes alone, per dictionary entry (the word is its key): its marks written lower-case and
 * capitalised (a date or a hedge, a verb of state, a modal of ability, a word of effect, a contraction), and 1 when
 * it is a past-tense marker.
 */
const ENTRY_MARKS_LOWER = Int32Array.from(CUE_WORDS.keys, (w, e) => entryMarks(w, e, false));
const ENTRY_MARKS_UPPER = Int32Array.from(CUE_WORDS.keys, (w, e) => entryMarks(w, e, true));
const ENTRY_PAST = Uint8Array.from(CUE_WORDS.keys, (w, e) => (isPastMarker(w, 0, w.length, CUE_WORDS.bits[e]!) ? 1 : 0));

function entryMarks(w: string, e: number, upper: boolean): number {
  const flags = CUE_WORDS.bits[e]!;
  const extra = EXTRA_BITS[e]!;
  const alone = (STATE_VERB[e] ? M_STATE : 0) | (extra & X_ABILITY ? M_ABILITY : 0) | (extra & X_EFFECT ? M_EFFECT : 0);
  return dateOrHedgeMark(w, upper, flags) | alone | contractionMarks(w, 0, w.length, flags);
}

/** A cue word (entry e) in context. */
function observeEntry(cur: Cursor, upper: boolean, e: number): void {
  const flags = CUE_WORDS.bits[e]!;
  if (cur.prevFlags & (W_BIGRAM_HEAD | W_TRIGRAM_HEAD) || cur.prev2Flags & W_TRIGRAM_HEAD) cur.phraseBits |= phraseFlags(cur, e);
  if (OPENS_REPORTED_CLAUSE[e]) cur.marks |= clauseMarks(cur);
  if (EXTRA_BITS[e]! & X_FUTURE_IN_PAST && cur.wordBits & W_REPORT) cur.marks |= M_REPORTED_FUTURE;
  if (PRONOUN_OPENER[e] && cur.words === 1) cur.marks |= M_PRONOUN_START;
  if (flags & (W_MONEY | W_PERCENT_UNIT) && (cur.prevNumeric || cur.prevFlags & (W_NUMBER | W_QUANTITY))) cur.marks |= unitMarks(flags);
  if (cur.prevCurrency) cur.marks |= M_MONEY;
  cur.marks |= upper ? ENTRY_MARKS_UPPER[e]! : ENTRY_MARKS_LOWER[e]!;
  cur.pastCount += ENTRY_PAST[e]!;
  cur.wordScore += WORD_WEIGHT[e]!;
  cur.wordBits |= flags;
  if (upper && cur.words > 1 && !(flags & (W_NOT_ENTITY | W_DATE))) cur.entities++;
  shiftWord(cur, e, flags);
}

/** The opener of a reported clause after a reporting or claiming verb ("said that") or a claim noun ("the evidence that"). */
function clauseMarks(cur: Cursor): number {
  const reported = cur.prevFlags & (W_REPORT | W_CLAIMING_VERB) ? M_REPORTED_CLAUSE : 0;
  return cur.prev >= 0 && EXTRA_BITS[cur.prev]! & X_CLAIM_NOUN ? reported | M_CLAIM_CLAUSE : reported;
}

/** A money word or a percent unit (flags) after a number: "300 billion", "four percent". */
function unitMarks(flags: number): number {
  return (flags & W_MONEY ? M_MONEY : 0) | (flags & W_PERCENT_UNIT ? M_PERCENT : 0);
}

/** A word that is no cue word: only its spelling and its capital count. */
function observeOther(cur: Cursor, src: string, a: number, b: number, upper: boolean): void {
  if (cur.prevCurrency) cur.marks |= M_MONEY;
  // only a word ending in "l" or "t" can be a contraction, and only one ending in "d" an "-ed" word
  const last = lowerCode(src.charCodeAt(b - 1));
  if (last === 108 || last === 116) cur.marks |= contractionMarks(src, a, b, 0);
  else if (last === 100 && isPastMarker(src, a, b, 0)) cur.pastCount++;
  if (upper && cur.words > 1) cur.entities++;
  shiftWord(cur, -1, 0);
}

/** The word (entry e, -1 for none) becomes the token before the next. */
function shiftWord(cur: Cursor, e: number, flags: number): void {
  cur.prev2 = cur.prev;
  cur.prev = e;
  cur.prev2Flags = cur.prevFlags;
  cur.prevFlags = flags;
}

/** A past-tense word of the list, or an "-ed" word of five letters or more that the list of exceptions leaves. */
function isPastMarker(src: string, a: number, b: number, flags: number): boolean {
  if (flags & W_PAST) return true;
  const ed = b - a >= 5 && lowerCode(src.charCodeAt(b - 1)) === 100 && lowerCode(src.charCodeAt(b - 2)) === 101 && isLetterCode(src.charCodeAt(b - 3));
  return ed && !(flags & W_NOT_PAST_ED);
}

/** An ASCII capital's lower case; any other character unchanged. */
function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** "'ll" (a prediction; "we'll" a promise) and "n't" (a negation) in the word src[a, b) (see observeWord). */
function contractionMarks(src: string, a: number, b: number, flags: number): number {
  if (b - a <= 3) return 0;
  const last = lowerCode(src.charCodeAt(b - 1));
  if (last === 108 && lowerCode(src.charCodeAt(b - 2)) === 108 && isApostrophe(src.charCodeAt(b - 3))) return flags & W_FIRST ? M_WILL | M_PROMISE : M_WILL;
  if (last === 116 && isApostrophe(src.charCodeAt(b - 2)) && lowerCode(src.charCodeAt(b - 3)) === 110) return M_NEGATION;
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
