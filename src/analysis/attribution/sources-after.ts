/**
 * Source rules for an inverted cue, whose source follows it: "…,” said X", "said the officials", "said party chair
 * X", "said the 46-year-old". They apply where the cue opens its clause (after a quotation, a comma, a dash or at
 * the sentence start), and never to a participle ("saying").
 */

import type { Mention } from '../speakers.ts';
import type { Cue } from './cues.ts';
import { documentIssuer, groupMention, npMention, startsClause } from './phrases.ts';
import { holdsTensedVerb, isFiniteVerb, passiveBefore } from './grammar.ts';
import type { Scan, SourceRule } from './source-rules.ts';
import { PERSON_DESCRIPTION_HEADS, REPORTING_FORMS, ROLE_BACK_STOP, ROLE_NOUNS, ROLE_WORDS } from '../lexicon/words.ts';
import {
  DETERMINERS, INDEFINITE_SOURCE_OPENERS, INVERTED_DESCRIPTION_OPENERS, INVERTED_FOLLOW, NO_AGENT_LEMMAS, NP_POSTMOD, NP_STOP, PASSIVE_AUXILIARIES, PREPOSITIONS, ADDRESSEE_LEMMAS,
  SKIP_TIME, DESCRIPTION_POSTMOD, ORGANISATION_JOINERS, PHRASE_PREPOSITIONS,
} from '../lexicon/attribution.ts';

const applies = (cue: Cue, s: Scan) => s.invertedPos && !cue.participle;

/**
 * The mention right after the cue (after "the"), when it is no subject of a reported clause ("said X will …"); with
 * `anyClause`, whatever follows it (the caller asks about the clause further on).
 */
function mentionAfter(cue: Cue, s: Scan, anyClause = false): Mention | null {
  const { toks, startAt } = s.f.ctx;
  const m = startAt.get(cue.k1) ?? (toks[cue.k1]?.lw === 'the' ? startAt.get(cue.k1 + 1) : undefined);
  return m && m.sent === cue.sent && (anyClause || s.afterQuote || !startsClause(s.f.ctx, m.appT, s.sEnd)) ? m : null;
}

/** "said Acme head coach Jane Doe": up to three role words after a name, then a person's name, which speaks. */
function titledPersonAfter(m: Mention, s: Scan): Mention | null {
  const { toks, startAt } = s.f.ctx;
  let k = m.t1;
  let head = false;
  for (; k < s.sEnd && k < m.t1 + 3 && toks[k]!.t === 'word' && !toks[k]!.cap && isRoleWord(toks[k]!.lw); k++) if (isRoleHead(toks[k]!.lw)) head = true;
  if (!head) return null;
  const p = startAt.get(k);
  return p && p.sent === m.sent && (p.type === 'person' || p.type === 'unknown') ? p : null;
}

/**
 * "said Harbour and Pier senior manager Jane Doe": an organisation's name may be two joined by "and"; the role words
 * follow the second ("Harbour & Pier" is one name already). A person's name first is a speaker of its own ("said Jane
 * Doe and Acme chief John Roe"), and stays.
 */
function coordinatedOrganisation(m: Mention, s: Scan): Mention {
  const { toks, startAt } = s.f.ctx;
  const joint = toks[m.t1];
  if (m.type === 'person' || m.appT !== m.t1 || !joint || !ORGANISATION_JOINERS.has(joint.lw)) return m;
  const second = startAt.get(m.t1 + 1);
  return second && second.sent === m.sent && second.type !== 'pronoun' && second.type !== 'person' ? second : m;
}

/** The token after up to three lower-case role words from k ("by radio host Jane Doe" → Jane). */
function pastRoleWords(s: Scan, k: number): number {
  const { toks } = s.f.ctx;
  let x = k;
  while (x < s.sEnd && x < k + 3 && toks[x]!.t === 'word' && !toks[x]!.cap && isRoleWord(toks[x]!.lw)) x++;
  return x;
}

const isRoleHead = (w: string) => ROLE_NOUNS.has(w) || PERSON_DESCRIPTION_HEADS.has(w);
// "head coach", "general manager": role words, but never the little words of a role phrase ("of", "on", "the")
const isRoleWord = (w: string) => isRoleHead(w) || (ROLE_WORDS.has(w) && !ROLE_BACK_STOP.has(w));

/**
 * "X was asked by Y, “…”", "was later told by Y that …": a passive cue's agent after "by" speaks, a name or a
 * description ("by party officials", "by the town clerk, Jane Doe,"); its grammatical subject is the one spoken to.
 * Asked before the rules that read the name left of the cue.
 */
export const passiveAgent: SourceRule = {
  how: 'passive-agent', confidence: 0.85, described: 0.8, pattern: '"X was asked by Y, “…”": the agent after "by" of a passive cue',
  find(cue, s) {
    const { toks, startAt } = s.f.ctx;
    if (cue.participle || toks[cue.k1]?.lw !== 'by' || NO_AGENT_LEMMAS.has(cue.lemma)) return null;
    // only a verb said to someone is passive past an adverb or speaks through a description: "was later told by
    // officials" is their report, "is maintained by the party", "was explained by the rules" are nobody's
    const addressed = ADDRESSEE_LEMMAS.has(cue.lemma);
    if (!(PASSIVE_AUXILIARIES.has(toks[cue.k0 - 1]?.lw ?? '') || (addressed && passiveBefore(toks, cue.k0)))) return null;
    const k = toks[cue.k1 + 1]?.lw === 'the' ? cue.k1 + 2 : cue.k1 + 1;
    const m = startAt.get(k) ?? startAt.get(pastRoleWords(s, k));
    if (m) return m.sent === cue.sent && m.type !== 'pronoun' ? { subject: m, inverted: true, r1: m.appT } : null;
    return addressed ? describedAgent(cue, s) : null;
  },
};

/** How many words a described agent may have ("by the town's chief building inspector"). */
const AGENT_WORDS = 5;

/**
 * "was told by party officials that …", "by the town clerk, Jane Doe, that …": lower-case words after "by" up to a
 * comma, "that" or a preposition are the agent, unless a name set off by a comma after them names it.
 */
function describedAgent(cue: Cue, s: Scan): { subject: Mention; inverted: boolean; r1: number } | null {
  const { toks, startAt } = s.f.ctx;
  const a = cue.k1 + 1;
  let b = a;
  while (b < s.sEnd && b - a < AGENT_WORDS && toks[b]!.t === 'word' && !toks[b]!.cap && !toks[b]!.quoted && !NP_STOP.has(toks[b]!.lw) && !PREPOSITIONS.has(toks[b]!.lw)) b++;
  if (b === a || (b === a + 1 && DETERMINERS.has(toks[a]!.lw))) return null;
  const named = toks[b]?.w === ',' ? startAt.get(b + 1) : undefined;
  if (named && named.type === 'person' && named.sent === cue.sent) return { subject: named, inverted: true, r1: named.appT };
  const np = npMention(s.f, a, b - 1, cue.sent, a);
  return np ? { subject: np, inverted: true, r1: b } : null;
}

export const invertedOrgTitle: SourceRule = {
  how: 'inverted-org-title', confidence: 0.95, pattern: '"“…,” said Acme head coach Jane Doe": the name after an organisation and a role',
  find(cue, s) {
    if (!applies(cue, s)) return null;
    const m = mentionAfter(cue, s, true);
    const p = m && m.type !== 'pronoun' ? titledPersonAfter(coordinatedOrganisation(m, s), s) : null;
    // "says Acme editor Jane Doe, “…”": whether a reported clause opens is asked after the person, not the organisation
    return p && (s.afterQuote || !startsClause(s.f.ctx, p.appT, s.sEnd)) ? { subject: p, inverted: true, r1: p.appT } : null;
  },
};

export const invertedCue: SourceRule = {
  how: 'inverted-cue', confidence: 0.95, described: 0.85, pattern: '"“…,” said X", "said X, who …"',
  find(cue, s) {
    if (!applies(cue, s)) return null;
    const m = mentionAfter(cue, s);
    return m && m.type !== 'pronoun' ? { subject: m, inverted: true, r1: m.appT } : null;
  },
};

export const invertedPronoun: SourceRule = {
  how: 'inverted-pronoun', confidence: 0.85, unresolved: 0.4, pattern: '"“…,” said he" (resolved by coreference)',
  find(cue, s) {
    if (!applies(cue, s)) return null;
    const m = mentionAfter(cue, s);
    return m && m.type === 'pronoun' ? { subject: m, inverted: true, r1: m.appT } : null;
  },
};

export const invertedGroup: SourceRule = {
  how: 'inverted-group', confidence: 0.95, described: 0.85, pattern: '"said the officials", "said a spokesman"',
  find(cue, s) {
    if (!applies(cue, s)) return null;
    const { toks } = s.f.ctx;
    let k = cue.k1;
    while (k < s.sEnd && toks[k]!.t === 'word' && !toks[k]!.cap && k < cue.k1 + 6) k++;
    const g = k > cue.k1 ? groupMention(s.f, k - 1) : null;
    // the group opens right after the cue: "said a source close to the mayor" is no "the mayor"
    return g && g.r0 === cue.k1 && toks[cue.k1] && DETERMINERS.has(toks[cue.k1]!.lw) ? { subject: g, inverted: true, r1: k } : null;
  },
};

/**
 * After the cue, up to nine tokens: the first name that is not a modifier of a described source ("said a senior X
 * adviser"), and where the scan stopped.
 */
function scanAfter(cue: Cue, s: Scan): { named: Mention | undefined; b: number } {
  const { toks, startAt } = s.f.ctx;
  let b = cue.k1;
  while (b < s.sEnd && b < cue.k1 + 9) {
    const t = toks[b]!;
    const mm = startAt.get(b);
    if (mm && mm.type !== 'pronoun' && mm.type !== 'org') {
      const next = toks[mm.t1];
      const modifier = b > cue.k1 && INDEFINITE_SOURCE_OPENERS.has(toks[cue.k1]!.lw) && next?.t === 'word' && !next.cap &&
        !INVERTED_FOLLOW.has(next.lw) && !NP_STOP.has(next.lw) && !PREPOSITIONS.has(next.lw) && !REPORTING_FORMS.has(next.lw);
      if (!modifier) return { named: mm, b };
      b = mm.t1;
      continue;
    }
    // "said former secretary of state Jane Doe": a reporting form after "of" is a noun of the title
    const verb = REPORTING_FORMS.has(t.lw) && toks[b - 1]?.lw !== 'of';
    if (t.quoted || (t.t === 'punct' && !(t.w === ',' && startAt.get(b + 1)?.type === 'person')) || NP_STOP.has(t.lw) || verb || SKIP_TIME.has(t.lw) || PREPOSITIONS.has(t.lw) && b === cue.k1) break;
    if (DESCRIPTION_POSTMOD.has(t.lw)) break;
    b++;
  }
  return { named: undefined, b };
}

export const invertedTitledName: SourceRule = {
  how: 'inverted-titled-name', confidence: 0.95, described: 0.85, pattern: '"said Republican party boss Jane Doe", "said his best friend at college, John Roe"',
  find(cue, s) {
    if (!applies(cue, s)) return null;
    const { named } = scanAfter(cue, s);
    return named && !startsClause(s.f.ctx, named.appT, s.sEnd) ? { subject: named, inverted: true, r1: named.appT } : null;
  },
};

const endsDescription = (s: Scan, b: number) => b >= s.sEnd || s.f.ctx.toks[b]!.t === 'punct' || NP_STOP.has(s.f.ctx.toks[b]!.lw);

/**
 * "“…,” said one official familiar with the talks, who …": after a quotation, a description's head may be followed by
 * a prepositional post-modifier that runs to the clause's end. Where that tail ends, else b.
 */
function postmodifiedEnd(s: Scan, b: number): number {
  const { toks } = s.f.ctx;
  // only right after a quotation, where no reported clause follows the cue ("said the bridge would open in May")
  if (!s.afterQuote || b >= s.sEnd || !NP_POSTMOD.has(toks[b]!.lw) || NP_STOP.has(toks[b]!.lw)) return b;
  let x = b + 1;
  // a possessive inside it too ("familiar with the government's vote count")
  while (x < s.sEnd && x < b + 8 && (toks[x]!.t === 'word' || toks[x]!.t === 'num' || toks[x]!.t === 'poss') && !toks[x]!.quoted && !NP_STOP.has(toks[x]!.lw) && !REPORTING_FORMS.has(toks[x]!.lw)) x++;
  return x > b + 1 && endsDescription(s, x) ? x : b;
}

/**
 * "Jane Doe, who lost ten pounds, says the program changed her life": after a subject (no quotation before the
 * cue), words with a finite verb of their own are the clause the cue reports, not a description that speaks.
 */
function reportsClause(cue: Cue, s: Scan, b: number): boolean {
  if (s.afterQuote) return holdsTensedVerb(s.f.ctx.toks, cue.k1 + 1, b);
  for (let x = cue.k1 + 1; x < b; x++) if (isFiniteVerb(s.f.ctx.toks, x, cue.k1)) return true;
  return false;
}

export const invertedDescription: SourceRule = {
  how: 'inverted-description', confidence: 0.95, described: 0.85, pattern: '"said the 46-year-old", "said a senior X adviser"',
  find(cue, s) {
    if (!applies(cue, s)) return null;
    const { toks } = s.f.ctx;
    const first = toks[cue.k1];
    const b = postmodifiedEnd(s, scanAfter(cue, s).b);
    if (!(b > cue.k1 && first!.t === 'word' && INVERTED_DESCRIPTION_OPENERS.has(first!.lw))) return null;
    if (!endsDescription(s, b) || reportsClause(cue, s, b)) return null;
    let e = b - 1;
    while (e > cue.k1 && PHRASE_PREPOSITIONS.has(toks[e]!.lw)) e--;
    // "said a statement from the Harbour Board": the issuer speaks
    const np = documentIssuer(s.f, cue.k1, e) ?? npMention(s.f, cue.k1, e, cue.sent, cue.k1);
    return np ? { subject: np, inverted: true, r1: e + 1 } : null;
  },
};
