/**
 * Word sets for the questions findMentions (mentions.ts) asks of one word at once, made from the lexicons in
 * words.ts: one look-up where the rules read two or three sets. Most words are in none, and a word in no set costs a
 * look-up per set it is asked about, on every capitalised word and every word before a name.
 */

import { union, without } from './set.ts';
import {
  BUSINESS_NAME_WORDS,
  DEMONYMS,
  FEMALE_FIRST_NAMES,
  FEMALE_TITLES,
  HONORIFICS,
  MALE_FIRST_NAMES,
  MALE_TITLES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NON_NAME_CAPS,
  ORG_HEADS,
  PERSON_DESCRIPTION_HEADS,
  ROLE_BACK_STOP,
  ROLE_NOUNS,
  ROLE_WORDS,
  STREET_WORDS,
  SURNAME_WORDS,
  TEAM_NAME_WORDS,
  TITLES,
} from './words.ts';

/** A word that ends an organisation's name: a head word ("Institute") or a business's or club's last word ("Foods", "Rovers"). */
export const ORG_NAME_ENDS = union(ORG_HEADS, BUSINESS_NAME_WORDS, TEAM_NAME_WORDS);
/** A title, role, nationality, organisation head or honorific: a word that may stand before a name. */
export const TITLEISH = union(TITLES, ROLE_WORDS, DEMONYMS, ORG_NAME_ENDS, ROLE_NOUNS, HONORIFICS);
/** Capitalised, yet no name starts with it ("The", "But"): titles and honorifics do ("President", "Mr."). */
export const NON_NAME_OPENERS = without(NON_NAME_CAPS, TITLES, HONORIFICS);
/** Capitalised, yet no name goes on over it: titles do ("Secretary of State Jane Doe"). */
export const RUN_BREAKERS = without(NON_NAME_CAPS, TITLES);
/** A title or a role noun. */
export const TITLE_OR_ROLE = union(TITLES, ROLE_NOUNS);
/** A title, a role noun or an honorific: a role prefix with one of these names a person. */
export const TITLE_ROLE_OR_HONORIFIC = union(TITLES, ROLE_NOUNS, HONORIFICS);
/** The head word of a phrase that goes on over "of"/"and" ("Department of Justice", "Secretary of State"). */
export const PHRASE_HEADS = union(ORG_HEADS, TITLES, ROLE_NOUNS);
/** A lower-case word of a role prefix read backwards from a name ("former", "spokesman", "Freedonian"). */
export const ROLE_PREFIX_WORDS = union(ROLE_NOUNS, without(ROLE_WORDS, ROLE_BACK_STOP), DEMONYMS);
/** A noun for a person by role, occupation or relation ("captain", "coach", "defender"). */
export const PERSON_NOUNS = union(ROLE_NOUNS, PERSON_DESCRIPTION_HEADS);
/** A word of a role that is no noun for the role-holder ("former", "acting", "senior"): alone it names nobody. */
export const ROLE_ADJECTIVES = without(ROLE_WORDS, ROLE_NOUNS, ROLE_BACK_STOP);
/** A first name, male or female. */
export const FIRST_NAMES = union(MALE_FIRST_NAMES, FEMALE_FIRST_NAMES);

/**
 * The sets above (and the word lists they are made of) as bits of one number per word: findMentions asks up to a
 * dozen of them about the same words of a run, and reads a word's classes once (WordClasses in mentions.ts) with one
 * look-up here, where each question was a look-up of its own.
 */
export const WordClass = {
  TITLEISH: 1 << 0,
  NON_NAME_OPENER: 1 << 1,
  RUN_BREAKER: 1 << 2,
  TITLE_OR_ROLE: 1 << 3,
  TITLE_ROLE_OR_HONORIFIC: 1 << 4,
  PHRASE_HEAD: 1 << 5,
  ROLE_PREFIX_WORD: 1 << 6,
  FIRST_NAME: 1 << 7,
  MALE_FIRST_NAME: 1 << 8,
  FEMALE_FIRST_NAME: 1 << 9,
  DEMONYM: 1 << 10,
  ORG_HEAD: 1 << 11,
  NON_NAME_CAP: 1 << 12,
  TITLE: 1 << 13,
  HONORIFIC: 1 << 14,
  MALE_TITLE: 1 << 15,
  FEMALE_TITLE: 1 << 16,
  SURNAME_WORD: 1 << 17,
  PARTICLE: 1 << 18,
  CONNECTOR: 1 << 19,
  STREET_WORD: 1 << 20,
  PERSON_NOUN: 1 << 21,
  ROLE_ADJECTIVE: 1 << 22,
} as const;

/** word → its WordClass bits (a word in none is not listed). */
export const MENTION_WORD_CLASSES: ReadonlyMap<string, number> = (() => {
  const of: readonly [ReadonlySet<string>, number][] = [
    [TITLEISH, WordClass.TITLEISH],
    [NON_NAME_OPENERS, WordClass.NON_NAME_OPENER],
    [RUN_BREAKERS, WordClass.RUN_BREAKER],
    [TITLE_OR_ROLE, WordClass.TITLE_OR_ROLE],
    [TITLE_ROLE_OR_HONORIFIC, WordClass.TITLE_ROLE_OR_HONORIFIC],
    [PHRASE_HEADS, WordClass.PHRASE_HEAD],
    [ROLE_PREFIX_WORDS, WordClass.ROLE_PREFIX_WORD],
    [FIRST_NAMES, WordClass.FIRST_NAME],
    [MALE_FIRST_NAMES, WordClass.MALE_FIRST_NAME],
    [FEMALE_FIRST_NAMES, WordClass.FEMALE_FIRST_NAME],
    [DEMONYMS, WordClass.DEMONYM],
    [ORG_NAME_ENDS, WordClass.ORG_HEAD],
    [NON_NAME_CAPS, WordClass.NON_NAME_CAP],
    [TITLES, WordClass.TITLE],
    [HONORIFICS, WordClass.HONORIFIC],
    [MALE_TITLES, WordClass.MALE_TITLE],
    [FEMALE_TITLES, WordClass.FEMALE_TITLE],
    [SURNAME_WORDS, WordClass.SURNAME_WORD],
    [NAME_PARTICLES, WordClass.PARTICLE],
    [NAME_CONNECTORS, WordClass.CONNECTOR],
    [STREET_WORDS, WordClass.STREET_WORD],
    [PERSON_NOUNS, WordClass.PERSON_NOUN],
    [ROLE_ADJECTIVES, WordClass.ROLE_ADJECTIVE],
  ];
  const table = new Map<string, number>();
  for (const [words, bit] of of) for (const w of words) table.set(w, (table.get(w) ?? 0) | bit);
  return table;
})();
