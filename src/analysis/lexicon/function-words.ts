/**
 * General English closed classes the rules are made of: articles and determiners, pronouns, conjunctions and
 * subordinators, prepositions. Each is one list, and the classes that hold another are made of it. The attribution
 * lexicon (attribution.ts) re-exports them beside its own sets.
 */

import { set, union, without } from './set.ts';
import { SUBJECT_PRONOUNS } from './words.ts';

/** Articles. */
export const ARTICLES = set(`
the a an`);

/** Possessive determiners: "her statement said" gives no new source. */
export const POSSESSIVE_DETERMINERS = set(`
his her their its`);

/** Determiners and determiner-like words: a reporting form right after one is a noun ("the report", "his call"). */
export const DETERMINERS = union(ARTICLES, POSSESSIVE_DETERMINERS, set(`
our my your this these those new recent latest first same whose any no every each`));

/** Words that deny the verb after them ("did not say", "never said"). */
export const NEGATIONS = set(`
not never n't`);

/** Prepositions that open an adverbial phrase or end a subject noun phrase. */
export const PREPOSITIONS = set(`
at in on during after before with to for from over about while since throughout inside outside near via amid`);

/** PREPOSITIONS with "of": a noun phrase neither starts nor ends with one ("members of", "at the"). */
export const PHRASE_PREPOSITIONS = union(PREPOSITIONS, set(`
of`));

/**
 * PREPOSITIONS with "of" and "by", which join a noun phrase rather than open an adverbial: a noun phrase right after
 * one is its object, not a subject ("members of X", "appointed by X", "at the X").
 */
export const PREPOSITION_OBJECT_MARKERS = union(PHRASE_PREPOSITIONS, set(`
by`));

/** "while", "although", "though": conjunctions that set their clause against another. */
const CONTRASTING = set(`
while although though`);

/** Conjunctions that open a clause with a subject of its own after a comma ("…, while X said …"). */
export const CONTRAST_OPENERS = union(CONTRASTING, set(`
whereas`));

/** Conjunctions that open a clause with a subject of its own ("when a member said", "if they say"). */
const SUBORDINATING_CONJUNCTIONS = union(CONTRASTING, set(`
that when where if because whether unless until`));

/** Pronouns that open a relative clause ("the officials who said"). */
const RELATIVE_PRONOUNS = set(`
who whom which`);

/** Relative pronouns that are a relative clause's subject ("X, who said …", "the report, which notes …"); not "whom". */
export const SUBJECT_RELATIVES = without(RELATIVE_PRONOUNS, set(`
whom`));

/** Relative words that open a clause about the noun before them ("who", "which", "whose"; not "whom"). */
export const CLAUSE_RELATIVES = union(SUBJECT_RELATIVES, set('whose'));

/** Relative words a quote's source may be ("who", "which", "that"): a pronoun source, as "he" is. */
export const RELATIVE_SOURCES = union(SUBJECT_RELATIVES, set(`
that`));

/** Subordinating words: a mention right after one is not the main clause's subject. */
export const SUBORDINATE = union(SUBORDINATING_CONJUNCTIONS, RELATIVE_PRONOUNS, set(`
as than`));

/**
 * Subordinators that open a clause with its own subject after a sentence's leading phrase ("… when a member said"):
 * the conjunctions and the prepositions that also take a clause ("since", "after", "before"); not a relative pronoun:
 * the phrase is its antecedent.
 */
export const CLAUSE_SUBORDINATORS = union(SUBORDINATING_CONJUNCTIONS, CONTRAST_OPENERS, set(`
since after before`));

/** Question words that open a clause of their own ("notes on what she should be doing"). */
export const WH_WORDS = set('what how why whatever');

/** Object and possessive pronouns that are never the subject of a cue ("told him", "his"). */
export const OBJECT_PRONOUNS = set(`
him her them his`);

/** Subject pronouns for a person (not "it"), with or without a contraction ("he's"): they end a leading source phrase. */
export const PERSONAL_PRONOUNS = without(SUBJECT_PRONOUNS, set(`
it`));

/** The pronoun of a generic speaker: "When you say …" speaks for no one. */
export const GENERIC_PRONOUNS = set(`
you`);

/** A pronoun that is an object or a possessive: "told her" (her the addressee), "says her injuries were" (her clause). */
export const OBJECT_OR_POSSESSIVE_PRONOUNS = set(`
her`);

/** Conjunctions that join a second cue to the first one's subject ("X said … and added"). */
export const COORDINATORS = set(`
and but`);

/** Conjunctions that join names into one list: a name after one has the role of the name before ("for X or Y"). */
export const LIST_CONJUNCTIONS = set(`
and or`);

/**
 * The word that joins two organisations into one source ("X and Y said"); "X & Y" is one name before any rule reads
 * it, so the sign needs no entry.
 */
export const ORGANISATION_JOINERS = set(`
and`);

/** The conjunction of a comparison's standard: "lower than the agency says" reports nothing. */
export const COMPARISON_CONJUNCTIONS = set(`
than`);

/** The preposition of an example: "pilots like Doe said": the name is an example of the subject, not the subject. */
export const EXAMPLE_PREPOSITIONS = set(`
like`);

/** Pronouns whose "’s" is "is" or "has" ("it’s late"), not a possessive. */
export const CONTRACTING_PRONOUNS = set(`
it he she that there what who here where`);

/**
 * Words the tokenizer keeps whole with their "’s", a contraction and no possessive ("it’s", "who’s", "let’s": "let
 * us"): the contracting pronouns but "here" and "where", split off so that "Here’s X" is no name "Here’s X".
 */
export const UNSPLIT_S_CONTRACTIONS = union(without(CONTRACTING_PRONOUNS, set(`
here where`)), set(`
let`));

/** Prepositions an organisation's head takes inside its name ("Society of …", "Centers for …"). */
export const HEAD_NAME_PREPOSITIONS = set('of for');
