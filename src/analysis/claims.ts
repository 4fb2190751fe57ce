/**
 * Check-worthy claims: which statements assert a fact a reader could check, and who makes them.
 *
 * 1. Candidates. Every sentence of the article's prose (zones.ts has already left out headlines, captions, bylines
 *    and link lines) is a candidate, whole: a claim is never a fragment cut at a quote's edge. A sentence longer than
 *    LONG_CANDIDATE_WORDS words (run-on copy) is cut into clauses at strong punctuation (";", spaced dashes, ": ",
 *    ".,") and at missing sentence breaks (a lower-case word followed by a capitalised clause opener such as "If").
 *    A candidate that partly overlaps a quote is widened to hold it whole (claim and quote elements must nest).
 * 2. Claimant. The rules of CLAIMANT_RULES, in order: the speaker of the quote that holds most of the candidate
 *    (direct or reported speech); a non-speech source named in it ("a study by X found", "data from Y show",
 *    "according to Z's figures"); else null, the article's own voice.
 * 3. Score. A logistic model over interpretable features (claim-features.ts), two of them from step 2: the words
 *    are quoted, or reported speech. Weights learnt from news labels (the dev half of our blind PolNeAR annotation)
 *    by tools/train-claims.ts, stored in claim-weights.ts.
 * 4. Emit. A candidate of at least MIN_CLAIM_WORDS words is a claim when score >= CLAIM_THRESHOLD. Its `reasons`
 *    are its type (law, prediction, causal, quantity: the first whose features fired; else other) and then the
 *    reason words of the features that fired and raised the score, strongest first.
 */
import {
  claimFeatures,
  FEATURES,
  wordCount,
  type ClaimReason,
  type ClaimType,
} from './claim-features.ts';
import { CLAIM_BIAS, CLAIM_TRAINED_THRESHOLD, CLAIM_WEIGHTS } from './claim-weights.ts';
import { createIdAllocator } from './ids.ts';
import { CLAIMING_VERBS, FINDING_NOUNS, FINDING_VERBS } from './lexicon/claims.ts';
import type { Sentence } from './segment.ts';
import type { Claim, Quote, Speaker } from './types.ts';

export { CLAIM_REASONS, CLAIM_TYPES, type ClaimReason, type ClaimType } from './claim-features.ts';

/**
 * Scores at or above this are claims: chosen by the training script on the dev half of the news labels (the
 * threshold that flags at most the share of sentences it targets), never on a briefing or a held-out article.
 */
export const CLAIM_THRESHOLD: number = CLAIM_TRAINED_THRESHOLD;

/** Candidates longer than this (in words) are cut into clauses. */
export const LONG_CANDIDATE_WORDS = 40;

/** Candidates shorter than this (in words) are never claims: "dictator", "with pleasure". */
export const MIN_CLAIM_WORDS = 4;

/** A quote holding at least this share of a candidate's characters makes the candidate its speaker's words. */
export const QUOTE_SHARE = 0.3;

const QUOTED_INDEX = FEATURES.findIndex((f) => f.name === 'quoted');
const REPORTED_INDEX = FEATURES.findIndex((f) => f.name === 'reported');
const REASON_OF = new Map<string, ClaimReason | null>(FEATURES.map((f) => [f.name, f.reason]));
const TYPE_OF = new Map<string, ClaimType | null>(FEATURES.map((f) => [f.name, 'type' in f ? f.type : null]));
/**
 * A claim's type: the first of these whose features fired. A rule or a forecast that carries a figure is a law or
 * a prediction first ("the bill would cut the deficit by $1 billion"); a figure alone makes a quantity claim.
 */
const TYPE_PRIORITY: readonly ClaimType[] = ['law', 'prediction', 'causal', 'quantity'];
const WEIGHTS: Float64Array = Float64Array.from(FEATURES, (f) => CLAIM_WEIGHTS[f.name] ?? 0);

export interface ClaimScore {
  score: number;
  /** the claim's type first, then the reasons that raised the score */
  reasons: ClaimReason[];
  type: ClaimType;
  /** the logit contributions of the features that fired, for explanations and tests */
  contributions: { feature: string; value: number }[];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Check-worthiness of text[start, end) in the article's own voice: a probability-like score and its reasons. */
export function scoreClaim(text: string, start = 0, end = text.length): ClaimScore {
  return scoreFeatures(claimFeatures(text, start, end));
}

/** The model's score alone (no explanation): the detector's fast path. */
export function scoreValue(x: Float64Array): number {
  let z = CLAIM_BIAS;
  for (let i = 0; i < x.length; i++) z += x[i]! * WEIGHTS[i]!;
  return Math.round(sigmoid(z) * 1000) / 1000;
}

/** The model applied to a feature vector, with its explanation. */
export function scoreFeatures(x: Float64Array): ClaimScore {
  let z = CLAIM_BIAS;
  const contributions: { feature: string; value: number }[] = [];
  const fired = new Set<ClaimType>();
  for (let i = 0; i < x.length; i++) {
    if (x[i] === 0) continue;
    const name = FEATURES[i]!.name;
    const t = TYPE_OF.get(name) ?? null;
    if (t !== null) fired.add(t);
    const v = x[i]! * WEIGHTS[i]!;
    if (v === 0) continue;
    contributions.push({ feature: name, value: v });
    z += v;
  }
  contributions.sort((a, b) => b.value - a.value);
  const type: ClaimType = TYPE_PRIORITY.find((t) => fired.has(t)) ?? 'other';
  const reasons: ClaimReason[] = [type];
  for (const c of contributions) {
    if (c.value <= 0) break;
    const reason = REASON_OF.get(c.feature) ?? null;
    if (reason !== null && !reasons.includes(reason)) reasons.push(reason);
  }
  return { score: Math.round(sigmoid(z) * 1000) / 1000, reasons, type, contributions };
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
  'This', 'These', 'Those', 'Yet', 'Still', 'Because', 'Since', 'Unless', 'His', 'Her', 'Their', 'Its', 'Our',
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
// claimants

export interface ClaimantContext {
  text: string;
  start: number;
  end: number;
  /** the quotes overlapping the candidate */
  quotes: Quote[];
  speakers: Speaker[];
  /** filled on first use by speakerMentions() and wordsOf() */
  mentions?: { at: number; end: number; speaker: string }[];
  words?: { w: string; at: number; end: number }[];
}

export interface Claimant {
  claimant: string | null;
  quote: Quote | null;
  /** the claimant rule that decided */
  by: string;
}

/** The quote that holds most of the candidate, when it holds at least QUOTE_SHARE of it. */
function quoteSpeaker(c: ClaimantContext): Claimant | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const q of c.quotes) {
    const o = Math.min(q.end, c.end) - Math.max(q.start, c.start);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = q;
    }
  }
  if (!best || bestOverlap < QUOTE_SHARE * (c.end - c.start)) return null;
  return { claimant: best.speaker, quote: best, by: 'quote-speaker' };
}

function wordsOf(c: ClaimantContext): { w: string; at: number; end: number }[] {
  if (c.words) return c.words;
  const words: { w: string; at: number; end: number }[] = [];
  const piece = c.text.slice(c.start, c.end);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(piece); m !== null; m = WORD_RE.exec(piece)) {
    words.push({ w: m[0].toLowerCase(), at: c.start + m.index, end: c.start + m.index + m[0].length });
  }
  c.words = words;
  return words;
}

/** Nothing between a name and its verb but a few words, and no clause break: "X's new data show". */
function sameClause(text: string, from: number, to: number, maxWords: number): boolean {
  const between = text.slice(from, to);
  return !/[,;:—–()]/.test(between) && (between.match(/\S+/g)?.length ?? 0) <= maxWords;
}

/** The subject opens the sentence and makes the claim by its verb: "X accused Y of …", "X estimated that …". */
function claimingSubject(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !wordsOf(c).some((w) => CLAIMING_VERBS.has(w.w))) return null;
  const mentions = speakerMentions(c);
  const first = mentions[0];
  if (!first || !sameClause(c.text, c.start, first.at, 4)) return null;
  // skip an apposition: "X, a ministry spokesman, has repeatedly promoted …"
  let after = first.end;
  if (c.text[after] === ',') {
    const close = c.text.indexOf(',', after + 1);
    if (close < 0 || close >= c.end || !sameClause(c.text, after + 1, close, 12)) return null;
    after = close + 1;
  }
  const words = wordsOf(c);
  const verb = words.find((w) => w.at >= after && w.at - after < 40 && CLAIMING_VERBS.has(w.w));
  if (!verb || !sameClause(c.text, after, verb.at, 2)) return null;
  return { claimant: first.speaker, quote: null, by: 'claiming-subject' };
}

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu;

/** Where each speaker's name or alias occurs in text[start, end) (whole words, as written). */
function speakerMentions(c: ClaimantContext): { at: number; end: number; speaker: string }[] {
  if (c.mentions) return c.mentions;
  const out: { at: number; end: number; speaker: string }[] = [];
  const piece = c.text.slice(c.start, c.end);
  for (const sp of c.speakers) {
    for (const form of new Set([sp.name, ...sp.aliases])) {
      if (form.length < 2) continue;
      for (let i = piece.indexOf(form); i >= 0; i = piece.indexOf(form, i + 1)) {
        const before = piece[i - 1];
        const after = piece[i + form.length];
        if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
        out.push({ at: c.start + i, end: c.start + i + form.length, speaker: sp.id });
      }
    }
  }
  c.mentions = out.sort((a, b) => a.at - b.at);
  return c.mentions;
}

/**
 * A non-speech source: a named speaker before a finding verb whose subject is a finding noun or the name itself
 * ("a study by X found", "X's data show", "figures from X suggest"), or after "according to".
 */
function findingSource(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0) return null;
  const words = wordsOf(c);
  if (!words.some((w) => FINDING_VERBS.has(w.w))) return null;
  const mentions = speakerMentions(c);
  if (mentions.length === 0) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    if (w === 'according' && words[i + 1]?.w === 'to') {
      const from = words[i + 1]!.at;
      const limit = words[Math.min(i + 10, words.length - 1)]!.at;
      const m = mentions.find((x) => x.at > from && x.at <= limit);
      if (m) return { claimant: m.speaker, quote: null, by: 'according-to' };
      continue;
    }
    if (!FINDING_VERBS.has(w) || w === 'according') continue;
    // the subject: the words before the verb, back to a clause break, must hold a finding noun or be the name
    const windowStart = words[Math.max(0, i - 8)]!.at;
    const subject = words.slice(Math.max(0, i - 8), i);
    const hasNoun = subject.some((x) => FINDING_NOUNS.has(x.w));
    const m = [...mentions].reverse().find((x) => x.end <= words[i]!.at && x.at >= windowStart);
    if (m && sameClause(c.text, m.end, words[i]!.at, hasNoun ? 5 : 1)) return { claimant: m.speaker, quote: null, by: 'finding-source' };
  }
  return null;
}

/** The claimant rules, in the order they are tried; none matching = the article's own voice. */
export const CLAIMANT_RULES: readonly { name: string; find: (c: ClaimantContext) => Claimant | null }[] = [
  { name: 'quote-speaker', find: quoteSpeaker },
  { name: 'finding-source', find: findingSource },
  { name: 'claiming-subject', find: claimingSubject },
];

/** The first rule that names a claimant; a quote found on the way stays the claim's quote even when unresolved. */
export function findClaimant(c: ClaimantContext): Claimant {
  let quote: Quote | null = null;
  for (const r of CLAIMANT_RULES) {
    const got = r.find(c);
    if (!got) continue;
    if (got.claimant !== null) return { ...got, quote: got.quote ?? quote };
    quote ??= got.quote;
  }
  return { claimant: null, quote, by: quote ? 'unresolved-quote' : 'article' };
}

// ---------------------------------------------------------------------------------------------------------------
// the detector

export interface DetectInput {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
  speakers: Speaker[];
}

/** A sentence or clause with its claimant and features: what the model scores (also what training sees). */
export interface ClaimCandidate {
  start: number;
  end: number;
  claimant: Claimant;
  x: Float64Array;
}

/**
 * The span widened to hold every quote it partly overlaps (its marks included), unless the span lies inside the
 * quote: a claim's element and a quote's must nest in the page (the markup contract), and a claim is never cut at
 * a quote's edge.
 */
function nestWithQuotes(span: { start: number; end: number }, quotes: Quote[]): { start: number; end: number } {
  let { start, end } = span;
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of quotes) {
      const crosses = q.start < end && q.end > start && (q.start < start || q.end > end);
      const inside = q.start <= start && q.end >= end;
      if (!crosses || inside) continue;
      start = Math.min(start, q.start);
      end = Math.max(end, q.end);
      changed = true;
    }
  }
  return { start, end };
}

/** Every candidate of the text, in order: whole sentences, run-on sentences cut into clauses. */
export function claimCandidates(input: DetectInput): ClaimCandidate[] {
  const { text, sentences, speakers } = input;
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  const out: ClaimCandidate[] = [];
  const lowerText = text.toLowerCase();
  let qi = 0;
  for (const sentence of sentences) {
    while (qi < quotes.length && quotes[qi]!.end <= sentence.start) qi++;
    const near: Quote[] = [];
    for (let j = qi; j < quotes.length && quotes[j]!.start < sentence.end; j++) if (quotes[j]!.end > sentence.start) near.push(quotes[j]!);
    const span = trimSpan(text, sentence.start, sentence.end);
    if (span.end <= span.start) continue;
    const words = wordCount(text, span.start, span.end);
    if (words < MIN_CLAIM_WORDS) continue;
    const long = words > LONG_CANDIDATE_WORDS;
    const spans: { start: number; end: number }[] = [];
    for (const clause of long ? splitClauses(text, span.start, span.end) : [span]) {
      const trimmed = long ? trimSpan(text, clause.start, clause.end) : clause;
      if (long && wordCount(text, trimmed.start, trimmed.end) < MIN_CLAIM_WORDS) continue;
      const c = nestWithQuotes(trimmed, near);
      // clauses widened over one quote become one candidate: claims never overlap
      const last = spans[spans.length - 1];
      if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
      else spans.push(c);
    }
    for (const c of spans) {
      const claimant = findClaimant({ text, start: c.start, end: c.end, quotes: near, speakers });
      const x = claimFeatures(text, c.start, c.end, lowerText);
      if (claimant.quote) {
        if (claimant.quote.kind === 'indirect') x[REPORTED_INDEX] = 1;
        else x[QUOTED_INDEX] = 1;
      }
      out.push({ start: c.start, end: c.end, claimant, x });
    }
  }
  return out;
}

export function detectClaims(input: DetectInput): Claim[] {
  const nextId = createIdAllocator('c');
  const claims: Claim[] = [];
  for (const cand of claimCandidates(input)) {
    if (scoreValue(cand.x) < CLAIM_THRESHOLD) continue;
    const scored = scoreFeatures(cand.x);
    const claimText = input.text.slice(cand.start, cand.end);
    claims.push({
      id: nextId(claimText),
      text: claimText,
      claimant: cand.claimant.claimant,
      quote: cand.claimant.quote?.id ?? null,
      score: scored.score,
      reasons: scored.reasons,
      start: cand.start,
      end: cand.end,
    });
  }
  return claims;
}
