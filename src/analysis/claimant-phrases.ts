/**
 * Phrases the claimant rules (claimants.ts) step over or must not take for a speaker: a dateline before the
 * sentence ("CITY (Wire) — "), a short bracketed aside after a name ("X (D-Y.) said"), and a share of a group
 * ("75 percent of voters said …": a poll's respondents, not its source), and a finding named as a quote's source
 * ("…, according to a new survey by X").
 */
import { charBetween, type ClaimantContext } from './claimant-context.ts';
import { FINDING_NOUNS, SHARE_OF_WORDS } from './lexicon/claims.ts';
import type { Quote } from './types.ts';
import { datelineEndAt } from './text.ts';

/**
 * A share and its "of": "12% of ", "7.5% of ", "percent of ", "majority of "; its word (if any) in group 1, a share
 * when SHARE_OF_WORDS holds it (sharesOf). Both readings below are made of it: the text before a name, and a name.
 */
const SHARE_OF = String.raw`(?:\d[\d.,]*\s?%|(\p{L}+))\s+of\s`;

/** "75 percent of ", "a majority of the ", "12% of ": a share of the group named next (at the end of the text read). */
const SHARE_OF_RE = new RegExp(String.raw`${SHARE_OF}\s*(?:the\s+|all\s+)?$`, 'u');

/** A share that opens a name: "75 percent of …", "12% of …", "a full 79 percent of …", "a majority of …". */
const SHARE_NAME_RE = new RegExp(String.raw`^(?:\p{L}+\s+){0,2}?(?:\d[\d.,]*\s?(?=\p{L}))?${SHARE_OF}`, 'u');

/** A SHARE_OF match that names a share: a percentage, or a word SHARE_OF_WORDS holds ("majority", not "members"). */
const sharesOf = (m: RegExpExecArray | null): boolean => m !== null && (m[1] === undefined || SHARE_OF_WORDS.has(m[1].toLowerCase()));

const OF_BEFORE = [' of ', ' of the ', ' of all '];

/** Characters back from a name that "75 percent of the " may take. */
const SHARE_OF_CHARS = 30;

/** The name at `at` is a share of a group: "75 percent of Republicans", "a majority of farmers". */
export function shareBefore(text: string, from: number, at: number): boolean {
  // "of ", "of the ", "of all " just before the name, or no share (most names)
  if (!OF_BEFORE.some((w) => text.startsWith(w, at - w.length))) return false;
  return sharesOf(SHARE_OF_RE.exec(text.slice(Math.max(from, at - SHARE_OF_CHARS), at)));
}

/**
 * The quote's attribution rests on a share of a group: "75 percent of Republicans said …", "a majority of farmers
 * say …" (a poll's result, not the group's claim).
 */
export function restsOnShare(text: string, from: number, quote: Quote): boolean {
  return quote.source !== null && (shareBefore(text, from, quote.source.start) || isShareName(quote.source.text));
}

/** The name is a share of a group, taken whole as a source: "75 percent of Republicans" (a poll's respondents). */
export function isShareName(name: string): boolean {
  // most names hold no " of ", and are no share
  return name.includes(' of ') && sharesOf(SHARE_NAME_RE.exec(name));
}

/** Where the candidate's words start after a dateline that opens it, or c.start when none does. */
export function datelineEnd(c: ClaimantContext): number {
  const end = datelineEndAt(c.text, c.start);
  return end < c.end ? end : c.start;
}

/** Characters a bracketed aside after a name may hold: a party and state, a ticker, an age. */
const ASIDE_CHARS = 30;

/** The end of a short bracketed aside just after `at` ("X (R-Tex.)"), or `at` when there is none. */
export function afterBrackets(c: ClaimantContext, at: number): number {
  const open = c.text[at] === '(' ? at : c.text[at] === ' ' && c.text[at + 1] === '(' ? at + 1 : -1;
  if (open < 0) return at;
  const close = charBetween(c.text, ')', open + 1, Math.min(c.end, open + ASIDE_CHARS));
  return close < 0 ? at : close + 1;
}

const SOURCE_WORD_RE = /[\p{L}]+/gu;

/** namesFinding() of each quote: a quote is asked once for every candidate near it. */
const NAMES_FINDING = new WeakMap<Quote, boolean>();

/** The quote's source names a finding: "a Harbour Gazette survey", "a report from the agency". */
export function namesFinding(q: Quote): boolean {
  if (q.source === null) return false;
  let yes = NAMES_FINDING.get(q);
  if (yes === undefined) NAMES_FINDING.set(q, (yes = (q.source.text.toLowerCase().match(SOURCE_WORD_RE) ?? []).some((w) => FINDING_NOUNS.has(w))));
  return yes;
}
