/**
 * Who makes a claim: the rules of CLAIMANT_RULES, in order (the speaker of the quote that holds most of the
 * candidate; a source named after its last comma, "…, said X", or set off by two, "The plan, said X, would …"; a
 * non-speech source named in it; the subject of a claiming verb; the subject of a reporting verb the quote finder left
 * without a quote; a subject whose relative clause reports, "X, who said …, …"; "as X reported"; a finding named in an opening
 * phrase, "In a survey by X, …"; the source of a finding named a sentence or two before, for shares with none of
 * their own); none matching = the article's voice. A subject stands at the candidate's start, just
 * after an opening phrase and its comma, or after a short label and its colon; an organisation may be named by its
 * initials.
 */
import { charBetween, hasWordOf, lastCharBetween, sameClause, speakerMentions, wordsOf, type Claimant, type ClaimantContext, type Mention } from './claimant-context.ts';
import { findingSource } from './claimant-findings.ts';
import { afterBrackets, datelineEnd, isShareName, namesFinding, restsOnShare, shareBefore } from './claimant-phrases.ts';
import { CLAIMING_VERBS, FINDING_NOUNS, PASSIVE_AUXILIARIES, REPORTING_VERBS, REPORTING_WORDS, SOURCE_OPENERS } from './lexicon/claims.ts';
import type { Quote } from './types.ts';

export { claimantContext, lazySpeakerIndex, speakerForms, speakerIndex, type Claimant, type ClaimantContext, type SpeakerForms, type SpeakerIndex } from './claimant-context.ts';

/** A quote holding at least this share of a candidate's characters makes the candidate its speaker's words. */
export const QUOTE_SHARE = 0.3;

/** The quote that holds most of the candidate, when it holds at least QUOTE_SHARE of it. */
function quoteSpeaker(c: ClaimantContext): Claimant | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const q of c.quotes) {
    const o = Math.min(q.end, c.end) - Math.max(q.start, c.start);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = q;
    }
  }
  if (!best || bestOverlap < QUOTE_SHARE * (c.end - c.start)) return null;
  // a poll's respondents answer it; whoever ran the poll makes the claim (the later rules look for it)
  if (best.speaker !== null && best.kind !== 'direct' && restsOnShare(c.text, c.start, best)) return { claimant: null, quote: best, by: POLL_RESPONDENTS };
  return { claimant: best.speaker, quote: best, by: 'quote-speaker' };
}

/** A quote whose source is a finding ("…, according to a new survey by X"): a finding's source, its figures may run on. */
function findingQuote(c: ClaimantContext): Claimant | null {
  const quoted = (c.verbs && !c.verbs.findingNoun) || !c.quotes.some(namesFinding) ? null : quoteSpeaker(c);
  return quoted?.quote && quoted.claimant !== null && quoted.by === 'quote-speaker' && namesFinding(quoted.quote) ? { ...quoted, by: 'finding-quote' } : null;
}

/** An indirect quote given to a name in the subject's apposition is the subject's: "The X campaign, backed by 300
 * doctors, nurses and others, says …". The cheap tests first: most candidates have no such quote. */
function appositionSubject(c: ClaimantContext): Claimant | null {
  if (c.speakers.length < 2 || !c.quotes.some((x) => x.kind === 'indirect' && x.source && x.source.start > c.start && x.source.end < x.start)) return null;
  const quoted = quoteSpeaker(c);
  const q = quoted?.quote;
  if (!q || q.kind !== 'indirect' || !q.source || quoted.claimant === null || q.source.end >= q.start) return null;
  const close = lastCharBetween(c.text, ',', q.source.end, q.start);
  const verb = close < 0 || charBetween(c.text, ',', c.start, q.source.start) < 0 ? undefined : wordsOf(c).find((w) => w.at > close && w.at < q.start && REPORTING_WORDS.has(w.w));
  if (!verb || !sameClause(c.text, close + 1, verb.at, 1)) return null;
  const subject = subjectMentions(c)[0];
  if (!subject || subject.speaker === quoted.claimant || subject.end > q.source.start) return null;
  const open = charBetween(c.text, ',', subject.end, q.source.start); // the apposition opens just after the subject
  return open >= 0 && sameClause(c.text, subject.end, open, 2) ? { claimant: subject.speaker, quote: q, by: 'apposition-subject' } : null;
}

/** What quoteSpeaker() answers for a quote whose speaker is a share of a poll's respondents. */
const POLL_RESPONDENTS = 'poll-respondents';

const FIRST_WORD_RE = /[\p{L}]+/uy;
/** The first letters of SOURCE_OPENERS, either case: a test of one character spares most candidates the regex. */
const SOURCE_OPENER_INITIALS: ReadonlySet<string> = new Set([...SOURCE_OPENERS].flatMap((w) => [w[0]!, w[0]!.toUpperCase()]));

/** Words an opening phrase may run to before its comma: "In one long night after the vote in the northern districts, X said …". */
const OPENING_PHRASE_WORDS = 16;

/** Words a label before a colon may have: "Update: X said …", "Fact check: X claimed …". */
const LABEL_WORDS = 2;

/**
 * Where the subject may stand in text from `start` (-1: nowhere before `first`): at `start` (a few words in), just after an
 * opening phrase set off by a comma ("In her address at the rally, X accused …"), or after a short label and its
 * colon ("Update: X said …").
 */
function subjectStart(text: string, start: number, first: Mention): number {
  if (sameClause(text, start, first.at, 4)) return start;
  const colon = charBetween(text, ':', start, first.at);
  if (colon >= 0 && sameClause(text, start, colon, LABEL_WORDS) && sameClause(text, colon + 1, first.at, 1)) return colon + 1;
  const comma = charBetween(text, ',', start, first.at);
  if (comma < 0 || !sameClause(text, start, comma, OPENING_PHRASE_WORDS) || !sameClause(text, comma + 1, first.at, 1)) return -1;
  return comma + 1;
}

/**
 * The mentions that may be the subject, first one first: the first mention where a subject may stand, then any other
 * a few words on in the same clause ("Former Harbour Gazette reporter X accused …": the Gazette, then X).
 */
function subjectMentions(c: ClaimantContext): Mention[] {
  return (c.subjects ??= readSubjects(c));
}

function readSubjects(c: ClaimantContext): Mention[] {
  let all = speakerMentions(c);
  // after a dateline the sentence starts anew: "CITY, May 4 (Wire) — X said …" (a name in the dateline is a place)
  const open = datelineEnd(c);
  if (open > c.start) all = all.filter((m) => m.at >= open);
  // a name that is the label before a colon is no subject ("Answer: the agency says …", where the label was taken for a name)
  const mentions = all[0] && isLabel(c, all[0]) ? all.slice(1) : all;
  const first = mentions[0];
  if (!first) return [];
  const from = subjectStart(c.text, open > c.start ? open : c.start, first);
  if (from < 0) return [];
  return mentions.filter((m) => (m === first || (m.at >= first.end && sameClause(c.text, from, m.at, 4))) && !modifiesNoun(c, m));
}

/** The mention is a short label that opens the candidate and ends at a colon: "Answer:", "Fact check:". */
function isLabel(c: ClaimantContext, m: Mention): boolean {
  return /^\s*:/.test(c.text.slice(m.end, m.end + 3)) && sameClause(c.text, c.start, m.at, LABEL_WORDS - 1);
}

/**
 * A name after "of" modifies the noun before it, the subject: "Supporters of X say …", "Critics of X argue …"; a name
 * taken whole with its share is a poll's respondents: "62 percent of passengers say …".
 */
function modifiesNoun(c: ClaimantContext, m: Mention): boolean {
  return /\bof\s+(?:the\s+)?$/i.test(c.text.slice(Math.max(c.start, m.at - 8), m.at)) || isShareName(c.text.slice(m.at, m.end));
}

/** Words an apposition after a name may run to: "X, the agency's chief scientist and head of its flood unit, said …". */
const APPOSITION_WORDS = 20;

/** The end of a subject named twice by "and": "X and the Y have said …" (the first one named makes the claim). */
function coordinatedEnd(c: ClaimantContext, first: Mention): number {
  const next = speakerMentions(c).find((m) => m.at > first.end);
  return next && /^\s+and\s+(?:the\s+)?$/.test(c.text.slice(first.end, next.at)) ? next.end : first.end;
}

/** A verb in the passive makes its subject the one spoken of, not the speaker: "X will be charged", "X was told". */
function isPassive(words: readonly { w: string }[], verb: number): boolean {
  const before = words[verb - 1];
  return before !== undefined && PASSIVE_AUXILIARIES.has(before.w);
}

/** The subject makes the claim by one of `verbs` ("X accused Y of …", "X said …"): the speaker of that subject. */
function subjectOfVerb(c: ClaimantContext, verbs: ReadonlySet<string>, by: string): Claimant | null {
  for (const m of subjectMentions(c)) {
    const got = verbAfterSubject(c, m, verbs, by);
    if (got) return got;
  }
  return null;
}

/** Characters after a subject (and its apposition) its verb may start within. */
const VERB_AFTER_CHARS = 40;

/** The index of the first of `words` (in text order) in `verbs` that starts in [from, from + chars), or -1. */
function verbWithin(words: readonly { w: string; at: number }[], verbs: ReadonlySet<string>, from: number, chars: number): number {
  for (let k = 0; k < words.length; k++) {
    const at = words[k]!.at;
    if (at - from >= chars) break;
    if (at >= from && verbs.has(words[k]!.w)) return k;
  }
  return -1;
}

/** The subject `first` makes the claim when one of `verbs` follows it, past an apposition, with no clause break. */
function verbAfterSubject(c: ClaimantContext, first: Mention, verbs: ReadonlySet<string>, by: string): Claimant | null {
  let after = coordinatedEnd(c, first);
  // skip a short aside in brackets: "X (D-Y.) said …", "X (ticker: XYZ) announced …"
  after = afterBrackets(c, after);
  // skip an apposition: "X, a ministry spokesman, has repeatedly promoted …"
  if (c.text[after] === ',') {
    const close = charBetween(c.text, ',', after + 1, c.end);
    if (close < 0 || !sameClause(c.text, after + 1, close, APPOSITION_WORDS)) return null;
    after = close + 1;
  }
  const words = wordsOf(c);
  const v = verbWithin(words, verbs, after, VERB_AFTER_CHARS);
  const verb = words[v];
  if (!verb || !sameClause(c.text, after, verb.at, 2) || isPassive(words, v)) return null;
  return { claimant: first.speaker, quote: null, by };
}

/** The subject makes the claim by its verb: "X accused Y of …", "X estimated that …". */
function claimingSubject(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.claiming : hasWordOf(c, CLAIMING_VERBS))) return null;
  return subjectOfVerb(c, CLAIMING_VERBS, 'claiming-subject');
}

/** Reported speech the quote finder left whole: "X said the plan would …", "X has said repeatedly that …". */
function reportingSubject(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.reporting : hasWordOf(c, REPORTING_WORDS))) return null;
  return subjectOfVerb(c, REPORTING_WORDS, 'reporting-subject');
}

/** Words after the last comma that can still be an attribution: "…, said X, its president", "…, X said." */
const TAIL_WORDS = 12;

/** Words after an attribution's verb and name that still belong to it without a comma: "…, X said on Monday night." */
const TAIL_AFTER_WORDS = 4;

/**
 * The attribution ends at its verb and name, give or take a short time phrase, or goes on into an apposition of any
 * length: "…, says X, a microbiologist at the university's school of veterinary medicine."
 */
function tailEndsAttribution(c: ClaimantContext, from: number): boolean {
  const rest = c.text.slice(from, c.end);
  return /^\s*,/.test(rest) || sameClause(c.text, from, c.end, TAIL_AFTER_WORDS);
}

/** Reported speech attributed at its end: "The fund is $9 million short, said X.", "…, X said on Monday." */
function trailingAttribution(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.reporting : hasWordOf(c, REPORTING_WORDS))) return null;
  // no comma, no attribution after one
  if (lastCharBetween(c.text, ',', c.start, c.end) < 0) return null;
  const words = wordsOf(c);
  let v = words.length - 1;
  while (v >= 0 && !REPORTING_VERBS.has(words[v]!.w)) v--;
  if (v < 0) return null;
  const verb = words[v]!;
  // the attribution opens at the comma before its verb: "…, said X, its president." / "…, X said."
  const comma = lastCharBetween(c.text, ',', c.start, verb.at + 1);
  if (comma < 0) return null;
  const m = speakerMentions(c).find((x) => x.at > comma);
  // "…, 75 percent of voters said": the poll's respondents, not its source
  if (!m || shareBefore(c.text, comma, m.at) || isShareName(c.text.slice(m.at, m.end))) return null;
  const short = words.filter((w) => w.at > comma).length <= TAIL_WORDS || tailEndsAttribution(c, Math.max(m.end, verb.end));
  const ok = m.at < verb.at ? sameClause(c.text, comma + 1, m.at, 3) && sameClause(c.text, m.end, verb.at, 1) : sameClause(c.text, comma + 1, verb.at, 0) && sameClause(c.text, verb.end, m.at, 4);
  return short && ok ? { claimant: m.speaker, quote: null, by: 'trailing-attribution' } : null;
}

/** Words a parenthetical attribution may hold between its commas: ", said X and others,", ", X said on Monday,". */
const ASIDE_WORDS = 6;

/**
 * An attribution set off by commas inside the sentence: "The plan, said X, would cost $4 million", "The plan, X
 * said, would …". (At the sentence's end, after its last comma, it is trailingAttribution's.)
 */
function parentheticalAttribution(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.reporting : hasWordOf(c, REPORTING_WORDS))) return null;
  // two commas at least, the aside's
  const firstComma = charBetween(c.text, ',', c.start, c.end);
  if (firstComma < 0 || charBetween(c.text, ',', firstComma + 1, c.end) < 0) return null;
  const words = wordsOf(c);
  for (const verb of words) {
    if (!REPORTING_VERBS.has(verb.w)) continue;
    const open = lastCharBetween(c.text, ',', c.start, verb.at);
    const close = charBetween(c.text, ',', verb.end, c.end);
    if (open < 0 || close < 0 || !sameClause(c.text, open + 1, close, ASIDE_WORDS)) continue;
    const m = speakerMentions(c).find((x) => x.at > open && x.end <= close);
    if (m && (m.at > verb.at ? sameClause(c.text, open + 1, verb.at, 0) : sameClause(c.text, m.end, verb.at, 0))) {
      return { claimant: m.speaker, quote: null, by: 'parenthetical-attribution' };
    }
  }
  return null;
}

/** "as X reported", "as X has noted": X is the source of the statement the clause hangs on. */
function asAttribution(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.reporting : hasWordOf(c, REPORTING_WORDS))) return null;
  const words = wordsOf(c);
  for (let i = 0; i < words.length - 1; i++) {
    if (words[i]!.w !== 'as') continue;
    const m = speakerMentions(c).find((x) => x.at > words[i]!.end && sameClause(c.text, words[i]!.end, x.at, 1));
    if (!m) continue;
    const verb = words.find((w) => w.at >= m.end && REPORTING_VERBS.has(w.w));
    if (verb && sameClause(c.text, m.end, verb.at, 1)) return { claimant: m.speaker, quote: null, by: 'as-attribution' };
  }
  return null;
}

/**
 * The subject with a relative clause that reports: "X, who has said that the fund is short, …" (X makes the claim;
 * a name further on is what the sentence is about, not who makes its claim).
 */
function relativeSpeaker(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || !(c.verbs ? c.verbs.reporting || c.verbs.claiming : hasWordOf(c, REPORTING_WORDS) || hasWordOf(c, CLAIMING_VERBS))) return null;
  const words = wordsOf(c);
  if (!words.some((w) => w.w === 'who')) return null;
  for (const m of subjectMentions(c)) {
    const who = words.findIndex((w) => w.at > m.end && w.at - m.end <= 3);
    if (who < 0 || words[who]!.w !== 'who' || !/^\s*,\s*$/.test(c.text.slice(m.end, words[who]!.at))) continue;
    // "who said", "who has claimed", "who had repeatedly argued"
    for (let v = who + 1; v <= who + 3 && v < words.length; v++) {
      const w = words[v]!.w;
      if (REPORTING_WORDS.has(w) || CLAIMING_VERBS.has(w)) return isPassive(words, v) ? null : { claimant: m.speaker, quote: null, by: 'relative-speaker' };
    }
  }
  return null;
}

/**
 * A finding named in an opening phrase is the source of the statement after it: "In a new survey by X, 40 percent
 * of farmers …", "In X's annual report, the deficit …". The phrase opens the candidate and ends at its first comma.
 */
function sourceOpener(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || (c.verbs && !c.verbs.findingNoun)) return null;
  // the first word alone, before the candidate's words are read: most candidates open otherwise
  if (!SOURCE_OPENER_INITIALS.has(c.text[c.start] ?? '')) return null;
  FIRST_WORD_RE.lastIndex = c.start;
  const first = FIRST_WORD_RE.exec(c.text)?.[0];
  if (first === undefined || !SOURCE_OPENERS.has(first.toLowerCase())) return null;
  const comma = charBetween(c.text, ',', c.start, c.end);
  if (comma < 0 || !sameClause(c.text, c.start, comma, OPENING_PHRASE_WORDS)) return null;
  if (!wordsOf(c).some((w) => w.at < comma && FINDING_NOUNS.has(w.w))) return null;
  const m = speakerMentions(c).find((x) => x.end <= comma);
  return m ? { claimant: m.speaker, quote: null, by: 'source-opener' } : null;
}

/** Words the phrase "From X," that opens a quote may run to: "From the agency's own figures, “…”". */
const FROM_SOURCE_WORDS = 6;

/**
 * A quote whose speaker the quote finder did not name, set after its source: "From the Audit Office, “…”" (the
 * phrase opens the candidate and ends at a comma before the quote).
 */
function quoteFromSource(c: ClaimantContext): Claimant | null {
  if (c.speakers.length === 0 || c.quotes.length === 0) return null;
  if (c.text[c.start] !== 'F' || !/^From\s/.test(c.text.slice(c.start, c.start + 5))) return null;
  const quoted = quoteSpeaker(c);
  if (!quoted || quoted.claimant !== null || !quoted.quote) return null;
  const comma = charBetween(c.text, ',', c.start, quoted.quote.start);
  if (comma < 0 || !sameClause(c.text, c.start, comma, FROM_SOURCE_WORDS) || !sameClause(c.text, comma + 1, quoted.quote.start, 0)) return null;
  const m = speakerMentions(c).find((x) => x.end <= comma);
  return m ? { claimant: m.speaker, quote: quoted.quote, by: 'quote-from-source' } : null;
}

/**
 * The rules that name a finding's source: its figures may run on into the sentences after it. Each needs a speaker
 * and a finding verb or noun in the candidate: claim-candidates.ts (followsFindings) asks for claimants early only
 * where those are, so a new finding rule that reads other words must widen that test too.
 */
export const FINDING_RULES: ReadonlySet<string> = new Set(['finding-source', 'according-to', 'source-opener', 'carried-finding', 'finding-quote']);

/**
 * Figures with no source of their own, just after a finding's source was named, are the finding's: "A survey by X
 * found 40 percent … . Among farmers under 30, the share was 52 percent."
 */
function carriedFinding(c: ClaimantContext): Claimant | null {
  // a quote whose speaker was not found is still someone else's words
  if (!c.carried?.figures) return null;
  const quoted = quoteSpeaker(c);
  if (quoted && quoted.by !== POLL_RESPONDENTS) return null;
  return { claimant: c.carried.source, quote: null, by: 'carried-finding' };
}

/** The claimant rules, in the order they are tried; none matching = the article's own voice. */
export const CLAIMANT_RULES: readonly { name: string; find: (c: ClaimantContext) => Claimant | null }[] = [
  { name: 'apposition-subject', find: appositionSubject },
  { name: 'finding-quote', find: findingQuote },
  { name: 'quote-speaker', find: quoteSpeaker },
  { name: 'trailing-attribution', find: trailingAttribution },
  { name: 'parenthetical-attribution', find: parentheticalAttribution },
  { name: 'finding-source', find: findingSource },
  { name: 'claiming-subject', find: claimingSubject },
  { name: 'reporting-subject', find: reportingSubject },
  { name: 'relative-speaker', find: relativeSpeaker },
  { name: 'as-attribution', find: asAttribution },
  { name: 'source-opener', find: sourceOpener },
  { name: 'quote-from-source', find: quoteFromSource },
  { name: 'carried-finding', find: carriedFinding },
];

/** The first rule that names a claimant; a quote found on the way stays the claim's quote even when unresolved. */
export function findClaimant(c: ClaimantContext): Claimant {
  let quote: Quote | null = null;
  for (const r of CLAIMANT_RULES) {
    const got = r.find(c);
    if (!got) continue;
    if (got.claimant !== null) return { ...got, quote: got.quote ?? quote };
    quote ??= got.quote;
  }
  return { claimant: null, quote, by: quote ? 'unresolved-quote' : 'article' };
}
