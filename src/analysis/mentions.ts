/**
 * Finding mentions: runs of capitalised words (with "of"/"for"/"and" inside organisation and title phrases), split
 * into a role prefix ("U.S. Secretary of State", "former Foreign Minister", "X’s Chancellor") and a name;
 * organisations by their head word ("… Department", "… Institute", "the X" + one capitalised word); pronouns. An
 * apposition after a name ("X of the Y Institute", "X, a spokesman for Y,") becomes the role when none was given.
 */

import { isCapWord, type Token } from './tokens.ts';
import { foldSpaces } from './text.ts';
import { commonWordsAtStart, pluralCommonNounAtStart } from './sentence-openers.ts';
import type { Gender, Mention } from './speakers.ts';
import { PLACE_PREPOSITIONS, REPORTING_FORMS } from './lexicon/words.ts';
import { HEAD_NAME_PREPOSITIONS } from './lexicon/function-words.ts';
import { isSubjectPronoun, pronoun } from './mention-pronouns.ts';
import { AUX, IRREGULAR_PAST } from './lexicon/attribution.ts';
import { attachAppositions } from './appositions.ts';
import { datelinePlace, numberedThing, placeLike, pluralNounAfterName, streetName, withoutPlaces } from './mention-places.ts';
import { andInOrgName, businessWordsJoined, campaignNameAfter, firmNameEnd, isCampaignName, orgPhraseTail, pluralPossessiveInName, saintPossessiveInName } from './org-names.ts';
import { isAdjectiveTitledWord, isJobBeforeName, isTitleFirstName, personNounAsRole } from './name-roles.ts';
import { MENTION_WORD_CLASSES, NON_NAME_OPENERS, WordClass } from './lexicon/mention-sets.ts';

/**
 * The lexicon classes (MENTION_WORD_CLASSES) of one text's tokens, each token's read with one look-up when first
 * asked: the rules below ask up to a dozen classes of the same words of a run (a title? a first name? an
 * organisation's head?), each a look-up of its own before.
 */
class WordClasses {
  private readonly toks: readonly Token[];
  /** per token, its classes with KNOWN set once read; 0 until then */
  private readonly read: Int32Array;
  constructor(toks: readonly Token[]) {
    this.toks = toks;
    this.read = new Int32Array(toks.length);
  }
  /** Is token k (which exists) in any of the classes c (WordClass bits)? */
  is(k: number, c: number): boolean {
    let bits = this.read[k]!;
    if (bits === 0) {
      bits = (MENTION_WORD_CLASSES.get(this.toks[k]!.lw) ?? 0) | KNOWN;
      this.read[k] = bits;
    }
    return (bits & c) !== 0;
  }
}
const KNOWN = 1 << 30;
const {
  TITLEISH, NON_NAME_OPENER, RUN_BREAKER, TITLE_OR_ROLE, TITLE_ROLE_OR_HONORIFIC, PHRASE_HEAD, ROLE_PREFIX_WORD, FIRST_NAME, MALE_FIRST_NAME,
  FEMALE_FIRST_NAME, DEMONYM, ORG_HEAD, NON_NAME_CAP, TITLE, HONORIFIC, MALE_TITLE, FEMALE_TITLE, SURNAME_WORD, PARTICLE, CONNECTOR,
} = WordClass;

/** Finds name, organisation and pronoun mentions in the token stream (sentTok: each sentence's first token, then the end). */
export function findMentions(text: string, toks: Token[], sentTok: readonly number[]): Mention[] {
  const mentions: Mention[] = [];
  const places = new Set<string>();
  const n = toks.length;
  const common = commonWordsAtStart(toks, sentTok, mayStartName);
  const surnames = new Set<string>();
  const cls = new WordClasses(toks);
  let i = 0;
  while (i < n) {
    const tok = toks[i]!;
    if (tok.t !== 'word') {
      i++;
      continue;
    }
    const lw = tok.lw;
    if (isSubjectPronoun(lw)) {
      mentions.push(pronoun(tok, i));
      i++;
      continue;
    }
    // a lower-case word is a pronoun mention or nothing
    if (!tok.cap || cls.is(i, NON_NAME_OPENER)) {
      // "Jane Will … Later, Will wrote": a modal or common word the text gave someone as a surname is that person
      // where a finite verb follows (a modal takes the bare form: "Will the bridge open?", "Will say")
      if (tok.cap && surnames.has(lw) && isInflectedVerb(toks[i + 1], tok.sent)) {
        mentions.push(mention(tok.start, tok.end, i, i + 1, i, 'person', tok.w, null, null, null, false, tok.sent, !!tok.quoted, false));
      }
      i++;
      continue;
    }
    // "Said Jane Doe, who …, “…”": a reporting verb opening the sentence is the cue, not part of the name
    if ((i === 0 || toks[i - 1]!.sent !== tok.sent) && isCapWord(toks[i + 1]) && REPORTING_FORMS.has(lw)) {
      i++;
      continue;
    }
    const j = runEnd(toks, i, cls);
    if (j === i + 1 && (common(i) || pluralCommonNounAtStart(toks, i, surnames))) {
      i = j;
      continue;
    }
    // "Robert Major … Major said": a title word alone is the surname of someone the text named with it
    if (j === i + 1 && surnames.has(tok.lw) && cls.is(i, TITLEISH)) {
      mentions.push(mention(tok.start, tok.end, i, j, i, 'person', tok.w, null, null, null, false, tok.sent, !!tok.quoted, false));
      i = j;
      continue;
    }
    if (streetName(toks, i, j)) {
      // "Downing Street said": a street that reports stands for the office there
      if (reportsAsStreet(toks[j])) mentions.push(mention(tok.start, toks[j - 1]!.end, i, j, i, 'org', text.slice(tok.start, toks[j - 1]!.end), null, null, null, false, tok.sent, !!tok.quoted, true));
      i = j;
      continue;
    }
    if (numberedThing(toks, j)) {
      i = j;
      continue;
    }
    if (datelinePlace(text, toks, i, j)) {
      places.add(foldSpaces(text.slice(tok.start, toks[j - 1]!.end)).toLowerCase());
      i = j;
      continue;
    }
    if (placeLike(toks, i, j)) places.add(foldSpaces(text.slice(toks[i]!.start, toks[j - 1]!.end)).toLowerCase());
    const before = mentions.length;
    addRun(text, toks, i, j, mentions, cls);
    const made = mentions.length > before ? mentions[mentions.length - 1]! : null;
    if (made && made.type === 'person' && made.t1 - made.t0 > 1) surnames.add(toks[made.t1 - 1]!.lw);
    i = j;
  }
  attachAppositions(text, toks, mentions);
  // A name the article also uses as a place ("in Florence", "Huntsville, Ala.") is a place wherever it stands
  // without a title: a place is never the "she" of the next sentence.
  // "faith in Smith" is no place: a name that is also someone's surname, or the subject of a reporting verb, stays.
  if (places.size === 0) return mentions;
  return withoutPlaces(toks, mentions, places);
}

/** A capitalised word that starts no name ("The", "But"), unless it is a title or an honorific ("President", "Mr."). */
function isNonNameCap(lw: string): boolean {
  return NON_NAME_OPENERS.has(lw);
}

/** A lower-case past or third-person form of the same sentence: "wrote", "said", "claims", "criticized" (not "need"). */
function isInflectedVerb(t: Token | undefined, sent: number): boolean {
  if (!t || t.t !== 'word' || t.cap || t.sent !== sent) return false;
  const lemma = REPORTING_FORMS.get(t.lw);
  if (lemma !== undefined) return lemma !== t.lw && !t.lw.endsWith('ing');
  return IRREGULAR_PAST.has(t.lw) || /[^e]ed$/.test(t.lw);
}

/** "said", "told", "says" after a street: a reporting verb no noun shares ("Wall Street estimates" is a noun's). */
function reportsAsStreet(t: Token | undefined): boolean {
  if (!t || t.t !== 'word' || t.cap) return false;
  const lemma = REPORTING_FORMS.get(t.lw);
  return lemma !== undefined && (t.lw === 'says' || (lemma !== t.lw && !t.lw.endsWith('s') && !t.lw.endsWith('ing')));
}

/** A word findMentions may take as the first of a name (and so may ask commonWordsAtStart about). */
function mayStartName(t: Token): boolean {
  return t.t === 'word' && t.cap && !isSubjectPronoun(t.lw) && !isNonNameCap(t.lw);
}

/**
 * An organisation's head in tokens [i, j) took "of" or "for" ("Centers for", "Society of"), and the "and" at j goes
 * on with its name: not a second "and", not "and the …", not words opened by a head or holding one that takes "of"
 * ("… of Teachers and the National Education Association", "… Journalists and National Association of …" are two;
 * "Department of Health and Human Services" is one).
 */
function headTookOfOrFor(toks: readonly Token[], i: number, j: number, cls: WordClasses): boolean {
  let took = false;
  for (let x = i + 1; x < j; x++) {
    if (toks[x]!.lw === 'and') return false;
    if (HEAD_NAME_PREPOSITIONS.has(toks[x]!.lw) && cls.is(x - 1, ORG_HEAD)) took = true;
  }
  if (!took || toks[j + 1]?.lw === 'the') return false;
  for (let k = j + 1; isCapWord(toks[k]) && toks[k]!.sent === toks[j]!.sent; k++) {
    if (cls.is(k, ORG_HEAD) && ((k === j + 1 && isCapWord(toks[k + 1])) || HEAD_NAME_PREPOSITIONS.has(toks[k + 1]?.lw ?? ''))) return false;
  }
  return true;
}

/** Where the run of capitalised words starting at i ends (exclusive): names, "of"/"and" inside organisation and title phrases, "&". */
function runEnd(toks: readonly Token[], i: number, cls: WordClasses): number {
  const n = toks.length;
  const sent = toks[i]!.sent;
  let j = i + 1;
  while (j < n && toks[j]!.sent === sent) {
    const t = toks[j]!;
    if (isCapWord(t) && !cls.is(j, RUN_BREAKER)) {
      j++;
      continue;
    }
    // "Jane Will criticized": a common word after a first name is the surname that ends the name
    if (j === i + 1 && isCapWord(t) && cls.is(j, SURNAME_WORD) && cls.is(i, FIRST_NAME) && !isCapWord(toks[j + 1])) {
      j++;
      break;
    }
    if (pluralPossessiveInName(toks, j, cls) || saintPossessiveInName(toks, i, j, cls)) {
      j++;
      continue;
    }
    // "Procter & Gamble", "AT&T": an ampersand between capitalised words joins one organisation's name
    if (t.w === '&' && isCapWord(toks[j + 1]) && toks[j + 1]!.sent === sent) {
      j += 2;
      continue;
    }
    if (t.t === 'word' && j > i && isCapWord(toks[j + 1]) && cls.is(j, PARTICLE)) {
      j++;
      continue;
    }
    const firm = j === i + 1 && (t.w === ',' || t.lw === 'and') ? firmNameEnd(toks, i, cls) : t.lw === 'and' ? businessWordsJoined(toks, i, j) : -1;
    if (firm > 0) {
      j = firm;
      continue;
    }
    const campaign = campaignNameAfter(toks, i, j);
    if (campaign > 0) {
      j = campaign + 1;
      continue;
    }
    if (t.t === 'word' && t.w === t.lw && cls.is(j, CONNECTOR)) {
      let k = j + 1;
      if (toks[k]?.lw === 'the' && t.lw !== 'the') k++;
      // "Society of X Makers and Traders", "the United Society of Dock and Y Workers": an
      // organisation's name whose head already took "of" or "for" goes on over "and"
      const orgOf = t.lw === 'and' && (headTookOfOrFor(toks, i, j, cls) || andInOrgName(toks, i, j, cls));
      // the word before the connector heads the phrase
      if (isCapWord(toks[k]) && !cls.is(k, NON_NAME_CAP) && (orgOf || cls.is(j - 1, t.lw === 'and' ? TITLE_OR_ROLE : PHRASE_HEAD))) {
        // "Secretary of State", "Institute for Strategic Studies", "Department of Justice"
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/** The mention a run of capitalised words [a, b) makes, if any: an organisation, or a name with its role prefix. */
function addRun(text: string, toks: Token[], a: number, b: number, out: Mention[], cls: WordClasses): void {
  const first = toks[a]!;
  const prevSame = toks[a - 1] && toks[a - 1]!.sent === first.sent ? toks[a - 1] : undefined;
  const nameStart = nameStartOf(toks, a, b, cls);
  // "the X" + a single capitalised word → organisation
  let hasOrgHead = false;
  for (let k = a; k < b; k++) {
    if (toks[k]!.w === '&' || (k === a && (isCampaignName(toks, a, b) || firmNameEnd(toks, a, cls) > 0))) {
      out.push(mention(first.start, toks[b - 1]!.end, a, b, a, 'org', text.slice(first.start, toks[b - 1]!.end), null, null, null, false, first.sent, !!first.quoted, true));
      return;
    }
    if (cls.is(k, ORG_HEAD)) hasOrgHead = true;
  }
  const quoted = !!first.quoted;
  const beforeTail = toks[nameStart - 1];
  const orgRun = hasOrgHead && nameStart > a && (cls.is(b - 1, ORG_HEAD) || (beforeTail !== undefined && cls.is(nameStart - 1, CONNECTOR)) || orgPhraseTail(toks, a, nameStart, b, cls));
  if (nameStart === b || orgRun) {
    // no personal name: an organisation, or a bare title
    if (hasOrgHead || (nameStart === b && isAcronymRun(toks, a, b, cls))) out.push(mention(toks[a]!.start, toks[b - 1]!.end, a, b, a, 'org', text.slice(toks[a]!.start, toks[b - 1]!.end), null, null, null, false, first.sent, quoted, true));
    return;
  }
  // the name is toks[nameStart, b), the title before it toks[a, nameStart), the whole role toks[r0, nameStart)
  const r0 = rolePrefixStart(toks, a, out, cls);
  let titledRole = false;
  let placeOnly = true;
  let possessor = false;
  for (let k = r0; k < nameStart; k++) {
    const t = toks[k]!;
    if (cls.is(k, TITLE_ROLE_OR_HONORIFIC)) titledRole = true;
    if (t.t === 'poss') possessor = true;
    else if (!(cls.is(k, DEMONYM) || t.cap)) placeOnly = false;
  }
  const evidence = titledRole || cls.is(nameStart, FIRST_NAME);
  // a demonym or place alone is no role ("New X", "X Land")
  // (a possessor is: "the Harbour Post's Jane Doe" is Jane Doe of the Harbour Post)
  if (!titledRole && r0 < nameStart && !evidence && !possessor && placeOnly) return;
  const type = nameType(toks, a, b, nameStart, evidence, prevSame, cls);
  if (type === null) return;
  // the strings only for a run that makes a mention ("Mr." is not a role)
  const role = r0 < nameStart && !(nameStart - a === 1 && cls.is(a, HONORIFIC)) ? foldSpaces(text.slice(toks[r0]!.start, toks[nameStart - 1]!.end)) : null;
  const titled = nameStart > a ? foldSpaces(text.slice(toks[a]!.start, toks[b - 1]!.end)) : null;
  out.push(mention(toks[nameStart]!.start, toks[b - 1]!.end, nameStart, b, r0, type, text.slice(toks[nameStart]!.start, toks[b - 1]!.end), titled, role, genderOf(a, nameStart, b, cls), evidence, first.sent, quoted, false));
}

/** "UFCW Local": an acronym and words that are no title or role make an organisation's name. */
function isAcronymRun(toks: readonly Token[], a: number, b: number, cls: WordClasses): boolean {
  if (b - a < 2 || !/^[A-Z]{2,}$/.test(toks[a]!.w)) return false;
  for (let k = a + 1; k < b; k++) if (cls.is(k, TITLE_OR_ROLE)) return false;
  return true;
}

/** The name: the run's trailing tokens that are not title, role or organisation words. */
function nameStartOf(toks: Token[], a: number, b: number, cls: WordClasses): number {
  let nameStart = b;
  while (nameStart > a) {
    const k = nameStart - 1;
    const t = toks[k]!;
    if (t.t !== 'word') break;
    if (cls.is(k, TITLEISH) && !cls.is(k, PARTICLE) && !(nameStart === b && isTitleSurname(toks, a, b, cls)) && !isTitleFirstName(toks, k, b, cls)) break;
    if (!t.cap && !cls.is(k, PARTICLE)) break;
    if (isJobBeforeName(toks, k, b, cls)) break;
    nameStart--;
  }
  return nameStart;
}

/** "Robert Major", "Carole King", "Alan French": a title word or demonym ending the run [a, b), after a first name, is a surname. */
function isTitleSurname(toks: readonly Token[], a: number, b: number, cls: WordClasses): boolean {
  const first = toks[b - 2];
  return b - 2 >= a && !!first?.cap && cls.is(b - 1, TITLE | DEMONYM) && cls.is(b - 2, FIRST_NAME);
}

/** A gendered title ("Mrs.", "King"), else a first name that is only male or only female. */
function genderOf(a: number, nameStart: number, b: number, cls: WordClasses): Gender {
  let gender: Gender = null;
  for (let k = a; k < nameStart; k++) {
    if (cls.is(k, MALE_TITLE)) gender = 'm';
    if (cls.is(k, FEMALE_TITLE)) gender = 'f';
  }
  if (b - nameStart > 1 && !gender) {
    const male = cls.is(nameStart, MALE_FIRST_NAME);
    const female = cls.is(nameStart, FEMALE_FIRST_NAME);
    if (male && !female) gender = 'm';
    else if (female && !male) gender = 'f';
  }
  return gender;
}

/**
 * Where the role prefix starts, read backwards from the run at a over lower-case role words and person nouns ("host"),
 * possessives ("X’s chancellor": the possessor's mention is dropped) and an organisation run, or a word titled
 * only by a role adjective, before a role noun ("the X Department spokesperson", "Former Quay defender": in the role).
 */
function rolePrefixStart(toks: Token[], a: number, out: Mention[], cls: WordClasses): number {
  const sent = toks[a]!.sent;
  let r0 = a;
  let k = a - 1;
  while (k >= 0 && toks[k]!.sent === sent) {
    const t = toks[k]!;
    if (t.t === 'word' && !t.cap && (cls.is(k, ROLE_PREFIX_WORD) || personNounAsRole(toks, k, cls))) {
      r0 = k;
      k--;
      continue;
    }
    if (t.t === 'word' && t.cap && cls.is(k, DEMONYM) && r0 === k + 1 && r0 < a) {
      r0 = k;
      k--;
      continue;
    }
    if (t.t === 'poss' && isCapWord(toks[k - 1])) {
      let m = k - 1;
      while (m - 1 >= 0 && isCapWord(toks[m - 1]) && toks[m - 1]!.sent === sent) m--;
      const last = out[out.length - 1];
      if (last && last.t0 >= m && last.t1 <= k) out.pop();
      return m;
    }
    if (isCapWord(t) && r0 === k + 1 && r0 < a) {
      const last = out[out.length - 1];
      if (last && last.t1 === k + 1 && last.type === 'org') {
        last.inRole = true;
        r0 = last.t0;
      } else if (last && last.t1 === k + 1 && isAdjectiveTitledWord(last, cls)) {
        out.pop(); // "Former Harbour defender Jane Doe": "Former Harbour" is in her role, no person titled "Former"
        r0 = last.r0;
      }
    }
    break;
  }
  return r0;
}

/** A person (two name words or evidence), an unknown single word, an organisation ("the Pentagon"), or none. */
function nameType(toks: Token[], a: number, b: number, nameStart: number, evidence: boolean, prevSame: Token | undefined, cls: WordClasses): Mention['type'] | null {
  const lw0 = toks[nameStart]!.lw;
  const words = b - nameStart;
  const single = !evidence && words === 1;
  if (single && cls.is(nameStart, DEMONYM)) return null;
  let type: Mention['type'] = words > 1 || evidence ? 'person' : 'unknown';
  if (single && cls.is(nameStart, ORG_HEAD)) type = 'org';
  else if (single && prevSame?.lw === 'the') {
    const nextTok = toks[b];
    // "the Pentagon said", "the EU will": a verb after it; "the Senate floor": a noun it modifies
    // (a function word after it — "the SMMT and", "the EU in" — modifies nothing either)
    const verb = nextTok && (/(ed|s)$/.test(nextTok.lw) || REPORTING_FORMS.has(nextTok.lw) || AUX.has(nextTok.lw) || cls.is(b, NON_NAME_CAP));
    if (lw0.endsWith('s') || (nextTok && nextTok.sent === toks[nameStart]!.sent && nextTok.t === 'word' && !nextTok.cap && (!verb || pluralNounAfterName(toks, b)))) return null;
    type = 'org';
  }
  if (!evidence && prevSame && PLACE_PREPOSITIONS.has(prevSame.lw) && !(prevSame.lw === 'to' && toks[a - 2]?.lw === 'according')) return null; // "in X Land"
  if (!evidence && cls.is(b - 1, DEMONYM)) return null;
  return type;
}

/** White space folded, a leading "the" dropped. */
function foldName(name: string): string {
  const n = foldSpaces(name);
  return (n.charCodeAt(0) | 32) === 116 ? n.replace(/^the\s+/i, '') : n;
}

function mention(
  start: number, end: number, t0: number, t1: number, r0: number, type: Mention['type'], name: string,
  titled: string | null, role: string | null, gender: Gender, evidence: boolean, sent: number, quoted: boolean, isOrg: boolean,
): Mention {
  return {
    t0, t1, start, end, r0, appEnd: end, appT: t1, type, name: foldName(name), titled, role,
    gender, plural: false, sent, quoted, inRole: false, subject: false, entity: -1, evidence: evidence || isOrg,
  };
}
