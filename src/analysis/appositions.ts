/**
 * Appositions after a name: "X of the Y Institute", "X, a spokesman for Y,", "X, 29, of Y, Z.," and "Jane Doe
 * (D-X.)" become the mention's role and extend its reach for cue finding, and a kinship noun before a name ("his
 * son, Jan Doe") makes it a person (findMentions calls this once).
 */

import { isCapWord, type Token } from './tokens.ts';
import type { Mention } from './speakers.ts';
import { foldSpaces } from './text.ts';
import { APPOSITION_HEAD_ENDS, APPOSITION_OPENERS, APPOSITION_RELATIVES, FEMALE_KIN, MALE_KIN, ORG_CLASSIFIER_NOUNS, ORG_DESCRIPTION_HEADS, ORG_HEADS, PLACE_PREPOSITIONS, REPORTING_FORMS, ROLE_NOUNS, TITLES } from './lexicon/words.ts';
import { PERSON_NOUNS, ROLE_PREFIX_WORDS } from './lexicon/mention-sets.ts';
import { hasAgentNounEnding } from './name-roles.ts';
import { FINITE_VERBS } from './lexicon/attribution.ts';
import { ARTICLES, LIST_CONJUNCTIONS, POSSESSIVE_DETERMINERS } from './lexicon/function-words.ts';

/** Mentions after mentions[mi] inside its apposition (tokens after `from`, ending by `to`) are part of its role. */
function markInRole(mentions: Mention[], mi: number, from: number, to: number): void {
  // mentions are in text order: only the ones up to the apposition's end need looking at
  for (let x = mi + 1; x < mentions.length && mentions[x]!.t0 <= to; x++) {
    const o = mentions[x]!;
    if (o.t0 > from && o.t1 <= to) o.inRole = true;
  }
}

/**
 * The closing comma of an apposition that starts after the comma at `comma`: a role (", a spokesman for Y,"), an
 * age (", 29,"), or where a person is from (", of X, Y.,"); for a role, when `atEnd` allows, the
 * sentence's end instead (sentenceEndOfApposition). -1 when there is none.
 */
function appositionEnd(text: string, toks: Token[], comma: number, sent: number, person: boolean, atEnd: boolean): number {
  const det = toks[comma + 1];
  if (!det || det.sent !== sent) return -1;
  if (det.t === 'num' && toks[comma + 2]?.w === ',' && person) return comma + 2;
  if (det.lw === 'of' && person) {
    // capitalised words, with a state abbreviation after a comma
    let k = comma + 2;
    while (isCapWord(toks[k]) && toks[k]!.sent === sent) k++;
    if (k === comma + 2) return -1;
    if (toks[k]?.w === ',' && isCapWord(toks[k + 1]) && toks[k + 2]?.w === '.' && toks[k + 3]?.w === ',') return k + 3;
    if (toks[k]?.w === ',' && /^[A-Z]\.[A-Z]\.?$/.test(toks[k + 1]?.w ?? '') && toks[k + 2]?.w === ',') return k + 2;
    return toks[k]?.w === ',' ? k : -1;
  }
  if (!opensRoleApposition(toks, comma + 1)) return -1;
  let k = comma + 2;
  let hasRole = ROLE_NOUNS.has(det.lw);
  while (k < toks.length && k < comma + 16 && toks[k]!.sent === sent && toks[k]!.w !== ',' && !isDoubleQuoteMark(toks[k]!.w)) {
    if (ROLE_NOUNS.has(toks[k]!.lw) || ORG_HEADS.has(toks[k]!.lw)) hasRole = true;
    k++;
  }
  if (!hasRole || holdsMainVerb(toks, comma + 1, k)) return -1;
  if (APPOSITION_OPENERS.has(det.lw)) return toks[k]?.w === ',' ? k : atEnd ? sentenceEndOfApposition(text, toks, comma + 1, k, sent) : -1;
  // a bare role word opens only what the sentence's end closes (", general secretary of the union."): before a comma
  // it is as often a clause's subject the cue's words run into; and it heads a person's role, not a place's
  // description (", home of …")
  if (!atEnd || toks[k]?.w === ',' || appositionKind(toks, comma + 1, k) !== 'person') return -1;
  return sentenceEndOfApposition(text, toks, comma + 1, k, sent);
}

/**
 * ", a spokesman for Y", ", general secretary of the union": an article, a word of APPOSITION_OPENERS, or a role
 * word ("general", "secretary", "vice") not before a capitalised word (", Secretary Jane Doe" is a second name).
 */
function opensRoleApposition(toks: Token[], k: number): boolean {
  const det = toks[k]!;
  if (APPOSITION_OPENERS.has(det.lw)) return true;
  return det.t === 'word' && ROLE_PREFIX_WORDS.has(det.lw) && !isCapWord(toks[k + 1]);
}

/**
 * "…," said X, general secretary of the union.": an apposition the sentence's end closes instead of a comma; the
 * sentence-final period (or, at a paragraph's end, the first token after it) stands for the comma. With no comma to
 * set it off, only a head that names a person or a body makes it one: else it is a list's next item (", a tough line
 * on …") or a clause (", the bloodshed seemed …"). `k` is the first token past the words read; -1 when the sentence
 * goes on.
 */
function sentenceEndOfApposition(text: string, toks: Token[], from: number, k: number, sent: number): number {
  if (toks[k] && toks[k]!.sent === sent) return -1;
  const last = toks[k - 1]!;
  const end = last.w === '.' ? k - 1 : k;
  if (end === k && !last.w.endsWith('.') && !(toks[k] ? text.slice(last.end, toks[k]!.start).includes('\n') : true)) return -1;
  return appositionKind(toks, from, end) && !isPastVerb(toks, appositionHeadEnd(toks, from, end)) ? end : -1;
}

/**
 * ", the X party faced a dilemma.": a form in -ed after the head, before no preposition, is the sentence's verb
 * (", a governor challenged by …", ", a group based in …" are participles).
 */
function isPastVerb(toks: Token[], x: number): boolean {
  const t = toks[x];
  return !!t && isParticiple(t) && t.lw.endsWith('ed') && !APPOSITION_HEAD_ENDS.has(toks[x + 1]?.lw ?? '');
}

/**
 * ", the company said", ", official says,": a finite auxiliary or an inflected reporting verb makes a clause of what
 * looks like an apposition, unless a relative word opened a clause inside it (", an editor who wrote the profile,").
 */
function holdsMainVerb(toks: Token[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const t = toks[x]!;
    if (t.t !== 'word' || t.cap) continue;
    if (APPOSITION_RELATIVES.has(t.lw)) return false;
    if (FINITE_VERBS.has(t.lw) || (REPORTING_FORMS.has(t.lw) && REPORTING_FORMS.get(t.lw) !== t.lw)) return true;
  }
  return false;
}

/**
 * What an apposition's head says the name before it is: "general secretary of the union", "the company's chief
 * executive", "Theranos board member" a person; "a legal advocacy group", "an English-language channel" an
 * organisation; null when its head is neither. The head is the word before what modifies it (APPOSITION_HEAD_ENDS,
 * a second article, a verb, a participle after a noun): English compounds put their head last.
 */
function appositionKind(toks: Token[], from: number, end: number): 'person' | 'org' | null {
  const x = appositionHeadEnd(toks, from, end);
  // heads joined by "and": one that names a person makes a person ("president and publisher of …"); before "and a
  // …" the head is the noun before "and" ("a professor and a tax official")
  for (let y = from; y + 1 < x; y++) if (LIST_CONJUNCTIONS.has(toks[y + 1]!.lw) && headKind(toks[y]!) === 'person') return 'person';
  const h = LIST_CONJUNCTIONS.has(toks[x - 1]?.lw ?? '') ? x - 2 : x - 1;
  return h >= from ? headKind(toks[h]!) : null;
}

/** The token that ends an apposition's head (what follows the head), `end` when nothing does. */
function appositionHeadEnd(toks: Token[], from: number, end: number): number {
  let x = from;
  while (x < end && !endsAppositionHead(toks, x, from)) x++;
  return x;
}

/**
 * A token after which an apposition's head is behind: a preposition, a relative, a second article, a verb, a dash,
 * or a participle after a noun (", a group based in …", ", a super PAC supporting …").
 */
function endsAppositionHead(toks: Token[], x: number, from: number): boolean {
  const t = toks[x]!;
  if (t.t === 'punct') return true;
  if (t.t !== 'word' || x === from) return false;
  if (APPOSITION_HEAD_ENDS.has(t.lw) || FINITE_VERBS.has(t.lw) || ARTICLES.has(t.lw) || POSSESSIVE_DETERMINERS.has(t.lw)) return true;
  return isParticiple(t) && headKind(toks[x - 1]!) !== null;
}

/** A lower-case word in -ed or -ing: a participle, or a verb's past. */
function isParticiple(t: Token | undefined): boolean {
  return !!t && t.t === 'word' && !t.cap && t.lw.length > 4 && (t.lw.endsWith('ed') || t.lw.endsWith('ing'));
}

/** The kind of one noun as an apposition's head: a person by role, title, relation or an agent noun's ending; a body. */
function headKind(t: Token): 'person' | 'org' | null {
  if (t.t !== 'word') return null;
  if (PERSON_NOUNS.has(t.lw) || TITLES.has(t.lw)) return 'person';
  if (ORG_HEADS.has(t.lw) || ORG_DESCRIPTION_HEADS.has(t.lw) || ORG_CLASSIFIER_NOUNS.has(t.lw)) return 'org';
  return !t.cap && hasAgentNounEnding(t.lw) ? 'person' : null;
}

/** What /^[“”"]$/ tests, read by code unit (asked of every word of an apposition). */
function isDoubleQuoteMark(w: string): boolean {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c === 0x201c || c === 0x201d || c === 34;
}

/**
 * "His son, A X", "X's sister B": a name after a kinship noun that a possessive opens is a person, of the
 * noun's gender. The text says so as plainly as a first name would, and a name with no known first name otherwise
 * stays a weak antecedent that a "he" or "she" passes over for someone named further back.
 */
function kinBefore(toks: Token[], m: Mention): void {
  let k = m.r0 - 1;
  if (toks[k]?.w === ',') k--;
  const kin = toks[k];
  if (!kin || kin.sent !== m.sent || kin.cap) return;
  const gender = MALE_KIN.has(kin.lw) ? 'm' : FEMALE_KIN.has(kin.lw) ? 'f' : null;
  const owner = toks[k - 1];
  if (!gender || !owner || owner.sent !== m.sent || !(owner.t === 'poss' || POSSESSIVE_DETERMINERS.has(owner.lw))) return;
  m.evidence = true;
  m.gender ??= gender;
  if (m.type === 'unknown') m.type = 'person';
}

/**
 * "the newspaper Quay Morrow", "a broadcaster, Harbour One": a name right after an article and a noun that classes it
 * as an organisation's is one, though it looks like a person's (no first name or title shows it one).
 */
function orgClassifierBefore(toks: Token[], m: Mention): boolean {
  if (m.evidence || m.r0 !== m.t0) return false;
  const noun = toks[m.r0 - 1];
  const article = toks[m.r0 - 2];
  if (!noun || !article || article.sent !== m.sent || noun.cap || !ORG_CLASSIFIER_NOUNS.has(noun.lw) || !ARTICLES.has(article.lw)) return false;
  m.type = 'org';
  return true;
}

/** "X of the Y Institute" and "X, a spokesman for Y," become X's role and extend X's reach for cue finding. */
export function attachAppositions(text: string, toks: Token[], mentions: Mention[]): void {
  for (let mi = 0; mi < mentions.length; mi++) {
    const m = mentions[mi]!;
    if (m.type !== 'person' && m.type !== 'unknown') continue;
    kinBefore(toks, m);
    // an organisation takes no person's apposition
    if (orgClassifierBefore(toks, m)) continue;
    const next = toks[m.t1];
    if (!next || next.sent !== m.sent) continue;
    if (next.w === '(') {
      // "Jane Doe (D-X.)"
      let k = m.t1 + 1;
      while (k < toks.length && k < m.t1 + 8 && toks[k]!.w !== ')' && toks[k]!.sent === m.sent) k++;
      if (toks[k]?.w === ')') {
        m.appEnd = toks[k]!.end;
        m.appT = k + 1;
        markInRole(mentions, mi, m.t1, k);
      }
      continue;
    }
    if (next.lw === 'of' || next.lw === 'at' || next.lw === 'from') {
      const org = mentions[mi + 1];
      let k = m.t1 + 1;
      if (toks[k]?.lw === 'the') k++;
      // "X of the Y": after a person's name, "the Y" is an institution whatever its words look like
      const institution = org && org.t0 === k && (org.type === 'org' || (m.type === 'person' && k === m.t1 + 2 && org.type !== 'pronoun'));
      if (org && institution) {
        if (org.type !== 'org') org.type = 'org';
        if (!m.role) m.role = org.name;
        m.appEnd = org.end;
        m.appT = org.t1;
        org.inRole = true;
        m.evidence = true;
        if (m.type === 'unknown') m.type = 'person';
      } else if (org && m.type === 'person' && org.type === 'unknown' && org.t0 === m.t1 + 1) {
        // "Sen. Jane Doe of Ohio said": where a person is from is part of how the text names them, not a speaker.
        m.appEnd = org.end;
        m.appT = org.t1;
        org.inRole = true;
      }
    } else if (next.w === ',') {
      commaAppositions(text, toks, mentions, mi);
    }
  }
}


/**
 * ", a/an/the/former … ," within 14 tokens, or up to the sentence's end; appositions may follow one another ("X, 29,
 * of Y, Z., a W,"). A role makes the name a person's, unless its head names a body (", a legal advocacy group,").
 */
function commaAppositions(text: string, toks: Token[], mentions: Mention[], mi: number): void {
  const m = mentions[mi]!;
  // a name in another's role ("X of Y, the only senator to …"): what follows describes that other
  if (m.inRole) return;
  let comma = m.t1;
  // only after words of its sentence may the sentence's end close an apposition ("Previously, a man who … would be
  // …" is a sentence of its own), and not after a place's preposition ("at the university in Y, the
  // institution founded by …": the place is no person)
  const before = toks[m.r0 - 1];
  const atEnd = before?.sent === m.sent && !PLACE_PREPOSITIONS.has(before.lw);
  for (let round = 0; round < 3; round++) {
    const k = appositionEnd(text, toks, comma, m.sent, round > 0 || m.type === 'person', atEnd);
    if (k < 0) break;
    const first = toks[comma + 1]!;
    const described = first.t !== 'num' && first.lw !== 'of';
    if (!m.role && described) m.role = foldSpaces(text.slice(first.start, toks[k - 1]!.end)).replace(/^(a|an|the)\s+/i, '');
    // a sentence's end closes it where no comma does: the mention then reaches to its last word
    const closed = toks[k]?.w === ',';
    m.appEnd = toks[closed ? k : k - 1]!.end;
    m.appT = closed ? k + 1 : k;
    if (!m.evidence && described && appositionKind(toks, comma + 1, k) === 'org') m.type = 'org';
    else if (m.type !== 'org') {
      m.evidence = true;
      if (m.type === 'unknown') m.type = 'person';
    }
    markInRole(mentions, mi, comma, k);
    comma = k;
  }
}
