/**
 * Quotation marks → quote spans, with their diagnostics.
 *
 * - Double marks: “ ” " „ « » and the typewriter pair '' (two apostrophes). Straight marks are opening or closing by
 *   what surrounds them.
 * - Single marks ‘ ’ ' are quotes only when they pair up; an apostrophe (don’t, X’s, ’90s, the nations’ embassies)
 *   is told apart by its neighbours. Single quotes inside a double quote are nested and belong to the outer quote.
 * - A quote open at the end of a paragraph continues when the next paragraph opens with a mark (multi-paragraph
 *   quotation); each paragraph's part is its own span (so that spans never cross paragraphs), linked by `continues`.
 * - An opening mark never closed ends at a sensible boundary (before ", <someone> said", before the next opening
 *   mark, at the paragraph's end) and is reported as `unclosed-quote`; a closing mark with no opening mark starts at
 *   the paragraph's start (or after the previous quote) and is reported as `unopened-quote`.
 */

import type { Paragraph, Sentence } from './segment.ts';
import { ELIDED_WORDS, IRREGULAR_REPORTING_PASTS, REPORTING_FORMS } from './lexicon/words.ts';
import { MatchCursor } from './text.ts';

export interface MarkQuote {
  /** span including the marks */
  start: number;
  end: number;
  /** the words between the marks */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
  unclosed?: boolean;
  unopened?: boolean;
  /** index (into the returned list) of the quote this one continues from the previous paragraph */
  continues?: number;
}

export interface QuoteMarkIssue {
  rule: 'unclosed-quote' | 'unopened-quote';
  /** where the missing mark belongs / the offending mark */
  at: number;
  quote: number;
}

type MarkType = 'open' | 'close' | 'either';
interface Mark {
  pos: number;
  len: number;
  type: MarkType;
  double: boolean;
}

// ASCII neighbours (most of them) are read by code; the regexes decide for the rest
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /[\p{L}\p{N}]/u.test(ch);
}
function isSpaceOrStart(ch: string | undefined): boolean {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 40 || c === 91 || c === 123 || c === 47 || c === 45;
  return /[\s([{\u2014\u2013/-]/u.test(ch);
}

/** Every character that can be a quotation mark or part of one. */
const MARK_CHAR = /["'\u2018-\u201e\u00ab\u00bb]/g;

/** Finds the quotation marks of one paragraph in order. */
function scanMarks(text: string, from: number, to: number, cursor: MatchCursor): Mark[] {
  const marks: Mark[] = [];
  // jump from one candidate character to the next (most characters are not quotation marks)
  for (let i = cursor.next(from); i < to; i = cursor.next(i + 1)) {
    const ch = text[i]!;
    const prev = i > from ? text[i - 1] : undefined;
    switch (ch) {
      case '\u201c': // “
      case '\u201e': // „
      case '\u00ab': // «
        marks.push({ pos: i, len: 1, type: 'open', double: true });
        break;
      case '\u201d': // ”
      case '\u00bb': // »
        marks.push({ pos: i, len: 1, type: 'close', double: true });
        break;
      case '"': {
        const next = i + 1 < to ? text[i + 1] : undefined;
        marks.push({ pos: i, len: 1, type: straightType(prev, next), double: true });
        break;
      }
      case "'": {
        const next = i + 1 < to ? text[i + 1] : undefined;
        if (next === "'") {
          // typewriter double quote ''
          const after = i + 2 < to ? text[i + 2] : undefined;
          marks.push({ pos: i, len: 2, type: straightType(prev, after), double: true });
          i++;
          break;
        }
        const t = singleType(prev, next, text, i, to);
        if (t) marks.push({ pos: i, len: 1, type: t, double: false });
        break;
      }
      case '\u2018': {
        // ‘ opens, except an elision before digits (‘90s)
        const next = i + 1 < to ? text[i + 1] : undefined;
        if (next !== undefined && /\d/.test(next)) break;
        marks.push({ pos: i, len: 1, type: 'open', double: false });
        break;
      }
      case '\u2019': {
        const next = i + 1 < to ? text[i + 1] : undefined;
        const t = singleType(prev, next, text, i, to);
        if (t === 'close' || t === 'either') marks.push({ pos: i, len: 1, type: 'close', double: false });
        else if (t === 'open') marks.push({ pos: i, len: 1, type: 'open', double: false });
        break;
      }
    }
  }
  return marks;
}

function straightType(prev: string | undefined, next: string | undefined): MarkType {
  const openish = isSpaceOrStart(prev) || prev === '\u2018' || prev === "'";
  const closeish = next === undefined || /[\s.,;:!?)\]\u2014\u2013-]/u.test(next);
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  return 'either';
}

/** Single mark or apostrophe? null = apostrophe. */
function singleType(prev: string | undefined, next: string | undefined, text: string, i: number, to: number): MarkType | null {
  if (isWordChar(prev) && isWordChar(next)) return null; // don’t, X’s
  if (next !== undefined && /\d/.test(next) && !isWordChar(prev)) return null; // ’90s
  if (isSpaceOrStart(prev) || prev === '"' || prev === '\u201c') {
    if (next !== undefined && isWordChar(next)) {
      // elisions: 'em, 'til, 'cause, 'n'
      const w = /^[\p{L}]+/u.exec(text.slice(i + 1, Math.min(to, i + 8)))?.[0]?.toLowerCase();
      if (w !== undefined && ELIDED_WORDS.has(w)) return null;
      return 'open';
    }
    return null;
  }
  // after a word: closing single or a plural possessive (nations’ embassies); the pairing decides
  if (prev === 's' || prev === 'S') return 'either';
  return 'close';
}

const CUE_AFTER = new RegExp(
  String.raw`[,;]\s+(?:(?:[\p{Lu}][\p{L}.’'-]*|of|the|de|van|von)\s+){0,7}?(?:he|she|they|it|we|I\s+)?\s*(?:also\s+|later\s+|then\s+)?(?:` +
    '__CUES__' +
    String.raw`)\b`,
  'u',
);
let cueAfterRe: RegExp | null = null;
function cueAfter(): RegExp {
  if (!cueAfterRe) {
    const forms = [...REPORTING_FORMS.keys()].filter((f) => /(ed|s|id|ld|te)$/.test(f) || IRREGULAR_REPORTING_PASTS.has(f));
    cueAfterRe = new RegExp(CUE_AFTER.source.replace('__CUES__', forms.join('|')), 'u');
  }
  return cueAfterRe;
}

/** Where an unclosed quote starting at `from` most plausibly ends, not beyond `to`. */
function unclosedEnd(text: string, from: number, to: number, sentences: Sentence[]): number {
  const slice = text.slice(from, to);
  const m = cueAfter().exec(slice);
  if (m && m.index > 0) return from + m.index;
  // otherwise at the end of the first sentence: a long unclosed quote is more likely one sentence than a paragraph
  for (const s of sentences) if (s.start >= from && s.end <= to && s.end > from) return s.end;
  return to;
}

/** The state of the scan through one paragraph's marks. */
interface ParagraphScan {
  text: string;
  p: number;
  para: Paragraph;
  sentences: Sentence[];
  quotes: MarkQuote[];
  issues: QuoteMarkIssue[];
  open: Mark | null;
  openSingle: Mark | null;
  lastEnd: number;
  /** the quote of the previous paragraph this paragraph's opening quotation continues */
  continuesFrom: number | null;
}

/**
 * Finds quote spans in each paragraph. `sentences` must be those of `segment()`.
 */
export function findMarkQuotes(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
): { quotes: MarkQuote[]; issues: QuoteMarkIssue[] } {
  const quotes: MarkQuote[] = [];
  const issues: QuoteMarkIssue[] = [];
  const sentOf: Sentence[][] = paragraphs.map(() => []);
  for (const s of sentences) sentOf[s.paragraph]?.push(s);
  let carry: number | null = null; // index of a quote left open at the end of the previous paragraph
  const cursor = new MatchCursor(MARK_CHAR, text);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    const marks = scanMarks(text, para.start, para.end, cursor);
    const st: ParagraphScan = { text, p, para, sentences: sentOf[p]!, quotes, issues, open: null, openSingle: null, lastEnd: para.start, continuesFrom: null };
    if (carry !== null) {
      if (marks.length > 0 && marks[0]!.type !== 'close' && marks[0]!.pos === para.start) st.continuesFrom = carry;
      else {
        // the previous paragraph's quote really was unclosed
        quotes[carry]!.unclosed = true;
        issues.push({ rule: 'unclosed-quote', at: quotes[carry]!.start, quote: carry });
      }
    }
    for (const m of marks) {
      if (m.double) doubleMark(st, m);
      else singleMark(st, m);
    }
    carry = st.open ? closeAtParagraphEnd(st, paragraphs[p + 1]) : null;
  }
  if (carry !== null) {
    const q = quotes[carry]!;
    q.unclosed = true;
    issues.push({ rule: 'unclosed-quote', at: q.start, quote: carry });
  }
  return { quotes, issues };
}

function push(st: ParagraphScan, q: MarkQuote): number {
  st.quotes.push(q);
  st.lastEnd = q.end;
  return st.quotes.length - 1;
}

/** Single marks pair only outside a double quote, and only around a phrase (else they are apostrophes). */
function singleMark(st: ParagraphScan, m: Mark): void {
  if (st.open) return;
  if (m.type === 'open') st.openSingle = m;
  else if (st.openSingle && (m.type === 'close' || m.type === 'either')) {
    const o = st.openSingle;
    const q: MarkQuote = { start: o.pos, end: m.pos + m.len, innerStart: o.pos + o.len, innerEnd: m.pos, paragraph: st.p };
    if (/\s/.test(st.text.slice(q.innerStart, q.innerEnd))) push(st, q);
    st.openSingle = null;
  }
}

function doubleMark(st: ParagraphScan, m: Mark): void {
  const { text, para } = st;
  st.openSingle = null;
  const type: MarkType = m.type === 'either' ? (st.open ? 'close' : 'open') : m.type;
  const open = st.open;
  if (type === 'open') {
    if (open) {
      // a second opening mark while one is open: the first was never closed
      const end = trimEnd(text, open.pos + open.len, unclosedEnd(text, open.pos + open.len, m.pos, st.sentences));
      const idx = push(st, { start: open.pos, end, innerStart: open.pos + open.len, innerEnd: end, paragraph: st.p, unclosed: true });
      st.issues.push({ rule: 'unclosed-quote', at: open.pos, quote: idx });
    }
    st.open = m;
  } else if (open) {
    const q: MarkQuote = { start: open.pos, end: m.pos + m.len, innerStart: open.pos + open.len, innerEnd: m.pos, paragraph: st.p };
    if (st.continuesFrom !== null && open.pos === para.start) {
      q.continues = st.continuesFrom;
      st.continuesFrom = null;
    }
    push(st, q);
    st.open = null;
  } else {
    const start = unopenedStart(st, m);
    const idx = push(st, { start, end: m.pos + m.len, innerStart: start, innerEnd: m.pos, paragraph: st.p, unopened: true });
    st.issues.push({ rule: 'unopened-quote', at: start, quote: idx });
  }
}

/** A closing mark with no opening mark starts at the paragraph start or at the next sentence after the last quote. */
function unopenedStart({ text, para, lastEnd, sentences }: ParagraphScan, m: Mark): number {
  let start = para.start;
  if (lastEnd > para.start) {
    start = lastEnd;
    for (const s of sentences) {
      if (s.start >= lastEnd) {
        start = s.start;
        break;
      }
    }
    if (start >= m.pos) start = lastEnd;
  }
  while (start < m.pos && /\s/.test(text[start]!)) start++;
  return start;
}

/** A quotation open at the paragraph's end: it continues when the next paragraph opens with a mark (its index is returned), else it is unclosed. */
function closeAtParagraphEnd(st: ParagraphScan, next: Paragraph | undefined): number | null {
  const { text, para } = st;
  const open = st.open!;
  const continues = st.continuesFrom !== null && open.pos === para.start ? st.continuesFrom : undefined;
  if (next !== undefined && /^["\u201c\u201e\u00ab]|^''/.test(text.slice(next.start, next.start + 2))) {
    const q: MarkQuote = { start: open.pos, end: para.end, innerStart: open.pos + open.len, innerEnd: para.end, paragraph: st.p };
    if (continues !== undefined) q.continues = continues;
    return push(st, q);
  }
  const e = trimEnd(text, open.pos + open.len, unclosedEnd(text, open.pos + open.len, para.end, st.sentences));
  const q: MarkQuote = { start: open.pos, end: e, innerStart: open.pos + open.len, innerEnd: e, paragraph: st.p, unclosed: true };
  // the last paragraph of a multi-paragraph quote left open
  if (continues !== undefined) q.continues = continues;
  st.issues.push({ rule: 'unclosed-quote', at: open.pos, quote: push(st, q) });
  return null;
}

function trimEnd(text: string, min: number, end: number): number {
  while (end > min && /[\s,;:\u2014\u2013-]/u.test(text[end - 1]!)) end--;
  return end;
}
