/**
 * Abbreviations and sentence openers: what the segmenter and the tokenizer read around a period.
 */

import { set } from './set.ts';

/** Words whose trailing period never ends a sentence (titles, "No.", months before a number…): segment.ts. */
export const NEVER_FINAL = set(`
mr mrs ms mx dr gen sen rep reps gov lt col sgt capt cmdr cdr adm maj brig cpl pvt prof rev hon pres supt det
insp atty amb messrs mme mlle msgr fr st mt ft no nos vs v cf e.g i.e approx est ave blvd rd dept univ assn
ph.d sens govs gens rt jan feb mar apr jun jul aug sep sept oct nov dec op al fig vol pp p
`);

/** Words whose trailing period ends a sentence only when a typical sentence opener follows: segment.ts. */
export const MAYBE_FINAL = set(`
jr sr inc corp co ltd llc plc etc bros a.m p.m
`);

/** Lower-cased words that typically open a sentence (read after "U.S.", "Inc." and the like): segment.ts. */
export const OPENERS = set(`
the a an he she it they we i you his her their its our this that these those there but and or so yet in on at
for with after before when while if as since because although though however meanwhile still also both some
many most no not one what who why how where such each last earlier later then now asked speaking according
officials critics
`);

/** Abbreviations that keep their period as part of the word ("Mr.", "Gov.", "Sept."): tokens.ts. */
export const ABBREV_WITH_DOT = set(`
mr mrs ms dr gen sen rep gov lt col sgt capt cmdr adm maj prof rev hon pres supt det atty amb st jr sr messrs
no vs inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft
`);
