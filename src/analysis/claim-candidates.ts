/**
 * Claim candidates: every sentence of the prose, whole, or a run-on sentence's clauses, each widened to nest with
 * the quotes it overlaps, with its feature vector (the two speech features set from the quote that holds most of it)
 * and what the claimant rules read, for the candidates that become claims.
 */
import { featureVector, FEATURES, wordCount, type FeatureVector } from './claim-features.ts';
import { scanClaimText, scanClaimTextUpTo, type Scan } from './claim-scan.ts';
import { W_CLAIMING_VERB, W_FINDING_NOUN, W_FINDING_VERB, W_REPORT } from './claim-dictionary.ts';
import { CLAIMANT_RULES, claimantContext, FINDING_RULES, findClaimant, lazySpeakerIndex, type Claimant, type ClaimantContext, type SpeakerIndex } from './claimants.ts';
import { LONG_CANDIDATE_WORDS, MIN_CLAIM_WORDS, splitClauses, trimSpan } from './claim-spans.ts';
import type { Sentence } from './segment.ts';
import { datelineEndAt } from './text.ts';
import type { Quote, Speaker } from './types.ts';

const QUOTED_INDEX = FEATURES.findIndex((f) => f.name === 'quoted');
const REPORTED_INDEX = FEATURES.findIndex((f) => f.name === 'reported');
const PERCENTAGE_INDEX = FEATURES.findIndex((f) => f.name === 'percentage');
const LAW_INDEX = FEATURES.findIndex((f) => f.name === 'law');

export interface DetectInput {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
  speakers: Speaker[];
}

/**
 * The claimant rule whose quote sets the two speech features: the quote holding most of the candidate. It is the
 * quote findClaimant() gives too (the later rules name a claimant, not a quote), found without the costlier rules
 * that only a claim needs.
 */
const QUOTE_RULE = quoteRule();

function quoteRule(): (typeof CLAIMANT_RULES)[number] {
  const rule = CLAIMANT_RULES.find((r) => r.name === 'quote-speaker');
  if (!rule) throw new Error('claim-candidates.ts: CLAIMANT_RULES has no quote-speaker rule to set the speech features from');
  return rule;
}

/**
 * A sentence or clause with its features: what the model scores (also what training sees). Its claimant is
 * findClaimant(context): already found (`claimant`) when the finding a sentence names may run on into the next
 * (the carried-finding rule needs to know), else asked only of the candidates that become claims (most score below
 * the threshold; the context then leaves out the speakers' index, which only those rules read).
 */
export interface ClaimCandidate {
  start: number;
  end: number;
  x: FeatureVector;
  context: ClaimantContext;
  claimant?: Claimant;
}

/** A sentence of more characters than this is counted before it is scanned (see claimCandidates). */
const LONG_SPAN_CHARS = 240;

/** Sentences after a finding's source was named that its figures may run on into. */
const CARRY_SENTENCES = 2;

/**
 * Must the candidate's claimant be found now, to follow a finding's source from sentence to sentence? Only while a
 * finding runs on (this candidate may carry it, end it or name another), or when the candidate may name one: the
 * finding rules (FINDING_RULES) need a speaker and a finding verb or noun, which the scan saw (or could not tell).
 */
function followsFindings(context: ClaimantContext, carrying: boolean): boolean {
  if (carrying) return true;
  if (context.speakers.length === 0) return false;
  return !context.verbs || context.verbs.finding || context.verbs.findingNoun;
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

/**
 * What ClaimantContext.verbs says of a scan's word bits: one shared, frozen record per combination of the four
 * flags, not an object per candidate (the rules only read it).
 */
type Verbs = NonNullable<ClaimantContext['verbs']>;
const VERB_MASKS = [W_FINDING_VERB, W_CLAIMING_VERB, W_REPORT, W_FINDING_NOUN] as const;
const VERBS: readonly Verbs[] = Array.from({ length: 16 }, (_, k) =>
  Object.freeze({ finding: (k & 1) !== 0, claiming: (k & 2) !== 0, reporting: (k & 4) !== 0, findingNoun: (k & 8) !== 0 }),
);
function verbsOf(wordBits: number): Verbs {
  let k = 0;
  for (let b = 0; b < VERB_MASKS.length; b++) if (wordBits & VERB_MASKS[b]!) k |= 1 << b;
  return VERBS[k]!;
}

/** No quote near a sentence (most sentences): one shared empty list, which the claimant rules only read. */
const NO_QUOTES: Quote[] = [];

/** The quotes (sorted by start, those before quotes[from] ending before the sentence) that overlap the sentence. */
function quotesNear(quotes: readonly Quote[], from: number, sentence: { start: number; end: number }): Quote[] {
  let near = NO_QUOTES;
  for (let j = from; j < quotes.length && quotes[j]!.start < sentence.end; j++) {
    if (quotes[j]!.end <= sentence.start) continue;
    if (near === NO_QUOTES) near = [];
    near.push(quotes[j]!);
  }
  return near;
}

/** A scanned candidate's span. */
interface ScannedSpan {
  start: number;
  end: number;
  scan: Scan;
}

/** wholeSentence(): the sentence is too long to be one candidate (its clauses are), or too short to be a claim. */
const LONG = 'long';
const SHORT = 'short';

/**
 * The sentence text[span] as one candidate, widened to nest with the quotes it crosses, with its scan; LONG or
 * SHORT when it is no candidate by its words. The scan counts the words too: a sentence no quote crosses is scanned
 * once (a sentence of many characters is counted first, as it is most often long, and a count costs less than the
 * scan it spares); one that a quote crosses is counted, and only the wider candidate scanned.
 */
function wholeSentence(text: string, span: { start: number; end: number }, near: Quote[]): ScannedSpan | typeof LONG | typeof SHORT {
  const nested = nestWithQuotes(span, near);
  if (nested.start === span.start && nested.end === span.end) {
    const tooLong = span.end - span.start > LONG_SPAN_CHARS && wordCount(text, span.start, span.end, LONG_CANDIDATE_WORDS + 1) > LONG_CANDIDATE_WORDS;
    const scan = tooLong ? null : scanClaimTextUpTo(text, span.start, span.end, LONG_CANDIDATE_WORDS);
    if (scan === null) return LONG;
    return scan.chunks < MIN_CLAIM_WORDS ? SHORT : { start: span.start, end: span.end, scan };
  }
  const words = wordCount(text, span.start, span.end, LONG_CANDIDATE_WORDS + 1);
  if (words > LONG_CANDIDATE_WORDS) return LONG;
  if (words < MIN_CLAIM_WORDS) return SHORT;
  return { start: nested.start, end: nested.end, scan: scanClaimText(text, nested.start, nested.end) };
}

/** A long sentence's clauses, each widened to nest with the quotes it crosses (clauses widened over one quote become one: claims never overlap), scanned. */
function clauseCandidates(text: string, span: { start: number; end: number }, near: Quote[]): ScannedSpan[] {
  const spans: { start: number; end: number }[] = [];
  for (const clause of splitClauses(text, span.start, span.end)) {
    const trimmed = trimSpan(text, clause.start, clause.end);
    if (wordCount(text, trimmed.start, trimmed.end, MIN_CLAIM_WORDS) < MIN_CLAIM_WORDS) continue;
    const c = nestWithQuotes(trimmed, near);
    const last = spans[spans.length - 1];
    if (last && c.start < last.end) last.end = Math.max(last.end, c.end);
    else spans.push(c);
  }
  return spans.map((c) => ({ start: c.start, end: c.end, scan: scanClaimText(text, c.start, c.end) }));
}

/**
 * Every candidate of the text, in order: whole sentences, run-on sentences cut into clauses. `index` gives the
 * speakers' index (a caller that asks the claimant rules too passes its own, so it is built once).
 */
export function claimCandidates(input: DetectInput, index: () => SpeakerIndex = lazySpeakerIndex(input.speakers)): ClaimCandidate[] {
  const { text, sentences, speakers } = input;
  const quotes = [...input.quotes].sort((a, b) => a.start - b.start);
  const out: ClaimCandidate[] = [];
  let qi = 0;
  // the source of the last finding named, and the sentence (its index) it was named in
  let finding: { source: string; sentence: number } | null = null;
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si]!;
    if (finding && si - finding.sentence > CARRY_SENTENCES) finding = null;
    while (qi < quotes.length && quotes[qi]!.end <= sentence.start) qi++;
    const near = quotesNear(quotes, qi, sentence);
    const trimmed = trimSpan(text, sentence.start, sentence.end);
    // "CITY, May 4 (Wire) — …": the dateline is no part of the claim, nor of its figures
    const span = { start: datelineEndAt(text, trimmed.start), end: trimmed.end };
    if (span.end <= span.start) continue;
    const whole = wholeSentence(text, span, near);
    if (whole === SHORT) continue;
    for (const { start, end, scan } of whole === LONG ? clauseCandidates(text, span, near) : [whole]) {
      const x = featureVector(scan);
      // the scan read the claimant rules' words, unless it met a character where the two may read differently
      const verbs = !scan.wide ? verbsOf(scan.wordBits) : undefined;
      // a rule's figures ("clubs may not spend more than 70 percent") are the rule's, not the last finding's
      const carried = finding ? { source: finding.source, figures: x[PERCENTAGE_INDEX]! > 0 && x[LAW_INDEX] === 0 } : undefined;
      const context = claimantContext({ text, start, end, quotes: near, speakers, verbs, carried, index: undefined });
      let claimant: Claimant | undefined;
      if (followsFindings(context, finding !== null)) {
        claimant = findClaimant(claimantContext({ ...context, index: index() }));
        if (claimant.claimant !== null && FINDING_RULES.has(claimant.by)) finding = { source: claimant.claimant, sentence: si };
        else if (claimant.claimant !== null || claimant.quote) finding = null;
      }
      const quote = claimant ? claimant.quote : QUOTE_RULE.find(context)?.quote;
      if (quote) {
        if (quote.kind === 'indirect') x[REPORTED_INDEX] = 1;
        else x[QUOTED_INDEX] = 1;
      }
      out.push({ start, end, x, context, claimant });
    }
  }
  return out;
}
