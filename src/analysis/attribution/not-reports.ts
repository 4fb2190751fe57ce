/**
 * Cues that report nothing, read before content.ts looks for what a cue says: a denied act of speech, a hypothetical
 * "you", the standard of a comparison, a verb that names a work.
 */
import type { Context } from './context.ts';
import type { SourcedCue } from './sources.ts';
import type { MarkQuote } from '../quotes.ts';
import type { Token } from '../tokens.ts';
import { isAdverb, isFiniteVerb } from './grammar.ts';
import { isPlural } from './phrases.ts';
import { FUTURE_MODALS } from '../lexicon/clauses.ts';
import { isTitleOfWork } from './linking.ts';
import { subjectBeforeAside } from './clauses.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/words.ts';
import { AUX, COMPARISON_CONJUNCTIONS, DETERMINERS, GENERIC_PRONOUNS, HYPOTHETICAL_OPENERS, NEGATIONS, NO_CONTENT_START, OBJECT_OR_POSSESSIVE_PRONOUNS, SUBORDINATE, WORK_LEMMAS } from '../lexicon/attribution.ts';

/**
 * "has not said the bridge would close", "didn’t say …", "never said …": a denied act of speech reports no clause
 * (a quotation before it, "“…,” she didn’t deny", is still the speaker's).
 */
export function isNegated({ toks }: Context, k: number): boolean {
  const sent = toks[k]!.sent;
  for (let x = k - 1; x >= Math.max(0, k - 3) && toks[x]!.sent === sent; x--) {
    const lw = toks[x]!.lw;
    const w = lw.includes('’') ? lw.replace(/’/g, "'") : lw;
    if (NEGATIONS.has(w) || w.endsWith("n't")) return true;
    if (!AUX.has(w)) return false;
  }
  return false;
}

/** "When you say you hate it, …", "if you tell them the plan …": a generic "you" after "when"/"if" speaks for no one. */
export function isHypothetical({ toks }: Context, cue: SourcedCue): boolean {
  let k = cue.k0 - 1;
  while (k > 0 && AUX.has(toks[k]!.lw)) k--;
  return GENERIC_PRONOUNS.has(toks[k]?.lw ?? '') && toks[k]!.sent === cue.sent && HYPOTHETICAL_OPENERS.has(toks[k - 1]?.lw ?? '');
}

/**
 * "costs are lower than the agency says they are", "higher than city reports say it is": a cue whose subject follows
 * "than" is the standard of a comparison; what it "says" is the writer's elided comparison, not a report.
 */
export function isComparisonStandard({ toks }: Context, cue: SourcedCue): boolean {
  // a name's region starts after its "the" ("than the Harbour Board says")
  const k = DETERMINERS.has(toks[cue.r0 - 1]?.lw ?? '') ? cue.r0 - 2 : cue.r0 - 1;
  const before = toks[k];
  return cue.subject !== null && !cue.inverted && !!before && COMPARISON_CONJUNCTIONS.has(before.lw) && before.sent === cue.sent;
}

/** A title right after "called" after a noun ("a boat called “Harbour Gull”") or "wrote" names a thing: no speech. */
export function namesAWork(ctx: Context, cue: SourcedCue, q: MarkQuote): boolean {
  if (WORK_LEMMAS.has(cue.lemma)) return ctx.toks[cue.k1]?.start === q.start && isTitleOfWork(ctx, q);
  const noun = ctx.toks[cue.k0 - 1];
  if (cue.lemma !== 'call' || !noun || noun.sent !== cue.sent || noun.t !== 'word' || noun.cap) return false;
  return !SUBJECT_PRONOUNS.has(noun.lw) && !AUX.has(noun.lw) && !isAdverb(noun) && isTitleOfWork(ctx, q);
}

/**
 * "will report annual results on March 3": after a verb that also takes a noun object and a modal that puts the act
 * ahead (FUTURE_MODALS), a lower-case word and a plural are a modifier and its noun, no subject and verb, when no
 * finite verb follows them before a comma or offset `end`. Only ahead: an act done ("announced tighter controls")
 * is an attribution in PolNeAR's reading.
 */
export function isModifiedPluralObject(toks: readonly Token[], cue: SourcedCue, k: number, end: number): boolean {
  if (!FUTURE_MODALS.has(toks[cue.k0 - 1]?.lw ?? '')) return false;
  const first = toks[k]!;
  const noun = toks[k + 1];
  if (first.t !== 'word' || first.cap || NO_CONTENT_START.has(first.lw) || SUBORDINATE.has(first.lw) || SUBJECT_PRONOUNS.has(first.lw) || OBJECT_OR_POSSESSIVE_PRONOUNS.has(first.lw)) return false;
  if (!noun || noun.t !== 'word' || noun.cap || noun.start >= end || !/^[a-z]+$/.test(noun.lw) || !isPlural(noun.lw)) return false;
  for (let x = k + 2; x < toks.length && toks[x]!.start < end && toks[x]!.w !== ','; x++) if (isFiniteVerb(toks, x, k)) return false;
  return true;
}

/**
 * "Cost estimates, he added, were …": a cue form in -s that ends the subject an aside's clause keeps before the aside
 * (subjectBeforeAside) is that subject's plural noun, no verb of its own.
 */
export function headsAsideSubject(ctx: Context, cues: readonly SourcedCue[], c: number): boolean {
  const cue = cues[c]!;
  const next = cues[c + 1];
  if (!next || next.sent !== cue.sent || ctx.toks[cue.k1]?.w !== ',' || next.r0 !== cue.k1 + 1 || !ctx.toks[cue.k0]!.lw.endsWith('s')) return false;
  return subjectBeforeAside(ctx, next, next.r1 + 1, -1) >= 0;
}
