/** Finding cues: the reporting verbs outside quotations ("said", "told", "according to", "pointed out"). */

import { PARTICLE_CUES, REPORTING_FORMS, GROUP_NOUNS } from '../lexicon/words.ts';
import { COORDINATORS, DETERMINERS, FRAMED_SPEAKER_OPENERS, MODAL_OR_PLURAL_SUBJ, PASSIVE_AUXILIARIES, WEAK_LEMMAS } from '../lexicon/attribution.ts';
import type { Context } from './context.ts';
import { wordGate } from '../lexicon/set.ts';

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

/** At least four characters ending in "d" or "s": what /^[a-z]{3,}(?:ed|s)$/ needs, tested before it on every word. */
function mayBeFramingForm(lw: string): boolean {
  const last = lw.charCodeAt(lw.length - 1);
  return lw.length >= 4 && (last === 100 || last === 115);
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
    cues.push({ k0: k, k1, lemma, text: toks.slice(k, k1).map((x) => x.w).join(' '), participle, sent: t.sent, weak: WEAK_LEMMAS.has(lemma) });
  }
  return cues;
}

/**
 * A verb the lexicon does not list that frames a quotation as speech: `,” deadpanned X` / `,” teased the coach` (between
 * a quotation's closing `,”` and a name, a pronoun or "the"; `,” she scolded.`), or `X scolded, “…`. Read as "say".
 */
function isFramingVerb({ toks, text }: Context, k: number): boolean {
  const t = toks[k]!;
  if (t.cap || !mayBeFramingForm(t.lw) || !/^[a-z]{3,}(?:ed|s)$/.test(t.lw)) return false;
  const before = text.slice(Math.max(0, t.start - 4), t.start).replace(/\s+$/u, '');
  const next = toks[k + 1];
  if (/[,?!][”"]$/u.test(before)) {
    return !!next && next.sent === t.sent && (next.cap || FRAMED_SPEAKER_OPENERS.has(next.lw));
  }
  const after = text.slice(t.end, t.end + 4);
  const prev = toks[k - 1];
  // `,” she scolded.`: a pronoun right after the quotation, then the verb ending the sentence
  if (prev && FRAMED_SPEAKER_OPENERS.has(prev.lw) && /[,?!][”"]$/u.test(text.slice(Math.max(0, prev.start - 4), prev.start).replace(/\s+$/u, '')) && /^[.,]/.test(after)) return true;
  // `X scolded, “…`, `X hinted that “…`, `X blushed and stammered, “…`, `X grinned to Y, “…`
  const framed = /^(?:\s+to\s+\p{Lu}[\p{L}’'-]*)?,\s*[“"]|^\s+that\s+[“"]/u.test(text.slice(t.end, t.end + 40));
  return framed && !!prev && prev.sent === t.sent && prev.t === 'word' && (prev.cap || FRAMED_SPEAKER_OPENERS.has(prev.lw) || COORDINATORS.has(prev.lw));
}

/** The token after the cue words ("according to", "pointed out" take two), or -1 when the particle is missing. */
function cueEnd({ toks }: Context, k: number, lemma: string): number {
  if (lemma === 'according') return toks[k + 1]?.lw === 'to' ? k + 2 : -1;
  const particle = PARTICLE_CUES[lemma];
  if (particle) return toks[k + 1]?.lw === particle ? k + 2 : -1;
  return k + 1;
}

/** A reporting form used as a verb: not a noun ("the report"), a bare form with a subject, not a passive. */
function isVerbUse({ toks }: Context, k: number, k1: number, lemma: string): boolean {
  const t = toks[k]!;
  const prev = toks[k - 1];
  if (prev && prev.sent === t.sent && DETERMINERS.has(prev.lw) && lemma !== 'according') return false;
  if (t.lw === lemma && lemma !== 'according' && t.lw !== 'read') {
    // bare form: needs a plural/pronoun subject or a modal
    if (!prev || !(MODAL_OR_PLURAL_SUBJ.has(prev.lw) || /s$/.test(prev.lw) || GROUP_NOUNS.has(prev.lw))) return false;
    if (prev.lw === 'to') return false;
  }
  if (prev && PASSIVE_AUXILIARIES.has(prev.lw) && (t.lw.endsWith('ed') || t.lw === 'told' || t.lw === 'written') && toks[k1]?.lw !== 'by') return false;
  return true;
}
