/**
 * Cues that report nothing, read before content.ts looks for what a cue says: a denied act of speech, a hypothetical
 * "you", the standard of a comparison, a verb that names a work.
 */
import type { Context } from './context.ts';
import type { SourcedCue } from './sources.ts';
import type { MarkQuote } from '../quotes.ts';
import { isAdverb } from './grammar.ts';
import { isTitleOfWork } from './linking.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/words.ts';
import { AUX, COMPARISON_CONJUNCTIONS, DETERMINERS, GENERIC_PRONOUNS, HYPOTHETICAL_OPENERS, NEGATIONS, WORK_LEMMAS } from '../lexicon/attribution.ts';

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
