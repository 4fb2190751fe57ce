/**
 * The types of the source-finding rules, and what each rule reads about its cue (the Scan). The rules themselves are
 * in sources-before.ts (a source left of the cue) and sources-after.ts (an inverted cue: "…,” said X"); their order
 * is the array SOURCE_RULES in sources.ts.
 */

import type { Token } from '../tokens.ts';
import type { Mention } from '../speakers.ts';
import type { How } from '../types.ts';
import type { Cue } from './cues.ts';
import type { Finder } from './phrases.ts';
import { beforeTimePhrase, isAdverb, isQuoteMark, speakingToStart } from './grammar.ts';
import { AUX } from '../lexicon/attribution.ts';

/** What a rule found: the source mention (null: the rule applies but names no one) and the cue's region. */
export interface SourceMatch {
  subject: Mention | null;
  /** the region covering subject and cue, as tokens [r0, r1) (default: the cue words) */
  r0?: number;
  r1?: number;
  /** the subject follows the cue ("said X") */
  inverted?: boolean;
  /** the word that stands for the subject when it is not the subject itself: "who", "it", "I" */
  stand?: { start: number; end: number };
  /** the quotation right before the cue lies inside the subject's apposition (ApposedQuote) */
  apposed?: ApposedQuote;
}

/**
 * A quotation inside the source's apposition, right before the cue ("Jane Doe, author of “Harbour Lights,” said
 * that …"), quotation mark `mark`: part of who the source is, not what the cue reports. A title or a nickname is no
 * one's words, and no later rule may link it to a speaker; the source's own words ("X, who shouted “…,” said that
 * …") are the source's, reported by the verb at token `verb`.
 */
export type ApposedQuote = { readonly kind: 'title'; readonly mark: number } | { readonly kind: 'own-words'; readonly mark: number; readonly verb: number };

export interface SourceRule {
  readonly how: How;
  /** the probability the source is right when the rule finds a name */
  readonly confidence: number;
  /** when the source is a description ("officials said") rather than a name */
  readonly described?: number;
  /** when the source is a pronoun coreference could not resolve */
  readonly unresolved?: number;
  /** the pattern, as a reader would write it */
  readonly pattern: string;
  find(cue: Cue, s: Scan): SourceMatch | null;
}

/** A cue with its source: what the later stages read. */
export interface SourcedCue extends Cue {
  readonly subject: Mention | null;
  /** the rule that found the source, null when none did */
  readonly rule: SourceRule | null;
  readonly r0: number;
  readonly r1: number;
  readonly inverted: boolean;
  /** what the quotation in the source's apposition is, null when there is none (the rule's SourceMatch.apposed) */
  readonly apposed: ApposedQuote | null;
}

/** The positions every rule looks at, computed once per cue. */
export interface Scan {
  readonly f: Finder;
  /** index of the cue, and the cues before it with their sources */
  readonly c: number;
  readonly cues: readonly Cue[];
  readonly found: readonly SourcedCue[];
  readonly sStart: number;
  readonly sEnd: number;
  /**
   * where the cue's subject would end: the last token before the cue that is no auxiliary or -ly adverb ("X has also
   * said" → X), read past a time phrase ("X on Monday said") and the frame of an infinitive ("X went on to say",
   * "X was quick to add") as past the auxiliaries; and that token
   */
  readonly j: number;
  readonly tj: Token | undefined;
  /** j stands before a time phrase: a subject there must open the sentence's own clause (opensClauseAt) */
  readonly timed: boolean;
  /** the token right before the cue */
  readonly before: Token | undefined;
  /** the cue follows a closing quotation mark ("…,” said") */
  readonly afterQuote: boolean;
  /** the cue opens its clause: sentence start, or after punctuation */
  readonly invertedPos: boolean;
}

export function scanCue(f: Finder, cues: readonly Cue[], found: readonly SourcedCue[], c: number): Scan {
  const { toks, sentTok } = f.ctx;
  const cue = cues[c]!;
  const sStart = sentTok[cue.sent]!;
  const sEnd = sentTok[cue.sent + 1]!;
  // "X went on to say", "X was quick to add": the subject stands before the frame of the infinitive
  const frame = speakingToStart(toks, cue.k0 - 1);
  const k = skipAuxiliaries(f, (frame > sStart ? frame : cue.k0) - 1, sStart);
  // "X on Monday said", "she earlier this week told", "X, who on Monday said": and before a time phrase, where a
  // word stands ("X, who …, on Friday declared": the mark leaves no subject there, and the phrase is read as before)
  const t = cue.participle || k < sStart ? k : beforeTimePhrase(toks, k, sStart);
  const timed = t !== k && toks[t]!.t !== 'punct';
  const j = timed ? t : k;
  const before = toks[cue.k0 - 1];
  return {
    f, c, cues, found, sStart, sEnd, j, timed,
    tj: j >= sStart ? toks[j] : undefined,
    before,
    afterQuote: isQuoteMark(before) || (before?.w === ',' && isQuoteMark(toks[cue.k0 - 2])),
    invertedPos: !before || before.sent !== cue.sent || isClauseOpeningMark(before.w),
  };
}

/** The first token at or before k that is no auxiliary or -ly adverb, or sStart - 1. */
function skipAuxiliaries(f: Finder, k: number, sStart: number): number {
  const { toks, endAt } = f.ctx;
  let j = k;
  // an auxiliary is skipped unless it is a name ("… Will wrote" after "Jane Will": findMentions made it one)
  while (j >= sStart && ((AUX.has(toks[j]!.lw) && !(toks[j]!.cap && endAt.has(j))) || isAdverb(toks[j]!))) j--;
  return j;
}

/** A mark after which a clause opens: what /^[,”"'’:;\u2014\u2013-]$/ or "''" match, read by code unit (asked per cue). */
function isClauseOpeningMark(w: string): boolean {
  if (w.length !== 1) return w === "''";
  const c = w.charCodeAt(0);
  return c === 44 || c === 0x201d || c === 34 || c === 39 || c === 0x2019 || c === 58 || c === 59 || c === 0x2014 || c === 0x2013 || c === 45;
}

export function spanOf(t: Token): { start: number; end: number } {
  return { start: t.start, end: t.end };
}
