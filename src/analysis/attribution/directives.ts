/**
 * What a cue that speaks through its object says: the infinitive a directive gives that object ("urged residents to
 * conserve water"), the complement a describing cue gives it ("described the plan as a disaster").
 */

import type { Context } from './context.ts';
import type { SourcedCue } from './sources.ts';
import { COMPLEMENT_OBJECTS, DIRECTIVE_LEMMAS, FINITE_VERBS, NEGATIONS, NO_CONTENT_START } from '../lexicon/attribution.ts';

/**
 * "urged residents to conserve water", "advised people never to use …", "told him not to go": after a directive cue
 * and a short object (no auxiliary, no punctuation), the "to" infinitive (with its negation) is what was said; -1 when
 * there is none. The object is needed: "asked not to be named" is the speaker's own request, nobody's words.
 */
export function directiveFrom({ toks }: Context, cue: SourcedCue, k: number, sEnd: number): number {
  if (!DIRECTIVE_LEMMAS.has(cue.lemma) || cue.participle) return -1;
  for (let x = k; x < Math.min(sEnd - 1, k + DIRECTIVE_OBJECT_TOKENS); x++) {
    const t = toks[x]!;
    const from = t.lw === 'to' && NEGATIONS.has(toks[x - 1]!.lw) ? x - 1 : x;
    if (t.lw === 'to' && toks[x + 1]!.t === 'word' && from > cue.r1) return from;
    // the object is a noun phrase ("boat owners"): an auxiliary or a clause's punctuation ends the search
    if (t.t === 'punct' || t.quoted || FINITE_VERBS.has(t.lw)) return -1;
  }
  return -1;
}
const DIRECTIVE_OBJECT_TOKENS = 6;

/**
 * "described the plan as a disaster", "calls it a rookie mistake": what a describing cue says of its object, after
 * "as" (describe) or after a pronoun object (call); -1 when there is none.
 */
export function complementFrom({ toks }: Context, cue: SourcedCue, k: number, sEnd: number): number {
  if (cue.lemma === 'call') {
    const next = toks[k + 1];
    return COMPLEMENT_OBJECTS.has(toks[k]!.lw) && next && next.t === 'word' && !NO_CONTENT_START.has(next.lw) ? k + 1 : -1;
  }
  if (cue.lemma !== 'describe') return -1;
  for (let x = k + 1; x < Math.min(sEnd - 1, k + DIRECTIVE_OBJECT_TOKENS); x++) {
    const t = toks[x]!;
    if (t.lw === 'as' && toks[x + 1]!.t === 'word') return x + 1;
    if (t.t === 'punct' || t.quoted || FINITE_VERBS.has(t.lw)) return -1;
  }
  return -1;
}
