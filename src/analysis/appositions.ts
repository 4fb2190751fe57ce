/**
 * Appositions after a name: "X of the Y Institute", "X, a spokesman for Y,", "X, 29, of Y, Ala.," and "Jane Doe
 * (D-Ore.)" become the mention's role and extend its reach for cue finding, and a kinship noun before a name ("his
 * son, Jan Doe") makes it a person (findMentions calls this once).
 */

import { isCapWord, type Token } from './tokens.ts';
import type { Mention } from './speakers.ts';
import { foldSpaces } from './text.ts';
import { APPOSITION_OPENERS, FEMALE_KIN, MALE_KIN, ORG_CLASSIFIER_NOUNS, ORG_HEADS, ROLE_NOUNS } from './lexicon/words.ts';
import { ARTICLES, POSSESSIVE_DETERMINERS } from './lexicon/function-words.ts';

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
 * age (", 29,"), or where a person is from (", of Huntsville, Ala.,"). -1 when there is none.
 */
function appositionEnd(toks: Token[], comma: number, sent: number, person: boolean): number {
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
  if (!APPOSITION_OPENERS.has(det.lw)) return -1;
  let k = comma + 2;
  let hasRole = ROLE_NOUNS.has(det.lw);
  while (k < toks.length && k < comma + 16 && toks[k]!.sent === sent && toks[k]!.w !== ',' && !isDoubleQuoteMark(toks[k]!.w)) {
    if (ROLE_NOUNS.has(toks[k]!.lw) || ORG_HEADS.has(toks[k]!.lw)) hasRole = true;
    k++;
  }
  return toks[k]?.w === ',' && hasRole ? k : -1;
}

/** What /^[“”"]$/ tests, read by code unit (asked of every word of an apposition). */
function isDoubleQuoteMark(w: string): boolean {
  if (w.length !== 1) return false;
  const c = w.charCodeAt(0);
  return c === 0x201c || c === 0x201d || c === 34;
}

/**
 * "His son, Jan Doe", "Doe's sister Nora": a name after a kinship noun that a possessive opens is a person, of the
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
      // "Jane Doe (D-Ore.)"
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
      // ", a/an/the/former … ," within 14 tokens; appositions may follow one another ("X, 29, of Y, Ala., a Z,")
      let comma = m.t1;
      for (let round = 0; round < 3; round++) {
        const k = appositionEnd(toks, comma, m.sent, round > 0 || m.type === 'person');
        if (k < 0) break;
        const first = toks[comma + 1]!;
        if (!m.role && first.t !== 'num' && first.lw !== 'of') m.role = foldSpaces(text.slice(first.start, toks[k - 1]!.end)).replace(/^(a|an|the)\s+/i, '');
        m.appEnd = toks[k]!.end;
        m.appT = k + 1;
        m.evidence = true;
        if (m.type === 'unknown') m.type = 'person';
        markInRole(mentions, mi, comma, k);
        comma = k;
      }
    }
  }
}

