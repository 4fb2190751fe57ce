/**
 * The spans of claim candidates: trimmed of quotation marks and dangling punctuation, run-on sentences cut into
 * clauses.
 */
import { wordCount } from './claim-features.ts';
import { CLAUSE_OPENERS } from './lexicon/claims.ts';

/** Candidates longer than this (in words) are cut into clauses. */
export const LONG_CANDIDATE_WORDS = 40;

/** Candidates shorter than this (in words) are never claims: "dictator", "with pleasure". */
export const MIN_CLAIM_WORDS = 4;

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Quotation marks (both kinds, all styles) and dangling punctuation trimmed from both ends of a claim. */
const EDGE_ANY = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', ',', ';', ':', '–', '—', '-', '(', ')', '…'].map((ch) => ch.charCodeAt(0)));

/** White space, or a mark of EDGE_ANY. */
function isEdge(c: number): boolean {
  return isSpaceCode(c) || EDGE_ANY.has(c);
}

/** Trims white space, quotation marks and dangling punctuation from text[start, end). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (;;) {
    const before = s;
    while (s < e && isEdge(text.charCodeAt(s))) s++;
    // an opening single quotation mark
    if (s < e && (text[s] === '‘' || text[s] === "'")) s++;
    if (s === before) break;
  }
  for (;;) {
    const before = e;
    while (e > s && isEdge(text.charCodeAt(e - 1))) e--;
    // a closing single quotation mark, unless it is a plural possessive ("the nations’")
    if (e > s + 1 && (text[e - 1] === '’' || text[e - 1] === "'") && text[e - 2] !== 's') e--;
    if (e === before) break;
  }
  // keep a parenthesis that closes one opened inside the span
  if (e < end && text[e] === ')' && text.lastIndexOf('(', e) >= s) e++;
  return { start: s, end: e };
}

const OPENER = new RegExp(` (?:${[...CLAUSE_OPENERS].join('|')}) `, 'g');
const LOWER_LETTER = /\p{Ll}/u;
const STRONG_BREAK = /;\s+|\s+[–—-]{1,2}\s+|—|:\s+|\.,\s*/g;

/** Whether piece[at] lies in an open bracket: "(ticker: XYZ)" is no clause break. */
function insideBrackets(piece: string, at: number): boolean {
  const open = piece.lastIndexOf('(', at);
  return open >= 0 && piece.lastIndexOf(')', at) < open && piece.indexOf(')', at) >= 0;
}

/** Cuts text[start, end) into clauses at strong punctuation and at missing sentence breaks. */
export function splitClauses(text: string, start: number, end: number): { start: number; end: number }[] {
  const piece = text.slice(start, end);
  const cuts: { at: number; resume: number }[] = [];
  STRONG_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRONG_BREAK.exec(piece)) !== null) {
    if (!insideBrackets(piece, m.index)) cuts.push({ at: m.index, resume: m.index + m[0].length });
  }
  OPENER.lastIndex = 0;
  while ((m = OPENER.exec(piece)) !== null) {
    // only after a lower-case word: "… on the verge of collapse If the rumours …"
    if (m.index > 0 && LOWER_LETTER.test(piece[m.index - 1]!)) cuts.push({ at: m.index, resume: m.index + 1 });
    OPENER.lastIndex = m.index + 1;
  }
  cuts.sort((a, b) => a.at - b.at);
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const c of cuts) {
    if (c.at < from) continue;
    parts.push({ start: start + from, end: start + c.at });
    from = c.resume;
  }
  parts.push({ start: start + from, end });
  // fold fragments too short to stand alone (a dateline, "he said") into the next clause, or the previous one
  const out: { start: number; end: number }[] = [];
  let carry: number | null = null;
  for (const p of parts) {
    const s: number = carry ?? p.start;
    carry = null;
    if (wordCount(text, s, p.end, MIN_CLAIM_WORDS) < MIN_CLAIM_WORDS) {
      carry = s;
      continue;
    }
    out.push({ start: s, end: p.end });
  }
  if (carry !== null) {
    const last = out[out.length - 1];
    if (last) last.end = end;
    else out.push({ start: carry, end });
  }
  return out;
}
