/**
 * The words around a cue that belong to no reported clause: the one told ("told jurors"), what is told instead of
 * someone, the circumstance of a saying ("…, she said in a statement", "… as the trial opened").
 */

import { set } from './set.ts';

/**
 * ADDRESSEE_LEMMAS whose first object is always the one told ("told jurors", "informed its members"): no clause
 * follows them directly, as one may follow "warned" or "asked" ("warned the plan would fail").
 */
export const OBJECT_FIRST_LEMMAS = set(`
tell inform assure remind`);

/**
 * Conjunctions that open an adverbial clause after a cue ("…, she said as the trial opened"): what follows them is
 * the circumstance of the saying, not what was said ("if", "whether", "that" may open the report itself).
 */
export const ADVERBIAL_SUBORDINATORS = set(`
as when while after before because since until although though whereas once`);

/** What is told rather than who is ("told stories about …", "tells a joke"): no addressee of "tell". */
export const TOLD_THINGS = set(`
story stories joke jokes tale tales truth lie lies secret secrets anecdote anecdotes`);

/** Prepositions that after a verb mostly open its complement ("continued to", "called for"), no circumstance of a saying. */
export const COMPLEMENT_PREPOSITIONS = set(`
to for`);

/** Modals that put an act ahead ("will report", "is to announce"): its noun object is a thing scheduled, nothing yet said. */
export const FUTURE_MODALS = set(`
will would shall to`);
