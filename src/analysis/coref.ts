/**
 * Coreference: what pronouns, definite descriptions and "it" stand for. A stage of its own between finding the
 * sources of cues and linking quotes to them; it reads what the earlier stages returned and returns new data (the
 * entity each pronoun stands for, and the entities with what resolution learnt: a gender, "a person").
 *
 * Salience: a mention is an antecedent candidate when it is in subject position (first in its sentence and no
 * object of a preposition, or followed by its verb), or the source of a cue that speaks. The subject of a reported
 * clause ("X said Y would resign") is not the centre of attention a later "he said" continues: the speaker is.
 * Pronouns resolve to the antecedent last seen in subject position within three sentences or the same or previous
 * paragraph (gender- and number-compatible), else to the most recent compatible mention.
 */

import type { Entity, Mention } from './speakers.ts';
import type { Gender } from './speakers.ts';
import type { SpeakerKind } from './types.ts';
import type { Sentence } from './segment.ts';
import type { Context } from './attribution/context.ts';
import { isDateline, isVerbish } from './attribution/grammar.ts';
import { DEMONYMS, ROLE_NOUNS } from './lexicon/words.ts';
import { AUX, PREP_OBJECT_OPENERS } from './lexicon/attribution.ts';

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
}

/** "the judge said" after "Judge Jane Doe": the person last introduced with that title or role, or -1. */
export function definiteReferent(entities: readonly Entity[], head: string): number {
  if (!ROLE_NOUNS.has(head)) return -1;
  for (let e = entities.length - 1; e >= 0; e--) {
    const en = entities[e]!;
    if (en.kind !== 'person' || en.plural) continue;
    if (hasWord(en.role, head) || [...en.aliases].some((alias) => hasWord(alias, head))) return e;
  }
  return -1;
}

function hasWord(phrase: string | null, word: string): boolean {
  return !!phrase && phrase.toLowerCase().split(/[\s,.]+/).includes(word);
}

/** "it said": the organisation last named before token k within its paragraph or the previous one (no person between). */
export function lastOrganisationBefore({ mentions, sentences }: Context, k: number, sent: number): Mention | null {
  const p0 = sentences[sent]!.paragraph;
  for (let x = mentions.length - 1; x >= 0; x--) {
    const m = mentions[x]!;
    if (m.t1 > k) continue;
    if (p0 - (sentences[m.sent]?.paragraph ?? 0) > 1) break;
    if (m.quoted || m.inRole) continue;
    if (m.type === 'person') return null;
    if (m.type === 'org' && m.entity >= 0) return m;
  }
  return null;
}

/** Mentions in subject position: the first in a sentence (not a dateline, not a preposition's object), or before a verb. */
export function subjectPositions({ mentions, toks }: Context): Set<Mention> {
  const subjects = new Set<Mention>();
  const firstInSent = new Set<number>();
  for (const m of mentions) {
    if (m.inRole || m.quoted) continue;
    if (!firstInSent.has(m.sent)) {
      const before = toks[m.r0 - 1];
      const dateline = isDateline(m.name);
      const prepObject = !!before && before.sent === m.sent && (PREP_OBJECT_OPENERS.has(before.lw) ||
        (before.lw === 'the' && PREP_OBJECT_OPENERS.has(toks[m.r0 - 2]?.lw ?? '')) || before.w === '(');
      if (!dateline) firstInSent.add(m.sent);
      if (!dateline && !prepObject) subjects.add(m);
    }
    let k = m.appT;
    while (toks[k] && AUX.has(toks[k]!.lw)) k++;
    if (isVerbish(toks[k])) subjects.add(m);
  }
  return subjects;
}

export function resolveCoreference(ctx: Context, sources: readonly SourceOfCue[], entities: readonly Entity[]): Coreference {
  const { mentions, mentionsOfSent, sentences } = ctx;
  const positions = subjectPositions(ctx);
  // the mentions inside a clause a cue reports
  const reported = new Set<Mention>();
  for (const cue of sources) {
    if (!cue.subject || cue.inverted || cue.subject.t0 >= cue.k0) continue;
    for (const m of mentionsOfSent.get(cue.sent) ?? []) if (m.t0 >= cue.k1) reported.add(m);
  }
  // a weak cue inside a reported clause ("X said Y continued to …") makes no speaker
  const speaks = (cue: SourceOfCue) => !!cue.subject && !(cue.weak && reported.has(cue.subject));
  for (const cue of sources) if (speaks(cue)) reported.delete(cue.subject!);
  const speakers = new Set<Mention>();
  const spoke = new Set<number>();
  for (const cue of sources) {
    if (!cue.subject || !speaks(cue)) continue;
    speakers.add(cue.subject);
    // "according to Gallup" makes a source, not a speaker a later "he said" could stand for
    if (cue.subject.entity >= 0 && cue.lemma !== 'according') spoke.add(cue.subject.entity);
  }
  const salient = (m: Mention) => speakers.has(m) || (!reported.has(m) && (m.subject || positions.has(m)));
  // sources found as noun phrases ("Republicans say …", "senior officials said") are antecedents for "they" too
  const found = new Set(mentions);
  const phraseSources = sources.map((c) => c.subject).filter((m): m is Mention => !!m && m.type === 'group' && m.plural && m.entity >= 0 && !found.has(m));
  const candidates = phraseSources.length ? [...mentions, ...new Set(phraseSources)].sort((x, y) => x.start - y.start) : mentions;
  return resolvePronouns(candidates, entities, sentences, salient, spoke);
}

/** Antecedent window: three sentences, or else the same or the previous paragraph (quotes make sentences many). */
const PRON_SENTS = 3;
const PRON_PARAS = 1;

function resolvePronouns(mentions: readonly Mention[], entities: readonly Entity[], sentences: readonly Sentence[], isSalient: (m: Mention) => boolean, spoke: ReadonlySet<number>): Coreference {
  const resolved = new Map<Mention, number>();
  const entityOf = (m: Mention) => resolved.get(m) ?? m.entity;
  const gender = new Map<number, Gender>();
  const kind = new Map<number, SpeakerKind>();
  const para = paragraphRank(mentions, sentences);
  const history: Mention[] = [];
  for (const m of mentions) {
    if (m.quoted || m.inRole) continue;
    if (m.type !== 'pronoun') {
      if (m.entity >= 0) history.push(m);
      continue;
    }
    const plural = m.name === 'they';
    let chosen: Mention | null = null;
    let fallback: Mention | null = null;
    for (let h = history.length - 1; h >= 0; h--) {
      const c = history[h]!;
      if (m.sent - c.sent > PRON_SENTS && para(m.sent) - para(c.sent) > PRON_PARAS) break;
      const e = entityOf(c);
      const en = entities[e];
      if (!en) continue;
      const k = kind.get(e) ?? en.kind;
      if (plural) {
        if (!(k === 'organization' || k === 'group' || en.plural)) continue;
      } else {
        if (k === 'organization' || k === 'group') continue;
        if (k === 'unknown' && !en.evidence && !spoke.has(e)) continue;
        // a people ("Americans", "African-Americans") is never "he" or "she"
        if (en.tokens.length === 1 && DEMONYMS.has((en.tokens[0]!.split('-').at(-1) ?? '').replace(/s$/, ''))) continue;
        const g = gender.get(e) ?? en.gender;
        if (m.gender && g && m.gender !== g) continue;
      }
      if (!fallback) fallback = c;
      if (resolved.has(c) || isSalient(c)) {
        chosen = c;
        break;
      }
    }
    const pick = chosen ?? fallback;
    if (pick) {
      const e = entityOf(pick);
      resolved.set(m, e);
      const en = entities[e]!;
      if (!(gender.get(e) ?? en.gender) && m.gender) gender.set(e, m.gender);
      if ((kind.get(e) ?? en.kind) === 'unknown' && !plural) kind.set(e, 'person');
      history.push(m);
    }
  }
  const updated = entities.map((en, e) => {
    if (!gender.has(e) && !kind.has(e) && !spoke.has(e)) return en;
    return { ...en, gender: gender.get(e) ?? en.gender, kind: kind.get(e) ?? en.kind, spoke: en.spoke || spoke.has(e) };
  });
  return { entityOf, entities: updated };
}

/**
 * Paragraphs counted only where the narration names someone: a run of paragraphs that are only quotation (an
 * interview) does not push the speaker out of reach of the "she added" that follows it.
 */
function paragraphRank(mentions: readonly Mention[], sentences: readonly Sentence[]): (s: number) => number {
  const rank = new Map<number, number>();
  for (const m of mentions) {
    if (m.quoted || m.inRole) continue;
    const p = sentences[m.sent]?.paragraph ?? m.sent;
    if (!rank.has(p)) rank.set(p, rank.size);
  }
  return (s: number) => {
    const p = sentences[s]?.paragraph ?? s;
    return rank.get(p) ?? p;
  };
}
