/** Finding cues: the reporting verbs outside quotations ("said", "told", "according to", "pointed out"). */

import { PARTICLE_CUES, REPORTING_FORMS, GROUP_NOUNS } from '../lexicon/words.ts';
import { COMPLEMENT_LEMMAS, CONTRACTING_PRONOUNS, COORDINATORS, DETERMINERS, FINITE_VERBS, FRAMED_SPEAKER_OPENERS, IRREGULAR_CUE_PARTICIPLES, MODAL_OR_PLURAL_SUBJ, PASSIVE_AUXILIARIES, PAST_AS_LEMMA, POSSESSIVE_DETERMINERS, WEAK_LEMMAS } from '../lexicon/attribution.ts';
import type { Context } from './context.ts';
import type { Token } from '../tokens.ts';
import { wordGate } from '../lexicon/set.ts';
import { isSpaceCode } from '../text.ts';
import { isAdverb, speakingToStart } from './grammar.ts';

export interface Cue {
  /** token index range of the cue words */
  readonly k0: number;
  readonly k1: number;
  readonly lemma: string;
  readonly text: string;
  /** participle form ("saying") */
  readonly participle: boolean;
  readonly sent: number;
  /** reports quotations only (WEAK_LEMMAS) */
  readonly weak: boolean;
}

/** Most words are no reporting form: their length or first letter says so without a look-up. */
const MAYBE_REPORTING = wordGate(REPORTING_FORMS.keys());

/** The particle a cue takes ("point" → "out"), as a Map: a look-up by lemma never reaches Object.prototype. */
const PARTICLES = new Map(Object.entries(PARTICLE_CUES));

/**
 * A verb form that may frame a quotation: what /^[a-z]{3,}(?:ed|s)$/ matches (ASCII lower-case letters only, at
 * least three then "ed" or "s"), read by code unit: it is asked of most words.
 */
function isFramingForm(lw: string): boolean {
  const n = lw.length;
  const last = lw.charCodeAt(n - 1);
  if (!(n >= 4 && last === 115) && !(n >= 5 && last === 100 && lw.charCodeAt(n - 2) === 101)) return false;
  for (let i = 0; i < n; i++) {
    const c = lw.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

export function findCues(ctx: Context): Cue[] {
  const { toks, sentTok } = ctx;
  const cues: Cue[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.t !== 'word' || t.quoted || t.cap && k !== sentTok[t.sent]) continue;
    const lemma = (MAYBE_REPORTING(t.lw) ? REPORTING_FORMS.get(t.lw) : undefined) ?? (isFramingVerb(ctx, k) ? 'say' : undefined);
    if (!lemma) continue;
    const k1 = cueEnd(ctx, k, lemma);
    if (k1 < 0) continue;
    if (!isVerbUse(ctx, k, k1, lemma)) continue;
    const participle = t.lw.endsWith('ing') && lemma !== 'according';
    const text = k1 === k + 1 ? t.w : toks.slice(k, k1).map((x) => x.w).join(' ');
    cues.push({ k0: k, k1, lemma, text, participle, sent: t.sent, weak: WEAK_LEMMAS.has(lemma) });
  }
  return cues;
}

/**
 * A verb the lexicon does not list that frames a quotation as speech: `,” deadpanned X` / `,” teased the coach` (between
 * a quotation's closing `,”` and a name, a pronoun or "the"; `,” she scolded.`), or `X scolded, “…`. Read as "say".
 */
function isFramingVerb({ toks, text }: Context, k: number): boolean {
  const t = toks[k]!;
  if (t.cap || !isFramingForm(t.lw)) return false;
  const next = toks[k + 1];
  if (closesQuotationBefore(text, t.start)) {
    return !!next && next.sent === t.sent && (next.cap || FRAMED_SPEAKER_OPENERS.has(next.lw));
  }
  const prev = toks[k - 1];
  const after = text.charCodeAt(t.end);
  // `,” she scolded.`: a pronoun right after the quotation, then the verb ending the sentence
  if ((after === 46 || after === 44) && prev && closesQuotationBefore(text, prev.start) && FRAMED_SPEAKER_OPENERS.has(prev.lw)) return true;
  // `X scolded, “…`, `X hinted that “…`, `X blushed and stammered, “…`, `X grinned to Y, “…` (the pattern opens with a
  // comma, or white space and "to" or "that"; the cheap tests on the word before go first)
  if (!(after === 44 || (isSpaceCode(after) && toOrThatAt(text, t.end)))) return false;
  if (!(prev && prev.sent === t.sent && prev.t === 'word' && (prev.cap || FRAMED_SPEAKER_OPENERS.has(prev.lw) || COORDINATORS.has(prev.lw)))) return false;
  // "popular with Democratic voters, “…": after a capitalised modifier an "-s" form is a plural noun ("X quips" is rare)
  if (prev.cap && t.lw.endsWith('s')) return false;
  return /^(?:\s+to\s+\p{Lu}[\p{L}’'-]*)?,\s*[“"]|^\s+that\s+[“"]/u.test(text.slice(t.end, t.end + 40));
}

/** Does "to" or "that" follow the white space at pos (what the framing pattern's second and third forms need)? */
function toOrThatAt(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.startsWith('to', i) || text.startsWith('that', i);
}

/**
 * Does a quotation close just before pos (`,”`, `?"`, `!”`)? What /[,?!][”"]$/ finds in the four characters before
 * pos with the white space at their end left out, read by code unit: it is asked of many words.
 */
function closesQuotationBefore(text: string, pos: number): boolean {
  const lo = Math.max(0, pos - 4);
  let e = pos;
  while (e > lo && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e - lo < 2) return false;
  const q = text.charCodeAt(e - 1);
  const p = text.charCodeAt(e - 2);
  return (q === 0x201d || q === 34) && (p === 44 || p === 63 || p === 33);
}

/** The token after the cue words ("according to", "pointed out" take two), or -1 when the particle is missing. */
function cueEnd({ toks }: Context, k: number, lemma: string): number {
  if (lemma === 'according') return toks[k + 1]?.lw === 'to' ? k + 2 : -1;
  const particle = PARTICLES.get(lemma);
  if (particle) return toks[k + 1]?.lw === particle ? k + 2 : -1;
  return k + 1;
}

/**
 * A possessive word ("examiner’s", "Ottawa's"), not a pronoun's contraction ("he’s", "it's"): what /^(.+)['’]s$/
 * finds, the word before the apostrophe no CONTRACTING_PRONOUNS member, read by code unit.
 */
function isPossessive(t: Token): boolean {
  if (t.t === 'poss') return true;
  const w = t.lw;
  const n = w.length;
  const apostrophe = w.charCodeAt(n - 2);
  return n >= 3 && w.charCodeAt(n - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019) && !CONTRACTING_PRONOUNS.has(w.slice(0, n - 2));
}

/** A reporting form used as a verb: not a noun ("the report"), a bare form with a subject, not a passive. */
function isVerbUse({ toks }: Context, k: number, k1: number, lemma: string): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (prev && prev.sent === t.sent && DETERMINERS.has(prev.lw) && lemma !== 'according') return false;
  // "the examiner’s report", "the mayor’s claims": after a possessive a cue form is a noun ("he’s said" is a verb)
  if (prev && prev.sent === t.sent && isPossessive(prev) && lemma !== 'according') return false;
  if (isModifiedNoun(toks, k) || isAdverbModifier(toks, k) || isGerundSubject(toks, k, k1) || isCountedNoun(toks, k)) return false;
  if (t.lw === lemma && lemma !== 'according' && !PAST_AS_LEMMA.has(t.lw)) {
    // bare form: needs a plural/pronoun subject or a modal, perhaps before an aside in commas
    const subj = prev?.w === ',' ? beforeAside(toks, k - 1) : prev;
    if (!subj || !(MODAL_OR_PLURAL_SUBJ.has(subj.lw) || subj.lw.endsWith('s') || GROUP_NOUNS.has(subj.lw))) return false;
    if (subj.lw === 'to' && speakingToStart(toks, k - 1) < 0) return false;
  }
  if (prev && PASSIVE_AUXILIARIES.has(prev.lw) && (t.lw.endsWith('ed') || IRREGULAR_CUE_PARTICIPLES.has(t.lw)) && toks[k1]?.lw !== 'by') return false;
  if (COMPLEMENT_LEMMAS.has(lemma) && !hasAsAhead(toks, k1)) return false;
  return true;
}

/** How far back an aside's opening comma may stand from its closing one. */
const ASIDE_TOKENS = 20;

/**
 * "Opponents, organised under the banner of X, argue": the word before the comma that opens the aside the comma at
 * `close` ends, when that comma follows the sentence's first word (the subject a bare cue form agrees with).
 */
function beforeAside(toks: readonly Token[], close: number): Token | undefined {
  const sent = toks[close]!.sent;
  for (let x = close - 1; x > 0 && x > close - ASIDE_TOKENS && toks[x - 1]!.sent === sent; x--) {
    if (toks[x]!.w !== ',' || toks[x]!.quoted) continue;
    const w = toks[x - 1]!;
    return w.t === 'word' && (x - 1 === 0 || toks[x - 2]!.sent !== sent) ? w : undefined;
  }
  return undefined;
}

/**
 * "in her opening remarks that", "his prepared comments": after a possessive determiner and a participle used as an
 * adjective, a cue form is a noun ("her aide said" keeps its verb: "aide" is no participle).
 */
export function isModifiedNoun(toks: readonly Token[], k: number): boolean {
  const mod = toks[k - 1];
  // "her widely reported claims": an adverb may stand between the determiner and the participle
  const det = toks[k - 2] && isAdverb(toks[k - 2]!) ? toks[k - 3] : toks[k - 2];
  if (!mod || !det || mod.sent !== toks[k]!.sent || det.sent !== mod.sent || mod.cap || !POSSESSIVE_DETERMINERS.has(det.lw)) return false;
  return mod.lw.endsWith('ing') || mod.lw.endsWith('ed');
}

/** "the agency's XV-9 reporting is supported by …": a participle right before a finite verb is that verb's subject, a noun. */
function isGerundSubject(toks: readonly Token[], k: number, k1: number): boolean {
  const next = toks[k1];
  return k1 === k + 1 && toks[k]!.lw.endsWith('ing') && !!next && next.sent === toks[k]!.sent && FINITE_VERBS.has(next.lw);
}

/**
 * "more than 90 calls", "12 reports": a form in -s right after a figure is the plural noun it counts; not after a
 * name that ends in its number ("Article 33 affirms").
 */
function isCountedNoun(toks: readonly Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev || prev.t !== 'num' || prev.sent !== toks[k]!.sent || !toks[k]!.lw.endsWith('s')) return false;
  const before = toks[k - 2];
  return !(before && before.sent === prev.sent && before.t === 'word' && before.cap);
}

/** "his previously stated views", "the widely reported deal": a determiner, an adverb, then a cue form used as an adjective. */
function isAdverbModifier(toks: readonly Token[], k: number): boolean {
  const adv = toks[k - 1];
  const det = toks[k - 2];
  return !!adv && !!det && det.sent === toks[k]!.sent && adv.sent === det.sent && isAdverb(adv) && DETERMINERS.has(det.lw);
}

/** "described the plan as …": a describing verb speaks only through its "as" ("was described by the board" does not). */
function hasAsAhead(toks: readonly Token[], k1: number): boolean {
  for (let x = k1; x < Math.min(toks.length, k1 + 7) && toks[x]!.sent === toks[k1 - 1]!.sent; x++) if (toks[x]!.lw === 'as') return true;
  return false;
}
