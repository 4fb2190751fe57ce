/**
 * A surname two people share: "Councillor Victor Ames opposed the plan. His sister, Councillor Nora Ames, backed it.
 * “…,” Ames said." The name finder gives the bare surname to one of them (entities.ts: the one named most often, the
 * first on a tie), which is the story's main figure often enough to keep as the guess, but the text does not say so:
 * the mention is a guess (coreference marks it ambiguous, and its quote is shown as "source uncertain").
 */

import type { Entity, Mention } from './speakers.ts';
import type { Sentence } from './segment.ts';
import { PRON_PARAS, PRON_SENTS } from './referents.ts';

/**
 * The mentions that are a bare surname (one word) of a person when another person with that surname was named in
 * full since that person was last mentioned, and near (within the pronoun window): a reader then cannot tell which
 * of the two is meant. A surname the story has kept giving one person since the other was named is that person's
 * (news style: "Clinton" is the main figure, her husband named in full once); so is one whose title gives a gender
 * the other's does not share ("Ms. Ames").
 */
export function sharedSurnameGuesses(mentions: readonly Mention[], entities: readonly Entity[], sentences: readonly Sentence[]): Set<Mention> {
  const out = new Set<Mention>();
  // surname → its holders named in full, with the sentence of the latest full naming (most texts have none twice)
  const named = new Map<string, Map<number, number>>();
  // entity → the sentence it was last mentioned in
  const lastSeen = new Map<number, number>();
  for (const m of mentions) {
    if (m.entity < 0 || m.quoted || m.inRole || (m.type !== 'person' && m.type !== 'unknown')) continue;
    const en = entities[m.entity]!;
    if (en.kind !== 'person' || en.plural || en.tokens.length < 2) continue;
    const surname = en.tokens[en.tokens.length - 1]!;
    let holders = named.get(surname);
    if (!isBareSurname(m)) {
      if (!holders) named.set(surname, (holders = new Map()));
      holders.set(m.entity, m.sent);
    } else if (holders && hasRival(holders, m, entities, lastSeen.get(m.entity) ?? -1, sentences)) out.add(m);
    lastSeen.set(m.entity, m.sent);
  }
  return out;
}

/** One word of name ("Ames", "Ms. Ames"). */
function isBareSurname(m: Mention): boolean {
  return !/\s/u.test(m.name.trim());
}

/**
 * Another holder of the surname than m's, named in full after m's entity was last seen (`since`, a sentence) and
 * within the pronoun window of m, of no gender m's title rules out.
 */
function hasRival(holders: ReadonlyMap<number, number>, m: Mention, entities: readonly Entity[], since: number, sentences: readonly Sentence[]): boolean {
  const own = entities[m.entity]!;
  for (const [e, sent] of holders) {
    if (e === m.entity || sent < since) continue;
    const near = m.sent - sent <= PRON_SENTS || (sentences[m.sent]?.paragraph ?? 0) - (sentences[sent]?.paragraph ?? 0) <= PRON_PARAS;
    const g = entities[e]!.gender;
    if (near && !(m.gender && g && m.gender !== g) && areTwoPeople(own, entities[e]!)) return true;
  }
  return false;
}

/** Longest full name (given names and surname) a rival may have: a longer one is words run into a name ("PM X Hints Y"). */
const MAX_NAME_WORDS = 3;

/**
 * Two people, not one named twice: both shown as people (a first name, a title or a role), the rival's name no longer
 * than a full name, and no given name of one the other's, nor its short form ("Ken", "Kenneth"): "Actress Jane Doe"
 * and "Jane Doe" are one person the name finder kept apart.
 */
function areTwoPeople(a: Entity, b: Entity): boolean {
  if (!a.evidence || !b.evidence || b.tokens.length > MAX_NAME_WORDS) return false;
  const given = (en: Entity) => en.tokens.slice(0, -1);
  return !given(a).some((x) => given(b).some((y) => sameGivenName(x, y)));
}

/** Equal, or one a short form of the other: the first NICKNAME_PREFIX letters the same ("sandy", "sandra"). */
function sameGivenName(x: string, y: string): boolean {
  return x === y || (x.length >= NICKNAME_PREFIX && y.length >= NICKNAME_PREFIX && x.slice(0, NICKNAME_PREFIX) === y.slice(0, NICKNAME_PREFIX));
}
const NICKNAME_PREFIX = 3;
