/** Positions and excerpts for diagnostics: offsets to line and column, white space folded, the words at a place. */

export type Locate = (pos: number) => { line: number; column: number };

/** Offsets → 1-based line and column (a binary search over line starts). */
export function createLocator(text: string): Locate {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: pos - starts[lo]! + 1 };
  };
}

/** A bit per string length (lengths from 31 on share the last bit): a quick necessary test that two lengths are equal. */
export function lengthBit(n: number): number {
  return 1 << Math.min(n, 31);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Letters: ASCII letters and anything above Latin-1 punctuation that is not a typographic mark or space. */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, currency, arrows, symbols
  if (c >= 0x3000 && c <= 0x303f) return false;
  return c !== 0xd7 && c !== 0xf7 && c !== 0xfeff;
}

/**
 * Digits at [i, j) that are no figure: a name's code, glued to its letters ("XV-9", "HX-7", "Q7"), or an age
 * ("the 22-year-old"), which describes a person and is checked by nobody.
 */
export function digitsAreCodeOrAge(text: string, i: number, j: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  if (isLetterCode(before) || (before === 45 && i > 1 && isLetterCode(text.charCodeAt(i - 2)))) return true;
  return text.startsWith('-year-old', j) || text.startsWith('-years-old', j) || isApposedAge(text, i, j);
}

/** "Tomas Varga, 71, said …": one or two digits set off by commas right after a capitalised word. */
function isApposedAge(text: string, i: number, j: number): boolean {
  if (j - i > 2 || text.charCodeAt(j) !== 44 || i < 4 || text.charCodeAt(i - 1) !== 32 || text.charCodeAt(i - 2) !== 44) return false;
  let k = i - 3;
  while (k > 0 && isLetterCode(text.charCodeAt(k - 1))) k--;
  const c = text.charCodeAt(k);
  return k < i - 3 && c >= 65 && c <= 90;
}

/** Is the code unit white space as a regex's \s and String#trim read it? */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Per BMP code unit: 0 not yet asked, 1 a letter (\p{L}), 2 not; filled on first use. */
const BMP_LETTER = new Uint8Array(0x10000);
const LETTER = /\p{L}/u;

/**
 * The length in code units of the letter (\p{L}, a code point as a u-flag regex reads it) at s[i]: 1, 2 for a
 * letter beyond the BMP, 0 for none. ASCII by code, the rest asked of the regex once per code unit.
 */
export function letterLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let known = BMP_LETTER[c]!;
  if (known === 0) known = BMP_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** The words of s between runs of white space, none empty: s.split(/\s+/).filter(Boolean) in one pass, with no regex. */
export function wordsOf(s: string): string[] {
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words.push(s.slice(from, i));
      from = -1;
    }
  }
  if (from >= 0) words.push(s.slice(from));
  return words;
}

/**
 * Does s[from, to) hold white space other than single spaces? A loop, not a regex: it runs on every name and
 * paragraph, and on a range of the whole text it reads the flat string, not a slice of it.
 */
function hasSpaceToFold(s: string, from: number, to: number): boolean {
  return singleSpaces(s, from, to) < 0;
}

/**
 * The number of spaces in s[from, to), or -1 when it holds white space other than single spaces (then folding
 * changes it). A range with none to fold and no space at either end is its own cleanRange, with one word more
 * than spaces: the count comes with the test, for the callers that need both (zones.ts).
 */
export function singleSpaces(s: string, from: number, to: number): number {
  let prevSpace = false;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      prevSpace = false;
      continue;
    }
    if (c === 32) {
      if (prevSpace) return -1;
      prevSpace = true;
      n++;
    } else if (isSpaceCode(c)) return -1;
    else prevSpace = false;
  }
  return n;
}

/** Runs of white space as one space (not trimmed): s itself when there is nothing to fold. */
export function foldSpaces(s: string): string {
  return hasSpaceToFold(s, 0, s.length) ? s.replace(/\s+/g, ' ') : s;
}

/** Runs of white space as one space, trimmed. */
export function clean(s: string): string {
  return foldSpaces(s).trim();
}

/** clean(text.slice(from, to)), reading the range in place. */
export function cleanRange(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  return hasSpaceToFold(text, from, to) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/** The first words at pos, past opening quotation marks: what a diagnostic is about. */
export function excerptAt(text: string, pos: number, words = 8): string {
  // read in place (every unattributed quote gets one): past the marks and white space, the first words of the next
  // 200 characters, as clean(…).split(' ').slice(0, words) would give them
  const to = Math.min(text.length, pos + 200);
  let i = Math.max(0, pos);
  while (i < to && (isSpaceCode(text.charCodeAt(i)) || isOpeningMark(text.charCodeAt(i)))) i++;
  const out: string[] = [];
  while (i < to && out.length < words) {
    let j = i;
    while (j < to && !isSpaceCode(text.charCodeAt(j))) j++;
    out.push(text.slice(i, j));
    while (j < to && isSpaceCode(text.charCodeAt(j))) j++;
    i = j;
  }
  return out.join(' ');
}
/** “ " ‘ ' ” ’: the marks an excerpt starts after. */
function isOpeningMark(c: number): boolean {
  return c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 0x201d || c === 0x2019;
}

/** Typographic quotation marks and dashes as plain ones, so an editor's match phrase finds curly copy. */
export function foldQuote(s: string): string {
  return s.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[\u2010-\u2015]/g, '-');
}

/**
 * The next match of a global regex at or after a position (text.length when none): a scan that jumps from one
 * candidate character to the next, the regex engine skipping what lies between faster than a loop over codes does.
 * It remembers its last answer: ranges (paragraphs) are asked in order, and one with no match must not send the
 * search through the rest of the text again for each of the next ones. The regex matches one code unit (a class of
 * BMP characters, no u flag).
 */
export class MatchCursor {
  readonly #re: RegExp;
  readonly #text: string;
  #from = -1;
  #at = -1;
  constructor(re: RegExp, text: string) {
    this.#re = re;
    this.#text = text;
  }
  next(i: number): number {
    if (i >= this.#from && i <= this.#at) return this.#at;
    this.#re.lastIndex = i;
    // test, not exec: no match array made for each of the many candidates; the match is one code unit long, so it
    // starts just before lastIndex
    const found = this.#re.test(this.#text);
    this.#from = i;
    this.#at = found ? this.#re.lastIndex - 1 : this.#text.length;
    return this.#at;
  }
}

/** `s` as a literal inside a regular expression (RegExp.escape is Node 24+; the project runs on 22.12). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A dateline: a place in capitals, its words all capitals ("NEW YORK"), then a comma, a bracket or the dash, and
 * anything short up to a spaced dash ("CITY, May 4 (Wire) — "). A name in capitals that opens a sentence and runs on
 * in lower case ("FBI Director X — …") is none.
 */
const DATELINE_RE = /\p{Lu}{3,}(?:[ .'-]\p{Lu}{2,})*(?=,|\s\(|\s[—–-])[^\n—–]{0,60}?\s(?:—|–|--?)\s+/uy;

/** Where the words after a dateline that opens `text` at `start` begin, or `start` when none does. */
export function datelineEndAt(text: string, start: number): number {
  const ch = text.charCodeAt(start);
  // most stretches open with a letter and a lower-case second letter: no dateline
  if (!(ch >= 65 && ch <= 90) || !/\p{Lu}/u.test(text[start + 1] ?? '')) return start;
  DATELINE_RE.lastIndex = start;
  const m = DATELINE_RE.exec(text);
  return m ? start + m[0].length : start;
}
