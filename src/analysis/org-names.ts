/**
 * Organisation names whose words a plain run of capitalised words would split (findMentions, mentions.ts, asks these
 * at a word that would end the run): an "and" between two parts of one name, a plural possessive inside it; and
 * the words after a head's "of" or "for" that a run would read as a role before a name (addRun asks that).
 */

import { isCapWord, type Token } from './tokens.ts';
import { BUSINESS_NAME_WORDS, FIRM_NOUNS, GROUP_NOUNS, LEGISLATURES, ORG_HEADS, REPORTING_FORMS, SAINT_WORDS } from './lexicon/words.ts';
import { AUX } from './lexicon/attribution.ts';
import { WordClass } from './lexicon/mention-sets.ts';

/** The word classes of a text's tokens (WordClasses in mentions.ts). */
export interface WordClassReader {
  is(k: number, c: number): boolean;
}
const { ORG_HEAD, RUN_BREAKER, FIRST_NAME, TITLE_ROLE_OR_HONORIFIC, CONNECTOR } = WordClass;

/**
 * "the Harbour Transit Workers' Union", "the Quay Workers’ Pension Fund": the apostrophe of a plural possessive (right
 * after a plural noun for people) before capitalised words ending in an organisation's head is inside the name. Not
 * a person's ("Sanders' College"), nor a legislature's ("Democrats' Senate": the party's seats, no name).
 */
export function pluralPossessiveInName(toks: readonly Token[], j: number, cls: WordClassReader): boolean {
  const t = toks[j]!;
  const prev = toks[j - 1]!;
  if ((t.w !== "'" && t.w !== '’') || t.start !== prev.end || !GROUP_NOUNS.has(prev.lw) || !isCapWord(toks[j + 1])) return false;
  let k = j + 1;
  while (isCapWord(toks[k]) && toks[k]!.sent === t.sent && !cls.is(k, RUN_BREAKER)) k++;
  return toks[j + 1]!.start === t.end + 1 && ORG_HEADS.has(toks[k - 1]!.lw) && !LEGISLATURES.has(toks[k - 1]!.lw);
}

/**
 * "St X's Hospital", "Saint Y's School": the possessive at j of a saint's name that opens the run at i, before
 * capitalised words ending in an organisation's head, is inside that organisation's name.
 */
export function saintPossessiveInName(toks: readonly Token[], i: number, j: number, cls: WordClassReader): boolean {
  const t = toks[j]!;
  if (t.t !== 'poss' || j - i < 2 || !SAINT_WORDS.has(toks[i]!.lw) || !isCapWord(toks[j + 1]) || toks[j + 1]!.sent !== t.sent) return false;
  let k = j + 1;
  while (isCapWord(toks[k]) && toks[k]!.sent === t.sent && !cls.is(k, RUN_BREAKER)) k++;
  return cls.is(k - 1, ORG_HEAD);
}

/**
 * "Neighbours for a Quiet X", "Parents for the Old Y": a capitalised group noun alone, "for", "a" or "the" and
 * capitalised words name a campaign group. Where i opens a sentence only "for a" does: its capital may be the
 * sentence's, and "Lawyers for the Harbour Board said" are the board's lawyers. The index of the first word after
 * the article, or -1.
 */
export function campaignNameAfter(toks: readonly Token[], i: number, j: number): number {
  const art = toks[j + 1];
  if (j !== i + 1 || toks[j]!.lw !== 'for' || !art || (art.lw !== 'a' && art.lw !== 'the') || !GROUP_NOUNS.has(toks[i]!.lw)) return -1;
  const opens = i === 0 || toks[i - 1]!.sent !== toks[i]!.sent;
  if (opens && art.lw !== 'a') return -1;
  let k = j + 2;
  while (isCapWord(toks[k]) && toks[k]!.sent === toks[i]!.sent) k++;
  return k > j + 2 && !nounAfter(toks[k], toks[i]!.sent) ? j + 2 : -1;
}

/** "Lawyers for a Quay firm": a lower-case word after capitalised ones, no verb's form, is the noun they modify. */
function nounAfter(t: Token | undefined, sent: number): boolean {
  if (!t || t.t !== 'word' || t.cap || t.sent !== sent) return false;
  return !(REPORTING_FORMS.has(t.lw) || AUX.has(t.lw) || /(?:ed|s)$/.test(t.lw));
}

/** A run [a, b) campaignNameAfter made ("Neighbours for a Quiet X"): an organisation's name, no person's. */
export function isCampaignName(toks: readonly Token[], a: number, b: number): boolean {
  return b - a > 3 && campaignNameAfter(toks, a, a + 1) > 0;
}

/**
 * "X and Y Ferries", "X, Y and Partners", "the law firm X and Y": single capitalised words (a
 * comma between them) joined by "and" to one or two more are one firm's name when the last is a business's word, or
 * to one more right after a noun for a firm. Where the name the run at i makes ends, or -1.
 */
export function firmNameEnd(toks: readonly Token[], i: number, cls: WordClassReader): number {
  const sent = toks[i]!.sent;
  const word = (k: number) => isCapWord(toks[k]) && toks[k]!.sent === sent && !cls.is(k, RUN_BREAKER);
  let j = i + 1;
  while (toks[j]?.w === ',' && word(j + 1) && (toks[j + 2]?.w === ',' || toks[j + 2]?.lw === 'and')) j += 2;
  if (j > i + 1 && toks[j]?.w === ',') j++; // "Orrin, Blake, and Partners"
  if (toks[j]?.lw !== 'and' || !word(j + 1)) return -1;
  let k = j + 1;
  while (k < j + 3 && word(k)) k++;
  if (word(k)) return -1;
  if (BUSINESS_NAME_WORDS.has(toks[k - 1]!.lw)) return k;
  return k === j + 2 && j === i + 1 && FIRM_NOUNS.has(toks[i - 1]?.lw ?? '') && !cls.is(i, FIRST_NAME) ? k : -1;
}

/**
 * "Halvane Terminals and Logistics", "Quay Foods and Properties": capitalised words ending in a business's word,
 * "and" at j and one more business's word ending the run are one firm's name (a business is named by its trades).
 * Where that name ends, or -1.
 */
export function businessWordsJoined(toks: readonly Token[], i: number, j: number): number {
  const after = toks[j + 1];
  if (j < i + 2 || !BUSINESS_NAME_WORDS.has(toks[j - 1]!.lw) || !isCapWord(after) || after!.sent !== toks[j]!.sent) return -1;
  return BUSINESS_NAME_WORDS.has(after!.lw) && !isCapWord(toks[j + 2]) ? j + 2 : -1;
}

/**
 * "the Harbour Meteorological and Hydrological Agency", "the House Ways and Means Committee": after "the",
 * capitalised words, "and" at j, and two or more capitalised words ending in an organisation's head are one
 * organisation's name. Not when the words before "and" hold a head past their first or end in an acronym ("the
 * National Association of X and …", "the FBI and Justice Department"), nor when a head opens the words after it or
 * a club's name ends them ("the Harbour Council and Government House", "the Harbour Rovers and Quay Wanderers").
 */
export function andInOrgName(toks: readonly Token[], i: number, j: number, cls: WordClassReader): boolean {
  if (toks[i - 1]?.lw !== 'the' || /^[A-Z]{2,}$/.test(toks[j - 1]!.w)) return false;
  for (let x = i + 1; x < j; x++) if (cls.is(x, ORG_HEAD)) return false;
  let k = j + 1;
  while (isCapWord(toks[k]) && toks[k]!.sent === toks[j]!.sent && !cls.is(k, RUN_BREAKER)) k++;
  return k > j + 2 && !cls.is(j + 1, ORG_HEAD) && ORG_HEADS.has(toks[k - 1]!.lw);
}

/**
 * "the Institute for Public Tides", "the Coalition for Piers and Public Safety": capitalised words after a head's
 * "of", "for" or "and" go on naming the organisation, though some ("Public", "Health") could open a role, unless a
 * title or a role noun stands before the tail ("the Ministry of Health Secretary Jane Doe") or a first name is in it
 * ("Director of Harbour Affairs Jane Doe").
 */
export function orgPhraseTail(toks: readonly Token[], a: number, nameStart: number, b: number, cls: WordClassReader): boolean {
  for (let x = nameStart; x < b; x++) if (cls.is(x, FIRST_NAME)) return false;
  let k = nameStart - 1;
  while (k > a && toks[k]!.cap && !cls.is(k, TITLE_ROLE_OR_HONORIFIC)) k--;
  return k > a && !toks[k]!.cap && cls.is(k, CONNECTOR);
}
