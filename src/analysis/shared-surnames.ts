/**
 * A surname two people share: "Councillor A X opposed the plan. His sister, Councillor B X, backed it.
 * “…,” Ames said." The name finder gives the bare surname to one of them (entities.ts: the one named most often, the
 * first on a tie), but the text does not say which: the mention is a guess (coreference marks it ambiguous, and its
 * quote is shown as "source uncertain"), and the guess is the holder named in full most recently — a writer who
 * has just introduced the second holder and then writes the bare surname most often means that one.
 */

import type { Entity, Mention } from './speakers.ts';
import type { Sentence } from './segment.ts';
import { PRON_PARAS, PRON_SENTS } from './referents.ts';

/**
 * The mentions that are a bare surname (one word) of a person when another person with that surname was named in
 * full since that person was last mentioned, and near (within the pronoun window): a reader then cannot tell which
 * of the two is meant. A surname the story has kept giving one person since the other was named is that person's
 * (news style: the surname alone is the main figure, a relative named in full once); so is one whose title gives a gender
 * the other's does not share ("Ms. Ames").
 */
export function sharedSurnameGuesses(mentions: readonly Mention[], entities: readonly Entity[], sentences: readonly Sentence[]): Map<Mention, readonly number[]> {
  // mention → the holders it may be, the guess first
  const out = new Map<Mention, readonly number[]>();
  // surname → its holders named in full, with where the latest full naming is (most texts have none twice)
  const named = new Map<string, Map<number, Naming>>();
  // entity → the sentence it was last mentioned in
  const lastSeen = new Map<number, number>();
  // the people the story already called by the bare surname when no one else held it
  const shortened = new Set<number>();
  for (const m of mentions) {
    if (m.entity < 0 || m.quoted || m.inRole || (m.type !== 'person' && m.type !== 'unknown')) continue;
    const en = entities[m.entity]!;
    if (en.kind !== 'person' || en.plural || en.tokens.length < 2) continue;
    const surname = en.tokens[en.tokens.length - 1]!;
    let holders = named.get(surname);
    if (!isOneWord(m)) {
      if (!holders) named.set(surname, (holders = new Map()));
      holders.set(m.entity, { sent: m.sent, start: m.start });
    } else if (m.name.trim().toLowerCase() === surname.toLowerCase()) {
      const rival = holders ? newestRival(holders, m, entities, lastSeen.get(m.entity) ?? -1, sentences) : -1;
      if (rival < 0) shortened.add(m.entity);
      else out.set(m, rivalIsGuess(holders!, m.entity, rival, shortened) ? [rival, m.entity] : [m.entity, rival]);
    }
    lastSeen.set(m.entity, m.sent);
  }
  return out;
}

/** Where a holder of a surname was last named in full: its sentence and its start in the text. */
interface Naming { sent: number; start: number }

/**
 * Is the rival, not the holder the name finder gave the surname to, the guess? When it was named in full after that
 * holder was, unless the story already called that holder by the bare surname before the rival came ("Ames spoke
 * for an hour. Her husband, B X, …": the short name is hers by then).
 */
function rivalIsGuess(holders: ReadonlyMap<number, Naming>, own: number, rival: number, shortened: ReadonlySet<number>): boolean {
  return !shortened.has(own) && (holders.get(rival)?.start ?? -1) > (holders.get(own)?.start ?? -1);
}

/** One word of name ("Ames", "Ms. Ames", "Nora"). */
function isOneWord(m: Mention): boolean {
  return !/\s/u.test(m.name.trim());
}

/**
 * The holder of the surname other than m's named in full most recently, when that was after m's entity was last
 * seen (`since`, a sentence) and within the pronoun window of m, of no gender m's title rules out; else -1.
 */
function newestRival(holders: ReadonlyMap<number, Naming>, m: Mention, entities: readonly Entity[], since: number, sentences: readonly Sentence[]): number {
  const own = entities[m.entity]!;
  let best = -1;
  let bestStart = -1;
  for (const [e, { sent, start }] of holders) {
    if (e === m.entity || sent < since || start < bestStart) continue;
    const near = m.sent - sent <= PRON_SENTS || (sentences[m.sent]?.paragraph ?? 0) - (sentences[sent]?.paragraph ?? 0) <= PRON_PARAS;
    const g = entities[e]!.gender;
    if (near && !(m.gender && g && m.gender !== g) && areTwoPeople(own, entities[e]!)) {
      best = e;
      bestStart = start;
    }
  }
  return best;
}

/** Longest full name (given names and surname) a rival may have: a longer one is words run into a name ("PM X Hints Y"). */
const MAX_NAME_WORDS = 3;

/**
 * Two people, not one named twice: both shown as people (a first name, a title or a role), the rival's name no longer
 * than a full name, and no given name of one the other's, nor its short form (a diminutive of the full given name): "Actress Jane Doe"
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
