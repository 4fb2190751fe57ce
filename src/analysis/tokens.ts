/** A small tokenizer with offsets: words, numbers, possessive markers, punctuation and quotation marks. */

import { ABBREV_WITH_DOT } from './lexicon/abbreviations.ts';
import { UNSPLIT_S_CONTRACTIONS } from './lexicon/function-words.ts';

export interface Token {
  start: number;
  end: number;
  /** surface text */
  w: string;
  /** lower case, final period dropped for abbreviations ("mr", "u.s") */
  lw: string;
  /** starts with a capital letter */
  cap: boolean;
  /** 'word' | 'num' | 'poss' (’s) | 'punct' */
  t: 'word' | 'num' | 'poss' | 'punct';
  /** index of the sentence */
  sent: number;
  /** inside a direct quotation (set by the engine; false until then, so every token has one shape) */
  quoted: boolean;
}

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|\$?\d[\d,.]*\d%?|\$?\d%?|''|\S/gu;

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
}

/** Is the code unit an ASCII letter or digit? */
function alnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function digit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The code unit at k, or -1 at or past `to` (a module function, not a closure: no allocation per token). */
function codeAt(text: string, k: number, to: number): number {
  return k < to ? text.charCodeAt(k) : -1;
}

/**
 * Quotation marks, dashes and the ellipsis beyond ASCII: no letter, mark, digit or space, so each is a token of its
 * own (TOKEN_RE's \S) and ends the word before it. Read by code: they are most of the non-ASCII characters of news
 * copy, and the regex is needed only for the rest.
 */
function isPunctuationMark(c: number): boolean {
  return (c >= 0x2013 && c <= 0x2014) || (c >= 0x2018 && c <= 0x201d) || c === 0x2026 || c === 0xab || c === 0xbb;
}

/** A capitalised word (not a number or punctuation). */
export function isCapWord(t: Token | undefined): boolean {
  return !!t && t.t === 'word' && t.cap;
}

/**
 * The end of the token TOKEN_RE would match at `i` in text[..to), for the common ASCII cases; -1 when the regex must
 * decide (a non-ASCII character is involved). Same alternatives, same order, same greed as TOKEN_RE.
 */
function asciiTokenEnd(text: string, i: number, to: number): number {
  const c = codeAt(text, i, to);
  if (c >= 128) return isPunctuationMark(c) ? i + 1 : -1; // \S
  if (asciiLetter(c)) {
    // (?:\p{L}\.){2,}
    let k = i;
    let pairs = 0;
    for (;;) {
      const a = codeAt(text, k, to);
      if (a >= 128) return -1;
      if (asciiLetter(a) && codeAt(text, k + 1, to) === 46) {
        k += 2;
        pairs++;
      } else break;
    }
    if (pairs >= 2) return k;
    // \p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?
    k = i + 1;
    for (;;) {
      let d = codeAt(text, k, to);
      while (d !== -1 && d < 128 && alnum(d)) d = codeAt(text, ++k, to);
      if (d >= 128 && d !== 0x2019 && !isPunctuationMark(d)) return -1;
      if (d === 45 || d === 39 || d === 0x2019) {
        const e = codeAt(text, k + 1, to);
        if (e >= 128 && !isPunctuationMark(e)) return -1;
        if (alnum(e)) {
          k += 2;
          continue;
        }
      }
      break;
    }
    if (codeAt(text, k, to) === 46) k++;
    return k;
  }
  if (digit(c) || c === 36) {
    let k = i;
    if (c === 36) {
      if (!digit(codeAt(text, i + 1, to))) return i + 1; // "$" alone: \S
      k = i + 1;
    }
    // \$?\d[\d,.]*\d%?  else  \$?\d%?
    let j = k + 1;
    for (;;) {
      const d = codeAt(text, j, to);
      if (digit(d) || d === 44 || d === 46) j++;
      else break;
    }
    let last = j - 1;
    while (last > k && !digit(codeAt(text, last, to))) last--;
    let end = last > k ? last + 1 : k + 1;
    if (codeAt(text, end, to) === 37) end++;
    return end;
  }
  if (c === 39 && codeAt(text, i + 1, to) === 39) return i + 2; // ''
  return i + 1; // \S
}

export function tokenize(text: string, from: number, to: number, sent: number, out: Token[]): void {
  let slice: string | null = null;
  let pos = from;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11) {
      pos++;
      continue;
    }
    // the commonest tokens, read in one pass: a plain ASCII word, a punctuation mark
    const plain = asciiLetter(c) ? plainWord(text, pos, to, sent) : null;
    if (plain !== null) {
      out.push(plain);
      pos = plain.end;
      continue;
    }
    const mark = c < 128 ? asciiMark(text, pos, to, c) : isPunctuationMark(c) ? MARKS.get(c)! : null;
    if (mark !== null) {
      out.push(new TokenRecord(mark, markLower(c, mark), false, pos, sent, 'punct'));
      pos++;
      continue;
    }
    let start = pos;
    let end = asciiTokenEnd(text, pos, to);
    if (end < 0) {
      // the general case: the regex on this sentence (it also skips Unicode white space)
      if (slice === null) slice = text.slice(from, to);
      TOKEN_RE.lastIndex = pos - from;
      const m = TOKEN_RE.exec(slice);
      if (m === null) break;
      start = from + m.index;
      end = start + m[0].length;
    }
    pos = end;
    const c0 = text.charCodeAt(start);
    if (c0 < 128 ? asciiLetter(c0) : isLetter(text[start]!)) {
      // a trailing period belongs to the word only for abbreviations, initials and dotted acronyms
      if (end - start > 1 && text.charCodeAt(end - 1) === 46 && !dottedAcronym(text, start, end) && !keepsPeriod(text, start, end - 1)) {
        end -= 1;
        pos -= 1;
      }
      const w = text.slice(start, end);
      // possessive ’s / 's as its own token
      const n = w.length;
      const s1 = w.charCodeAt(n - 1);
      const s2 = w.charCodeAt(n - 2);
      if (n > 2 && (s1 === 115 || s1 === 83) && (s2 === 0x2019 || s2 === 39)) {
        const base = w.slice(0, n - 2);
        if (!UNSPLIT_S_CONTRACTIONS.has(base.toLowerCase())) {
          out.push(mk(base, start, sent, 'word'));
          out.push(mk(w.slice(n - 2), start + base.length, sent, 'poss'));
          continue;
        }
      }
      out.push(mk(w, start, sent, 'word'));
      continue;
    }
    const w = text.slice(start, end);
    if ((c0 >= 48 && c0 <= 57) || c0 === 36) out.push(mk(w, start, sent, 'num'));
    else out.push(mk(w, start, sent, 'punct'));
  }
}

/**
 * The token of a plain ASCII word at `i` (a letter, then letters and digits, ended by a space, the end, a period it
 * does not keep or a mark that cannot continue it): what mk makes of it, read in one pass. null when the word needs
 * the general path: a one-letter word or an abbreviation before a period (an initial, "Mr."), a hyphen or an
 * apostrophe after it (a compound, a possessive) or a character beyond ASCII that is no punctuation mark.
 */
function plainWord(text: string, i: number, to: number, sent: number): Token | null {
  let upper = text.charCodeAt(i) <= 90;
  let k = i + 1;
  for (; k < to; k++) {
    const d = text.charCodeAt(k);
    if (d >= 97 && d <= 122) continue; // most of a word's letters: lower-case ASCII
    if (!alnum(d)) break;
    if (d >= 65 && d <= 90) upper = true;
  }
  if (k < to) {
    const d = text.charCodeAt(k);
    // a period ends the word (the next token) unless the word keeps it: an abbreviation, an initial, "U.S."
    if (d === 46) {
      if (k - i < 2 || keepsPeriod(text, i, k)) return null;
    } else if (d < 128 ? d === 45 || d === 39 : d === 0x2019 || !isPunctuationMark(d)) return null;
  }
  const w = text.slice(i, k);
  return new TokenRecord(w, upper ? w.toLowerCase() : w, text.charCodeAt(i) <= 90, i, sent, 'word');
}

/**
 * The ASCII punctuation or symbol at `i` as a one-character token (asciiTokenEnd's \S), or null: a letter, a digit,
 * "$" (a number) or the '' pair.
 */
function asciiMark(text: string, i: number, to: number, c: number): string | null {
  if (alnum(c) || c === 36 || (c === 39 && codeAt(text, i + 1, to) === 39)) return null;
  return text[i]!;
}

/** The punctuation marks beyond ASCII (isPunctuationMark), each one string for every token of it. */
const MARKS = new Map<number, string>(
  Array.from({ length: 0x2100 - 128 }, (_, k) => k + 128)
    .filter(isPunctuationMark)
    .map((c) => [c, String.fromCharCode(c)]),
);

/** A mark's `lw`, as mk gives it: a period's is '' (mk drops a final period), ’ reads as ', any other is itself. */
function markLower(c: number, mark: string): string {
  return c === 46 ? '' : c === 0x2019 ? "'" : mark;
}

/** Does the token text[start, end) ending in a period end like "U.S." (a period two before its last)? */
function dottedAcronym(text: string, start: number, end: number): boolean {
  return end - start >= 3 && text.charCodeAt(end - 3) === 46;
}

/**
 * Does the word text[start, end) keep the period after it: an abbreviation ("Mr.", "Jan.") or an initial ("J.")?
 * Asked of the last word of every sentence: one longer than any abbreviation is neither (lower-casing never
 * shortens a word), and is not sliced and looked up.
 */
function keepsPeriod(text: string, start: number, end: number): boolean {
  if (end - start > ABBREV_LONGEST) return false;
  const bare = text.slice(start, end);
  const lower = bare.toLowerCase();
  return ABBREV_WITH_DOT.has(lower) || (bare.length === 1 && bare !== lower);
}
const ABBREV_LONGEST = Math.max(...[...ABBREV_WITH_DOT].map((a) => a.length));

function mk(w: string, start: number, sent: number, t: Token['t']): Token {
  // most words are lower-case ASCII: their lower-case form is the word itself, and toLowerCase (slow on the
  // two-byte strings that a text with curly quotes slices into) and the search for ’ are needed only otherwise;
  // a capitalised word is lower-cased whatever its other letters are, and is not read through first
  const c = w.charCodeAt(0);
  let lowerCase = c < 128 && !(c >= 65 && c <= 90);
  for (let k = 1; lowerCase && k < w.length; k++) {
    const d = w.charCodeAt(k);
    if (d >= 128 || (d >= 65 && d <= 90)) lowerCase = false;
  }
  let lw = lowerCase ? w : w.toLowerCase();
  if (lw.charCodeAt(lw.length - 1) === 46) lw = lw.slice(0, -1);
  if (!lowerCase && lw.includes('’')) lw = lw.replace(/’/g, "'");
  // ASCII: a capital is A–Z; otherwise the case mapping decides (as for any letter)
  const cap = c < 128 ? c >= 65 && c <= 90 : w[0]! !== w[0]!.toLowerCase();
  return new TokenRecord(w, lw, cap, start, sent, t);
}

/**
 * A token as made by the tokenizer. A class, not an object literal: V8 moves a literal's allocation site to the old
 * generation once most of what it made outlives a minor collection (tokens live through the whole analysis), and
 * then every token's two young strings cost write barriers and only a major collection frees it; a class instance
 * is made young and dies young.
 */
class TokenRecord implements Token {
  start: number;
  end: number;
  w: string;
  lw: string;
  cap: boolean;
  t: Token['t'];
  sent: number;
  quoted: boolean;
  constructor(w: string, lw: string, cap: boolean, start: number, sent: number, t: Token['t']) {
    this.start = start;
    this.end = start + w.length;
    this.w = w;
    this.lw = lw;
    this.cap = cap;
    this.t = t;
    this.sent = sent;
    this.quoted = false;
  }
}
