/**
 * Check-worthy claims: which statements assert a fact a reader could check, and who makes them.
 *
 * 1. Candidates. Every sentence is cut at the edges of the quotes that overlap it: the part inside a quote is a
 *    candidate of that quote (claimant = the quote's speaker), each part outside any quote is a candidate in the
 *    article's own voice (claimant = null). A candidate longer than LONG_CANDIDATE_WORDS words (run-on copy) is cut
 *    further into clauses at strong punctuation (";", spaced dashes, ": ", ".,") and at missing sentence breaks
 *    (a lower-case word followed by a capitalised clause opener such as "If" or "There").
 * 2. Score. A logistic model over interpretable features (claim-features.ts; weights learnt from the ClaimBuster
 *    training data by tools/train-claims.ts, stored in claim-weights.ts). Figures, dates, comparisons, causes,
 *    predictions and past events push the score up; hedges, opinions, first/second person and questions push it down.
 *    A part outside a quote that contains a speech verb ("he said after the meeting") is mostly a frame around
 *    someone else's words and gets FRAME_PENALTY added to its logit.
 * 3. Emit. A candidate is a claim when score >= CLAIM_THRESHOLD and at least one reason fired.
 *    `reasons` lists the reason words of the features that fired and raised the score, strongest first.
 */
import { claimFeatures, FEATURES, wordCount } from './claim-features.ts';
import { CLAIM_BIAS, CLAIM_TRAINED_THRESHOLD, CLAIM_WEIGHTS } from './claim-weights.ts';
import { createIdAllocator } from './ids.ts';
import type { Sentence } from './segment.ts';
import type { Claim, Quote, Speaker } from './types.ts';

/**
 * Scores at or above this are claims: the threshold with the best F1 on the training part of the ClaimBuster split,
 * found by the training script on a 0.05 grid (see docs/claims-figures.md for the held-out figures). Not tuned on
 * any briefing.
 */
export const CLAIM_THRESHOLD: number = CLAIM_TRAINED_THRESHOLD;

/** Candidates longer than this (in words) are cut into clauses. */
export const LONG_CANDIDATE_WORDS = 40;

/** Candidates shorter than this (in words) are never claims: "dictator", "with pleasure". */
export const MIN_CLAIM_WORDS = 4;

/** Added to the logit of a part outside quotes that contains a speech verb. */
export const FRAME_PENALTY = -1.5;

const REPORTING_INDEX = FEATURES.findIndex((f) => f.name === 'reporting');
const REASON_OF = new Map<string, string | null>(FEATURES.map((f) => [f.name, f.reason]));
const WEIGHTS: Float64Array = Float64Array.from(FEATURES, (f) => CLAIM_WEIGHTS[f.name] ?? 0);

export interface ClaimScore {
  score: number;
  reasons: string[];
  /** the logit contributions of the features that fired, for explanations and tests */
  contributions: { feature: string; value: number }[];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Check-worthiness of text[start, end): a probability-like score and the reasons behind it. */
export function scoreClaim(text: string, start = 0, end = text.length, extraLogit = 0): ClaimScore {
  return scoreFeatures(claimFeatures(text, start, end), extraLogit);
}

/** The model's score alone (no explanation): the detector's fast path. */
export function scoreValue(x: Float64Array, extraLogit = 0): number {
  let z = CLAIM_BIAS + extraLogit;
  for (let i = 0; i < x.length; i++) z += x[i]! * WEIGHTS[i]!;
  return Math.round(sigmoid(z) * 1000) / 1000;
}

/** The model applied to a feature vector from claimFeatures(), with its explanation. */
export function scoreFeatures(x: Float64Array, extraLogit = 0): ClaimScore {
  let z = CLAIM_BIAS + extraLogit;
  const contributions: { feature: string; value: number }[] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i]! * WEIGHTS[i]!;
    if (x[i] !== 0 && v !== 0) contributions.push({ feature: FEATURES[i]!.name, value: v });
    z += v;
  }
  contributions.sort((a, b) => b.value - a.value);
  const reasons: string[] = [];
  for (const c of contributions) {
    if (c.value <= 0) break;
    const reason = REASON_OF.get(c.feature) ?? null;
    if (reason !== null && !reasons.includes(reason)) reasons.push(reason);
  }
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons, contributions };
}

// ---------------------------------------------------------------------------------------------------------------
// spans

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

/** Quotation marks (both kinds, all styles) and dangling punctuation trimmed from both ends of a claim. */
const EDGE_ANY = new Set(['"', '“', '”', '„', '«', '»', '‹', '›', ',', ';', ':', '–', '—', '-', '(', ')', '…']);

/** Trims white space, quotation marks and dangling punctuation from text[start, end). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (;;) {
    const before = s;
    while (s < e && (isSpaceCode(text.charCodeAt(s)) || EDGE_ANY.has(text[s]!))) s++;
    // an opening single quotation mark
    if (s < e && (text[s] === '‘' || text[s] === "'")) s++;
    if (s === before) break;
  }
  for (;;) {
    const before = e;
    while (e > s && (isSpaceCode(text.charCodeAt(e - 1)) || EDGE_ANY.has(text[e - 1]!))) e--;
    // a closing single quotation mark, unless it is a plural possessive ("the nations’")
    if (e > s + 1 && (text[e - 1] === '’' || text[e - 1] === "'") && text[e - 2] !== 's') e--;
    if (e === before) break;
  }
  // keep a parenthesis that closes one opened inside the span
  if (e < end && text[e] === ')' && text.lastIndexOf('(', e) >= s) e++;
  return { start: s, end: e };
}

/** Capitalised words that open a clause; after a lower-case word they mark a missing sentence break. */
const CLAUSE_OPENERS = new Set([
  'If', 'When', 'But', 'However', 'While', 'Although', 'Meanwhile', 'There', 'It', 'He', 'She', 'They', 'We',
  'This', 'These', 'Those', 'Yet', 'Still', 'Because', 'Since', 'Unless',
]);

const OPENER = new RegExp(` (?:${[...CLAUSE_OPENERS].join('|')}) `, 'g');
const LOWER_LETTER = /\p{Ll}/u;
const STRONG_BREAK = /;\s+|\s+[–—-]{1,2}\s+|—|:\s+|\.,\s*/g;

/** Cuts text[start, end) into clauses at strong punctuation and at missing sentence breaks. */
export function splitClauses(text: string, start: number, end: number): { start: number; end: number }[] {
  const piece = text.slice(start, end);
  const cuts: { at: number; resume: number }[] = [];
  STRONG_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRONG_BREAK.exec(piece)) !== null) {
    cuts.push({ at: m.index, resume: m.index + m[0].length });
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
    if (wordCount(text, s, p.end) < MIN_CLAIM_WORDS) {
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

// ---------------------------------------------------------------------------------------------------------------
// the detector

interface Piece {
  start: number;
  end: number;
  quote: Quote | null;
  /** outside quotes, in a sentence that also holds a quote */
  frame: boolean;
}

/** Quotes sorted by start, keeping only the outermost of any overlapping group. */
function outerQuotes(quotes: Quote[]): Quote[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Quote[] = [];
  for (const q of sorted) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) {
      // overlapping: keep the longer of the two
      if (q.end - q.start > last.end - last.start) out[out.length - 1] = q;
      continue;
    }
    out.push(q);
  }
  return out;
}

export function detectClaims(input: {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
  speakers: Speaker[];
}): Claim[] {
  const { text, sentences } = input;
  const quotes = outerQuotes(input.quotes);
  const nextId = createIdAllocator('c');
  const claims: Claim[] = [];
  let qi = 0;
  // lower-cased once for every span's features (claimFeatures falls back when lengths differ)
  const lowerText = text.toLowerCase();

  for (const sentence of sentences) {
    while (qi < quotes.length && quotes[qi]!.end <= sentence.start) qi++;
    // cut the sentence at quote edges
    const pieces: Piece[] = [];
    let cursor = sentence.start;
    let hasQuote = false;
    for (let j = qi; j < quotes.length && quotes[j]!.start < sentence.end; j++) {
      const q = quotes[j]!;
      const qs = Math.max(q.start, sentence.start);
      const qe = Math.min(q.end, sentence.end);
      if (qe <= qs) continue;
      hasQuote = true;
      if (qs > cursor) pieces.push({ start: cursor, end: qs, quote: null, frame: false });
      pieces.push({ start: qs, end: qe, quote: q, frame: false });
      cursor = qe;
    }
    if (cursor < sentence.end) pieces.push({ start: cursor, end: sentence.end, quote: null, frame: false });
    if (hasQuote) for (const p of pieces) if (p.quote === null) p.frame = true;

    for (const piece of pieces) {
      const span = trimSpan(text, piece.start, piece.end);
      if (span.end <= span.start) continue;
      const words = wordCount(text, span.start, span.end);
      if (words < MIN_CLAIM_WORDS) continue;
      const long = words > LONG_CANDIDATE_WORDS;
      const clauses = long ? splitClauses(text, span.start, span.end) : [span];
      for (const clause of clauses) {
        const c = long ? trimSpan(text, clause.start, clause.end) : clause;
        if (long && wordCount(text, c.start, c.end) < MIN_CLAIM_WORDS) continue;
        const x = claimFeatures(text, c.start, c.end, lowerText);
        const extra = piece.frame && x[REPORTING_INDEX] === 1 ? FRAME_PENALTY : 0;
        if (scoreValue(x, extra) < CLAIM_THRESHOLD) continue;
        const scored = scoreFeatures(x, extra);
        if (scored.reasons.length === 0) continue;
        const claimText = text.slice(c.start, c.end);
        claims.push({
          id: nextId(claimText),
          text: claimText,
          claimant: piece.quote?.speaker ?? null,
          quote: piece.quote?.id ?? null,
          score: scored.score,
          reasons: scored.reasons,
          start: c.start,
          end: c.end,
        });
      }
    }
  }
  return claims;
}
