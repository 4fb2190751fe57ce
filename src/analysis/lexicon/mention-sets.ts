/**
 * Word sets for the questions findMentions (mentions.ts) asks of one word at once, made from the lexicons in
 * words.ts: one look-up where the rules read two or three sets. Most words are in none, and a word in no set costs a
 * look-up per set it is asked about, on every capitalised word and every word before a name.
 */

import {
  DEMONYMS,
  FEMALE_FIRST_NAMES,
  HONORIFICS,
  MALE_FIRST_NAMES,
  NON_NAME_CAPS,
  ORG_HEADS,
  ROLE_BACK_STOP,
  ROLE_NOUNS,
  ROLE_WORDS,
  TITLES,
} from './words.ts';

const union = (...sets: readonly ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));
const without = (a: ReadonlySet<string>, ...not: readonly ReadonlySet<string>[]): ReadonlySet<string> =>
  new Set([...a].filter((w) => !not.some((s) => s.has(w))));

/** A title, role, nationality, organisation head or honorific: a word that may stand before a name. */
export const TITLEISH = union(TITLES, ROLE_WORDS, DEMONYMS, ORG_HEADS, ROLE_NOUNS, HONORIFICS);
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
/** A lower-case word of a role prefix read backwards from a name ("former", "spokesman", "German"). */
export const ROLE_PREFIX_WORDS = union(ROLE_NOUNS, without(ROLE_WORDS, ROLE_BACK_STOP), DEMONYMS);
/** A first name, male or female. */
export const FIRST_NAMES = union(MALE_FIRST_NAMES, FEMALE_FIRST_NAMES);
