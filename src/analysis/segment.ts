/**
 * Markdown-aware lightweight segmentation: paragraphs and sentences with offsets into the original text.
 *
 * A line-based scanner, not a Markdown parser (the engine must cost about what parsing costs):
 * - a YAML front-matter block at the very start (`---` … `---` or `...`) is skipped;
 * - blank lines separate paragraphs; ATX headings (`# …`) and setext headings are paragraphs of their own;
 * - list markers (`- `, `* `, `+ `, `1. `, `1) `) start a new paragraph and are not part of its text;
 *   blockquote markers (`> `) are not part of the text either;
 * - fenced code blocks, thematic breaks and link reference definitions are not text;
 * - plain text with no blank line at all (one paragraph per line, as in .txt exports) treats every line as a paragraph.
 */

import { isSpaceCode, MatchCursor } from './text.ts';
import { MAYBE_FINAL, NEVER_FINAL, OPENERS } from './lexicon/abbreviations.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** index into `paragraphs` */
  paragraph: number;
}

export interface Paragraph extends Span {
  /** true for ATX / setext headings */
  heading?: boolean;
}

/** Offset where the body starts: 0, or just after a closing front-matter fence. */
export function bodyStart(text: string): number {
  const range = frontMatterRange(text);
  return range ? range.end : 0;
}

/**
 * The front-matter block including both fences, or null. `inner` is the YAML between the fences.
 */
export function frontMatterRange(text: string): { start: number; end: number; inner: Span } | null {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  if (!text.startsWith('---', i)) return null;
  let j = i + 3;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  if (text[j] === '\r') j++;
  if (text[j] !== '\n') return null;
  const innerStart = j + 1;
  let lineStart = innerStart;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (/^(---|\.\.\.)[ \t]*$/.test(line)) {
      const end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
      return { start: 0, end, inner: { start: innerStart, end: lineStart } };
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return null;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_EQ = /^ {0,3}=+[ \t]*$/;
const LIST = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;
const LINK_DEF = /^ {0,3}\[[^\]]+\]:\s*\S+/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
}

/** Splits the text into paragraphs and sentences. Never throws; every span lies inside the text. */
export function segment(text: string): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs = findParagraphs(text);
  const sentences: Sentence[] = [];
  const marks = new MatchCursor(TERMINAL_MARK, text);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    splitSentences(text, para.start, para.end, marks, p, sentences);
  }
  return { paragraphs, sentences };
}

/** Finds the paragraphs of the body: one line at a time, each line read, then classified (addLine). */
export function findParagraphs(text: string): Paragraph[] {
  const start0 = bodyStart(text);
  // plain-text mode: no blank line anywhere in the body → each line is a paragraph
  const body = text.slice(start0);
  const state: ParagraphState = { paragraphs: [], cur: null, fence: null, plainLines: !/\n[ \t\r]*\n/.test(body) && body.trim().includes('\n') };
  let lineStart = start0;
  while (lineStart < text.length) {
    const line = readLine(text, lineStart);
    addLine(state, text, line);
    lineStart = line.end + 1;
  }
  closeParagraph(state);
  return state.paragraphs;
}

/** One line of the body: where it ends, where its content ends (trailing space trimmed), where its text starts. */
interface Line {
  end: number;
  contentEnd: number;
  /** offset of the line's text, after any blockquote markers */
  textStart: number;
}

/** What findParagraphs carries from one line to the next. */
interface ParagraphState {
  paragraphs: Paragraph[];
  /** the paragraph being read, not yet closed */
  cur: Paragraph | null;
  /** the opening fence of the code block being skipped */
  fence: string | null;
  plainLines: boolean;
}

function readLine(text: string, lineStart: number): Line {
  let end = text.indexOf('\n', lineStart);
  if (end === -1) end = text.length;
  let contentEnd = end;
  while (contentEnd > lineStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  const textStart = skipBlockquoteMarkers(text, lineStart, contentEnd);
  return { end, contentEnd, textStart };
}

/** The offset after any blockquote markers (`> `, up to three spaces before each) at `from`. */
function skipBlockquoteMarkers(text: string, from: number, contentEnd: number): number {
  let s = from;
  for (;;) {
    let k = s;
    let spaces = 0;
    while (k < contentEnd && text[k] === ' ' && spaces < 3) {
      k++;
      spaces++;
    }
    if (text[k] === '>') {
      s = k + 1;
      if (text[s] === ' ' || text[s] === '\t') s++;
    } else break;
  }
  return s;
}

function closeParagraph(state: ParagraphState): void {
  if (state.cur && state.cur.end > state.cur.start) state.paragraphs.push(state.cur);
  state.cur = null;
}

/**
 * Could a block pattern (FENCE, ATX, SETEXT_EQ, a "-" underline, THEMATIC, LINK_DEF, LIST) match the line? Each opens
 * with up to three spaces and then one of ` ~ # = - * _ [ + or a digit.
 */
function mayBeBlockSyntax(text: string, line: Line): boolean {
  let k = line.textStart;
  while (k < line.contentEnd && text.charCodeAt(k) === 32) k++;
  if (k - line.textStart > 3 || k === line.contentEnd) return false;
  const c = text.charCodeAt(k);
  return c === 96 || c === 126 || c === 35 || c === 61 || c === 45 || c === 42 || c === 95 || c === 91 || c === 43 || (c >= 48 && c <= 57);
}

/** Is the line's text all white space (what `trim() === ''` says, read in place)? */
function isBlank(text: string, line: Line): boolean {
  for (let k = line.textStart; k < line.contentEnd; k++) if (!isSpaceCode(text.charCodeAt(k))) return false;
  return true;
}

/** Classifies one line, in order: inside a fence, a fence, blank, ATX heading, setext underline, break, link definition, text. */
function addLine(state: ParagraphState, text: string, line: Line): void {
  if (state.fence === null && !mayBeBlockSyntax(text, line)) {
    // most lines are prose, which none of the block patterns below can match: blank, or text (not sliced)
    if (isBlank(text, line)) closeParagraph(state);
    else addTextLine(state, text, line, null);
    return;
  }
  addBlockLine(state, text, line, text.slice(line.textStart, line.contentEnd));
}

/** addLine for a line that may be block syntax (its text after any `>` marks: `lineText`). */
function addBlockLine(state: ParagraphState, text: string, line: Line, lineText: string): void {
  if (state.fence !== null) {
    const m = FENCE.exec(lineText);
    if (m && m[1]![0] === state.fence[0] && m[1]!.length >= state.fence.length && lineText.trim() === m[1]) state.fence = null;
  } else if (FENCE.test(lineText)) {
    closeParagraph(state);
    state.fence = FENCE.exec(lineText)![1]!;
  } else if (lineText.trim() === '') {
    closeParagraph(state);
  } else if (ATX.test(lineText)) {
    closeParagraph(state);
    const heading = atxHeading(text, line, ATX.exec(lineText)!);
    if (heading) state.paragraphs.push(heading);
  } else if (SETEXT_EQ.test(lineText) || (state.cur && /^ {0,3}-+[ \t]*$/.test(lineText))) {
    // setext underline: the paragraph above is a heading
    if (state.cur) state.cur.heading = true;
    closeParagraph(state);
  } else if (THEMATIC.test(lineText)) {
    closeParagraph(state);
  } else if (!state.cur && LINK_DEF.test(lineText)) {
    // reference definition: not text
  } else {
    addTextLine(state, text, line, lineText);
  }
}

/** An ATX heading's text: after the `#`s and space, without an optional closing sequence of `#`s; null if empty. */
function atxHeading(text: string, line: Line, marker: RegExpExecArray): Paragraph | null {
  let hs = line.textStart + marker[0].length;
  while (hs < line.contentEnd && isSpace(text.charCodeAt(hs))) hs++;
  let he = line.contentEnd;
  // optional closing sequence of #s preceded by a space
  const tail = /[ \t]+#+$/.exec(text.slice(hs, he));
  if (tail) he -= tail[0].length;
  else if (/^#+$/.test(text.slice(hs, he))) he = hs;
  while (he > hs && isSpace(text.charCodeAt(he - 1))) he--;
  return he > hs ? { start: hs, end: he, heading: true } : null;
}

/**
 * A line of text: a list item starts a new paragraph (its marker left out); otherwise it extends the current one.
 * `listText`: the line's text when it may be a list item (null for a line that cannot be).
 */
function addTextLine(state: ParagraphState, text: string, line: Line, listText: string | null): void {
  let cs = line.textStart;
  const lm = listText !== null ? LIST.exec(listText) : null;
  if (lm) {
    closeParagraph(state);
    cs = line.textStart + lm[0].length;
  }
  while (cs < line.contentEnd && isSpace(text.charCodeAt(cs))) cs++;
  if (state.plainLines) closeParagraph(state);
  if (cs < line.contentEnd) {
    if (!state.cur) state.cur = { start: cs, end: line.contentEnd };
    else state.cur.end = line.contentEnd;
  }
}




function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** . ! ? … */
function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/** What may close a sentence after its terminal punctuation: " ' ” ’ » ) ] * _ */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93 || c === 42 || c === 95;
}
/** A character of the word before a period: a letter, a digit, or . ' ’ & - */
const WORD_BEFORE_PERIOD = /[\p{L}\p{N}.'’&-]/u;
function isWordBeforePeriod(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45;
  return WORD_BEFORE_PERIOD.test(text[i]!);
}

/** What isTerminal() accepts, for the jump to the next one (the regex engine skips the words between faster). */
const TERMINAL_MARK = /[.!?\u2026]/g;

/** Splits [from, to) of text, paragraph `paragraph`, into trimmed sentences, pushed to `out`. */
function splitSentences(text: string, from: number, to: number, marks: MatchCursor, paragraph: number, out: Sentence[]): void {
  let sStart = from;
  let i = marks.next(from);
  while (i < to) {
    // run of terminal punctuation and closers
    let j = i + 1;
    while (j < to && isTerminal(text.charCodeAt(j))) j++;
    while (j < to && isCloser(text.charCodeAt(j))) j++;
    // must be followed by white space
    if (j < to && isSpace(text.charCodeAt(j))) {
      let k = j;
      while (k < to && isSpace(text.charCodeAt(k))) k++;
      if (k < to && isBoundary(text, i, k)) {
        pushTrimmed(text, sStart, j, paragraph, out);
        sStart = k;
        i = marks.next(k);
        continue;
      }
    }
    i = marks.next(j);
  }
  pushTrimmed(text, sStart, to, paragraph, out);
}

/** Is the terminal punctuation at `p` a sentence end, given that the next sentence would start at `next`? */
function isBoundary(text: string, p: number, next: number): boolean {
  const nextCode = text.charCodeAt(next);
  // a code, not a one-character string: most sentences open with an ASCII letter
  if (nextCode < 128 ? nextCode >= 97 && nextCode <= 122 : isLower(text[next]!)) return false;
  const nextCh = text[next]!;
  if (nextCh === ',' || nextCh === ';' || nextCh === ':' || nextCh === ')') return false;
  if (opensLowerQuotation(text, next)) return false;
  if (text[p] !== '.') return true;
  // "..." ellipsis followed by a capital: treat as a boundary
  if (p > 0 && text[p - 1] === '.') return true;
  // the word before the period
  let w = p;
  while (w > 0 && isWordBeforePeriod(text, w - 1)) w--;
  // most sentences end in a word longer than any listed one (lower-casing never shortens it) with no period inside:
  // no rule below holds it, and it is not sliced or looked up
  if (p - afterQuotes(text, w, p) > LISTED_LONGEST && text.indexOf('.', w) === p) return true;
  const word = text.slice(w, p);
  if (word === '') return true;
  const lowered = word.toLowerCase();
  const c0 = lowered.charCodeAt(0);
  const lower = c0 === 39 || c0 === 0x2019 ? lowered.replace(/^['’]+/, '') : lowered;
  if (NEVER_FINAL.has(lower)) return false;
  // decimals and numbers like "3." followed by a capital are sentence ends; digits after are not
  // (the regexes run only on words of their shape: one letter is at most two code units, an acronym has a period)
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return false; // initial: "J. Doe"
  if (word.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(word)) {
    // dotted acronym "U.S", "D.C", "a.m"
    return OPENERS.has(nextWordAt(text, next));
  }
  if (MAYBE_FINAL.has(lower)) return OPENERS.has(nextWordAt(text, next));
  if (/^\d/.test(nextCh) && /^\p{L}{1,4}$/u.test(word) && isUpper(word[0]!)) {
    // "Jan. 5", "No. 3" style handled above; short capitalised word + number: keep together
    return false;
  }
  return true;
}

/**
 * "who swam 3 km. “and most of the bay” by noon": a quotation opening with a lower-case word continues the sentence
 * (one that opens a sentence opens with a capital), so the period before it ended an abbreviation.
 */
function opensLowerQuotation(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 0x201c && c !== 34) return false;
  const after = text.charCodeAt(at + 1);
  return after < 128 ? after >= 97 && after <= 122 : isLower(text[at + 1] ?? '');
}

/** The offset past the apostrophes opening text[from, to) (isBoundary reads the word without them). */
function afterQuotes(text: string, from: number, to: number): number {
  while (from < to && (text.charCodeAt(from) === 39 || text.charCodeAt(from) === 0x2019)) from++;
  return from;
}
/** The longest word of NEVER_FINAL and MAYBE_FINAL (at least four letters: the "Jan. 5" rule reads up to four). */
const LISTED_LONGEST = Math.max(4, ...[...NEVER_FINAL, ...MAYBE_FINAL].map((w) => w.length));

/** The lower-cased letters opening the next sentence: read only for the few periods that need it. */
function nextWordAt(text: string, next: number): string {
  return /^[\p{L}]+/u.exec(text.slice(next, next + 20))?.[0]?.toLowerCase() ?? '';
}

function pushTrimmed(text: string, s: number, e: number, paragraph: number, out: Sentence[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph });
}
