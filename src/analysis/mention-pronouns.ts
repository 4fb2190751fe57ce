/**
 * The subject pronouns that make a mention ("he", "she", "they", "he's"): findMentions (mentions.ts) asks every word
 * whether it is one, so the test is read by code before any set is.
 */

import type { Token } from './tokens.ts';
import type { Gender, Mention } from './speakers.ts';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS, THIRD_PERSON_SUBJECTS } from './lexicon/words.ts';

/** "he's", "she'd", "they've": a subject pronoun with its auxiliary. */
const CONTRACTED_PRONOUN = new RegExp(`^(?:${[...THIRD_PERSON_SUBJECTS].join('|')})['’](?:s|d|ve|ll|re)$`);
/**
 * CONTRACTED_PRONOUN, tried only on words with an apostrophe just after "he", "she" or "they": it is asked of every
 * word, and most words of its lengths and first letters ("said", "that", "says") have none.
 */
function isContractedPronoun(lw: string): boolean {
  const n = lw.length;
  if (n < 4 || n > 7) return false;
  const c = lw.charCodeAt(0);
  const at = c === 104 ? 2 : c === 115 ? 3 : c === 116 ? 4 : -1;
  if (at < 0) return false;
  const q = lw.charCodeAt(at);
  return (q === 39 || q === 0x2019) && CONTRACTED_PRONOUN.test(lw);
}
/** "he", "she", "they", "he's": the pronouns that make a mention (the other pronouns are read by coreference). */
export function isSubjectPronoun(lw: string): boolean {
  // asked of every word: most open with another letter than h, s or t and are refused on their first code unit
  const c = lw.charCodeAt(0);
  if (c !== 104 && c !== 115 && c !== 116) return false;
  return THIRD_PERSON_SUBJECTS.has(lw) || isContractedPronoun(lw);
}

/** A subject pronoun without its contracted auxiliary ("he's" → "he"): what precedes the apostrophe. */
function bareSubject(lw: string): string {
  for (let k = 2; k < lw.length; k++) {
    const c = lw.charCodeAt(k);
    if (c === 39 || c === 0x2019) return lw.slice(0, k);
  }
  return lw;
}

/** The mention of a subject pronoun (isSubjectPronoun). */
export function pronoun(tok: Token, i: number): Mention {
  const lw = bareSubject(tok.lw);
  const g: Gender = MALE_PRONOUNS.has(lw) ? 'm' : FEMALE_PRONOUNS.has(lw) ? 'f' : null;
  return {
    t0: i, t1: i + 1, start: tok.start, end: tok.end, r0: i, appEnd: tok.end, appT: i + 1, type: 'pronoun', name: lw,
    titled: null, role: null, gender: g, plural: PLURAL_PRONOUNS.has(lw), sent: tok.sent, quoted: !!tok.quoted,
    inRole: false, subject: false, entity: -1, evidence: false,
  };
}
