/**
 * Coreference: what pronouns, definite descriptions and "it" stand for. A stage of its own between finding the
 * sources of cues and linking quotes to them; it reads what the earlier stages returned and returns new data (the
 * entity each pronoun stands for, and the entities with what resolution learnt: a gender, "a person"). The source
 * rules only say which words are the source ("it", "the judge", "she"); what those words stand for is decided here,
 * in this order: "it" and a role noun ("the judge") first (sourceReferents), since who spoke shapes salience; then
 * the other definite descriptions ("the agency"), then the pronouns. What a description stands for by its kind is
 * referents.ts.
 *
 * Salience: a mention is an antecedent candidate when it is in subject position (first in its sentence and no
 * object of a preposition, or followed by its verb), or the source of a cue that speaks. The subject of a reported
 * clause ("X said Y would resign") is not the centre of attention a later "he said" continues: the speaker is.
 * Pronouns resolve to the antecedent last seen in subject position within three sentences or the same or previous
 * paragraph (gender- and number-compatible), else to the most recent compatible mention (pronouns.ts), unless two
 * people fit in the pronoun's sentence or the one before ("Doe met Roe. He said …": left unresolved).
 */

import type { Entity, Mention } from './speakers.ts';
import type { Context } from './attribution/context.ts';
import { isDateline, isVerbish, mainVerbComma } from './attribution/grammar.ts';
import { resolvePronouns } from './pronouns.ts';
import { sharedSurnameGuesses } from './shared-surnames.ts';
import {
  definiteReferents, describedReferents, descriptionKind, itContinuingDescription, lastOrganisationBefore, officeSubjects,
} from './referents.ts';
import { ENCOUNTER_VERBS } from './lexicon/words.ts';
import {
  AUX, COORDINATORS, DETERMINERS, EXAMPLE_PREPOSITIONS, INDEFINITE_OPENERS, NOUN_OBJECT_LEMMAS, OBJECT_OPENING_ADVERBS, PREP_OBJECT_OPENERS, QUANTIFIERS,
  TOPIC_PREPOSITIONS,
} from './lexicon/attribution.ts';

/** A source as coreference needs it: the mention a cue rests on, and whether the cue reports speech. */
export interface SourceOfCue {
  readonly subject: Mention | null;
  readonly inverted: boolean;
  readonly weak: boolean;
  readonly lemma: string;
  readonly k0: number;
  readonly k1: number;
  readonly sent: number;
}

export interface Coreference {
  /** the entity a mention stands for: the resolved one for a pronoun, else its own */
  entityOf(m: Mention): number;
  /** the entities with the kind and gender resolution gave them, and `spoke` for the sources of speaking cues */
  entities: Entity[];
  /** a pronoun whose entity is a guess: the text gives two people it may stand for (pronouns.ts) */
  ambiguous(m: Mention): boolean;
}

/**
 * Mentions (of `mentions`) in subject position: the first in a sentence (not a dateline, not a preposition's object),
 * or before a verb. The first ones are found in one pass; "before a verb" is decided when asked, since salience asks
 * it of few mentions.
 */
export function subjectPositions({ mentions, toks, sentTok }: Context, isMention: (m: Mention) => boolean): (m: Mention) => boolean {
  // by sentence: whether its first mention (a dateline aside) is found, and that mention when it is a subject
  const firstInSent: boolean[] = [];
  const firstSubject: (Mention | undefined)[] = [];
  for (const m of mentions) {
    if (m.inRole || m.quoted || firstInSent[m.sent]) continue;
    const before = toks[m.r0 - 1];
    const dateline = isDateline(m.name);
    const prepObject = !!before && before.sent === m.sent && (PREP_OBJECT_OPENERS.has(before.lw) ||
      (before.lw === 'the' && PREP_OBJECT_OPENERS.has(toks[m.r0 - 2]?.lw ?? '')) || before.w === '(');
    if (!dateline) firstInSent[m.sent] = true;
    if (!dateline && (!prepObject || opensTopicFrame(toks, sentTok, m))) firstSubject[m.sent] = m;
  }
  const beforeVerb = (m: Mention) => {
    if (isExampleOfSubject(toks, m)) return false;
    let k = namedAppositionEnd(toks, m);
    while (toks[k] && AUX.has(toks[k]!.lw)) k++;
    return isVerbish(toks[k]);
  };
  return (m) => firstSubject[m.sent] === m || (!m.inRole && !m.quoted && isMention(m) && beforeVerb(m));
}

/**
 * "For Ida Doe, who sells bait, the numbers matter less": a person named in a phrase that opens the sentence and is
 * closed by a comma is what the sentence is about, as its subject would be, and so the antecedent of a "she" after
 * it; a subject later in the sentence comes nearer to the pronoun and is still met first.
 */
function opensTopicFrame(toks: Context['toks'], sentTok: readonly number[], m: Mention): boolean {
  const prep = m.r0 - 1;
  return m.type === 'person' && prep === sentTok[m.sent] && TOPIC_PREPOSITIONS.has(toks[prep]!.lw) && toks[m.appT]?.w === ',';
}

/** "pilots like Doe said …": a name given as an example of the subject is not the subject itself. */
function isExampleOfSubject(toks: Context['toks'], m: Mention): boolean {
  const before = toks[m.r0 - 1];
  return !!before && before.sent === m.sent && EXAMPLE_PREPOSITIONS.has(before.lw);
}

/**
 * Where the verb of m would stand: after m, or after the comma closing it when m is a name set in commas after the
 * phrase it names ("Director of research at Acme, Jane Doe, agreed …": Jane Doe is the subject). Not after a
 * coordination: in "Doe and her husband, John Roe, attended" both are.
 */
function namedAppositionEnd(toks: Context['toks'], m: Mention): number {
  const k = m.appT;
  if (toks[k]?.w !== ',' || toks[m.r0 - 1]?.w !== ',' || m.type !== 'person' || toks[k + 1]?.sent !== m.sent) return k;
  for (let x = m.r0 - 2; x >= 0 && toks[x]!.sent === m.sent; x--) if (COORDINATORS.has(toks[x]!.lw)) return k;
  return k + 1;
}

/** The head word of a description entity ("judge" of "the judge"), null for a named one. */
export type HeadOf = (e: number) => string | null;

/**
 * The sources whose referent does not depend on salience: "it said" stands for the organisation last named
 * (lastOrganisationBefore), "the judge said" for the person the text gave that title or role (definiteReferent).
 */
function sourceReferents(ctx: Context, sources: readonly SourceOfCue[], entities: readonly Entity[], headOf: HeadOf, referentOf: (head: string) => number): Map<Mention, number> {
  const out = new Map<Mention, number>();
  let lastIt: Mention | null = null;
  for (const cue of sources) {
    const m = cue.subject;
    if (!m || out.has(m)) continue;
    if (m.type === 'pronoun' && m.name === 'it' && m.entity < 0) {
      const org = lastOrganisationBefore(ctx, m.t0, m.sent, entities);
      const e = itContinuesIt(lastIt, org, m) ? out.get(lastIt!)! : org?.entity;
      if (e !== undefined) {
        out.set(m, e);
        lastIt = m;
      }
      continue;
    }
    const head = m.type === 'group' && !m.plural && m.entity >= 0 ? headOf(m.entity) : null;
    const en = head !== null ? entities[m.entity] : undefined;
    // a short description only: "the judge", "the minister" (the wording the text gave the title in)
    if (!en || hasTwoSpaces(en.tokens[0] ?? '')) continue;
    const person = referentOf(head!);
    if (person >= 0) out.set(m, person);
  }
  return out;
}

/** More than two words between single spaces (what s.split(' ').length > 2 tells), with no list made. */
function hasTwoSpaces(s: string): boolean {
  const first = s.indexOf(' ');
  return first >= 0 && s.indexOf(' ', first + 1) >= 0;
}

/**
 * "Acme wrote to clients it works with Beta. It also asked them …. Fares that it said …": an "it" that speaks continues
 * the "it" that spoke in the sentence before, when the organisation last named comes before that one (a name in
 * an object, "with Beta", is no new subject between them).
 */
function itContinuesIt(lastIt: Mention | null, org: Mention | null, m: Mention): boolean {
  return !!lastIt && m.sent - lastIt.sent <= 1 && (!org || org.t1 <= lastIt.t0);
}

export function resolveCoreference(ctx: Context, sources: readonly SourceOfCue[], entities: readonly Entity[], headOf: HeadOf = () => null): Coreference {
  const { mentions, sentences } = ctx;
  const referentOf = definiteReferents(entities);
  const referents = sourceReferents(ctx, sources, entities, headOf, referentOf);
  const sourceEntity = (m: Mention) => referents.get(m) ?? m.entity;
  // the mentions the name finder made (the source rules make others: "officials", "it")
  const isMention = oneOf(mentions);
  const inSubjectPosition = subjectPositions(ctx, isMention);
  // the mentions inside a clause a cue reports: a name-finder mention at or after the end of a cue with its subject
  // before it (by sentence, where the earliest such clause starts), less the sources that speak. A predicate, not a
  // Set of every reported mention: most are never asked about.
  const reportedFrom = reportedClauseStarts(ctx.toks, sources, sentences.length);
  const speaking = new Set<Mention>();
  const reported = (m: Mention) => m.t0 >= (reportedFrom[m.sent] ?? Infinity) && !speaking.has(m) && isMention(m);
  // a weak cue inside a reported clause ("X said Y continued to …") makes no speaker
  const speaks = (cue: SourceOfCue) => !!cue.subject && !(cue.weak && reported(cue.subject));
  for (const cue of sources) if (speaks(cue)) speaking.add(cue.subject!);
  const speakers = new Set<Mention>();
  const spoke = new Set<number>();
  for (const cue of sources) {
    if (!cue.subject || !speaks(cue)) continue;
    speakers.add(cue.subject);
    // "according to Gallup" makes a source, not a speaker a later "he said" could stand for
    const e = sourceEntity(cue.subject);
    if (e >= 0 && cue.lemma !== 'according') spoke.add(e);
  }
  const salient = (m: Mention) => speakers.has(m) || (!reported(m) && (m.subject || inSubjectPosition(m)));
  // sources found as noun phrases ("Republicans say …", "senior officials said") are antecedents for "they" too
  const described = describedReferents(ctx, sources, entities, salient, spoke, referents);
  itContinuingDescription(ctx, sources, referents, described);
  // and a singular description that speaks and stands for a named person ("The 26-year-old winger said …"): the
  // "he said" after it continues that person, not the name last written
  const resolvedBefore = new Map<Mention, number>();
  for (const cue of sources) {
    const m = cue.subject;
    if (!m || m.type !== 'group' || m.plural || isMention(m) || !speaks(cue)) continue;
    const e = referents.get(m) ?? described.get(m);
    if (e === undefined || !entities[e]?.named || entities[e]!.kind !== 'person') continue;
    resolvedBefore.set(m, e);
    if (cue.lemma !== 'according') spoke.add(e);
  }
  // and an unnamed person introduced as one who speaks ("One rescuer, who asked not to be named, said …", "a witness
  // said"): the "he said" after it when no one named fits. Not a definite one ("the senator"), often a named person
  // the text did not link
  const unnamedPerson = (m: Mention) => m.type === 'group' && !m.plural && m.entity >= 0 && !referents.has(m) && !described.has(m) &&
    entities[m.entity]?.named === false && speakers.has(m) && INDEFINITE_OPENERS.has(ctx.toks[m.r0]?.lw ?? '') && mayBePerson(m.name);
  // ("according to a survey" makes a source, no one a "he" could be)
  const unnamed = sources.filter((c) => c.lemma !== 'according').map((c) => c.subject).filter((m): m is Mention => !!m && unnamedPerson(m) && !isMention(m));
  const phraseSources = sources.map((c) => c.subject).filter((m): m is Mention => !!m &&
    ((m.type === 'group' && m.plural && m.entity >= 0 && !referents.has(m)) || resolvedBefore.has(m)) && !isMention(m)).concat(unnamed);
  const offices = officeSubjects(ctx, referentOf, new Set(phraseSources.map((m) => m.t0)));
  for (const [m, e] of offices) resolvedBefore.set(m, e);
  const extra = [...new Set(phraseSources), ...offices.keys()];
  const candidates = extra.length ? byStart(mentions, extra) : mentions;
  const notThe = parentheticalSubjects(ctx, sources);
  const guessedNames = sharedSurnameGuesses(mentions, entities, sentences);
  for (const [m, [guess]] of guessedNames) resolvedBefore.set(m, guess!);
  const pronouns = resolvePronouns({
    guessedNames,
    mentions: candidates, entities, sentences, isSalient: salient, isReported: reported, speaks: (m) => speakers.has(m), plural: pluralByVerb(ctx, sources, sourceEntity),
    unnamed: new Set(unnamed.map((m) => m.entity)),
    isPossessor: (m) => ctx.toks[m.t1]?.t === 'poss', opensSentence: (m) => m.r0 === ctx.sentTok[m.sent], spoke, before: resolvedBefore,
    notOf: (m) => {
      const other = notThe.get(m);
      return other && other.entity >= 0 ? other.entity : undefined;
    },
    relativeHost: (m) => relativeHost(ctx, m),
    encounterBetween: (a, b) => encounterBetween(ctx.toks, a, b),
  });
  if (described.size === 0 && referents.size === 0) return pronouns;
  return { entityOf: (m) => referents.get(m) ?? described.get(m) ?? pronouns.entityOf(m), entities: pronouns.entities, ambiguous: pronouns.ambiguous };
}

/**
 * The person a pronoun's relative clause is about: "Teodor Vance, who showed the hinge, which he said …". Reading back
 * from the pronoun in its sentence, the nearest ", who" after a person's name, when no comma and main verb
 * ("…, was") has closed that clause before the pronoun and "who" is not the object of the pronoun's own verb.
 */
function relativeHost({ toks, sentTok, endAt }: Context, m: Mention): Mention | undefined {
  for (let x = m.t0 - 1; x > sentTok[m.sent]! + 1; x--) {
    if (toks[x]!.lw !== 'who' || toks[x - 1]!.w !== ',') continue;
    // "Megyn Kelly, who he claims has been unfair": "who" is the object, the pronoun someone else
    if (x + 1 === m.t0) return undefined;
    const host = endAt.get(x - 2);
    if (host?.type !== 'person' || host.quoted) return undefined;
    return mainVerbComma(toks, x, m.t0) === Infinity ? host : undefined;
  }
  return undefined;
}

/**
 * Is a the subject of a verb of meeting or talking (ENCOUNTER_VERBS) before mention b: the verb right after a or its
 * auxiliaries ("he had spoken to", "she met")? Not a noun further on ("a meeting he had with …").
 */
function encounterBetween(toks: Context['toks'], a: Mention, b: Mention): boolean {
  let k = a.t1;
  while (k < b.t0 && AUX.has(toks[k]!.lw)) k++;
  return k < b.t0 && toks[k]!.sent === a.sent && ENCOUNTER_VERBS.has(toks[k]!.lw);
}

/** A description of no organisation and no document ("one rescuer", "a witness", "a spokeswoman"): who may be a "he". */
function mayBePerson(name: string): boolean {
  const kind = descriptionKind(name);
  return kind === 'person' || kind === null;
}

/**
 * "Regulars tell the story": a name whose cue agrees with it in the plural (the bare present, right after it) is
 * a plural, never a "he" or a "she" — though a surname ending in "s" ("Peters says") may be either. Not after a
 * coordinator or a name and a comma: in "Doe and Roe say", "Doe, Roe answer" the plural is the pair.
 */
function pluralByVerb({ toks, endAt }: Context, sources: readonly SourceOfCue[], entityOf: (m: Mention) => number): Set<number> {
  const out = new Set<number>();
  for (const cue of sources) {
    const m = cue.subject;
    const verb = toks[cue.k0];
    if (!m || m.type === 'pronoun' || m.plural || cue.inverted || m.appT !== cue.k0 || verb?.lw !== cue.lemma) continue;
    const before = toks[m.r0 - 1];
    if (COORDINATORS.has(before?.lw ?? '') || before?.w === '&' || (before?.w === ',' && endAt.has(m.r0 - 2))) continue;
    const e = entityOf(m);
    if (e >= 0) out.add(e);
  }
  return out;
}

/** Sentence → the first token of the earliest clause a cue reports there (after a cue whose subject precedes it). */
function reportedClauseStarts(toks: Context['toks'], sources: readonly SourceOfCue[], sentenceCount: number): number[] {
  const from = new Array<number>(sentenceCount).fill(Infinity);
  for (const cue of sources) {
    if (!cue.subject || cue.inverted || cue.subject.t0 >= cue.k0 || opensObject(toks, cue)) continue;
    if (cue.k1 < (from[cue.sent] ?? Infinity)) from[cue.sent] = cue.k1;
  }
  return from;
}

/**
 * "Northfield responded a few minutes later when Doe scored", "Acme announced a plan …": a verb that also takes a
 * noun object, followed by a determiner, a number or an adverb, reports no clause there, so the names after it are
 * not inside one (content.ts decides what it reports; salience only needs this first look).
 */
function opensObject(toks: Context['toks'], cue: SourceOfCue): boolean {
  const next = toks[cue.k1];
  if (!next || next.sent !== cue.sent || !NOUN_OBJECT_LEMMAS.has(cue.lemma)) return false;
  return next.t === 'num' || DETERMINERS.has(next.lw) || QUANTIFIERS.has(next.lw) || OBJECT_OPENING_ADVERBS.has(next.lw);
}

/**
 * Is m one of `mentions`? They come in text order: a binary search by start, then the ones starting there, with no
 * Set of every mention built for a few questions (a Set if they ever do not come in order).
 */
function oneOf(mentions: readonly Mention[]): (m: Mention) => boolean {
  if (!mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start)) {
    const all = new Set(mentions);
    return (m) => all.has(m);
  }
  return (m) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < mentions.length && mentions[i]!.start === m.start; i++) if (mentions[i] === m) return true;
    return false;
  };
}

/**
 * [...mentions, ...extra] sorted by start (stably): mentions come in text order, so the few extra ones are sorted and
 * merged in (a tie keeps the mention first, as the stable sort does); the whole sort only if they do not.
 */
function byStart(mentions: readonly Mention[], extra: readonly Mention[]): Mention[] {
  const inOrder = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
  if (!inOrder) return [...mentions, ...extra].sort((x, y) => x.start - y.start);
  const more = [...extra].sort((x, y) => x.start - y.start);
  const out: Mention[] = [];
  let j = 0;
  for (const m of mentions) {
    while (j < more.length && more[j]!.start < m.start) out.push(more[j++]!);
    out.push(m);
  }
  while (j < more.length) out.push(more[j++]!);
  return out;
}

/**
 * "Doe, he said, “knows the place.”": a pronoun cue set in commas after a name reports a clause whose subject is
 * that name, so the pronoun is someone else (a reader never takes "he" for Doe). Pronoun → the name it cannot be.
 */
function parentheticalSubjects({ toks, endAt }: Context, sources: readonly SourceOfCue[]): Map<Mention, Mention> {
  const out = new Map<Mention, Mention>();
  for (const cue of sources) {
    const m = cue.subject;
    if (!m || m.type !== 'pronoun' || cue.inverted || m.t1 !== cue.k0) continue;
    if (toks[m.t0 - 1]?.w !== ',' || toks[cue.k1]?.w !== ',' || toks[cue.k1]!.sent !== cue.sent) continue;
    const name = endAt.get(m.t0 - 2);
    if (name && name.sent === cue.sent && name.type !== 'pronoun') out.set(m, name);
  }
  return out;
}
