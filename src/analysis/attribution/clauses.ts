/**
 * Where a cue's reported clause starts and ends: past the addressee ("told reporters"), an adverbial ("said on
 * Monday"), a "that"; up to the next cue structure, the end of a relative clause, trailing punctuation and a
 * dangling conjunction.
 */

import type { Context } from './context.ts';
import type { Token } from '../tokens.ts';
import type { SourcedCue } from './sources.ts';
import { isModifiedNoun } from './cues.ts';
import { REPORTING_FORMS, SUBJECT_PRONOUNS } from '../lexicon/words.ts';
import { isAdverb, isFiniteVerb, isVerbish, mainVerbComma, passiveBefore } from './grammar.ts';
import { MONTH_AND_DAY_NAMES } from '../lexicon/claims.ts';
import { isSpaceCode } from '../text.ts';
import { CLAUSE_RELATIVES, DETERMINERS } from '../lexicon/function-words.ts';
import { ADVERBIAL_SUBORDINATORS, COMPLEMENT_PREPOSITIONS, OBJECT_FIRST_LEMMAS, TOLD_THINGS } from '../lexicon/clauses.ts';
import { ADDRESSEE_LEMMAS, ARTICLES, FINITE_VERBS, PASSIVE_AUXILIARIES, QUANTIFIERS, ASPECT_VERBS, AUX, PROGRESSIVE_AUXILIARIES, CLAUSE_AUXILIARIES, COORDINATORS, LIGHT_ADVERBS, NO_CONTENT_START, OBJECT_OR_POSSESSIVE_PRONOUNS, SUBORDINATE, WH_WORDS, EMBEDDING_SUBORDINATORS, PREPOSITIONS, SKIP_AFTER_CUE, SKIP_BEFORE_CLAUSE, TELL_ADDRESSEE, TIME_PREPOSITIONS, TRAILING_CONJUNCTIONS } from '../lexicon/attribution.ts';

/**
 * How many characters of text[from, to) a trailing conjunction (TRAILING_CONJUNCTIONS: "and", "but" …) takes at its
 * end, with the white space before it; 0 when the range ends in none. Read back from the end: only the clause's last
 * word can be one, and this runs once per cue.
 */
function trailingConjunctionLength(text: string, from: number, to: number): number {
  for (const word of TRAILING_CONJUNCTIONS) {
    const at = to - word.length;
    if (at - 1 < from || !isSpaceCode(text.charCodeAt(at - 1)) || !endsWithWordAt(text, at, word)) continue;
    let s = at - 1;
    while (s - 1 >= from && isSpaceCode(text.charCodeAt(s - 1))) s--;
    return to - s;
  }
  return 0;
}

/** Does text hold the lower-case ASCII word at `at`, in either case letter by letter (the regex's i flag)? */
function endsWithWordAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

/** The token after the cue's region and its addressee: "told reporters that" → "that", "warned Jane Doe the …" → "the". */
export function skipAddressee({ toks, sentTok, startAt }: Context, cue: SourcedCue): number {
  const sEnd = sentTok[cue.sent + 1]!;
  let k = cue.r1;
  if (!ADDRESSEE_LEMMAS.has(cue.lemma) || k >= sEnd) return k;
  const m = startAt.get(k);
  if (m && m.type !== 'pronoun') return m.appT;
  let n = 0;
  while (k < sEnd && n < 4 && TELL_ADDRESSEE.has(toks[k]!.lw)) {
    const w = toks[k]!.lw;
    k++;
    n++;
    if (endsAddressee(w, toks[k])) break;
  }
  if (n > 0 && toks[k - 1] && ARTICLES.has(toks[k - 1]!.lw)) k++;
  if (n > 0 || !OBJECT_FIRST_LEMMAS.has(cue.lemma)) return k;
  // "told host Jane Doe that": the name the words lead into is the addressee too
  const end = bareAddresseeEnd(toks, k, sEnd);
  const named = end > k ? startAt.get(end) : undefined;
  return named && named.type !== 'pronoun' ? named.appT : end;
}

/** How many words an addressee no list knows may have ("told bank analysts"). */
const BARE_ADDRESSEE_WORDS = 3;

/**
 * "told jurors on Monday", "told analysts, the firm …", "informed its members that": the first object of a verb
 * that always takes one (OBJECT_FIRST_LEMMAS) is the addressee, a few lower-case words up to a boundary (a mark, a
 * preposition, "that", a determiner, a name); k when no such phrase stands there.
 */
function bareAddresseeEnd(toks: readonly Token[], k: number, sEnd: number): number {
  let x = DETERMINERS.has(toks[k]?.lw ?? '') && !ARTICLES.has(toks[k]!.lw) ? k + 1 : k;
  const from = x;
  while (x < sEnd && x - from < BARE_ADDRESSEE_WORDS && isAddresseeWord(toks[x]!)) x++;
  if (x === from) return k;
  const next = toks[x];
  // "telling crews to leave": before an infinitive the words are a directive's object, which directiveFrom reads
  if (opensInfinitive(toks, x)) return k;
  const boundary = x >= sEnd || !next || next.t === 'punct' || next.cap || PREPOSITIONS.has(next.lw) || next.lw === 'that' || DETERMINERS.has(next.lw) || SUBJECT_PRONOUNS.has(next.lw);
  return boundary ? x : k;
}

/** A lower-case word that may be part of an addressee: no function word, adverb, auxiliary, pronoun or thing told. */
function isAddresseeWord(t: Token): boolean {
  return t.t === 'word' && !t.cap && !t.quoted && !NO_CONTENT_START.has(t.lw) && !PREPOSITIONS.has(t.lw) && !DETERMINERS.has(t.lw) && !QUANTIFIERS.has(t.lw) && !AUX.has(t.lw) &&
    !SUBJECT_PRONOUNS.has(t.lw) && !SKIP_BEFORE_CLAUSE.has(t.lw) && !TOLD_THINGS.has(t.lw) && !isAdverb(t) && t.lw !== 'that';
}

/**
 * "told reporters the bridge …", "told her the plan …": a noun or an object pronoun completes the addressee, and what
 * follows opens the reported clause; only an article, or "her" before another addressee noun ("told her supporters"),
 * goes on.
 */
function endsAddressee(w: string, next: Token | undefined): boolean {
  if (ARTICLES.has(w)) return false;
  return !(OBJECT_OR_POSSESSIVE_PRONOUNS.has(w) && !!next && TELL_ADDRESSEE.has(next.lw) && !ARTICLES.has(next.lw));
}

/** How far a prepositional phrase after a cue may run before its "that" ("told a crowd of about 100 members gathered at a hall that"). */
const PHRASE_TOKENS = 14;

/** A "that" opening the clause within nine tokens, past adverbials ("said at the time that …"), or -1. */
export function findThat({ toks }: Context, k: number, sEnd: number): number {
  for (let x = k; x < Math.min(sEnd, k + 9); x++) {
    const w = toks[x]!.lw;
    if (thatOpensClause(toks, x)) return x;
    const phrase = PREPOSITIONS.has(w) ? thatAfterPhrase(toks, x, sEnd) : -1;
    if (phrase >= 0) return phrase;
    if (!SKIP_AFTER_CUE.has(w) && !toks[x]!.cap && toks[x]!.t === 'word') return -1;
    if (toks[x]!.t === 'punct' && toks[x]!.w !== ',') return -1;
  }
  return -1;
}

/** A "that" at x opening a clause: a word follows it, not a comma, a full stop or a semicolon. */
function thatOpensClause(toks: readonly Token[], x: number): boolean {
  return toks[x]!.lw === 'that' && !!toks[x + 1] && !/^[,.;]$/.test(toks[x + 1]!.w);
}

/**
 * "said at the time that …", "said in a statement late Friday that …": the "that" after the short adverbial phrase
 * that the preposition at x opens, or -1.
 */
function thatAfterPhrase(toks: readonly Token[], x: number, sEnd: number): number {
  for (let y = x + 1; y < Math.min(sEnd, x + PHRASE_TOKENS); y++) {
    const ty = toks[y]!;
    if (thatOpensClause(toks, y)) return y;
    if (ty.t === 'punct' && ty.w !== ',') break;
    // another cue ends the phrase; a bare form is a noun there ("in a blog post that", "in the report that")
    // ("in her opening remarks that" is a noun too: isModifiedNoun)
    if (COORDINATORS.has(ty.lw) || (REPORTING_FORMS.has(ty.lw) && REPORTING_FORMS.get(ty.lw) !== ty.lw && !isModifiedNoun(toks, y))) break;
  }
  return -1;
}

/** Past time words and adverbs before a clause with no "that" ("said Monday the plan …"). */
export function skipAdverbs({ toks }: Context, k: number, sEnd: number): number {
  for (;;) {
    if (k < sEnd && SKIP_AFTER_CUE.has(toks[k]!.lw) && SKIP_BEFORE_CLAUSE.has(toks[k]!.lw)) k++;
    // "stated in July it …", "said on Friday the …": a date after "in" or "on"
    else if (k + 1 < sEnd && TIME_PREPOSITIONS.has(toks[k]!.lw) && MONTH_AND_DAY_NAMES.has(toks[k + 1]!.lw)) k += 2;
    else {
      const p = PREPOSITIONS.has(toks[k]?.lw ?? '') ? pronounClauseAfterPhrase(toks, k + 1, sEnd) : -1;
      if (p < 0) return k;
      k = p;
    }
  }
}

/**
 * "said on reflection she thinks …", "said in an interview she would …": a short phrase after the cue's preposition
 * (up to three lower-case words) and then a subject pronoun with its verb, where that clause starts, else -1.
 */
function pronounClauseAfterPhrase(toks: Context['toks'], from: number, sEnd: number): number {
  for (let x = from + 1; x < Math.min(sEnd - 1, from + 4); x++) {
    const w = toks[x - 1]!;
    // "replied with a grin as he …", "replying to those who fear she …": a subordinator opens a clause of its own
    if (w.t !== 'word' || w.cap || isVerbish(w) || SUBORDINATE.has(w.lw) || WH_WORDS.has(w.lw)) return -1;
    const t = toks[x]!;
    if (SUBJECT_PRONOUNS.has(t.lw) && (isVerbish(toks[x + 1]) || AUX.has(toks[x + 1]!.lw))) return x;
  }
  return -1;
}

/**
 * "…, the company said in a statement.", "…, a prosecutor told jurors on Monday as the trial opened": what is left of
 * the sentence from token k is circumstance, not content: phrases that prepositions open (a participle in them, as
 * "released on Friday", is no verb of a clause) up to the sentence's end or an adverbial clause
 * (ADVERBIAL_SUBORDINATORS). No mark but the closing ones, no "that", no finite verb.
 */
export function isAdverbialTail({ toks, markAtTok }: Context, k: number, sEnd: number): boolean {
  const first = toks[k]?.lw ?? '';
  if (!(PREPOSITIONS.has(first) && !COMPLEMENT_PREPOSITIONS.has(first)) && !ADVERBIAL_SUBORDINATORS.has(first)) return false;
  for (let x = k; x < sEnd; x++) {
    const t = toks[x]!;
    if (ADVERBIAL_SUBORDINATORS.has(t.lw)) return true;
    if (t.t === 'punct') return /^[.!?]$/.test(t.w) && x === sEnd - 1;
    if (t.quoted || t.lw === 'that' || markAtTok(x) >= 0 || opensInfinitive(toks, x)) return false;
    if (isFiniteVerb(toks, x, k) && !t.lw.endsWith('ed')) return false;
  }
  return true;
}

/**
 * "…, the report said, but had not arrived": a continuation that is only a verb group (auxiliaries, negations,
 * adverbs and one verb) up to offset `end` is a fragment of the clause before the aside, not a report of its own;
 * "…, and should be taken only briefly" has words after its verb.
 */
export function isBareVerbGroup(toks: readonly Token[], k: number, end: number): boolean {
  let x = k;
  while (x < toks.length && toks[x]!.start < end && (AUX.has(toks[x]!.lw) || PASSIVE_AUXILIARIES.has(toks[x]!.lw) || isAdverb(toks[x]!))) x++;
  const after = toks[x + 1];
  return !after || after.start >= end || after.t !== 'word';
}

/** "to" before a lower-case word that is no determiner ("to occupy", not "to the court"): an infinitive, a verb's complement. */
function opensInfinitive(toks: readonly Token[], x: number): boolean {
  const next = toks[x + 1];
  return toks[x]!.lw === 'to' && !!next && next.t === 'word' && !next.cap && !DETERMINERS.has(next.lw) && !QUANTIFIERS.has(next.lw);
}

/**
 * A cue form whose region runs on from the clause's own verb phrase is no new report: a verb after an auxiliary
 * ("said nobody had complained", "said the group had given step counters …"), a participle after a verb of aspect
 * ("said her youngest kept asking") or a form of "be" ("said drivers had been warning"), a subject after a plural
 * possessive ("said members' pensions would continue"), a passive with its agent ("said staff had been told by …").
 */
function continuesClause(toks: readonly Token[], cue: SourcedCue): boolean {
  const p = toks[cue.r0 - 1];
  if (!p) return false;
  // "said staff had been told by managers not to …": a passive's subject, the one told, is the clause's own
  if (cue.r0 === cue.k0 && toks[cue.k1]?.lw === 'by' && passiveBefore(toks, cue.k0)) return true;
  if (p.t === 'punct') return isPossessiveApostrophe(toks, cue.r0 - 1);
  return p.t === 'word' && !p.cap && (CLAUSE_AUXILIARIES.has(p.lw) || (cue.participle && (ASPECT_VERBS.has(p.lw) || PROGRESSIVE_AUXILIARIES.has(p.lw))));
}

/** A straight or curly apostrophe right after a plural noun in -s and before a word ("members' pensions"): a possessive. */
function isPossessiveApostrophe(toks: readonly Token[], k: number): boolean {
  const a = toks[k]!;
  const w = toks[k - 1];
  return (a.w === "'" || a.w === '’') && !!w && w.t === 'word' && w.end === a.start && /s$/i.test(w.w) && toks[k + 1]?.t === 'word' && toks[k + 1]!.start > a.end;
}

/**
 * Does another cue that frames a quotation start at token k, right after the cue and its comma? "At the conference,
 * a colleague recalled, Voss asked, “…”": the quotation is the second cue's, and the aside reports nothing after it.
 */
export function opensOtherReport(ctx: Context, cues: readonly SourcedCue[], regionStarts: readonly number[], c: number, k: number): boolean {
  const { toks } = ctx;
  const cue = cues[c]!;
  // only an aside set off by commas: "said X has not replied", "X said, most laws were thought …" report the clause
  if (toks[k - 1]?.w !== ',' || k - 1 !== cue.r1 || toks[cue.r0 - 1]?.w !== ',' || cue.lemma === 'according') return false;
  const at = toks[k]?.start;
  for (let d = c + 1; d < cues.length && cues[d]!.sent === cue.sent; d++) {
    if (regionStarts[d] === at && cues[d]!.subject) return framesQuotation(ctx, cues[d]!);
  }
  return false;
}

/** "Voss asked, “…”": the cue's region is followed by a comma or a colon and a quotation mark. */
function framesQuotation(ctx: Context, cue: SourcedCue): boolean {
  return /^[,:]$/.test(ctx.toks[cue.r1]?.w ?? '') && ctx.markAtTok(cue.r1 + 1) >= 0;
}

/** How many words before a cue's region may still belong to its subject's phrase ("and its leader, X said"). */
const SUBJECT_PHRASE_WORDS = 4;

/**
 * Where the phrase that leads into the next cue's subject starts (else r0): "…, and its leader, Edda Morrow, said"
 * from its coordinator, "…, a choice Dravin called “…”" from the comma before the noun phrase the cue's clause
 * modifies. Neither belongs to the clause before: a few words, no verb, that a determiner opens after a coordinator or
 * a comma ("said taxes and fees rose, Y said" keeps its clause).
 */
function subjectPhraseStart(toks: readonly Token[], k: number, cue: SourcedCue): number {
  const r0 = cue.r0;
  // a region that starts at its verb ("…, saying") has no subject whose phrase could lead into it
  if (r0 >= cue.k0) return r0;
  let x = toks[r0 - 1]?.w === ',' ? r0 - 2 : r0 - 1;
  for (let n = 0; x > k && n < SUBJECT_PHRASE_WORDS; x--, n++) {
    const t = toks[x]!;
    if (COORDINATORS.has(t.lw) || t.w === ',') return n > 0 && DETERMINERS.has(toks[x + 1]!.lw) ? x : r0;
    if (t.t !== 'word' || isVerbish(t)) return r0;
  }
  return r0;
}

/** How long a subject before an aside may be ("The main concern now, he said, was …"). */
const ASIDE_SUBJECT_TOKENS = 8;

/**
 * Where the clause a cue set off by commas reports starts when it opens with its verb: "The main concern now, he said,
 * was a second band of rain" is one clause whose subject stands before the aside, so it starts with the sentence;
 * else at `from`. The subject is a short run of words with no verb of its own.
 */
export function subjectBeforeAside({ toks, sentTok, sentences }: Context, cue: SourcedCue, k: number, from: number): number {
  const s0 = sentTok[cue.sent]!;
  const head = toks[k];
  if (toks[cue.r0 - 1]?.w !== ',' || toks[cue.r1]?.w !== ',' || k !== cue.r1 + 1 || !head || !FINITE_VERBS.has(head.lw)) return from;
  if (cue.r0 - 1 - s0 < 2 || cue.r0 - 1 - s0 > ASIDE_SUBJECT_TOKENS) return from;
  // a bare cue form is a noun there and a light adverb no verb ("The main concern now, he said, was …")
  const verb = (t: Token) => isVerbish(t) && REPORTING_FORMS.get(t.lw) !== t.lw && !LIGHT_ADVERBS.has(t.lw);
  for (let x = s0; x < cue.r0 - 1; x++) {
    if (toks[x]!.t === 'punct' || PREPOSITIONS.has(toks[x]!.lw) || (verb(toks[x]!) && !isSubjectHead(toks, x, cue.r0 - 1))) return from;
  }
  return sentences[cue.sent]!.start;
}

/**
 * "Overnight patrols, she argued, were …": the word in -s that ends the phrase before the aside is the plural noun
 * the verb after the aside agrees with, not a verb; a verb there would leave that verb with no subject.
 */
function isSubjectHead(toks: readonly Token[], x: number, comma: number): boolean {
  const w = toks[x]!.lw;
  return x === comma - 1 && w.endsWith('s') && !AUX.has(w) && !FINITE_VERBS.has(w);
}

/** Where the clause a cue reports from token k ends. */
export function clauseEndFrom(ctx: Context, cues: readonly SourcedCue[], regionStarts: readonly number[], c: number, k: number): number {
  const { toks, sentTok, text } = ctx;
  const cue = cues[c]!;
  const sEnd = sentTok[cue.sent + 1]!;
  let end = toks[sEnd - 1]!.end;
  // stop before the next cue structure in the sentence, unless a subordinator embeds it in the clause ("said the
  // critics are wrong when they say …", "said that the program will continue")
  for (let d = c + 1; d < cues.length && cues[d]!.sent === cue.sent; d++) {
    const rs = regionStarts[d]!;
    if (rs > toks[k]!.start && (EMBEDDING_SUBORDINATORS.has(toks[cues[d]!.r0 - 1]?.lw ?? '') || continuesClause(toks, cues[d]!))) continue;
    if (rs > toks[k]!.start) {
      end = Math.min(end, toks[subjectPhraseStart(toks, k, cues[d]!)]!.start);
      break;
    }
  }
  if (cue.rule?.how === 'relative-clause') end = relativeClauseEnd(text, toks[k]!.start, end, toks[cue.r0]!.w);
  else if (insideRelativeClause(toks, sentTok[cue.sent]!, cue.k0)) end = Math.min(end, mainVerbComma(toks, k, sEnd));
  // "Noting that …, X said": the clause of a cue whose subject comes after it ends before that subject
  const subject = cue.subject;
  if (subject && !cue.inverted && subject.sent === cue.sent && subject.r0 > k) end = Math.min(end, toks[subject.r0]!.start);
  // trailing punctuation: keep a closing quote mark, drop the final period
  let e = end;
  while (e > toks[k]!.start && isClauseEndMark(text.charCodeAt(e - 1))) e--;
  if (isClosingQuoteCode(text.charCodeAt(e)) && e < end) e++;
  e -= trailingConjunctionLength(text, toks[k]!.start, e);
  while (e > toks[k]!.start && isTrailingClauseMark(text.charCodeAt(e - 1), true)) e--;
  return e;
}

/**
 * White space, a comma, a semicolon or a dash (and a colon when `colon`) left at a clause's end: what
 * /[\s,;:\u2014\u2013-]/u tests of one character, read by code unit (asked of every clause end).
 */
export function isTrailingClauseMark(c: number, colon: boolean): boolean {
  return c === 44 || c === 59 || c === 0x2014 || c === 0x2013 || c === 45 || (colon && c === 58) || isSpaceCode(c);
}

/** What /[\s.,;:!?\u2014\u2013-]/u tests of one character: a trailing mark or a sentence's closing punctuation. */
function isClauseEndMark(c: number): boolean {
  return isTrailingClauseMark(c, true) || c === 46 || c === 33 || c === 63;
}

/** What /[”"']/ tests of one character (NaN, past the text's end, is none). */
function isClosingQuoteCode(c: number): boolean {
  return c === 0x201d || c === 34 || c === 39;
}

/**
 * "Dr. X, who led a study suggesting that coffee helps, was not available", "a chemist whose experiments revealed …,
 * died": a cue inside a relative clause reports no further than the clause's closing comma (mainVerbComma, which asks
 * for a comma and a main verb), wherever its source was found. True when, reading back from the cue, a relative
 * word ("who", "which", "whose") comes before any comma outside quotation marks.
 */
function insideRelativeClause(toks: readonly Token[], sStart: number, k0: number): boolean {
  for (let x = k0 - 1; x > sStart; x--) {
    const t = toks[x]!;
    if (t.quoted) continue;
    if (t.w === ',') return false;
    if (CLAUSE_RELATIVES.has(t.lw)) return true;
  }
  return false;
}

/**
 * "X, who said Y, did Z": the clause ends at the next comma outside quotation marks; "X — who said Y — did Z" at the
 * dash that closes the aside (`opener`, the mark before "who").
 */
function relativeClauseEnd(text: string, from: number, end: number, opener: string): number {
  // read by code unit (no one-character string per character)
  const dash = opener === '—' || opener === '–';
  const close = dash ? opener.charCodeAt(0) : 44;
  let depth = 0;
  for (let x = from; x < end; x++) {
    const ch = text.charCodeAt(x);
    if (ch === 0x201c) depth++;
    else if (ch === 0x201d) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === close && (dash || !isClosingDoubleQuote(text.charCodeAt(x - 1)))) return x;
  }
  return end;
}

/** What /[”"]/ tests of one character. */
function isClosingDoubleQuote(c: number): boolean {
  return c === 0x201d || c === 34;
}

/** The default of lastRegionEndBefore: every cue counts (one function, not one made per call). */
const everyCue = (): boolean => true;

/** The end of the last other cue's region in [from, before] (of the cues `counts` keeps), or from. */
export function lastRegionEndBefore({ toks }: Context, cues: readonly SourcedCue[], c: number, from: number, before: number, counts: (d: number) => boolean = everyCue): number {
  let best = from;
  for (let d = 0; d < cues.length; d++) {
    if (d === c || !counts(d)) continue;
    const e = toks[cues[d]!.r1 - 1]!.end;
    if (e <= before && e > best) best = e;
  }
  return best;
}
