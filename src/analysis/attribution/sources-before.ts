/**
 * Source rules for a source before the cue ("X said", "officials said", "X, who said", "it said") and the two that
 * read the sentence ("Most of them said", "…, saying"). Each is one pattern; the order they are tried in is
 * SOURCE_RULES (sources.ts).
 */

import type { Mention } from '../speakers.ts';
import type { Token } from '../tokens.ts';
import { ABSOLUTE_PREPOSITIONS, COORDINATORS, DETERMINERS, LIST_CONJUNCTIONS, NP_STOP, OBJECT_PREPOSITIONS, OBJECT_PRONOUNS, PREPOSITION_OBJECT_MARKERS, PARTICIPLE_OPENERS, SKIP_TIME, SUBJECT_RELATIVES } from '../lexicon/attribution.ts';
import { COMMON_GROUP_NOUNS, FIRST_PERSON_SUBJECTS, REPORTING_FORMS } from '../lexicon/words.ts';
import { documentIssuer, groupMention, npMention, phraseStart, possessedProductOwner, releasingAgent, subjectNP } from './phrases.ts';
import { contrastClauseSubject, leadingSubject, mainSubject } from './subjects.ts';
import { spanOf, type Scan, type SourceMatch, type SourceRule } from './source-rules.ts';
import { closesAside, opensClauseAt } from './grammar.ts';
import type { Cue } from './cues.ts';

export const DASHES = new Set([',', '—', '–']);

export const accordingTo: SourceRule = {
  how: 'according-to', confidence: 0.85, pattern: '"according to X, …" / "…, according to X" (any noun phrase: "according to exit polls")',
  find(cue, { f, sEnd }) {
    if (cue.lemma !== 'according') return null;
    const { toks, startAt } = f.ctx;
    const m = startAt.get(cue.k1) ?? (toks[cue.k1]?.lw === 'the' ? startAt.get(cue.k1 + 1) : undefined);
    if (m) return { subject: m, r1: nounPhraseEnd(toks, m.appT, sEnd) };
    const agent = releasingAgent(f, cue.k1, sEnd);
    if (agent) return { subject: agent, r1: nounPhraseEnd(toks, agent.appT, sEnd) };
    let k = cue.k1;
    while (k < sEnd && toks[k]!.t === 'word' && k < cue.k1 + 6) k++;
    // "according to the union's Friday release": the release's owner
    const owner = possessedProductOwner(f, cue.k1, Math.min(sEnd, cue.k1 + 6) - 1, cue.sent);
    if (owner) return { subject: owner, r1: owner.appT };
    const g = k > cue.k1 ? documentIssuer(f, cue.k1, k - 1) ?? groupMention(f, k - 1) : null;
    if (g) return { subject: g, r1: k };
    // any noun phrase: "according to exit polls", "according to a poll released Tuesday by X"
    let b = cue.k1;
    while (b < sEnd && b < cue.k1 + 10) {
      const t = toks[b]!;
      if ((t.t === 'punct' && !isJoiningSlash(toks, b)) || t.quoted) break;
      // "a report", "a recent report": a reporting form after a determiner is a noun of the phrase
      const noun = REPORTING_FORMS.has(t.lw) && DETERMINERS.has(toks[b - 1]!.lw);
      if (b > cue.k1 && (NP_STOP.has(t.lw) || (REPORTING_FORMS.has(t.lw) && !noun) || SKIP_TIME.has(t.lw) || (t.lw.endsWith('ed') && !t.cap && !DETERMINERS.has(toks[b - 1]!.lw)))) break;
      b++;
    }
    while (b - 1 > cue.k1 && (PREPOSITION_OBJECT_MARKERS.has(toks[b - 1]!.lw) || DETERMINERS.has(toks[b - 1]!.lw))) b--;
    // "according to the town's finance director, Jane Doe": the name the apposition gives is the source
    const named = toks[b]?.w === ',' ? startAt.get(b + 1) : undefined;
    if (named && !named.quoted && (named.type === 'person' || named.type === 'org' || setOffName(toks, cue.k1, b, named))) return { subject: named, r1: named.appT };
    // "according to a report from Acme": the issuer speaks
    const np = b > cue.k1 ? documentIssuer(f, cue.k1, b - 1) ?? npMention(f, cue.k1, b - 1, cue.sent, cue.k1) : null;
    return np ? { subject: np, r1: nounPhraseEnd(toks, b, sEnd) } : { subject: null, r1: k };
  },
};

/**
 * A name of unknown kind set off by commas after a possessed role that it names: "according to figures from the
 * league's data provider, Statline, City had …" (after "figures from the league, X, …" X is what the figures are
 * about, and a name with no comma after it opens the report: "…, City had").
 */
function setOffName(toks: readonly Token[], from: number, to: number, named: Mention): boolean {
  if (named.type !== 'unknown' || named.appT !== named.t1 || toks[named.t1]?.w !== ',') return false;
  for (let k = from; k < to; k++) if (toks[k]!.t === 'poss') return true;
  return false;
}

/**
 * "according to a council report, …", "according to a survey released Tuesday, …": the source's phrase may run on
 * past the words a rule took for it (its head noun, a participle and its date); when a comma closes it within a few
 * words, what is reported starts after the comma, not inside the phrase.
 */
function nounPhraseEnd(toks: readonly Token[], r1: number, sEnd: number): number {
  let e = r1;
  while (e < sEnd && e < r1 + NOUN_PHRASE_RUN && toks[e]!.t === 'word' && !toks[e]!.quoted && !DETERMINERS.has(toks[e]!.lw)) e++;
  return e > r1 && DASHES.has(toks[e]?.w ?? '') ? e : r1;
}
const NOUN_PHRASE_RUN = 4;

/** "a Times/Herald poll": a slash written tight between two words joins them in one name. */
function isJoiningSlash(toks: readonly Token[], b: number): boolean {
  const t = toks[b]!;
  return t.w === '/' && toks[b - 1]?.t === 'word' && toks[b + 1]?.t === 'word' && toks[b - 1]!.end === t.start && t.end === toks[b + 1]!.start;
}

export const relativeClause: SourceRule = {
  how: 'relative-clause', confidence: 0.85, pattern: '"X, who said …", "Republicans who say …", "the report, which notes …"',
  find(cue, { f, j, tj, sStart }) {
    const { toks, endAt } = f.ctx;
    if (!tj || !(SUBJECT_RELATIVES.has(tj.lw) || (tj.lw === 'that' && j - 1 >= sStart && toks[j - 1]!.t === 'word'))) return null;
    // "X, who said …", "X — who said … —" (but "candidates — like X — who say …": a dash closing an aside is no opener)
    const mark = toks[j - 1]?.w ?? '';
    if (mark !== ',' && DASHES.has(mark) && closesAside(toks, sStart, j - 1)) return null;
    const comma = DASHES.has(mark);
    const at = comma ? j - 2 : j - 1;
    let ante: Mention | null | undefined = at >= sStart ? (endAt.get(comma ? j - 1 : at) ?? endAt.get(at)) : undefined;
    if (ante?.type === 'pronoun') ante = undefined;
    if (!ante && at >= sStart && tj.lw !== 'that') ante = groupMention(f, at) ?? subjectNP(f, at, cue.sent);
    return ante ? { subject: ante, r0: comma ? j - 1 : j, stand: spanOf(tj) } : null;
  },
};

export const firstPerson: SourceRule = {
  how: 'first-person', confidence: 0.85, pattern: '"I said", "as we reported" outside quotations: the author (authors)',
  find(cue, { f, j, tj }) {
    if (!tj || tj.quoted || !FIRST_PERSON_SUBJECTS.has(tj.lw) || tj.t !== 'word' || cue.participle) return null;
    const we = tj.lw === 'we';
    const subject: Mention = {
      t0: j, t1: j + 1, start: tj.start, end: tj.end, r0: j, appEnd: tj.end, appT: j + 1, type: 'group', name: tj.w, titled: null,
      role: null, gender: null, plural: we, sent: cue.sent, quoted: false, inRole: false, subject: true, entity: f.descriptions.author(we), evidence: true,
    };
    return { subject, r0: j, stand: spanOf(tj) };
  },
};

export const nameParenthetical: SourceRule = {
  how: 'name-parenthetical', confidence: 0.95, described: 0.85, pattern: '"Jane Doe (D-X.), said"',
  find(_cue, { f, j, tj }) {
    const m = f.ctx.endAt.get(j - 1);
    if (!tj || tj.w !== ',' || f.ctx.toks[j - 1]?.w !== ')' || m?.type !== 'person') return null;
    return { subject: m, r0: m.r0 };
  },
};

export const itOrganization: SourceRule = {
  how: 'it-organization', confidence: 0.85, unresolved: 0.4, pattern: '"it said": the organisation last named in the paragraph or the one before (coreference resolves it)',
  find(cue, { j, tj }) {
    if (!tj || tj.lw !== 'it' || tj.quoted || cue.participle) return null;
    const subject: Mention = {
      t0: j, t1: j + 1, start: tj.start, end: tj.end, r0: j, appEnd: tj.end, appT: j + 1, type: 'pronoun', name: 'it', titled: null,
      role: null, gender: null, plural: false, sent: cue.sent, quoted: false, inRole: false, subject: true, entity: -1, evidence: false,
    };
    return { subject, r0: j, stand: spanOf(tj) };
  },
};

export const adjacentCue: SourceRule = {
  how: 'adjacent-cue', confidence: 0.95, described: 0.85, pattern: '"X said", "X, 69, said", "X has also said", "X on Monday said", "X was quick to add" (a name right before the cue, or before a time phrase or an infinitive\'s frame)',
  find(cue, s) {
    const m = s.tj ? s.f.ctx.endAt.get(s.j) : undefined;
    return m && m.type !== 'pronoun' && !(isPrepositionObject(s.f, m) && !(cue.participle && isAbsoluteSubject(s.f, m))) && opensClause(s, m) ? { subject: m, r0: withArticle(s.f, m) } : null;
  },
};

/**
 * A name right after a preposition is its object, not the cue's subject ("a source speaking to Harbour News said",
 * "a spokesman for the Harbour Board said"), unless the preposition is inside a name ("Centers for Harbour Safety
 * Director X said"). A participle keeps it: "with X tweeting that …" is X's.
 */
function isPrepositionObject(f: Scan['f'], m: Mention): boolean {
  const { toks, endAt } = f.ctx;
  const at = prepositionBefore(f, m);
  const p = toks[at];
  if (!p || p.sent !== m.sent) return false;
  // "working for X or Y said": a name coordinated with an object is one too
  const conjunct = LIST_CONJUNCTIONS.has(p.lw) ? endAt.get(at - 1) : undefined;
  if (conjunct && conjunct.type !== 'pronoun' && conjunct.sent === m.sent) return isPrepositionObject(f, conjunct);
  // "a commission appointed by X estimated": the agent of a participle, not the cue's subject
  return (OBJECT_PREPOSITIONS.has(p.lw) && !!toks[at - 1] && isCommonNoun(f.ctx, at - 1)) || isOfComplement(f, at);
}

/**
 * A lower-case word, or a group noun capitalised only by opening the sentence ("Lawyers for X said", "Aides to X
 * say", "Supporters of X said"): the head of the phrase, so the name after its preposition is no subject.
 */
function isCommonNoun({ toks, sentTok }: Scan['f']['ctx'], x: number): boolean {
  const t = toks[x]!;
  return !t.cap || (x === sentTok[t.sent] && COMMON_GROUP_NOUNS.has(t.lw));
}

/** "…, the Harbour Board said": an organisation's source region takes its "the", which ends no reported clause. */
function withArticle(f: Scan['f'], m: Mention): number {
  return m.type === 'org' && f.ctx.toks[m.r0 - 1]?.lw === 'the' && f.ctx.toks[m.r0 - 1]!.sent === m.sent ? m.r0 - 1 : m.r0;
}

/** Where the preposition governing m would stand: right before it, or before its "the" ("for the Harbour Board"). */
function prepositionBefore(f: Scan['f'], m: Mention): number {
  return f.ctx.toks[m.r0 - 1]?.lw === 'the' ? m.r0 - 2 : m.r0 - 1;
}

/**
 * "The head of the Harbour Board said", "the ex-wife of Jane Doe said", "One of the Hawks said": a name after "of"
 * completes the noun before it, which is the subject. That noun is a lower-case word, or the sentence's first word
 * when no name ends there ("Bank of X" is one name, and "Jane Doe of X" leaves the person the subject).
 */
function isOfComplement(f: Scan['f'], at: number): boolean {
  const { toks, sentTok, endAt } = f.ctx;
  const noun = toks[at - 1];
  if (toks[at]?.lw !== 'of' || !noun || noun.t !== 'word' || noun.sent !== toks[at]!.sent) return false;
  if (endAt.has(at - 1)) return isCommonNoun(f.ctx, at - 1);
  return !noun.cap || at - 1 === sentTok[noun.sent];
}

/** "with X tweeting that …", "a clip of X saying …": the object is the participle's subject; "wrote to X asking …" is not X's. */
function isAbsoluteSubject(f: Scan['f'], m: Mention): boolean {
  return ABSOLUTE_PREPOSITIONS.has(f.ctx.toks[prepositionBefore(f, m)]?.lw ?? '');
}

export const pronoun: SourceRule = {
  how: 'pronoun', confidence: 0.85, unresolved: 0.4, pattern: '"she said", "they have argued", "she earlier this week told", "she went on to say" (resolved by coreference)',
  find(_cue, s) {
    const m = s.tj ? s.f.ctx.endAt.get(s.j) : undefined;
    return m && m.type === 'pronoun' && !OBJECT_PRONOUNS.has(m.name) && opensClause(s, m) ? { subject: m, r0: m.r0 } : null;
  },
};

/**
 * A subject before a time phrase opens the sentence's own clause: "The candidates who spoke at the forum on Tuesday
 * said", "the pilots who met X on Tuesday said" are no subjects of the cue (the phrase that opens the sentence is).
 */
function opensClause({ f, timed, sStart }: Scan, m: Mention): boolean {
  return !timed || opensClauseAt(f.ctx.toks, m.r0, sStart);
}

export const coordinatedCue: SourceRule = {
  how: 'coordinated-cue', confidence: 0.8, pattern: '"X said … and added": the subject of the cue before it in the sentence',
  find(cue, { j, tj, c, cues, found }) {
    if (!tj || !COORDINATORS.has(tj.lw) || c === 0 || cues[c - 1]!.sent !== cue.sent) return null;
    // "Asked about it, X nodded and said": a cue before with no source of its own ("Asked") gives none to this one
    const subject = found[c - 1]!.subject;
    return subject ? { subject, r0: j } : null;
  },
};

export const describedBefore: SourceRule = {
  how: 'described-source', confidence: 0.95, described: 0.85, pattern: '"officials said", "a spokesman for the campaign said", "X\'s statement said"',
  find(cue, s) {
    const { f, j, tj } = s;
    if (!tj) return null;
    // a participle cue still looks (and so names the description), but takes no source from it
    const g = groupMention(f, j) ?? (cue.participle ? null : subjectNP(f, j, cue.sent));
    // a phrase that is only a name adjacent-cue declined ("working for X or Y said") is no description either
    const named = f.ctx.endAt.get(j);
    if (g && named && named.type !== 'pronoun' && g.r0 >= named.r0) return null;
    return g && !cue.participle && !opensParticipleClause(f, g) && opensClause(s, g) ? { subject: g, r0: g.r0 } : null;
  },
};

/**
 * "…, with a spokesperson for the camp describing the scene as …": a description after "with" (or "of": "footage of
 * the officers saying") is its participle's subject, as a name there is (isAbsoluteSubject); the main clause's
 * subject, which the participle rule would give, did not say it.
 */
export const absoluteDescription: SourceRule = {
  how: 'absolute-description', confidence: 0.8, described: 0.75, pattern: '"…, with a spokesperson for the camp saying …"',
  find(cue, { f, j, tj }) {
    if (!cue.participle || !tj) return null;
    const { toks } = f.ctx;
    const a = phraseStart(f.ctx, j, cue.sent);
    if (a < 0 || !ABSOLUTE_PREPOSITIONS.has(toks[a - 1]?.lw ?? '') || !DETERMINERS.has(toks[a]!.lw)) return null;
    const g = groupMention(f, j) ?? npMention(f, a, j, cue.sent, a);
    // the source region starts at "with": words before it are no part of it, nor of a quote before it
    return g && g.r0 === a ? { subject: g, r0: a - 1 } : null;
  },
};

/** "…, following the lead of Harbour states": a lower-case -ing word after a comma opens a clause, not a subject. */
function opensParticipleClause(f: Scan['f'], g: Mention): boolean {
  const { toks } = f.ctx;
  const first = toks[g.r0]!;
  return toks[g.r0 - 1]?.w === ',' && first.t === 'word' && !first.cap && first.lw.endsWith('ing');
}

export const leadingSubjectRule: SourceRule = {
  how: 'leading-subject', confidence: 0.95, described: 0.85,
  pattern: '"Some voters who …, on television or at rallies, said", "Most of the candidates said", "About 9 percent said"',
  find(cue, { f, j, tj, afterQuote }) {
    if (cue.participle || afterQuote || (tj && COORDINATORS.has(tj.lw))) return null;
    const ls = leadingSubject(f, cue.sent, j + 1);
    return ls ? { subject: ls, r0: ls.r0 } : null;
  },
};

/** A participle cue that opens its sentence ("Noting …", "Having announced …", "In declaring …", "After saying …"). */
function opensSentence(f: Scan['f'], cue: Cue, sStart: number): boolean {
  if (cue.participle) return cue.k0 === sStart || (cue.k0 === sStart + 1 && PARTICIPLE_OPENERS.has(f.ctx.toks[sStart]!.lw));
  return cue.k0 === sStart + 1 && f.ctx.toks[sStart]!.lw === 'having';
}

/**
 * "X said the report “wasn't good.” Adding, “…”": a participle opening a sentence with no subject of its own goes on
 * from the sentence before, in the same paragraph, when a cue there has a source.
 */
function previousSentenceSource(f: Scan['f'], cue: Cue, c: number, cues: Scan['cues'], found: Scan['found']): Mention | null {
  const prev = c > 0 ? found[c - 1]! : null;
  const { sentences } = f.ctx;
  if (!prev?.subject || cues[c - 1]!.sent !== cue.sent - 1 || sentences[prev.sent]!.paragraph !== sentences[cue.sent]!.paragraph) return null;
  return prev.subject;
}

export const participle: SourceRule = {
  how: 'participle', confidence: 0.8, pattern: '"…, saying/adding that …", "… but added that …": the subject of the main clause',
  find(cue: Cue, { f, tj, c, cues, found, sStart, sEnd }: Scan): SourceMatch | null {
    // "Noting that …, X said": a participle opening the sentence is the main clause's, after its comma
    if (opensSentence(f, cue, sStart)) return { subject: mainSubject(f, cue.sent, sEnd) ?? previousSentenceSource(f, cue, c, cues, found) };
    if (!(cue.participle || (tj && (tj.w === ',' || COORDINATORS.has(tj.lw))))) return null;
    // an earlier cue's subject in this sentence, else the sentence's subject mention
    const prev = c > 0 && cues[c - 1]!.sent === cue.sent ? found[c - 1]! : null;
    return { subject: prev?.subject ? prev.subject : contrastClauseSubject(f, cue.sent, cue.k0) ?? mainSubject(f, cue.sent, cue.k0) };
  },
};
