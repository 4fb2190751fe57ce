/**
 * A non-speech source (claimants.ts's findingSource rule): a finding's issuer named before a finding verb ("a study
 * by X found", "X's data show", "figures from X suggest", "a report by X, the budget watchdog, found"), or after
 * "according to". An organisation named before may be named again by its last word: "figures released by the
 * commission show" for the X Basin Commission.
 */
import { hasWordOf, lastCharBetween, sameClause, speakersOf, speakerMentions, wordsOf, type Claimant, type ClaimantContext, type Mention } from './claimant-context.ts';
import { FINDING_NOUNS, FINDING_VERBS } from './lexicon/claims.ts';

/** How far back from a finding verb its subject may begin, in words. */
const SUBJECT_WORDS = 8;

/** Words before the issuer that may hold the finding it issued: "a 2025 report by the X", "a study from X". */
const ISSUER_WORDS = 4;

/** Words an apposition between the issuer and the verb may run to: "a report by X, the independent budget watchdog, found". */
const ISSUER_APPOSITION_WORDS = 12;

/** The last mention (mentions in order) that begins at or after `from` and ends by `to`. */
function lastMentionBetween(mentions: readonly Mention[], from: number, to: number): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const x = mentions[k]!;
    if (x.end <= to && x.at >= from) return x;
  }
  return undefined;
}

/** Whether one of words[from, to) is in `list`. */
function hasWordBetween(words: readonly { w: string }[], from: number, to: number, list: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (list.has(words[k]!.w)) return true;
  return false;
}

/**
 * Where the subject before a verb at `at` ends: at the comma that opens an apposition closed just before the verb
 * ("…X, the independent budget watchdog, found"), else at the verb; past a phrase naming the issuer (", by X,"), at its closing comma.
 */
function subjectEnd(c: ClaimantContext, at: number): number {
  let close = at - 1;
  while (close > c.start && /\s/.test(c.text[close]!)) close--;
  if (c.text[close] !== ',') return at;
  const open = lastCharBetween(c.text, ',', c.start + 1, close);
  if (open < 0 || !sameClause(c.text, open + 1, close, ISSUER_APPOSITION_WORDS)) return at;
  // "The report, by the X Office, found": the phrase set off names the issuer, it is the subject's own
  return ISSUER_PHRASE_RE.test(c.text.slice(open + 1, open + 32)) ? close : open;
}

/** The opening of a phrase set off by commas that names a finding's issuer: ", by X,", ", from X,", ", carried out by X,". */
const ISSUER_PHRASE_RE = /^\s*(?:by|from|\p{Ll}+ed(?:\s+(?:out|up))?\s+by)\s/u;

/**
 * An organisation named again by the last word of its name, with "the" before it: "the commission" for the X Basin
 * Commission, "the agency's" for the X Agency; only when one organisation among the speakers ends in that word.
 */
function descriptionMentions(c: ClaimantContext): Mention[] {
  const heads = speakersOf(c).orgHeads;
  if (heads.size === 0) return [];
  const words = wordsOf(c);
  const out: Mention[] = [];
  for (let k = 1; k < words.length; k++) {
    if (words[k - 1]!.w !== 'the') continue;
    const w = words[k]!;
    const head = w.w.replace(POSSESSIVE_RE, '');
    const id = heads.get(head);
    if (id) out.push({ at: w.at, end: w.at + head.length, speaker: id });
  }
  return out;
}

const POSSESSIVE_RE = /['’]s$/;

/** The candidate's speaker mentions and the organisations named again by a word (descriptionMentions), in order. */
function issuerMentions(c: ClaimantContext): Mention[] {
  const named = speakerMentions(c);
  const described = descriptionMentions(c).filter((d) => !named.some((m) => m.at <= d.at && m.end >= d.end));
  return described.length === 0 ? named : [...named, ...described].sort((a, b) => a.at - b.at);
}

/** The issuer of a finding before the verb words[i] (see findingSource), or null. */
function issuerBefore(c: ClaimantContext, mentions: readonly Mention[], i: number): Mention | null {
  const words = wordsOf(c);
  const end = subjectEnd(c, words[i]!.at);
  let k = i;
  while (k > 0 && words[k - 1]!.at >= end) k--;
  const from = Math.max(0, k - SUBJECT_WORDS);
  const m = lastMentionBetween(mentions, words[from]!.at, end);
  if (!m) return null;
  let mi = k;
  while (mi > 0 && words[mi - 1]!.at >= m.at) mi--;
  // the subject, its issuer's words and the few before them, holds a finding noun, or is the name itself
  const finding = hasWordBetween(words, Math.max(0, Math.min(from, mi - ISSUER_WORDS)), k, FINDING_NOUNS);
  if (!sameClause(c.text, m.end, end, finding ? 5 : 1)) return null;
  // a person set off by an apposition and then "found" or "projected" is the subject of a story, not a finding's
  // issuer ("X, a veteran of 22 years, found no fault with …"): only an organisation issues one unnamed
  return finding || end === words[i]!.at || !isPerson(c, m.speaker) ? m : null;
}

function isPerson(c: ClaimantContext, id: string): boolean {
  return speakersOf(c).persons.has(id);
}

/**
 * A non-speech source: a named speaker before a finding verb whose subject is a finding noun or the name itself
 * ("a study by X found", "X's data show", "figures from X suggest"), or after "according to".
 */
export function findingSource(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.finding : hasWordOf(c, FINDING_VERBS))) return null;
  const mentions = issuerMentions(c);
  if (mentions.length === 0) return null;
  const words = wordsOf(c);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.w;
    if (w === 'according' && words[i + 1]?.w === 'to') {
      const from = words[i + 1]!.at;
      const limit = words[Math.min(i + 10, words.length - 1)]!.at;
      const m = mentions.find((x) => x.at > from && x.at <= limit);
      if (m) return { claimant: m.speaker, quote: null, by: 'according-to' };
      continue;
    }
    if (!FINDING_VERBS.has(w) || w === 'according') continue;
    const m = issuerBefore(c, mentions, i);
    if (m) return { claimant: m.speaker, quote: null, by: 'finding-source' };
  }
  return null;
}
