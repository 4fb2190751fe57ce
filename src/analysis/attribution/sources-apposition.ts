/**
 * Source rules for a source in apposition before the cue: a name with a role, a title or an affiliation set off by
 * commas or dashes ("Jane Doe, Minister of A, B and C, said", "Jane Doe with the Harbour Union says", "X, who took
 * over as head of Y, said"). Each is one pattern; the order they are tried in is SOURCE_RULES (sources.ts).
 */

import type { Mention } from '../speakers.ts';
import { ADDRESSEE_LEMMAS, AFFILIATION_LINKS, AUX, DETERMINERS, FINITE_VERBS, PREPOSITIONS, ROLE_LINKS } from '../lexicon/attribution.ts';
import { PERSON_DESCRIPTION_HEADS, ROLE_NOUNS, SUBJECT_PRONOUNS } from '../lexicon/words.ts';
import { PREPOSITION_OBJECT_MARKERS } from '../lexicon/function-words.ts';
import type { Token } from '../tokens.ts';
import { subjectNP } from './phrases.ts';
import { mainSubject } from './subjects.ts';
import type { ApposedQuote, Scan, SourceRule } from './source-rules.ts';
import { holdsTensedVerb, isAdverb, isFiniteVerb } from './grammar.ts';
import { isTitleOfWork } from './linking.ts';
import type { Context } from './context.ts';
import type { MarkQuote } from '../quotes.ts';
import { CUE_FORMS } from '../lexicon/cues.ts';
import type { Cue } from './cues.ts';
import { DASHES } from './sources-before.ts';

const isRole = (w: string) => ROLE_NOUNS.has(w) || PERSON_DESCRIPTION_HEADS.has(w);

/**
 * "Jane Doe, Minister of Harbours, Bridges and Ferries, said", "Jane Doe, Harbour MP, said": a person's name, then
 * commas around a role phrase (which may hold commas of its own), then the cue.
 */
export const roleApposition: SourceRule = {
  how: 'role-apposition', confidence: 0.95, pattern: '"Jane Doe, Minister of A, B and C, said": the name before a role in commas',
  find(cue, { f, j, tj, before, afterQuote, sStart }) {
    if (afterQuote || cue.participle || !tj || before !== tj || tj.w !== ',') return null;
    const { toks, endAt } = f.ctx;
    let role = false;
    for (let x = j - 1; x > sStart && x > j - 20; x--) {
      const t = toks[x]!;
      if (t.quoted) return null;
      if (t.t === 'word' && isRole(t.lw)) role = true;
      if (t.w !== ',') continue;
      const named = endAt.get(x - 1);
      // a relative clause ("X, who took over as mayor, said") is the apposition rule's
      if (toks[x + 1]?.lw === 'who') return null;
      if (named && named.type === 'person' && !named.quoted && role) return { subject: named, r0: named.r0 };
    }
    return null;
  },
};

/**
 * "Jane Doe, author of “Harbour Lights,” said that …", "X, the hacker known as “Ghost,” stated that …", "X, the
 * sailor who shouted “we will sail again …,” said in an interview that …": a quotation inside the apposition of the
 * name opening the sentence is part of who the name is, not what the cue after it reports. That cue, followed by
 * "that", a preposition or a clause with a tensed verb ("said the book took nine years"), is the name's. The
 * quotation is a title or a nickname (no one's words) or the name's own words (ownWordsVerb), which content.ts
 * reports with the verb that introduced them.
 */
export const titleApposition: SourceRule = {
  how: 'title-apposition', confidence: 0.95, pattern: '"Jane Doe, author of “Harbour Lights,” said that …": the quotation in the apposition is a title or the name\'s own words, the name speaks',
  find(cue, { f, c, cues, afterQuote, sStart }) {
    if (!afterQuote || cue.participle) return null;
    const { toks, marks, startAt } = f.ctx;
    const qi = f.ctx.markEndingBefore(toks[cue.k0]!.start);
    const q = qi >= 0 ? marks[qi]! : undefined;
    const next = toks[cue.k1];
    if (!q || !next || next.sent !== cue.sent || !(next.lw === 'that' || PREPOSITIONS.has(next.lw) || holdsTensedVerb(toks, cue.k1, f.ctx.sentTok[cue.sent + 1]!))) return null;
    let x = cue.k0 - 1;
    while (x > sStart && toks[x - 1]!.end > q.start) x--;
    // a word before the quotation, or a comma or a colon after the verb that reports it ("who shouted: “…”")
    const mark = toks[x - 1]?.w === ',' || toks[x - 1]?.w === ':';
    const word = toks[mark ? x - 2 : x - 1];
    if (!word || word.sent !== cue.sent || word.t !== 'word') return null;
    // the name opens the sentence or a clause after a comma ("In an interview, X, the hacker known as …")
    for (let y = x - 2; y >= sStart; y--) {
      if (y > sStart && toks[y - 1]!.w !== ',' && !(toks[y - 1]!.lw === 'the' && y - 1 === sStart)) continue;
      const m = startAt.get(y);
      if (!(m && m.type !== 'pronoun' && !m.quoted && toks[m.t1]?.w === ',' && m.t1 < x)) continue;
      const verb = ownWordsVerb(f.ctx, q, x, cue.k0, m.t1);
      if (mark && verb < 0) return null;
      // a cue inside the apposition ("who told reporters “…,”") reports words of its own: the region is then the cue
      // alone, so that the clause of that cue ends here and does not run on through this one
      const r0 = c > 0 && cues[c - 1]!.sent === cue.sent && cues[c - 1]!.k0 > m.t1 ? cue.k0 : m.r0;
      return { subject: m, r0, apposed: verb < 0 ? { kind: 'title', mark: qi } : { kind: 'own-words', mark: qi, verb } };
    }
    return null;
  },
};

/**
 * Are the quotation q (tokens [a, b)) in a name's apposition the name's own words, and if so which verb reported
 * them (its token, else -1)? A title and a nickname are named ("author of “…”", "known as “…”", "the host of “…”");
 * an utterance is reported: a verb of speech whose subject is the relative "who" stands before it, an object or two
 * between ("who shouted “…”", "who once told reporters: “…”"), and it holds a clause ("we will sail"), which a name
 * ("who called it “the best harbour in the world”") and a title in title case ("who wrote “We Were Sailors”") do not
 * count as. Its length and the comma-said after it tell nothing here: the comma closes the apposition.
 */
function ownWordsVerb(ctx: Context, q: MarkQuote, a: number, b: number, from: number): number {
  const { toks } = ctx;
  let v = toks[a - 1]?.w === ',' || toks[a - 1]?.w === ':' ? a - 2 : a - 1;
  while (v > from && v >= a - 3 && toks[v]!.t === 'word' && !CUE_FORMS.has(toks[v]!.lw)) v--;
  const verb = toks[v];
  if (!verb || verb.cap || !CUE_FORMS.has(verb.lw)) return -1;
  let s = v - 1;
  while (s > from && (isAdverb(toks[s]!) || AUX.has(toks[s]!.lw))) s--;
  return toks[s]?.lw === 'who' && holdsClause(toks, a, b) && !isTitleOfWork(ctx, q) ? v : -1;
}

/**
 * Do the quoted words in tokens [a, b) hold a clause: an auxiliary or a modal ("we will sail", "neither do we"), a
 * contraction ("I’m"), or a verb after a subject pronoun ("we sail")? A noun phrase does not, even one ending in a
 * plural that reads as a verb on its own ("the courage of the harbour crews").
 */
function holdsClause(toks: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x < b; x++) {
    const t = toks[x]!;
    if (!t.quoted || !isFiniteVerb(toks, x, a)) continue;
    if (FINITE_VERBS.has(t.lw) || /['’]/.test(t.lw) || SUBJECT_PRONOUNS.has(toks[x - 1]?.lw ?? '')) return true;
  }
  return false;
}

/** "Jane Doe with the Harbour Union says": a person's name, an affiliation ("with", "from", "at") and an organisation. */
export const affiliatedName: SourceRule = {
  how: 'affiliated-name', confidence: 0.95, pattern: '"Jane Doe with the Harbour Union says": the person, not the organisation',
  find(_cue, { f, j, tj }) {
    const org = tj ? f.ctx.endAt.get(j) : undefined;
    if (!org || org.type === 'pronoun' || org.type === 'person') return null;
    const { toks, endAt } = f.ctx;
    let x = org.r0 - 1;
    if (toks[x]?.lw === 'the') x--;
    const person = AFFILIATION_LINKS.has(toks[x]?.lw ?? '') ? endAt.get(x - 1) : unclosedRoleHolder(f, x);
    return person && person.type === 'person' && !person.quoted && person.sent === org.sent ? { subject: person, r0: person.r0 } : null;
  },
};

/**
 * "Jane Doe, the director for the Harbour Board said": an apposition whose closing comma is missing. x is the
 * preposition before the organisation; before it a role (up to three lower-case words ending in a role noun) and
 * a comma after the name that opens the clause. The name, not the organisation, speaks.
 */
function unclosedRoleHolder(f: Scan['f'], x: number): Mention | undefined {
  const { toks, endAt } = f.ctx;
  if (!ROLE_LINKS.has(toks[x]?.lw ?? '') || !isRole(toks[x - 1]?.lw ?? '')) return undefined;
  let k = x - 1;
  while (k > x - 4 && toks[k - 1]?.t === 'word' && !toks[k - 1]!.cap && !DETERMINERS.has(toks[k - 1]!.lw)) k--;
  if (DETERMINERS.has(toks[k - 1]?.lw ?? '')) k--;
  if (toks[k - 1]?.w !== ',') return undefined;
  const person = endAt.get(k - 2);
  const opens = person && (person.r0 === f.ctx.sentTok[person.sent] || toks[person.r0 - 1]?.w === ',');
  return opens ? person : undefined;
}

export const appositionName: SourceRule = {
  how: 'apposition-name', confidence: 0.95, described: 0.85, pattern: '"the assailant, Jane Doe, told …": a name right before the comma',
  find(cue, { f, j, tj, before, afterQuote }) {
    if (afterQuote || cue.participle || !tj || before !== tj || !DASHES.has(tj.w)) return null;
    const named = f.ctx.endAt.get(j - 1);
    if (!named || named.quoted) return null;
    // the description is part of the subject: the clause before the cue ends before it
    if (named.type === 'org') {
      const r0 = organisationDescribedFrom(f, cue, named);
      return r0 >= 0 ? { subject: named, r0 } : null;
    }
    if (named.type !== 'person') return null;
    // "The paradox of X, says Jane Doe, …": a name after a cue with no addressee is its inverted source
    if (!ADDRESSEE_LEMMAS.has(cue.lemma) && f.ctx.startAt.get(cue.k1)?.type === 'person') return null;
    // "Gov. X of Y, a Republican who has refused to endorse Z, said": the name the aside follows
    const head = appositionHead(f, cue, tj.w, named);
    // "Opponents, organised under the banner of X, argue", "Residents, led by X, say": a name a preposition takes
    // is the object inside the aside, not the aside itself
    if (head.type !== 'person' && PREPOSITION_OBJECT_MARKERS.has(f.ctx.toks[named.r0 - 1]?.lw ?? '')) return null;
    return head.type === 'person' ? { subject: head, r0: head.r0 } : { subject: named, r0: named.r0 };
  },
};

/**
 * "The operator, X Ferries, says": a definite description opening the clause before an organisation's name in
 * commas says what the organisation is; the name is the subject, as a person's is after "the assailant,". Where the
 * description starts, else -1.
 */
function organisationDescribedFrom(f: Scan['f'], cue: Cue, org: Mention): number {
  const { toks, sentTok } = f.ctx;
  if (toks[org.r0 - 1]?.w !== ',') return -1;
  const np = subjectNP(f, org.r0 - 2, cue.sent);
  if (!np || np.type === 'person' || np.type === 'pronoun' || np.type === 'org' || !DETERMINERS.has(toks[np.r0]!.lw)) return -1;
  return np.r0 === sentTok[cue.sent] || toks[np.r0 - 1]!.t === 'punct' ? np.r0 : -1;
}

export const apposition: SourceRule = {
  how: 'apposition', confidence: 0.95, described: 0.85,
  pattern: '"X, who took over as head of Y, said", "Many speakers — including A and B — said": the phrase before the apposition',
  find(cue, { f, j, tj, before, afterQuote, sStart }) {
    if (afterQuote || before !== tj || cue.participle || !tj || !DASHES.has(tj.w)) return null;
    const { toks, endAt } = f.ctx;
    let x = j - 1;
    while (x > sStart && x > j - 30 && toks[x]!.w !== tj.w && !toks[x]!.quoted) x--;
    if (!(x > sStart && toks[x]!.w === tj.w)) return null;
    // the comma may close a name's apposition ("X, the chairman of Y, for example, said")
    const m = endAt.get(x)?.type === 'person' ? endAt.get(x) : endAt.get(x - 1);
    const np = m && m.type !== 'pronoun' ? m : m ? null : subjectNP(f, x - 1, cue.sent);
    if (!(np && (np.type !== 'group' || np.r0 === sStart || toks[np.r0 - 1]?.t === 'punct'))) return null;
    // "X, whose start-up, Acme, makes tools, said", "X, like Y, which …, declared": the name the asides follow
    const head = appositionHead(f, cue, tj.w, np);
    return { subject: head, r0: head.r0 };
  },
};

/** The main clause's subject when the apposition's mark follows it right away and it comes before np, else np. */
function appositionHead(f: Scan['f'], cue: Cue, mark: string, np: Mention): Mention {
  const main = mainSubject(f, cue.sent, cue.k0);
  return main && main !== np && main.type !== 'pronoun' && main.type !== 'group' && main.t1 < np.r0 && f.ctx.toks[main.appT]?.w === mark ? main : np;
}
