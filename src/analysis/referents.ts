/**
 * What a description or "it" stands for, by the kind its words name (coreference, coref.ts, calls these before it
 * resolves the pronouns): "the judge" the person given that title (definiteReferent), "it said" the organisation last
 * named (lastOrganisationBefore) or the organisation or document source before it (itContinuingDescription), "the
 * agency" / "the veteran goaltender" the most salient compatible named entity (describedReferents), "the mayor"
 * opening a clause the person with that title (officeSubjects).
 */

import type { Entity, Mention } from './speakers.ts';
import type { Context } from './attribution/context.ts';
import type { SourceOfCue } from './coref.ts';
import { introducedAsPeople, isInitialism, nameInApposition, namedDescriptions, sourcesBefore, unnamedIntroducing } from './description-antecedents.ts';
import { datelineEndAt, isSpaceCode } from './text.ts';
import {
  AGENT_ROLES, BUSINESS_NAME_WORDS, COMPANY_DESCRIPTION_HEADS, COMPANY_NAME_WORDS, HEAD_POSTMODIFIERS, ISSUED_DOCUMENTS, NAMED_BODY_HEADS,
  NON_BUSINESS_NAME_WORDS, ORG_DESCRIPTION_HEADS, PERSON_DESCRIPTION_HEADS, PUBLIC_BODY_DESCRIPTION_HEADS, ROLE_NOUNS,
} from './lexicon/words.ts';

/** "the judge said" after "Judge Jane Doe": the person last introduced with that title or role, or -1. */
export function definiteReferent(entities: readonly Entity[], head: string): number {
  if (!ROLE_NOUNS.has(head)) return -1;
  for (let e = entities.length - 1; e >= 0; e--) {
    const en = entities[e]!;
    if (en.kind !== 'person' || en.plural) continue;
    if (hasWord(en.role, head) || someAliasHasWord(en.aliases, head)) return e;
  }
  return -1;
}

/** Does one of the aliases have the word (read from the Set, with no array made of it per entity)? */
function someAliasHasWord(aliases: ReadonlySet<string>, word: string): boolean {
  for (const alias of aliases) if (hasWord(alias, word)) return true;
  return false;
}

/** definiteReferent over one list of entities, each head worked out once (coreference asks of every "the mayor"). */
export function definiteReferents(entities: readonly Entity[]): (head: string) => number {
  const known = new Map<string, number>();
  return (head) => {
    let e = known.get(head);
    if (e === undefined) known.set(head, (e = definiteReferent(entities, head)));
    return e;
  };
}

/**
 * Is `word` one of the phrase's words, lower-cased, between white space, commas and full stops? What
 * phrase.toLowerCase().split(/[\s,.]+/).includes(word) gives, read in place: an ASCII word is compared letter by
 * letter (lower-casing maps only A-Z there), any other lower-cased; no copy of the phrase, no list of its words. (The
 * words asked are lexicon words, ASCII: a Greek final sigma, the one letter lower-cased by its context, never matters.)
 */
function hasWord(phrase: string | null, word: string): boolean {
  if (!phrase) return false;
  if (word === '') return phrase.toLowerCase().split(/[\s,.]+/).includes(word);
  let from = 0;
  for (let i = 0; i <= phrase.length; i++) {
    if (i < phrase.length && !isWordBreak(phrase.charCodeAt(i))) continue;
    if (i > from && wordEquals(phrase, from, i, word)) return true;
    from = i + 1;
  }
  return false;
}

/** What /[\s,.]/ matches. */
function isWordBreak(c: number): boolean {
  return c === 44 || c === 46 || isSpaceCode(c);
}

/** Is phrase[from, to), lower-cased, the word? */
function wordEquals(phrase: string, from: number, to: number, word: string): boolean {
  let ascii = true;
  for (let i = from; i < to && ascii; i++) ascii = phrase.charCodeAt(i) < 128;
  if (!ascii) return phrase.slice(from, to).toLowerCase() === word;
  if (to - from !== word.length) return false;
  for (let i = from; i < to; i++) {
    const c = phrase.charCodeAt(i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i - from)) return false;
  }
  return true;
}

/**
 * "it said": the organisation last named before token k within its paragraph or the two before; a name of unknown
 * kind, or a two-word name with no sign of a person (no first name, title, role or gender: "Northline Ferries said …
 * It added"), counts too.
 */
export function lastOrganisationBefore({ mentions, sentences, sentTok, toks, lastMentionBefore, text }: Context, k: number, sent: number, entities?: readonly Entity[]): Mention | null {
  const p0 = sentences[sent]!.paragraph;
  // the last one named wins, unless an earlier one opens its sentence ("Acme told staff it works with Beta. It
  // also said …": Acme). (A mention starting at or after token k ends after it: the scan starts before them.)
  let last: Mention | null = null;
  for (let x = lastMentionBefore(toks[k]?.start ?? Infinity); x >= 0; x--) {
    const m = mentions[x]!;
    if (m.t1 > k) continue;
    if (p0 - (sentences[m.sent]?.paragraph ?? 0) > IT_PARAS) break;
    if (m.quoted || m.inRole || opensDateline(text, m, sentTok)) continue;
    const en = m.entity >= 0 ? entities?.[m.entity] : undefined;
    const fits = (m.type === 'org' && m.entity >= 0) || ((m.type === 'unknown' || m.type === 'person') && !!en && mayBeOrganisation(en));
    if (!fits) continue;
    if (m.r0 === sentTok[m.sent]) return m;
    // a name only of no known kind gives way to an organisation named as one in the same stretch ("The Office said
    // levels of the impurity, Quaxine, were high. It said …": the Office)
    if (last === null || (last.type !== 'org' && m.type === 'org' && m.sent >= sent - 1)) {
      if (last === null && m.sent < sent - 1) return m;
      last = m;
    }
  }
  return last;
}
export const IT_PARAS = 2;

/** "HOLBURY, May 2 (Wire) — The report …": the place a dateline opens with is where the story was filed, never an "it" that speaks. */
function opensDateline(text: string, m: Mention, sentTok: Context['sentTok']): boolean {
  return m.r0 === sentTok[m.sent] && datelineEndAt(text, m.start) > m.start;
}

/** A name with no sign of a person (no first name, title, role or gender): it may be an organisation ("Northline Ferries"). */
export function mayBeOrganisation(en: Entity): boolean {
  return en.named && !en.evidence && !en.gender && !en.plural && !isLetterPrefixedTerm(en.name);
}

/**
 * "N-nitrosodimethylamine", "X-ray": one capital letter and a hyphen before a lower-case word make a term (a chemical,
 * a device), capitalised only by its prefix, never the name of a body that could say anything.
 */
function isLetterPrefixedTerm(name: string): boolean {
  return name.length > 2 && name.charCodeAt(1) === 45 && /^\p{Lu}-\p{Ll}/u.test(name);
}

/** Antecedent window: three sentences, or else the same or the previous paragraph (quotes make sentences many). */
export const PRON_SENTS = 3;
export const PRON_PARAS = 1;

/**
 * "On Monday, the mayor brought up the plan again. “…,” he said.": a definite office opening its clause ("the
 * mayor", "the judge") is the person the text gave that title (definiteReferent), and the centre of attention a later
 * pronoun continues, though it is no cue's source. Description mention → that person.
 */
export function officeSubjects(ctx: Context, referentOf: (head: string) => number, taken: ReadonlySet<number>): Map<Mention, number> {
  const { toks, sentTok, endAt } = ctx;
  const out = new Map<Mention, number>();
  for (const k of clauseOpenings(ctx)) {
    if (k + 1 >= toks.length) break;
    const the = toks[k]!;
    const head = toks[k + 1]!;
    if (the.lw !== 'the' || the.quoted || head.sent !== the.sent || head.cap || !ROLE_NOUNS.has(head.lw) || taken.has(k + 1)) continue;
    const prev = toks[k - 1];
    // opening the sentence or its main clause ("On Monday, the mayor …"), never an apposition ("Doe, the mayor, …")
    if (k !== sentTok[the.sent] && !(prev && prev.sent === the.sent && prev.w === ',' && !endAt.has(k - 2))) continue;
    // the subject itself: "the mayor brought …", not "the mayor's office"
    const next = toks[k + 2];
    if (!next || next.sent !== the.sent || next.t !== 'word' || next.cap) continue;
    const e = referentOf(head.lw);
    if (e < 0) continue;
    out.set({
      t0: k + 1, t1: k + 2, start: head.start, end: head.end, r0: k, appEnd: head.end, appT: k + 2, type: 'group', name: head.lw, titled: null,
      role: null, gender: null, plural: false, sent: the.sent, quoted: false, inRole: false, subject: true, entity: e, evidence: true,
    }, e);
  }
  return out;
}

/**
 * The tokens that may open a clause for officeSubjects, in order: each sentence's first, and each right after a
 * comma token that a "the" follows (officeSubjects reads no other). Found from the sentence starts and the text's
 * commas, not by reading every token: a comma's token is looked up only when "the" follows it in the text (the token
 * after a comma in its sentence starts past white space only; one in a later sentence opens it, and is a sentence's
 * first anyway).
 */
function clauseOpenings({ toks, sentTok, text }: Context): number[] {
  const afterCommas: number[] = [];
  let lo = 0;
  for (let pos = text.indexOf(','); pos >= 0; pos = text.indexOf(',', pos + 1)) {
    if (!theAt(text, pos + 1)) continue;
    // the first token starting at or after the comma: the comma's own token, or none (a comma inside "1,000")
    let hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    if (toks[lo]?.start === pos && toks[lo]!.w === ',') afterCommas.push(lo + 1);
  }
  const out: number[] = [];
  const push = (k: number) => {
    if (out.length === 0 || out[out.length - 1]! < k) out.push(k);
  };
  let c = 0;
  for (let s = 0; s + 1 < sentTok.length; s++) {
    while (c < afterCommas.length && afterCommas[c]! < sentTok[s]!) push(afterCommas[c++]!);
    push(sentTok[s]!);
  }
  while (c < afterCommas.length) push(afterCommas[c++]!);
  return out;
}

/** Does "the" (in any case) start at the first character past white space from `pos`? */
function theAt(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return (text.charCodeAt(i) | 32) === 116 && (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 101;
}

/**
 * "…, the utility said. / “…,” it said.", "The board's decision said … It also said": an "it" no named organisation
 * is near enough for continues the source before it that could be an "it" — an organisation, an "it" already
 * resolved, or a singular description of no person ("the utility", "the decision"), whatever that stands for (named
 * or not). Adds to `described`.
 */
export function itContinuingDescription({ sentences }: Context, sources: readonly SourceOfCue[], referents: ReadonlyMap<Mention, number>, described: Map<Mention, number>): void {
  let last: { entity: number; para: number } | null = null;
  for (const cue of sources) {
    const m = cue.subject;
    if (!m) continue;
    const para = sentences[m.sent]!.paragraph;
    if (m.type === 'pronoun' && m.name === 'it') {
      const known = referents.get(m);
      if (known === undefined && last && para - last.para <= IT_PARAS) described.set(m, last.entity);
      const e = known ?? described.get(m);
      if (e !== undefined) last = { entity: e, para };
      continue;
    }
    const e = described.get(m) ?? referents.get(m) ?? m.entity;
    // an organisation, or a singular description of no person ("the utility", "the board's decision"): what "it" can be
    if (m.type === 'org' && e >= 0) last = { entity: e, para };
    else if (m.type === 'group' && !m.plural && e >= 0 && descriptionKind(m.name) !== 'person') last = { entity: e, para };
  }
}

/** "the agency", "the soft-spoken, grey-haired engineer": a "the" opening the description, over its adjectives and commas. */
function theBefore(toks: Context['toks'], m: Mention): boolean {
  for (let k = m.r0; k >= 0 && k >= m.r0 - 5; k--) {
    const t = toks[k]!;
    if (t.sent !== m.sent) return false;
    if (t.lw === 'the') return true;
    if (!(t.w === ',' || (t.t === 'word' && !t.cap))) return false;
  }
  return false;
}

/** How far back a description looks for the organisation it stands for (paragraphs). */
const ORG_DESCRIPTION_PARAS = 4;

/**
 * name.toLowerCase().split(/\s+/).at(-1) ?? '': the last word, lower-cased, with no lower-cased copy and list of
 * the others (white space never lower-cases, nor does lower-casing make any).
 */
function lastWordLowered(name: string): string {
  let i = name.length;
  while (i > 0 && !isSpaceCode(name.charCodeAt(i - 1))) i--;
  return name.slice(i).toLowerCase();
}

/**
 * The head of a description: its last word, or the last before a preposition that modifies it ("a meteorologist with
 * the agency": a person; "a spokesman for the campaign": a person, not the campaign).
 */
function headWordLowered(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  const p = words.findIndex((w, i) => i > 0 && HEAD_POSTMODIFIERS.has(w));
  return p > 0 ? words[p - 1]! : words.at(-1)!;
}

/** The kind of named entity a definite description stands for, by its head: "the agency" an organisation, "the veteran goaltender" a person. */
export function descriptionKind(name: string): 'organization' | 'person' | 'issuer' | null {
  const head = headWordLowered(name);
  if (ISSUED_DOCUMENTS.has(head)) return 'issuer';
  if (/\d-year-old$|^year-old$/.test(head)) return 'person';
  // only the heads that name a kind of organisation: "the government", "the court", "police" are institutions of
  // their own, rarely the organisation last named
  if (ORG_DESCRIPTION_HEADS.has(head) || NAMED_BODY_HEADS.has(head)) return 'organization';
  if (PERSON_DESCRIPTION_HEADS.has(head) || ROLE_NOUNS.has(head)) return 'person';
  return null;
}

/**
 * "The agency told reporters …", "said the veteran goaltender", "the 41-year-old says": a definite singular
 * description as a cue's source stands for the most salient compatible named entity before it — the organisation
 * last named within a few paragraphs, or the person in subject position within the pronoun window (else the last
 * person named there). A description nothing fits stays an unnamed speaker.
 */
export function describedReferents({ mentions, sentences, toks, lastMentionBefore, startAt }: Context, sources: readonly SourceOfCue[], entities: readonly Entity[], salient: (m: Mention) => boolean, spoke: ReadonlySet<number>, resolved: ReadonlyMap<Mention, number>): Map<Mention, number> {
  const out = new Map<Mention, number>();
  const people = introducedAsPeople(sources, entities);
  for (const cue of sources) {
    const m = cue.subject;
    if (!m || resolved.has(m) || m.type !== 'group' || m.plural || m.entity < 0 || entities[m.entity]?.named !== false) continue;
    // "the Canadian government", "the Liberal caucus": a proper modifier makes the description specific of itself
    const proper = m.name.split(/\s+/).slice(1).some((w) => /^\p{Lu}/u.test(w)) || (toks[m.r0]?.lw !== 'the' && /^\p{Lu}/u.test(m.name) && m.t0 > m.r0);
    const head = lastWordLowered(m.name);
    // "police said": a body's bare name is as definite as "the police"
    const definite = !proper && (theBefore(toks, m) || /year-old/.test(m.name) || (NAMED_BODY_HEADS.has(head) && m.name.toLowerCase() === head));
    const kind = definite ? descriptionKind(m.name) : null;
    if (!kind) continue;
    const named = nameInApposition(toks, startAt, entities, m, kind);
    if (named >= 0) {
      out.set(m, named);
      continue;
    }
    const para = sentences[m.sent]!.paragraph;
    if (NAMED_BODY_HEADS.has(head)) {
      const body = bodyNamed([...mentions, ...namedDescriptions(sources, m)], sentences, entities, m, head);
      if (body >= 0 && !otherBodySince(toks, body, mentions, m, head)) out.set(m, body);
      continue;
    }
    // "A spokesperson for the port said … “…,” the spokesperson said": the description the article introduced
    // earlier, unnamed, is meant — not the person named last
    const introduced = kind === 'person' ? unnamedIntroducing([...mentions.slice(0, lastMentionBefore(m.start) + 1), ...sourcesBefore(toks, sources, m)], entities, m, head) : -1;
    // "the mayor", "the minister": an office is held by a person the text shows as one, never by a bare name that
    // may be an organisation's
    const office = ROLE_NOUNS.has(head);
    if (introduced >= 0) {
      out.set(m, introduced);
      continue;
    }
    // tiers: 0 the kind itself and salient, 1 the kind itself, 2 a salient named entity of unknown kind (for an
    // organisation, one that spoke before: a capitalised word opening a sentence is often no name at all)
    const best = [-1, -1, -1];
    for (let x = lastMentionBefore(m.start); x >= 0 && best[0]! < 0; x--) {
      const c = mentions[x]!;
      if (c.start >= m.start) continue;
      const back = para - (sentences[c.sent]?.paragraph ?? 0);
      if (kind !== 'person' ? back > ORG_DESCRIPTION_PARAS : m.sent - c.sent > PRON_SENTS && back > PRON_PARAS) break;
      if (c.quoted || c.inRole || c.entity < 0) continue;
      const en = entities[c.entity]!;
      if (!en.named || (kind === 'person' && en.plural)) continue;
      // "the spokesperson" is not the person the article calls the finance minister
      if (kind === 'person' && ROLE_NOUNS.has(head) && en.role && !en.role.toLowerCase().split(/\W+/).includes(head)) continue;
      // "the spokesman said" after "X visited …": one who speaks for another is X only when the text gave X that role
      if (kind === 'person' && AGENT_ROLES.has(head) && !en.role) continue;
      if (kind === 'organization' && !isBusinessFor(head, en)) continue;
      // "the statement said": the one who spoke last (a statement is theirs)
      // an organisation description may stand for a name of no known kind that spoke ("TransLink says … The agency
      // told reporters"), as it would for an organisation
      const sameKind = en.kind === kind || (kind === 'organization' && en.kind !== 'group' && spoke.has(c.entity) && mayBeOrganisation(en) && !people.has(c.entity));
      const tier = kind === 'issuer' ? (spoke.has(c.entity) ? 0 : -1)
        : sameKind ? (salient(c) ? 0 : 1) : en.kind === 'unknown' && !en.evidence && (kind === 'person' ? !office : spoke.has(c.entity)) && salient(c) ? 2 : -1;
      if (tier >= 0 && best[tier]! < 0) best[tier] = c.entity;
    }
    const fallback = best.find((e) => e >= 0) ?? -1;
    if (fallback >= 0) out.set(m, fallback);
  }
  return out;
}

/**
 * "The company said" after "the Harbour Bakers Guild … Kellmill Foods": a description of a business stands for no
 * organisation whose name makes it another kind of body (a guild, a union, a ministry); nor does a description of a
 * public body ("the food regulator said") for one whose name makes it a business ("Kellmill Foods"); any other head may.
 */
function isBusinessFor(head: string, en: Entity): boolean {
  if (PUBLIC_BODY_DESCRIPTION_HEADS.has(head)) return !nameHasWordOf(en, BUSINESS_NAME_WORDS) && !nameHasWordOf(en, COMPANY_NAME_WORDS);
  if (!COMPANY_DESCRIPTION_HEADS.has(head)) return true;
  return !nameHasWordOf(en, NON_BUSINESS_NAME_WORDS);
}

/** Does a word of the entity's name or of one of its aliases, lower-cased, belong to the set? */
function nameHasWordOf(en: Entity, words: ReadonlySet<string>): boolean {
  return [en.name, ...en.aliases].some((name) => name.toLowerCase().split(/[\s,.]+/).some((w) => words.has(w)));
}

/**
 * "The union said …" after "the Harbour Workers Union": the organisation (or described body) last named before m,
 * within ORG_DESCRIPTION_PARAS paragraphs, whose name has the description's head as a word or is in initials; else -1.
 */
function bodyNamed(mentions: readonly Mention[], sentences: Context['sentences'], entities: readonly Entity[], m: Mention, head: string): number {
  const para = sentences[m.sent]!.paragraph;
  let best: Mention | null = null;
  for (let x = mentions.length - 1; x >= 0; x--) {
    const c = mentions[x]!;
    if (c.start >= m.start || para - (sentences[c.sent]?.paragraph ?? 0) > ORG_DESCRIPTION_PARAS) continue;
    if (c.quoted || c.inRole || c.entity < 0 || c.entity === m.entity) continue;
    const en = entities[c.entity]!;
    const organisation = en.kind === 'organization' || (en.kind === 'unknown' && mayBeOrganisation(en));
    if (c.type === 'group' ? hasWord(c.name, head) : en.named && organisation && ([en.name, ...en.aliases].some((name) => hasWord(name, head)) || (isInitialism(en.name) && m.sent - c.sent <= 1))) {
      if (best === null || c.start > best.start) best = c;
    }
  }
  return best?.entity ?? -1;
}

/** "X Group … the trade group for the insurers … the group wrote": the head after a modifier or "a" since the body was
 *  last named introduces another body of that kind, which m continues (a bare "the union" again does not). */
function otherBodySince(toks: Context['toks'], body: number, mentions: readonly Mention[], m: Mention, head: string): boolean {
  let from = 1;
  for (const c of mentions) if (c.entity === body && c.start < m.start && c.t1 > from) from = c.t1;
  for (let k = from; k < m.r0; k++) if (toks[k]!.lw === head && !toks[k]!.cap && toks[k - 1]!.lw !== 'the') return true;
  return false;
}
