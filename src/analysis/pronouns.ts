/**
 * Pronoun resolution, the last step of coreference (coref.ts gives it the candidates, what is salient and what the
 * descriptions already stand for). A pronoun stands for the antecedent last seen in subject position within the
 * window (PRON_SENTS sentences, or the same or the previous paragraph), gender- and number-compatible, else for the
 * most recent compatible mention, else for a speaker further back when nothing nearer fits.
 *
 * The text does not always say who: "Doe met Roe at the hotel. He said …" (two people who fit, subject and object
 * of one clause, in the pronoun's sentence or the one before). Such a pronoun still gets the antecedent the scan
 * finds, as a guess, and is marked `ambiguous` (and so is a pronoun that continues it): its quote is shown as "source
 * uncertain" (calibration.ts). Measured on the gold of PolNeAR and ggt-dev, the scan's guess there is right about
 * three times in four — too often to drop, far too seldom to state as fact.
 */

import type { Entity, Gender, Mention } from './speakers.ts';
import type { SpeakerKind } from './types.ts';
import type { Sentence } from './segment.ts';
import { DEMONYMS, PLURAL_PRONOUNS } from './lexicon/words.ts';
import { PRON_PARAS, PRON_SENTS } from './referents.ts';

export interface PronounInput {
  /** the candidates and the pronouns, in text order */
  readonly mentions: readonly Mention[];
  readonly entities: readonly Entity[];
  readonly sentences: readonly Sentence[];
  isSalient(m: Mention): boolean;
  /** inside a clause a cue reports ("X said Y would …"): Y is no rival of X for a later "he" */
  isReported(m: Mention): boolean;
  /** the source of a cue that speaks */
  speaks(m: Mention): boolean;
  /** the first word of its sentence */
  opensSentence(m: Mention): boolean;
  /** followed by a possessive "'s" ("Roe's deputy") */
  isPossessor(m: Mention): boolean;
  /** the entities that spoke */
  readonly spoke: ReadonlySet<number>;
  /** entities the text shows as plural by their verb ("Regulars tell …"): "they", never "he" */
  readonly plural: ReadonlySet<number>;
  /** unnamed people introduced as sources ("One rescuer … said"): a "he" is theirs only when no one named fits */
  readonly unnamed: ReadonlySet<number>;
  /** what a description among the candidates stands for, resolved before ("the 26-year-old winger") */
  readonly before: ReadonlyMap<Mention, number>;
  /** the entity pronoun m cannot stand for (its mention's own entity compared), undefined when there is none */
  notOf(m: Mention): number | undefined;
  /** a verb of meeting or talking ("spoken to", "met") between the two mentions, in their sentence */
  encounterBetween(a: Mention, b: Mention): boolean;
  /** the person whose relative clause ("X, who …") pronoun m stands in, before that clause closes */
  relativeHost(m: Mention): Mention | undefined;
  /**
   * names whose entity is a guess (a surname two people share) → the holders they may be, the guess first: ambiguous,
   * and so is a pronoun that continues one, which may take any holder it fits ("Ames spoke. She said …": the one who is a she)
   */
  readonly guessedNames?: ReadonlyMap<Mention, readonly number[]>;
}

export interface PronounResolution {
  entityOf(m: Mention): number;
  /** a pronoun resolved as a guess: two people fit (ambiguousPair), or it continues a pronoun or a name that was */
  ambiguous(m: Mention): boolean;
  entities: Entity[];
}

/** How far back a speaker may be for a pronoun nothing nearer fits (paragraphs that name someone). */
const PRON_FAR_PARAS = 3;

/**
 * How an entity fits a pronoun: `fits`; `weak`, a two-word capitalised name with no first name, title or role that
 * never spoke ("the Acme Morgan pipeline"), taken only when nothing else fits; `maybe`, a name of no known kind
 * ("Reyes met …"), never taken but a rival that makes the pronoun ambiguous; `no`. An unnamed person introduced
 * as a source ("One rescuer … said") is `weak` too: the "he said" after it is theirs when no one named fits.
 */
type Fit = 'fits' | 'weak' | 'maybe' | 'no';

/** An antecedent seen so far: its entity and paragraph rank. */
interface Seen { m: Mention; entity: number; para: number }

export function resolvePronouns(input: PronounInput): PronounResolution {
  const { mentions, entities, sentences, spoke, before } = input;
  // only pronouns are resolved here: any other mention is not looked up in `resolved`
  const resolved = new Map<Mention, number>();
  const entityOf = (m: Mention) => (m.type === 'pronoun' ? resolved.get(m) : undefined) ?? before.get(m) ?? m.entity;
  const gender = new Map<number, Gender>();
  const kind = new Map<number, SpeakerKind>();
  const fit = fitter(entities, spoke, input, gender, kind);
  const para = paragraphRank(mentions, sentences);
  const history: Seen[] = [];
  const guessed = new Set<Mention>(input.guessedNames?.keys());
  for (const m of mentions) {
    if (m.quoted || m.inRole) continue;
    if (m.type !== 'pronoun') {
      if (m.entity < 0) continue;
      // the guess pushed last: the backward scan meets it first, the other holders only when it does not fit
      const holders = input.guessedNames?.get(m) ?? [entityOf(m)];
      for (let i = holders.length - 1; i >= 0; i--) history.push({ m, entity: holders[i]!, para: para(m.sent) });
      continue;
    }
    const mPara = para(m.sent);
    // "Vance, who showed the hinge, which he said had been tested": the clause's own person, when the pronoun fits
    const host = input.relativeHost(m);
    if (host && host.entity >= 0 && fit(m, entityOf(host)) !== 'no' && !PLURAL_PRONOUNS.has(m.name)) {
      resolved.set(m, entityOf(host));
      history.push({ m, entity: entityOf(host), para: mPara });
      continue;
    }
    const pair = PLURAL_PRONOUNS.has(m.name) ? null : ambiguousPair(m, history, fit, input);
    const found = antecedent(m, mPara, history, fit, input);
    // the guess is one of the pair, never a speaker further back that the scan would jump to (unless the pair's
    // subject shows no sign of a person: a capitalised word opening a sentence is often no name at all)
    const chosen = pair?.sure && !(found && pair.includes(found.entity)) ? { m: pair.subject, entity: entityOf(pair.subject) } : found;
    if (!chosen) continue;
    const { m: pick, entity: e } = chosen;
    resolved.set(m, e);
    history.push({ m, entity: e, para: mPara });
    // "She described the meeting …. She said …": the second continues the first, as uncertain; and so is a pick
    // past an unnamed source who spoke since ("A forecaster, who asked not to be named, said …. “…,” she said")
    if (pair || guessed.has(pick) || unnamedSpeakerSince(m, pick, history, input)) {
      guessed.add(m);
      // a guess teaches nothing of the entity
      continue;
    }
    const en = entities[e]!;
    if (!(gender.get(e) ?? en.gender) && m.gender) gender.set(e, m.gender);
    if ((kind.get(e) ?? en.kind) === 'unknown' && !PLURAL_PRONOUNS.has(m.name)) kind.set(e, 'person');
  }
  const updated = entities.map((en, e) => {
    if (!gender.has(e) && !kind.has(e) && !spoke.has(e)) return en;
    return { ...en, gender: gender.get(e) ?? en.gender, kind: kind.get(e) ?? en.kind, spoke: en.spoke || spoke.has(e) };
  });
  return { entityOf, ambiguous: (m) => guessed.has(m), entities: updated };
}

/**
 * Is there, in a sentence after the pick's and no further back than the one before the pronoun, an unnamed person
 * introduced as a source ("A forecaster … said"), whom the pronoun may as well stand for? Then the pick is a guess.
 */
function unnamedSpeakerSince(m: Mention, pick: Mention, history: readonly Seen[], input: PronounInput): boolean {
  for (let h = history.length - 1; h >= 0; h--) {
    const { m: c, entity: e } = history[h]!;
    if (c === pick || c.sent < m.sent - 1) return false;
    // in a later sentence than the pick: "A Twitter spokesman, Jane Doe, said" is one person
    if (c !== m && c.sent > pick.sent && input.unnamed.has(e) && c.plural === PLURAL_PRONOUNS.has(m.name)) return true;
  }
  return false;
}

/** The fit of entity e to pronoun m, by what resolution has learnt so far (the gender and kind maps). */
function fitter(entities: readonly Entity[], spoke: ReadonlySet<number>, { plural, unnamed }: PronounInput, gender: ReadonlyMap<number, Gender>, kind: ReadonlyMap<number, SpeakerKind>): (m: Mention, e: number) => Fit {
  const people: (boolean | undefined)[] = [];
  return (m, e) => {
    const en = entities[e];
    if (!en) return 'no';
    const k = kind.get(e) ?? en.kind;
    if (PLURAL_PRONOUNS.has(m.name)) return k === 'organization' || k === 'group' || en.plural || plural.has(e) ? 'fits' : 'no';
    if (k === 'organization' || k === 'group' || plural.has(e)) return 'no';
    if (unnamed.has(e)) return 'weak';
    // a people ("Americans", "African-Americans") is never "he" or "she"
    const aPeople = (people[e] ??= namesAPeople(en));
    const g = gender.get(e) ?? en.gender;
    if (k === 'unknown' && !en.evidence && !spoke.has(e)) return aPeople || en.plural || (m.gender && g && m.gender !== g) ? 'no' : 'maybe';
    if (!en.evidence && !spoke.has(e) && !g) return 'weak';
    if (aPeople) return 'no';
    return m.gender && g && m.gender !== g ? 'no' : 'fits';
  };
}

/**
 * The mention pronoun m stands for, by the backward scan (salient within the window, else the most recent that fits,
 * else a weak name, else a distant speaker); null for none.
 */
function antecedent(m: Mention, mPara: number, history: readonly Seen[], fit: (m: Mention, e: number) => Fit, input: PronounInput): Seen | null {
  const not = input.notOf(m);
  let chosen: Seen | null = null;
  let fallback: Seen | null = null;
  let weak: Seen | null = null;
  // beyond the window, a speaker of the article may still be meant ("he said" after a long stretch of narration):
  // taken only when nothing nearer fits
  let distant: Seen | null = null;
  for (let h = history.length - 1; h >= 0; h--) {
    const seen = history[h]!;
    const { m: c, entity: e, para: cPara } = seen;
    if (c.entity === not) continue;
    const back = mPara - cPara;
    const far = m.sent - c.sent > PRON_SENTS && back > PRON_PARAS;
    if (far && (back > PRON_FAR_PARAS || distant || fallback || weak)) break;
    const f = fit(m, e);
    if (f === 'no' || f === 'maybe') continue;
    if (f === 'weak') {
      if (!weak) weak = seen;
      continue;
    }
    if (far) {
      if (input.spoke.has(e) && !PLURAL_PRONOUNS.has(m.name)) distant = seen;
      continue;
    }
    if (!fallback) fallback = seen;
    // a pronoun in the history is one resolved here (an unresolved one is never added)
    if (c.type === 'pronoun' || input.isSalient(c)) {
      chosen = seen;
      break;
    }
  }
  return chosen ?? fallback ?? weak ?? distant;
}

/**
 * "Kemberly spoke with Farrant, and he said …", "Reyes met Halle at the hotel. He told …": two people who may be
 * who the pronoun stands for, as subject and object of one clause (or of joined clauses), in the pronoun's sentence
 * before it, or else — when that holds no one who fits — in the sentence before.
 */
function ambiguousPair(m: Mention, history: readonly Seen[], fit: (m: Mention, e: number) => Fit, input: PronounInput): RivalPair | null {
  const not = input.notOf(m);
  for (let s = m.sent; s >= m.sent - 1; s--) {
    const here = candidatesIn(s, m, not, history, fit, input);
    if (!here.some((x) => x.f === 'fits')) continue;
    for (let i = 0; i < here.length; i++) {
      const subj = here[i]!;
      if (!isRivalSubject(subj.c, subj.f, input)) continue;
      for (let o = i + 1; o < here.length; o++) {
        const obj = here[o]!;
        if (obj.e !== subj.e && obj.f === 'fits' && isRivalObject(obj.c, subj.c, input, reportsOwnAct(here, i, o, input))) return { subject: subj.c, sure: subj.f === 'fits', includes: (e) => e === subj.e || e === obj.e };
      }
    }
    return null;
  }
  return null;
}

interface Candidate { c: Mention; e: number; f: Fit }

/**
 * Sentence s's candidates before pronoun m that may fit it, in text order: the history's last entries, read from
 * where that sentence's run starts (pushed in order, not put in front one by one).
 */
function candidatesIn(s: number, m: Mention, not: number | undefined, history: readonly Seen[], fit: (m: Mention, e: number) => Fit, input: PronounInput): Candidate[] {
  let from = history.length;
  while (from > 0 && history[from - 1]!.m.sent >= s) from--;
  const here: Candidate[] = [];
  for (let h = from; h < history.length; h++) {
    const { m: c, entity: e } = history[h]!;
    if (c === m || c.sent !== s || c.entity === not) continue;
    const f = fit(m, e);
    if (f !== 'no' && !input.unnamed.has(e)) here.push({ c, e, f });
  }
  return here;
}

/** Two people a pronoun may stand for: the subject of their clause, and whether an entity is one of the two. */
interface RivalPair {
  subject: Mention;
  /** the subject fits the pronoun as a person (not only a name of no known kind opening its sentence) */
  sure: boolean;
  includes(e: number): boolean;
}

/**
 * The subject of the pair: in subject position; a name with no sign of a person only when it opens its sentence
 * ("Reyes later met …"), since a capitalised word further in is as often a place or a firm.
 */
function isRivalSubject(c: Mention, f: Fit, input: PronounInput): boolean {
  if (f !== 'fits' && !input.opensSentence(c)) return false;
  // "Acme's spokeswoman, Jane Doe, said": a possessor is no subject
  return !input.isReported(c) && !input.isPossessor(c) && (c.subject || input.isSalient(c));
}

/**
 * The object of the pair: a person after the subject in its clause — not inside the subject's apposition ("Doe, who
 * hired Roe, …"), no possessor ("Roe's deputy"), no clause a cue reports ("Doe said Roe …") and no speaker of its own.
 */
function isRivalObject(c: Mention, subj: Mention, input: PronounInput, ownAct: boolean): boolean {
  return c.t0 >= subj.appT && !input.isPossessor(c) && (ownAct || !input.isReported(c)) && !input.speaks(c);
}

/**
 * "X said he had spoken to Y": a clause the subject reports of itself meeting or talking to the other (a
 * pronoun standing for the subject, then a verb of meeting) tells it as much as "X spoke to Y" does, so the
 * other is a rival too. Only such verbs: "X said he had begun to question Y. He said …" is X still.
 */
function reportsOwnAct(here: readonly Candidate[], subj: number, obj: number, input: PronounInput): boolean {
  for (let j = subj + 1; j < obj; j++) {
    const c = here[j]!;
    if (c.c.type === 'pronoun' && c.e === here[subj]!.e && input.encounterBetween(c.c, here[obj]!.c)) return true;
  }
  return false;
}

/** "Americans", "African-Americans": an entity that names a people. */
function namesAPeople(en: Entity): boolean {
  return en.tokens.length === 1 && DEMONYMS.has((en.tokens[0]!.split('-').at(-1) ?? '').replace(/s$/, ''));
}

/**
 * Paragraphs counted only where the narration names someone: a run of paragraphs that are only quotation (an
 * interview) does not push the speaker out of reach of the "she added" that follows it.
 */
function paragraphRank(mentions: readonly Mention[], sentences: readonly Sentence[]): (s: number) => number {
  // by paragraph index (small whole numbers): an array, not a Map
  const rank: number[] = [];
  let ranked = 0;
  for (const m of mentions) {
    if (m.quoted || m.inRole) continue;
    const p = sentences[m.sent]?.paragraph ?? m.sent;
    if (rank[p] === undefined) rank[p] = ranked++;
  }
  return (s: number) => {
    const p = sentences[s]?.paragraph ?? s;
    return rank[p] ?? p;
  };
}
