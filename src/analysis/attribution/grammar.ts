/** Word-class tests the rules share, over the tokenizer's tokens and the attribution lexicon. */

import type { Token } from '../tokens.ts';
import { REPORTING_FORMS } from '../lexicon/words.ts';
import { AUX, CONTRACTING_PRONOUNS, DETERMINERS, FINITE_VERBS, LIGHT_ADVERBS, LY_NOUNS, PASSIVE_AUXILIARIES, NO_CONTENT_START, NOT_VERBS_IN_S, PREP_OBJECT_OPENERS, PREPOSITION_OBJECT_MARKERS, PREPOSITIONS, QUANTIFIERS, TIME_DAYS, TIME_MODIFIERS, TIME_UNITS, CLAUSE_SUBORDINATORS, PERSONAL_PRONOUNS, GO_FORMS, SPEAKING_BEFORE_TO, SUBORDINATE, IRREGULAR_PAST } from '../lexicon/attribution.ts';
import { PAST_WORDS } from '../lexicon/claims.ts';
import { SUBJECT_RELATIVES } from '../lexicon/function-words.ts';

/** A lower-case adverb in -ly between subject and verb ("X openly admitted"). */
export function isAdverb(t: Token): boolean {
  return t.t === 'word' && !t.cap && t.lw.length > 4 && lyAdverbForm(t.lw);
}

/** A word in -ly that is no noun ("family", "rally"): no head of a source phrase ("a person close to the family"). */
export function lyAdverbForm(lw: string): boolean {
  return lw.endsWith('ly') && !LY_NOUNS.has(lw);
}

/** A lower-case word that reads as a finite verb: a reporting form, an auxiliary, or a word in -ed/-es/-s. */
export function isVerbish(t: Token | undefined): boolean {
  if (!t || t.t !== 'word' || t.cap) return false;
  if (REPORTING_FORMS.has(t.lw)) return true;
  if (AUX.has(t.lw)) return true;
  return endsInS(t.lw) || t.lw.endsWith('ed') ? !DETERMINERS.has(t.lw) && t.lw.length > 3 : false;
}

/** Ends in "s" (what /(ed|es|s)$/ and /s$/ read, by code unit: these tests run on many words). */
function endsInS(w: string): boolean {
  return w.charCodeAt(w.length - 1) === 115;
}
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * Does the word at x show a finite verb, for telling a reported clause from a noun object ("denied reports of a
 * deal")? An auxiliary or modal, a contraction ("isn’t", "it’s", "I’m"), an irregular past, a form in -ed; a
 * reporting form or a form in -s that follows no determiner, quantifier, number or preposition (else a noun);
 * or any content word right after a subject pronoun or a plural noun ("they plan", "his friends feel").
 */
export function isFiniteVerb(toks: readonly Token[], x: number, from: number): boolean {
  const t = toks[x]!;
  if (t.t !== 'word') return false;
  const w = t.lw.includes('’') ? t.lw.replace(/’/g, "'") : t.lw;
  // the tests of contractions need an apostrophe: most words have none and skip them
  const apostrophe = w.includes("'");
  if (apostrophe && /^i'(?:m|ve|d|ll)$/.test(w)) return true;
  // a capital only where the content starts ("Is the plan sound, she asks?")
  if (t.cap && x > from) return false;
  if (FINITE_VERBS.has(w) || PAST_WORDS.has(w)) return true;
  if (apostrophe) {
    if (/n't$|'(?:re|ll|ve|d|m)$/.test(w)) return true;
    const [head, tail] = w.split("'");
    if (tail === 's' && CONTRACTING_PRONOUNS.has(head!)) return true;
  }
  const n = w.length;
  // /[a-z]{2}ed$/
  if (n >= 4 && w.endsWith('ed') && isAsciiLower(w.charCodeAt(n - 3)) && isAsciiLower(w.charCodeAt(n - 4))) return true;
  const prev = x > from ? toks[x - 1] : undefined;
  if (!prev) return false;
  // "reports", "claims": a verb after a subject, a noun after a determiner or opening the content ("denied reports");
  // a bare form ("the winter survey report") is a verb only after a subject ("they report"), below
  if (((REPORTING_FORMS.has(w) && REPORTING_FORMS.get(w) !== w) || isFormInS(w)) && !nounMarker(prev) && !inPrepositionPhrase(toks, x, from)) return true;
  const subject = PERSONAL_PRONOUNS.has(prev.lw) || isPluralNoun(toks, x - 1, from);
  return subject && !NO_CONTENT_START.has(t.lw) && !DETERMINERS.has(t.lw) && !isAdverb(t);
}

/** A word after which a form in -s is a noun: a determiner, a quantifier, a number, a preposition. */
function nounMarker(prev: Token): boolean {
  return prev.t === 'num' || DETERMINERS.has(prev.lw) || QUANTIFIERS.has(prev.lw) || PREPOSITIONS.has(prev.lw) || PREP_OBJECT_OPENERS.has(prev.lw);
}

/**
 * "registration for youth sailing clubs", "cars with leather seats": a form in -s a preposition opens the phrase of,
 * over one or two lower-case modifiers, is the plural noun of that phrase, no verb ("to" aside: it comes before verbs).
 */
function inPrepositionPhrase(toks: readonly Token[], x: number, from: number): boolean {
  for (let y = x - 1; y >= Math.max(from, x - 3); y--) {
    const t = toks[y]!;
    if (t.t !== 'word' || t.cap) return false;
    if (PREPOSITIONS.has(t.lw)) return y < x - 1 && t.lw !== 'to';
    // "for fishing boats rises": after the phrase's plural noun, a form in -s is its verb
    if (AUX.has(t.lw) || FINITE_VERBS.has(t.lw) || t.lw.endsWith('ed') || isFormInS(t.lw)) return false;
  }
  return false;
}

/** A form in -s right after a determiner or a number: a plural noun ("his friends", "the officials"). */
function isPluralNoun(toks: readonly Token[], x: number, from: number): boolean {
  const t = toks[x]!;
  return x > from && t.t === 'word' && !t.cap && isFormInS(t.lw) && nounMarker(toks[x - 1]!);
}

/** A word in -s that may be a verb or a plural ("plans", "works"), not "this", "always", "class", "status". */
function isFormInS(w: string): boolean {
  const n = w.length;
  // /[a-z]{2}s$/ and not /(?:ss|us|is|ics)$/ (ics ends in "cs", so only the letter before the s decides)
  if (n < 3 || !endsInS(w) || !isAsciiLower(w.charCodeAt(n - 2)) || !isAsciiLower(w.charCodeAt(n - 3))) return false;
  const before = w.charCodeAt(n - 2);
  if (before === 115 || before === 117 || before === 105 || w.endsWith('ics')) return false;
  return !NOT_VERBS_IN_S.has(w);
}

/** A closing quotation mark as a token. */
export function isQuoteMark(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.w.length !== 1) return t.w === "''";
  const c = t.w.charCodeAt(0);
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39;
}

/** A name written in capitals ("WASHINGTON"): a dateline, not a subject. */
export function isDateline(name: string): boolean {
  return name.length > 3 && isAllCaps(name);
}

/**
 * s === s.toUpperCase(): an ASCII lower-case letter settles it without the upper-case copy (most words have one at
 * their second letter), and an ASCII word with none is its own upper case; only a word beyond ASCII is copied.
 */
export function isAllCaps(s: string): boolean {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) ascii = false;
  }
  return ascii || s === s.toUpperCase();
}

/**
 * The first token of a time phrase that ends at token k ("on Monday", "earlier this week", "Tuesday night", "last
 * night"), or -1: a unit ("week", "night") needs a day or a modifier before it ("the week said" is no time phrase).
 */
function timePhraseStart(toks: readonly Token[], k: number, from: number): number {
  let x = k;
  let day = false;
  while (x >= from && toks[x]!.t === 'word' && !toks[x]!.quoted && (TIME_DAYS.has(toks[x]!.lw) || TIME_UNITS.has(toks[x]!.lw))) {
    if (TIME_DAYS.has(toks[x]!.lw)) day = true;
    x--;
  }
  if (x === k) return -1;
  let lead = false;
  while (x >= from && toks[x]!.t === 'word' && !toks[x]!.quoted && TIME_MODIFIERS.has(toks[x]!.lw)) {
    lead = true;
    x--;
  }
  return day || lead ? x + 1 : -1;
}

/**
 * The token before a time phrase that ends at k ("X on Monday said", "The campaign this week doubled down"), where
 * the subject stands, when the phrase starts after `from`; else k itself.
 */
export function beforeTimePhrase(toks: readonly Token[], k: number, from: number): number {
  const t0 = timePhraseStart(toks, k, from);
  return t0 > from ? t0 - 1 : k;
}

/**
 * Between the leading phrase and the cue, a clause with a subject of its own ("X was there when a member of the
 * family suggested …", "One thing in her favour is that 78 percent of voters said …"): that subject is the cue's, not
 * the phrase. A subordinator (not a relative pronoun, which the phrase is the antecedent of) before a determiner, a
 * quantifier, a number, a capitalised word or a subject pronoun opens one. Not a pronoun with a verb of its own, no
 * comma after ("A ferryman who asked not to be named because he works for the board said": the ferryman said it).
 */
export function opensOwnSubject(toks: readonly Token[], k: number, before: number): boolean {
  for (let x = k; x < before - 1; x++) {
    const t = toks[x]!;
    if (t.quoted || !CLAUSE_SUBORDINATORS.has(t.lw)) continue;
    const n = toks[x + 1]!;
    if (pronounWithOwnVerb(toks, x + 1, before)) continue;
    if (n.t === 'num' || DETERMINERS.has(n.lw) || QUANTIFIERS.has(n.lw) || PERSONAL_PRONOUNS.has(n.lw) || (n.t === 'word' && n.cap)) return true;
  }
  return false;
}

/** The subject pronoun at p has its own verb right after it, and no comma stands between it and the cue at `before`. */
function pronounWithOwnVerb(toks: readonly Token[], p: number, before: number): boolean {
  if (!PERSONAL_PRONOUNS.has(toks[p]!.lw) || p + 2 >= before || !isVerbish(toks[p + 1])) return false;
  for (let x = p + 2; x < before; x++) if (toks[x]!.w === ',') return false;
  return true;
}

/** The dash at k closes an aside its sentence opened with the same dash before it. */
export function closesAside(toks: readonly Token[], sStart: number, k: number): boolean {
  let n = 0;
  for (let x = sStart; x < k; x++) if (toks[x]!.w === toks[k]!.w && !toks[x]!.quoted) n++;
  return n % 2 === 1;
}

/** The word tokens in [a, b). */
export function wordsIn(toks: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let x = a; x < b; x++) if (toks[x]!.t === 'word') n++;
  return n;
}

/**
 * "went on to", "was quick to", "hastened to": the first token of a phrase before the "to" at k after which an
 * infinitive is the subject's speech (SPEAKING_BEFORE_TO, GO_FORMS), or -1. An auxiliary before "quick" ("was") is
 * the caller's to skip, as it skips any auxiliary before a cue.
 */
export function speakingToStart(toks: readonly Token[], k: number): number {
  const w = toks[k - 1];
  if (toks[k]?.lw !== 'to' || !w || w.sent !== toks[k]!.sent) return -1;
  if (w.lw === 'on') return GO_FORMS.has(toks[k - 2]?.lw ?? '') ? k - 2 : -1;
  if (!SPEAKING_BEFORE_TO.has(w.lw)) return -1;
  return k - 1;
}

/**
 * A subject of the sentence's own clause: no relative or subordinate word, and no preposition right before it. "The
 * candidates who spoke at the forum on Tuesday said": the phrase before the time words is no subject of the cue.
 */
export function opensClauseAt(toks: readonly Token[], r0: number, sStart: number): boolean {
  const p = toks[r0 - 1];
  if (p && p.sent === toks[r0]!.sent && PREPOSITION_OBJECT_MARKERS.has(p.lw)) return false;
  for (let x = r0 - 1; x >= sStart && toks[x]!.t !== 'punct'; x--) if (SUBORDINATE.has(toks[x]!.lw)) return false;
  return true;
}

/** A lower-case auxiliary, modal or irregular past ("was", "could", "took"): a tense no "-ed" adjective has. */
function isTensedWord(t: Token | undefined): boolean {
  return !!t && t.t === 'word' && !t.cap && (FINITE_VERBS.has(t.lw) || IRREGULAR_PAST.has(t.lw));
}

/**
 * "“…,” said the book took nine years": after a quotation too, a tensed word of its own (isTensedWord) outside a
 * relative clause ("said the man who was there") makes the words a clause, not a description. An "-ed" word does
 * not: it is as often an adjective ("said a retired teacher").
 */
export function holdsTensedVerb(toks: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    const w = toks[x]!.lw;
    if (SUBJECT_RELATIVES.has(w) || w === 'that') return false;
    if (isTensedWord(toks[x])) return true;
  }
  return false;
}

/**
 * Where a relative clause set off by a comma closes: at the first comma after token k (outside quotation marks)
 * followed by the main clause's verb, an auxiliary or a past tense, perhaps after an adverb ("…, was not
 * available", "…, has yet to move", "…, still runs"); a clause that closes with its sentence ("…, which he said runs
 * the risk of leaving voters, especially his supporters, disenfranchised.") has none, and runs on: the end of the
 * text when there is none.
 */
export function mainVerbComma(toks: readonly Token[], k: number, sEnd: number): number {
  for (let x = k; x < sEnd - 1; x++) {
    if (toks[x]!.w !== ',' || toks[x]!.quoted) continue;
    const v = isAdverb(toks[x + 1]!) ? x + 2 : x + 1;
    if (v >= sEnd) continue;
    const w = toks[v]!.lw;
    // a past in "-ed" only with words after it ("…, died on Friday"): one that ends the sentence is as often an
    // adjective ("…, especially his supporters, disenfranchised.")
    const pastEd = !toks[v]!.cap && w.length > 3 && w.endsWith('ed') && toks[v + 1]?.t === 'word' && v + 1 < sEnd;
    if (isTensedWord(toks[v]) || pastEd) return toks[x]!.start;
  }
  return Infinity;
}

/**
 * A form of "be" before the cue at k0, with at most one adverb between ("was told", "was later told", "were
 * repeatedly asked"): the cue is passive.
 */
export function passiveBefore(toks: readonly Token[], k0: number): boolean {
  const p = toks[k0 - 1];
  if (!p) return false;
  if (PASSIVE_AUXILIARIES.has(p.lw)) return true;
  return (isAdverb(p) || LIGHT_ADVERBS.has(p.lw)) && PASSIVE_AUXILIARIES.has(toks[k0 - 2]?.lw ?? '');
}
