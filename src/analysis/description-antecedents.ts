/**
 * What a definite description may continue besides the names before it (referents.ts, describedReferents): the
 * descriptions that were sources of cues ("One panel member, who asked not to be named, said … The member said"), and
 * a body named by initials or by a description with a proper modifier ("the Allied Food Workers union").
 */

import type { Entity, Mention } from './speakers.ts';
import type { SourceOfCue } from './coref.ts';
import type { Context } from './attribution/context.ts';
import { INDEFINITE_OPENERS } from './lexicon/attribution.ts';
import { ORG_NAME_ENDS } from './lexicon/mention-sets.ts';

/** "XYZU", "QRSP": a name known only in initials may stand for one with any head ("the union"), in the sentence or the one before. */
export function isInitialism(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}

/** The sources before m that are descriptions with a proper modifier ("the Allied Food Workers union"): bodies named too. */
export function namedDescriptions(sources: readonly SourceOfCue[], m: Mention): Mention[] {
  const out: Mention[] = [];
  for (const cue of sources) {
    const c = cue.subject;
    if (c && c.type === 'group' && !c.plural && c.start < m.start && c.name.split(/\s+/).slice(0, -1).some((w) => /^\p{Lu}/u.test(w))) out.push(c);
  }
  return out;
}

/**
 * The sources of cues before m that introduce someone unnamed ("One panel member, who …, said", "a young woman
 * asked"): no name finder's mentions. Not a definite one ("The state's senior senator said"), often a named person again.
 */
export function sourcesBefore(toks: Context['toks'], sources: readonly SourceOfCue[], m: Mention): Mention[] {
  return sources.map((c) => c.subject).filter((c): c is Mention => !!c && c.type === 'group' && c.start < m.start && INDEFINITE_OPENERS.has(toks[c.r0]?.lw ?? ''));
}

/** The latest earlier unnamed speaker whose description has this head ("spokesperson for the port authority"), else -1. */
export function unnamedIntroducing(mentions: readonly Mention[], entities: readonly Entity[], m: Mention, head: string): number {
  let best: Mention | null = null;
  for (const c of mentions) {
    if (c.start >= m.start || c.entity < 0 || c.entity === m.entity || c.quoted) continue;
    const en = entities[c.entity]!;
    if (!en.named && !en.plural && en.name.toLowerCase().split(/\s+/).includes(head) && (!best || c.start > best.start)) best = c;
  }
  return best?.entity ?? -1;
}

/**
 * "The developer, X Homes, says …": a name set in commas right after the description is who it is, of the kind
 * the description names (an organisation for "the developer", a person for "the spokeswoman"); else -1.
 */
export function nameInApposition(toks: Context['toks'], startAt: Context['startAt'], entities: readonly Entity[], m: Mention, kind: string): number {
  if (toks[m.t1]?.w !== ',' || toks[m.t1]!.sent !== m.sent) return -1;
  const c = startAt.get(m.t1 + 1);
  const en = c && c.entity >= 0 && c.sent === m.sent && !c.quoted ? entities[c.entity] : undefined;
  if (!c || !en?.named || toks[c.t1]?.w !== ',') return -1;
  return en.kind === kind || (kind === 'organization' && en.kind === 'unknown') ? c.entity : -1;
}

/**
 * The entities the text introduced as people are: its first cue as a source is inverted ("“…,” said Jane Doe"), and
 * its name is two capitalised words, neither in initials nor a word that ends an organisation's name. An
 * organisation description ("the company said") stands for none of them, though no first name, title or role shows
 * the person ("XY Power said", "X Insight commented" are introduced otherwise, and stay organisations).
 */
export function introducedAsPeople(sources: readonly SourceOfCue[], entities: readonly Entity[]): Set<number> {
  const seen = new Set<number>();
  const out = new Set<number>();
  for (const cue of sources) {
    const e = cue.subject?.type === 'pronoun' ? -1 : (cue.subject?.entity ?? -1);
    if (e < 0 || seen.has(e)) continue;
    seen.add(e);
    if (cue.inverted && hasPersonalNameShape(entities[e]!)) out.add(e);
  }
  return out;
}

/** "Jane Doe": two capitalised words, neither in initials nor one that ends an organisation's name ("Foods", "Council"). */
function hasPersonalNameShape(en: Entity): boolean {
  const words = en.name.split(' ');
  return words.length === 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ORG_NAME_ENDS.has(w.toLowerCase()));
}
