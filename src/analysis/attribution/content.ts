/**
 * What each cue reports: a quotation before it ("“…,” she said"), the clause after it ("said that …"), a quotation
 * after it ("said: “…”") or the clause before it ("The plan is sound, he said."); a clause holding quotation marks is
 * mixed and absorbs them. Every quote carries the cue's source and confidence.
 */

import type { QuoteKind } from '../types.ts';
import type { Token } from '../tokens.ts';
import type { Context } from './context.ts';
import { paragraphOf, skipSpace } from './context.ts';
import type { SourcedCue } from './sources.ts';
import { confidenceOf, howOf } from './sources.ts';
import { reportEndingAt, type Found } from './found.ts';
import { clauseEndFrom, findThat, isAdverbialTail, isBareVerbGroup, isTrailingClauseMark, lastRegionEndBefore, opensOtherReport, skipAddressee, skipAdverbs, subjectBeforeAside } from './clauses.ts';
import { isAdverb, isFiniteVerb, isVerbish } from './grammar.ts';
import { isTitleOfWork } from './linking.ts';
import { complementFrom, directiveFrom } from './directives.ts';
import { headsAsideSubject, isComparisonStandard, isHypothetical, isModifiedPluralObject, isNegated, namesAWork } from './not-reports.ts';
import { REPORTING_FORMS, SUBJECT_PRONOUNS } from '../lexicon/words.ts';
import { datelineEndAt, isSpaceCode } from '../text.ts';
import {
  APPROXIMATORS, AUX, CLAUSAL_WEAK_LEMMAS, CLAUSE_AUXILIARIES, CLAUSE_OR_OBJECT_LEMMAS, CLAUSE_RELATIVES, CLAUSE_PRONOUNS, CONTRAST_PREPOSITIONS, COORDINATORS, DETERMINERS, NO_CONTENT_START,
  NOUN_OBJECT_LEMMAS, OBJECT_OPENING_ADVERBS, PERSON_OBJECT_LEMMAS, PREP_OBJECT_OPENERS, PREPOSITIONS, QUANTIFIERS, SUBORDINATE, OBJECT_OR_POSSESSIVE_PRONOUNS, QUESTION_PUT_PARTICIPLES,
  QUESTION_PUT_OPENERS,
} from '../lexicon/attribution.ts';

/** One cue as its quotes carry it. */
export interface Emitter {
  c: number;
  cue: SourcedCue;
  entity: number;
  confidence: number;
  source: { start: number; end: number } | undefined;
}

export function reportContent(ctx: Context, cues: readonly SourcedCue[], entityOf: (c: SourcedCue) => number): Found {
  const found: Found = { raw: [], taken: new Map(), produced: new Set() };
  const regionStarts = cues.map((c) => ctx.toks[c.r0]!.start);
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const entity = entityOf(cue);
    const em: Emitter = { c, cue, entity, confidence: confidenceOf(cue, entity), source: cue.subject ? { start: cue.subject.start, end: cue.subject.end } : undefined };
    const before = quoteBefore(ctx, cues, found, em);
    contentAfter(ctx, cues, regionStarts, found, em, before);
  }
  return found;
}

function pushDirect(ctx: Context, found: Found, em: Emitter, qi: number, cue = em.cue.text): void {
  const q = ctx.marks[qi]!;
  found.raw.push({ start: q.start, end: q.end, kind: 'direct', entity: em.entity, cue, how: howOf(em.cue), confidence: em.confidence, marks: [qi], innerStart: q.innerStart, innerEnd: q.innerEnd, source: em.source });
  found.taken.set(qi, found.raw.length - 1);
}

/** (1) A quotation right before the cue's region; one that starts mid-sentence makes the whole clause reported (mixed). */
function quoteBefore(ctx: Context, cues: readonly SourcedCue[], found: Found, em: Emitter): boolean {
  const { toks, marks, sentences, text } = ctx;
  const cue = em.cue;
  if (cue.lemma === 'according' && toks[cue.k0 - 1]?.w !== ',') return false;
  // an apposed quotation is not what the cue reports: a title is no one's words, own words are the source's quote
  if (cue.apposed?.kind === 'own-words' && !found.taken.has(cue.apposed.mark)) pushDirect(ctx, found, em, cue.apposed.mark, toks[cue.apposed.verb]!.w);
  if (cue.apposed) return false;
  const regionStart = toks[cue.r0]!.start;
  const qi = ctx.markEndingBefore(regionStart);
  if (qi < 0 || found.taken.has(qi) || marks[qi]!.paragraph !== paragraphOf(sentences, cue.sent) || cue.participle) return false;
  const q = marks[qi]!;
  const sent = sentences[cue.sent]!;
  // "… the slogan “Small Town, Big Voice.” Mayor X said the march was peaceful.": a title that closed the sentence
  // before is not the words of a cue that reports a clause of its own
  if (q.end <= sent.start && isTitleOfWork(ctx, q) && hasClauseVerb(ctx, cue.k1, sent.end)) return false;
  let start = q.start;
  let kind: QuoteKind = 'direct';
  if (q.start > sent.start && /[\p{L}\p{N}]/u.test(text.slice(datelineEndAt(text, sent.start), q.start)) && cue.lemma !== 'according') {
    const prevRegion = lastRegionEndBefore(ctx, cues, em.c, sent.start, q.start);
    start = skipSpace(text, Math.max(sent.start, prevRegion));
    kind = 'mixed';
  }
  found.raw.push({ start, end: q.end, kind, entity: em.entity, cue: cue.text, how: howOf(cue), confidence: em.confidence, marks: [qi], innerStart: q.innerStart, innerEnd: q.innerEnd, source: em.source });
  found.taken.set(qi, found.raw.length - 1);
  found.produced.add(em.c);
  return true;
}

/** (2) What follows the cue, or for "…, according to X" and "…, he said." the clause before it. */
function contentAfter(ctx: Context, cues: readonly SourcedCue[], regionStarts: readonly number[], found: Found, em: Emitter, producedBefore: boolean): void {
  const { toks, sentTok, sentences, text } = ctx;
  const cue = em.cue;
  const sEnd = sentTok[cue.sent + 1]!;
  const sent = sentences[cue.sent]!;
  if (isNegated(ctx, cue.k0) || isHypothetical(ctx, cue) || isComparisonStandard(ctx, cue) || headsAsideSubject(ctx, cues, em.c)) return;
  const clauseBefore = (afterComma: boolean) => reportClauseBefore(ctx, cues, found, em, afterComma, false);
  let k = cue.r1;
  let thatAt = -1;
  if (cue.lemma === 'according') {
    // "According to X, clause" → after the comma; "clause, according to X" → before
    if (!(cue.k0 === sentTok[cue.sent] || COORDINATORS.has(toks[cue.k0 - 1]?.lw ?? ''))) {
      if (!producedBefore) clauseBefore(false);
      return;
    }
    if (toks[k]?.w === ',') k++;
  } else {
    k = skipAddressee(ctx, cue);
    thatAt = findThat(ctx, k, sEnd);
    if (thatAt >= 0) k = thatAt + 1;
    else if (producedBefore) {
      // "“…,” he said, “…”" — only a following quotation continues
      while (toks[k] && isCommaOrColon(toks[k]!.w)) k++;
      const qi = ctx.markAtTok(k);
      if (qi >= 0 && !found.taken.has(qi)) pushDirect(ctx, found, em, qi);
      return;
    } else k = skipAdverbs(ctx, k, sEnd);
  }
  while (toks[k] && k < sEnd && isCommaOrColon(toks[k]!.w)) k++;
  if (k >= sEnd || onlyClosingPunctuation(ctx, k, sEnd)) {
    // nothing after the cue in this sentence: a clause before it ("The plan is sound, he said."); a colon ("Then,
    // speaking of the squad, he added:") points on to the quotation, and what leads into the cue is narration
    if (!producedBefore && !cue.participle && toks[sEnd - 1]!.w !== ':') clauseBefore(true);
    return;
  }
  // "…, the company said in a statement.": only circumstance follows; the clause before is read as an aside's is
  if (thatAt < 0 && !producedBefore && !cue.participle && cue.lemma !== 'according' && isAdverbialTail(ctx, k, sEnd)) {
    reportClauseBefore(ctx, cues, found, em, true, true);
    if (found.produced.has(em.c)) return;
  }
  const directive = thatAt < 0 ? Math.max(directiveFrom(ctx, cue, k, sEnd), complementFrom(ctx, cue, k, sEnd)) : -1;
  if (directive >= 0) {
    const end = clauseEndFrom(ctx, cues, regionStarts, em.c, directive);
    if (end > toks[directive]!.start) pushClause(ctx, found, em, toks[directive]!.start, end, 'indirect');
    return;
  }
  // "The drugs have few uses, he says, and are …": a cue set off by commas reports the clause before it as well
  const aside = !producedBefore && !cue.participle && cue.lemma !== 'according' && toks[cue.r1]?.w === ',';
  // "Overnight patrols, she argued, were …": the words before the aside are the subject of the clause after it
  if (aside && subjectBeforeAside(ctx, cue, k, -1) < 0) reportClauseBefore(ctx, cues, found, em, true, true);
  if (aside && thatAt < 0 && COORDINATORS.has(toks[k]!.lw) && !hasOwnSubject(toks[k + 1])) {
    const end = clauseEndFrom(ctx, cues, regionStarts, em.c, k);
    if (hasClauseVerb(ctx, k + 1, end) && !isBareVerbGroup(toks, k + 1, end)) pushClause(ctx, found, em, toks[k]!.start, end, 'indirect');
    return;
  }
  if (!opensOtherReport(ctx, cues, regionStarts, em.c, k)) reportFrom(ctx, cues, regionStarts, found, em, k, thatAt);
}

/**
 * The clause before the cue in its sentence ("The plan is sound, he said."), from the sentence start or the last
 * region of a cue that reported something; after a comma or a dash when `afterComma`. In an aside (", he says,"
 * mid-sentence) a clause opening with a preposition or a subordinator ("On Monday", "If elected") is an adverbial;
 * so is a question put to the speaker ("Asked whether …, he said").
 */
function reportClauseBefore(ctx: Context, cues: readonly SourcedCue[], found: Found, em: Emitter, afterComma: boolean, aside: boolean): void {
  const { toks, sentTok, sentences, text } = ctx;
  const cue = em.cue;
  const sent = sentences[cue.sent]!;
  const regionStart = toks[cue.r0]!.start;
  // a cue that reported nothing ("will continue to work") is no speech and does not bound the clause
  const s0 = Math.max(datelineEndAt(text, sent.start), lastRegionEndBefore(ctx, cues, em.c, sent.start, regionStart, (d) => d > em.c || found.produced.has(d)));
  let end = regionStart;
  if (afterComma && !endsInCommaOrDash(text, s0, end)) return;
  while (end > s0 && isTrailingClauseMark(text.charCodeAt(end - 1), false)) end--;
  const k0 = tokenFrom(ctx, sentTok[cue.sent]!, s0);
  const first = toks[k0]?.lw ?? '';
  if (aside && (PREPOSITIONS.has(first) || PREP_OBJECT_OPENERS.has(first) || SUBORDINATE.has(first) || opensContrast(toks, k0))) return;
  if (QUESTION_PUT_PARTICIPLES.has(first) && QUESTION_PUT_OPENERS.has(toks[k0 + 1]?.lw ?? '')) return;
  if (cue.lemma === 'according' && accountOfInnerReport(ctx, found, em, s0, end, k0)) return;
  if (end > s0 && (!afterComma || /\s/.test(text.slice(s0, end))) && hasClauseVerb(ctx, k0, end)) pushClause(ctx, found, em, s0, end, 'indirect');
}

/**
 * "X was told by Y on Monday that Z, according to W": the clause before "according to" is the one Y's cue reported,
 * less the verbless lead-in; W speaks for it (PolNeAR's reading: Y moved poll and agency reports the wrong way).
 */
function accountOfInnerReport(ctx: Context, found: Found, em: Emitter, s0: number, end: number, k0: number): boolean {
  const inner = reportEndingAt(found, s0, end);
  const q = found.raw[inner];
  if (!q || q.kind !== 'indirect' || !/\S/.test(ctx.text.slice(s0, q.start)) || hasClauseVerb(ctx, k0, q.start)) return false;
  found.raw[inner] = { ...q, entity: em.entity, cue: em.cue.text, how: howOf(em.cue), confidence: em.confidence * 0.95, source: em.source };
  found.produced.add(em.c);
  return true;
}

/** "Rather than a new pier, …", "Instead of a vote, …": a contrast that opens an adverbial, as a preposition does. */
function opensContrast(toks: Context['toks'], k: number): boolean {
  const second = CONTRAST_PREPOSITIONS.get(toks[k]?.lw ?? '');
  return second !== undefined && toks[k + 1]?.lw === second;
}

/** Does text[from, to) end in a comma or a dash, white space aside? (/,\s*$/ or /[\u2014\u2013]\s*$/, read from the end.) */
function endsInCommaOrDash(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const c = e > from ? text.charCodeAt(e - 1) : -1;
  return c === 44 || c === 0x2014 || c === 0x2013;
}

/** "…, he says, and he was upset": a continuation with a subject of its own is the writer's, not the speaker's. */
function hasOwnSubject(t: Token | undefined): boolean {
  return !t || t.cap || SUBJECT_PRONOUNS.has(t.lw) || DETERMINERS.has(t.lw);
}

/** What /^[,:]$/ tests: a comma or a colon token. */
function isCommaOrColon(w: string): boolean {
  return w === ',' || w === ':';
}

/** "…, he said." / "…, she says?": what is left of the sentence is its closing punctuation, no content. */
function onlyClosingPunctuation({ toks }: Context, k: number, sEnd: number): boolean {
  for (let x = k; x < sEnd; x++) if (toks[x]!.t !== 'punct' || /^["“'‘(\[]$/u.test(toks[x]!.w)) return false;
  return true;
}

/** The content that starts at token k: a quotation (perhaps followed by more of the clause), or a clause. */
function reportFrom(ctx: Context, cues: readonly SourcedCue[], regionStarts: readonly number[], found: Found, em: Emitter, k: number, thatAt: number): void {
  const { toks, sentTok, marks } = ctx;
  const cue = em.cue;
  const sEnd = sentTok[cue.sent + 1]!;
  const first = toks[k]!;
  const qi = ctx.markAtTok(k);
  if (qi >= 0) {
    const q = marks[qi]!;
    if (found.taken.has(qi) || namesAWork(ctx, cue, q)) return;
    const clauseEnd = clauseEndFrom(ctx, cues, regionStarts, em.c, k);
    if (q.end >= clauseEnd - 1 || cue.weak) {
      pushDirect(ctx, found, em, qi);
      found.produced.add(em.c);
    } else pushClause(ctx, found, em, q.start, clauseEnd, 'mixed');
    return;
  }
  if (cue.weak && !opensWeakClause(ctx, cue, thatAt) && !(CLAUSAL_WEAK_LEMMAS.has(cue.lemma) && opensWithPronounSubject(toks, k))) {
    // weak cues report only quotations ("calling it “X”"), or a clause their "that" opens ("stated that …") or a
    // subject pronoun with its verb does ("stated it opposed …")
    for (let x = k; x < Math.min(sEnd, k + 7); x++) {
      const qj = ctx.markAtTok(x);
      if (qj >= 0 && !found.taken.has(qj)) {
        pushClause(ctx, found, em, first.start, Math.max(marks[qj]!.end, first.start), 'mixed');
        break;
      }
    }
    return;
  }
  if (!opensClause(ctx, cue, k, thatAt)) return;
  const end = clauseEndFrom(ctx, cues, regionStarts, em.c, k);
  if (isNounObject(ctx, cue, k, thatAt, end)) return;
  if (thatAt < 0 && !hasClauseVerb(ctx, k, end)) return;
  if (end > first.start) pushClause(ctx, found, em, subjectBeforeAside(ctx, cue, k, first.start), end, 'indirect');
}

/**
 * "stated that some threats …": a weak cue reports the clause of a "that" right after it, unless a verb follows the
 * "that" ("member states that have …": a relative clause of a noun).
 */
function opensWeakClause({ toks }: Context, cue: SourcedCue, thatAt: number): boolean {
  return thatAt >= cue.r1 && !toks[thatAt]!.cap && !!toks[thatAt + 1] && !isFiniteVerb(toks, thatAt + 1, thatAt);
}

/** "said it would …", "stated he opposed …": a subject pronoun and its verb at k. */
function opensWithPronounSubject(toks: readonly Token[], k: number): boolean {
  return CLAUSE_PRONOUNS.has(toks[k]!.lw) && (isVerbish(toks[k + 1]) || CLAUSE_AUXILIARIES.has(toks[k + 1]?.lw ?? ''));
}

/** Does the word at k open a reported clause ("said the plan", "said it would"), not an object ("said nothing")? */
function opensClause({ toks }: Context, cue: SourcedCue, k: number, thatAt: number): boolean {
  const first = toks[k]!;
  const pronounSubject = opensWithPronounSubject(toks, k);
  // "says her biggest concern is …", "said her injuries were …": after a verb that takes no person as object, "her"
  // opens the clause (a word in -s before a verb is the plural noun it heads)
  const next = toks[k + 1];
  const possessiveStart = OBJECT_OR_POSSESSIVE_PRONOUNS.has(first.lw) && !PERSON_OBJECT_LEMMAS.has(cue.lemma) && next?.t === 'word' && next.sent === cue.sent &&
    (!isVerbish(next) || (next.lw.endsWith('s') && !!toks[k + 2] && toks[k + 2]!.sent === cue.sent && isFiniteVerb(toks, k + 2, k))) && !NO_CONTENT_START.has(next.lw);
  // "said about 200 residents had left": an approximator before a figure opens the clause's subject
  const approximate = APPROXIMATORS.has(first.lw) && next?.t === 'num';
  if (NO_CONTENT_START.has(first.lw) && thatAt < 0 && !pronounSubject && !possessiveStart && !approximate) return false;
  return !(first.t === 'punct' && !/^["“'‘]$/.test(first.w));
}

/**
 * "has added another link to the chain", "announced a new policy", "responded a couple of minutes later": a verb
 * that also takes a noun object (NOUN_OBJECT_LEMMAS), with no "that" and a phrase starting with a determiner, a
 * number or an adverb and no auxiliary after it before its comma, reports no speech; nor does a verb that mostly
 * reports a clause (CLAUSE_OR_OBJECT_LEMMAS) with no finite verb before the comma ("claimed the seat, defeating …").
 */
function isNounObject({ toks, sentTok }: Context, cue: SourcedCue, k: number, thatAt: number, end: number): boolean {
  const first = toks[k]!;
  if (thatAt >= 0) return false;
  if (CLAUSE_OR_OBJECT_LEMMAS.has(cue.lemma)) return DETERMINERS.has(first.lw) && !finiteVerbBeforeComma(toks, k, end);
  if (!NOUN_OBJECT_LEMMAS.has(cue.lemma)) return false;
  // the adverbs are looked for right after the verb: the clause finder has skipped them by k
  const adverbial = OBJECT_OPENING_ADVERBS.has(toks[cue.k1]?.lw ?? '') || OBJECT_OPENING_ADVERBS.has(first.lw);
  if (!(DETERMINERS.has(first.lw) || QUANTIFIERS.has(first.lw) || first.t === 'num' || adverbial)) return isModifiedPluralObject(toks, cue, k, end);
  const sEnd = sentTok[cue.sent + 1]!;
  for (let x = k + 1; x < Math.min(sEnd, k + 10) && toks[x]!.start < end; x++) {
    const w = toks[x]!;
    // an adverbial opening ("reported just today, X issued …") may be followed by a clause after its comma
    if (!adverbial && endsObject(toks, x)) return true;
    if (isClauseAuxiliary(toks, x) || REPORTING_FORMS.has(w.lw)) return false;
  }
  return true;
}

/** "announced his bid, saying …", "denied any links, but critics …": a comma that opens no relative clause ends a noun object. */
function endsObject(toks: readonly Token[], x: number): boolean {
  return toks[x]!.w === ',' && !CLAUSE_RELATIVES.has(toks[x + 1]?.lw ?? '');
}

/** A finite verb from token k on before the object's comma (endsObject) or offset `end`: the words are a clause. */
function finiteVerbBeforeComma(toks: readonly Token[], k: number, end: number): boolean {
  for (let x = k + 1; x < toks.length && toks[x]!.start < end && !endsObject(toks, x); x++) if (isFiniteVerb(toks, x, k)) return true;
  return false;
}

/**
 * An auxiliary that makes a clause of the words after a cue. AUX lists adverbs that sit between a subject and its
 * verb ("just", "later", "first"): here they are no verb, nor is "first" after a determiner ("his first goal").
 */
function isClauseAuxiliary(toks: readonly Token[], x: number): boolean {
  const w = toks[x]!;
  return AUX.has(w.lw) && !isAdverb(w) && !OBJECT_OPENING_ADVERBS.has(w.lw) && !DETERMINERS.has(toks[x - 1]?.lw ?? '');
}

/** The first token at or after offset `pos`, from token k on. */
function tokenFrom({ toks }: Context, k: number, pos: number): number {
  while (toks[k] && toks[k]!.start < pos) k++;
  return k;
}

/**
 * Does the content from token k to offset `end` have a finite verb of its own? "denied reports of a deal", "noted
 * elevation changes", "The result, according to …" have none: a noun phrase, not reported speech.
 */
function hasClauseVerb({ toks }: Context, k: number, end: number): boolean {
  for (let x = k; x < toks.length && toks[x]!.start < end; x++) if (isFiniteVerb(toks, x, k)) return true;
  return false;
}

/** Does text[s, en), trimmed, hold white space (more than one word)? Read in place: no copy of the clause. */
function hasInnerSpace(text: string, s: number, en: number): boolean {
  while (s < en && isSpaceCode(text.charCodeAt(s))) s++;
  while (en > s && isSpaceCode(text.charCodeAt(en - 1))) en--;
  for (let i = s; i < en; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/** Records [s, en) as the cue's reported clause: absorbs the quotation marks inside, extends over one that runs on. */
function pushClause(ctx: Context, found: Found, em: Emitter, s: number, en: number, kind: QuoteKind): void {
  const { marks, text } = ctx;
  const inside: number[] = [];
  for (let i = ctx.marksInOrder ? ctx.firstMarkFrom(s) : 0; i < marks.length; i++) {
    const q = marks[i]!;
    if (ctx.marksInOrder && q.start >= en) break;
    if (q.start >= s && q.start < en) {
      if (found.taken.has(i)) {
        en = Math.min(en, q.start);
        break;
      }
      if (q.end > en) en = q.end;
      inside.push(i);
    }
  }
  while (en > s && isTrailingClauseMark(text.charCodeAt(en - 1), true)) en--;
  if (en <= s) return;
  // "He denied that, saying …": a lone word after a cue is its object, not reported speech
  if (kind === 'indirect' && inside.length === 0 && !hasInnerSpace(text, s, en)) return;
  if (inside.length > 0 && kind === 'indirect') kind = 'mixed';
  found.raw.push({ start: s, end: en, kind, entity: em.entity, cue: em.cue.text, how: howOf(em.cue), confidence: em.confidence * (kind === 'indirect' ? 0.95 : 1), marks: inside, source: em.source });
  for (const i of inside) found.taken.set(i, found.raw.length - 1);
  found.produced.add(em.c);
}
