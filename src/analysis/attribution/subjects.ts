/**
 * The subject of a sentence's main clause, read past datelines, leading adverbials and opening conjunctions ("CITY —
 * X said", "In a statement, X said", "Most of the candidates said"): what a cue with no subject of its own falls back
 * to. Each finder reads the context and returns a mention; none changes what it reads.
 */

import type { Mention } from '../speakers.ts';
import type { Context } from './context.ts';
import { beforeTimePhrase, isAdverb, isAllCaps, isDateline, isVerbish, lyAdverbForm, opensOwnSubject } from './grammar.ts';
import { foldSpaces } from '../text.ts';
import { NON_NAME_CAPS, PLACE_PREPOSITIONS, REPORTING_FORMS, ROLE_NOUNS } from '../lexicon/words.ts';
import {
  APPROXIMATORS, AUX, CONTRAST_OPENERS, DETERMINERS, IRREGULAR_PAST, LEADING_ADVERBIAL, LIGHT_ADVERBS, NP_NOT_HEAD, NP_STOP, OBJECT_AFTER_OF,
  OBJECT_PRONOUNS, OPENING_CONJUNCTIONS, PERSONAL_PRONOUNS, PREPOSITION_OBJECT_MARKERS, PREPOSITIONS, QUANTIFIERS, SKIP_TIME, SUBORDINATE,
} from '../lexicon/attribution.ts';
import { described, documentIssuer, isPlural, subjectNP, type Finder } from './phrases.ts';
import { SUBJECT_RELATIVES } from '../lexicon/function-words.ts';

/**
 * The subject of the sentence's main clause before token `before` ("X defended the plan, saying …"): not a
 * dateline, not inside a leading adverbial ("In an interview with Y, X said"), not the object of a preposition;
 * preferably a mention followed by its verb. Else a noun phrase before the first verb.
 */
export function mainSubject(f: Finder, sent: number, before: number): Mention | null {
  const { toks, mentionsOfSent } = f.ctx;
  const from = mainClauseStart(f.ctx, sent, before);
  let first: Mention | null = null;
  for (const m of mentionsOfSent.get(sent) ?? []) {
    if (m.t0 >= before) break;
    if (m.r0 < from || m.quoted || m.inRole || m.type === 'pronoun' && OBJECT_PRONOUNS.has(m.name)) continue;
    // "Her friends have mocked Doe's campaign", "Doe's spokeswoman said": a possessor is no subject
    if (toks[m.t1]?.t === 'poss' || toks[m.appT]?.t === 'poss') continue;
    const p1 = toks[m.r0 - 1];
    const p2 = toks[m.r0 - 2];
    if (p1 && p1.sent === sent && (PREPOSITION_OBJECT_MARKERS.has(p1.lw) || p1.w === '(' || p1.t === 'poss' || SUBORDINATE.has(p1.lw))) continue;
    if (p1 && p2 && p1.lw === 'the' && p2.sent === sent && PREPOSITION_OBJECT_MARKERS.has(p2.lw)) continue;
    if (isDateline(m.name) || modifiesNoun(toks, m)) continue;
    let k = m.appT;
    while (toks[k] && AUX.has(toks[k]!.lw)) k++;
    const v = toks[k];
    // a word after the name that is no verb ("of", "by": "did not mention X by name") makes it no subject
    if (v && k < before && v.t === 'word' && !v.cap && !NP_STOP.has(v.lw) && !PREPOSITION_OBJECT_MARKERS.has(v.lw) && !PLACE_PREPOSITIONS.has(v.lw) && !DETERMINERS.has(v.lw)) return m;
    if (!first) first = m;
  }
  // the subject comes before the clause's first verb: a name after it is an object ("His campaign sued Acme")
  const verbAt = firstVerb(toks, from, first ? first.r0 : before);
  // "A Harbour campaign official later walked back …": the subject ends before the adverbs in front of its verb
  let head = verbAt - 1;
  while (head > from && (AUX.has(toks[head]!.lw) || isAdverb(toks[head]!))) head--;
  // "The Harbour campaign on Monday doubled down …": and before a time phrase
  head = beforeTimePhrase(toks, head, from);
  const np = verbAt > from ? subjectNP(f, head, sent) : null;
  return np ?? first;
}

/**
 * "X did A, while her rival, Y, has gained by saying …", "…, while Y proposed a tax and said …": a participle or a
 * coordinated cue in a clause that "while" (CONTRAST_OPENERS) opens after a comma is that clause's subject's. The
 * subject follows the opener, or is a name set in commas after a phrase that does; null when the clause has none.
 */
export function contrastClauseSubject(f: Finder, sent: number, before: number): Mention | null {
  const { toks, sentTok, mentionsOfSent } = f.ctx;
  let w = -1;
  for (let x = before - 1; x > sentTok[sent]! && w < 0; x--) {
    if (CONTRAST_OPENERS.has(toks[x]!.lw) && !toks[x]!.quoted && toks[x - 1]?.w === ',') w = x;
  }
  if (w < 0) return null;
  for (const m of mentionsOfSent.get(sent) ?? []) {
    if (m.t0 >= before) break;
    if (m.r0 <= w || m.quoted || m.inRole) continue;
    const named = m.r0 > w + 1 && toks[m.r0 - 1]?.w === ',' && toks[m.appT]?.w === ',';
    if (!(m.r0 === w + 1 || named) || (m.type === 'pronoun' && OBJECT_PRONOUNS.has(m.name))) return null;
    // "while Y, the former governor, proposed": past the comma that closes a name's apposition too
    let k = named || (m.appT > m.t1 && toks[m.appT]?.w === ',') ? m.appT + 1 : m.appT;
    while (toks[k] && AUX.has(toks[k]!.lw) && !isVerbish(toks[k + 1])) k++;
    return isVerbish(toks[k]) ? m : null;
  }
  return null;
}

/**
 * "A Harbour Court judge rebuked …", "Former Northland governor Jane Doe, a Varga supporter, praised …": a name right
 * before a role noun, or after "a" and before a noun, modifies that noun; it is no subject. (Only role nouns without
 * an article: "the Harbour businessman" would make a description that coreference may give the wrong name.)
 */
function modifiesNoun(toks: Context['toks'], m: Mention): boolean {
  const next = toks[m.t1];
  if (m.appT !== m.t1 || !next || next.sent !== m.sent || next.t !== 'word' || next.cap) return false;
  const article = toks[m.r0 - 1]?.lw;
  return ROLE_NOUNS.has(next.lw) || ((article === 'a' || article === 'an') && !isVerbish(next));
}

/** The first finite-looking verb (an auxiliary, a word in -ed) in [from, to) before any punctuation, or -1. */
function firstVerb(toks: Context['toks'], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const v = toks[k]!;
    if (v.t === 'punct') break;
    // "Four hours earlier, …": a word of time is no verb
    if (v.t === 'word' && !v.cap && (AUX.has(v.lw) && !LIGHT_ADVERBS.has(v.lw) && !SKIP_TIME.has(v.lw) || v.lw.endsWith('ed') || IRREGULAR_PAST.has(v.lw))) return k;
  }
  return -1;
}

/** Where the main clause starts: after a dateline ("CITY — ") and a leading adverbial up to its comma. */
function mainClauseStart({ toks, sentTok }: Context, sent: number, before: number): number {
  const s0 = sentTok[sent]!;
  let from = s0;
  for (let x = s0; x < Math.min(before, s0 + 8); x++) {
    const w = toks[x]!.w;
    if (w === '—' || w === '–' || w === '-') {
      from = x + 1;
      break;
    }
    if (toks[x]!.t === 'word' && !isAllCaps(toks[x]!.w) && toks[x - 1]?.w !== '(') break;
  }
  const lead = toks[from];
  // "Just before …,", "Shortly after …,": an adverb before the adverbial's opener
  const modified = !!lead && (LIGHT_ADVERBS.has(lead.lw) || (lead.lw.length > 4 && lead.lw.endsWith('ly'))) && LEADING_ADVERBIAL.has(toks[from + 1]?.lw ?? '');
  if (lead && (modified || PREPOSITIONS.has(lead.lw) || LEADING_ADVERBIAL.has(lead.lw) || lead.lw.endsWith('ing'))) {
    // the comma right before the cue is the cue's own ("On Sunday X made a third attempt, writing that …"): the
    // adverbial ran into the main clause without one, so the clause starts with the sentence
    for (let x = from + 1; x < before - 1; x++) {
      if (toks[x]!.w === ',' && !toks[x]!.quoted) {
        from = x + 1;
        break;
      }
    }
  }
  return from;
}

/**
 * The noun phrase that opens the sentence as the subject of a cue further on, when nothing nearer the cue is one:
 * "Some voters who have listened to him over the decades, on television or at rallies, said …", "Most of the
 * candidates said …", "About 9 percent said …", "People briefed on the move said …". Named after its head.
 */
export function leadingSubject(f: Finder, sent: number, before: number): Mention | null {
  const { toks, text, startAt } = f.ctx;
  const from = leadingStart(f.ctx, sent, before);
  if (from < 0) return null;
  let a = from;
  if (APPROXIMATORS.has(toks[a]?.lw ?? '') && (toks[a + 1]?.t === 'num' || QUANTIFIERS.has(toks[a + 1]?.lw ?? ''))) a++;
  const first = toks[a];
  if (!first || first.t === 'punct' || first.quoted || a >= before) return null;
  const issuer = documentIssuer(f, a, before - 1);
  if (issuer) return issuer;
  const quant = QUANTIFIERS.has(first.lw) || first.t === 'num';
  // "Rather than …", "Nonetheless, she …": a sentence adverb or connective opens no noun phrase
  if (!quant && !DETERMINERS.has(first.lw) && NON_NAME_CAPS.has(first.lw)) return null;
  if (!quant && !DETERMINERS.has(first.lw) && !(first.t === 'word' && !NP_NOT_HEAD.has(first.lw) && !PREPOSITIONS.has(first.lw) &&
    !SUBORDINATE.has(first.lw) && !isAdverb(first) && !endsInEdOrIng(first.lw))) return null;
  const k = leadingPhraseEnd(f.ctx, a, quant, before);
  const head = toks[k - 1]!;
  if (head.t !== 'word' && head.t !== 'num') return null;
  if (NP_NOT_HEAD.has(head.lw) && !(quant && (k - 1 === a || toks[k - 2]?.lw === 'of'))) return null;
  if (DETERMINERS.has(head.lw) || lyAdverbForm(head.lw)) return null;
  // between the phrase and the cue: its modifiers only, no other cue, not too long
  if (before - k > 28) return null;
  // (the cue of the phrase's own relative clause is no other speaker's: "A ferryman who asked not to be named said")
  for (const o of f.cuesOfSent.get(sent) ?? []) if (o.k0 >= k && o.k0 < before && !SUBJECT_RELATIVES.has(toks[o.k0 - 1]?.lw ?? '')) return null;
  if (!isRelativeAside(toks, k, before) && opensOwnSubject(toks, k, before)) return null;
  const named = startAt.get(a);
  if (named && named.t1 === k && named.type !== 'pronoun') return named;
  // "Harbour pilot Ada Quill, who …, says": a person's name that ends the phrase is its subject, the words before
  // it its modifiers (else the phrase becomes a speaker of its own beside the person)
  const last = f.ctx.endAt.get(k - 1);
  if (last && last.type === 'person' && last.r0 > a) return last;
  const n0 = DETERMINERS.has(first.lw) && !QUANTIFIERS.has(first.lw) ? a + 1 : from;
  if (n0 >= k) return null;
  const name = foldSpaces(text.slice(toks[n0]!.start, head.end));
  const plural = quant ? first.lw !== 'one' : isPlural(head.lw);
  return described(n0, k, toks[from]!.start, head.end, from, name, plural, sent, f.descriptions.entity(name, plural, head.lw));
}

/**
 * "One of them, who spoke on condition of anonymity because the talks are private, said": a relative clause in commas
 * between the phrase (ending before k) and the cue at `before` modifies the phrase; a subordinate clause inside it
 * ("because the talks …") is the aside's, no subject of the cue's own.
 */
function isRelativeAside(toks: Context['toks'], k: number, before: number): boolean {
  return toks[k]?.w === ',' && SUBJECT_RELATIVES.has(toks[k + 1]?.lw ?? '') && toks[before - 1]?.w === ',' && before - 1 > k + 1;
}

/** The sentence's first token after opening conjunctions and a leading adverbial, or -1. */
function leadingStart({ toks, sentTok }: Context, sent: number, before: number): number {
  let from = sentTok[sent]!;
  while (from < before && toks[from]!.t === 'word' && OPENING_CONJUNCTIONS.has(toks[from]!.lw)) from++;
  if (toks[from]?.w === ',') from++;
  const lead = toks[from];
  if (!lead || lead.quoted || lead.t === 'punct') return -1;
  const approx = APPROXIMATORS.has(lead.lw) && (toks[from + 1]?.t === 'num' || QUANTIFIERS.has(toks[from + 1]?.lw ?? ''));
  if (!approx && (PREPOSITIONS.has(lead.lw) || LEADING_ADVERBIAL.has(lead.lw) || lead.lw.endsWith('ing'))) {
    let x = from + 1;
    while (x < before && !(toks[x]!.w === ',' && !toks[x]!.quoted)) x++;
    if (x >= before) return -1;
    from = x + 1;
  }
  return from;
}

/** The token after a leading source phrase that starts at a ("Most of them", "voters who …" stops at "who"). */
function leadingPhraseEnd({ toks }: Context, a: number, quant: boolean, before: number): number {
  let k = a + 1;
  if (quant && toks[k]?.lw === 'of') {
    k++;
    if (OBJECT_AFTER_OF.has(toks[k]?.lw ?? '')) k++;
  }
  if (quant && toks[k]?.lw === 'percent') k++;
  while (k < before && k < a + 8) {
    const w = toks[k]!;
    if (w.t === 'punct' || w.quoted) break;
    if (w.t === 'poss') {
      k++;
      continue;
    }
    if (SUBORDINATE.has(w.lw) || PREPOSITION_OBJECT_MARKERS.has(w.lw) || NP_STOP.has(w.lw) || AUX.has(w.lw) ||
      REPORTING_FORMS.has(w.lw) || PERSONAL_PRONOUNS.has(w.lw.replace(/['’]\w+$/, '')) || (!w.cap && endsInEdOrIng(w.lw))) break;
    k++;
  }
  return k;
}

/** What /(ed|ing)$/ tests: a participle's ending. */
function endsInEdOrIng(w: string): boolean {
  return w.endsWith('ed') || w.endsWith('ing');
}
