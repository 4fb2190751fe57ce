/**
 * Cues, reported clauses and the ordered sieve that links quotes to speakers.
 *
 * Rules, in order (each recorded in `how`, with its confidence):
 *   adjacent-cue      a cue verb next to the quote with a named subject ("X said", "said X", "says X of the Y")  0.95
 *   pronoun           the same with a pronoun subject, resolved to the most salient compatible antecedent        0.85
 *   relative-clause   "X, who said …"                                                                            0.85
 *   according-to      "according to X, …" / "…, according to X"                                                 0.85
 *   participle        "…, saying/adding that …" and "… but added that …": the subject of the main verb           0.8
 *   multi-paragraph   a quote continued from the previous paragraph's open quotation                             0.85
 *   paragraph-continuation  a quote with no cue: the speaker of the other quote in its paragraph, or, for a
 *                     paragraph that is only a quote, the last speaker of the previous paragraph                 0.7 / 0.6
 *   introduced        a paragraph opening with a quote after one ending "…, she said:" (a cue with no content)    0.6
 *   cross-sentence    a cue with no content of its own up to three sentences later in the paragraph             0.6
 *   same-sentence     a cue earlier in the quote's own sentence that reported nothing else                       0.7
 *   first-person      "I said" / "we reported" outside quotations: the author (authors)                          0.85
 * A cue's source is a name or pronoun before it (skipping auxiliaries and -ly adverbs, or an apposition: "X, 69,
 * said", "X, who …, said"), a name or noun phrase after it when inverted ("said party chair X", "said the
 * 46-year-old"; not when a lower-case verb follows: "said X will …"), any noun phrase after "according to", or a
 * noun phrase before it ("Other senior officials said", "X's campaign said"; "X's statement said" → X).
 * Pronouns resolve to the antecedent last seen in subject position within three sentences or the same or previous
 * paragraph (gender-compatible), falling back to the most recent compatible mention; "it said" → the organisation
 * last named.
 */

import type { Token } from './tokens.ts';
import type { How } from './types.ts';
import type { Entity, Mention } from './speakers.ts';
import type { MarkQuote } from './quotes.ts';
import type { Sentence } from './segment.ts';
import { DEMONYMS, GROUP_NOUNS, ORG_HEADS, PARTICLE_CUES, REPORTING_FORMS, ROLE_NOUNS } from './lexicon/words.ts';

export interface RawQuote {
  start: number;
  end: number;
  kind: 'direct' | 'indirect' | 'mixed';
  /** entity index, -1 = none */
  entity: number;
  /** a group speaker's name when there is no entity */
  cue: string | null;
  how: How;
  confidence: number;
  /** marks absorbed */
  marks: number[];
  /** for direct quotes: inner span */
  innerStart?: number;
  innerEnd?: number;
  /** offset of the source mention used */
  source?: { start: number; end: number };
}

interface Cue {
  /** token index range of the cue words */
  k0: number;
  k1: number;
  lemma: string;
  text: string;
  /** participle form ("saying") */
  participle: boolean;
  subject: Mention | null;
  how: How | '';
  /** region covering subject and cue */
  r0: number;
  r1: number;
  inverted: boolean;
  /** content produced */
  produced: boolean;
  sent: number;
  weak: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'new', 'recent', 'latest', 'first', 'same', 'whose', 'any', 'no', 'every', 'each']);
const AUX = new Set([
  'also', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'was', 'were', 'is',
  'are', 'later', 'previously', 'once', 'then', 'again', 'never', 'reportedly', 'recently', 'earlier', 'repeatedly', 'often',
  'frequently', 'publicly', 'privately', 'quickly', 'only', 'further', 'long', 'not', "n't", 'subsequently', 'already', 'just',
  'even', 'still', 'actually', 'specifically', 'explicitly', 'clearly', 'flatly', 'ever', 'first', 'now', 'always', 'since',
  'simply', 'indeed', 'too', 'immediately', 'separately', 'likewise', 'similarly', 'elsewhere',
]);
const MODAL_OR_PLURAL_SUBJ = new Set(['i', 'we', 'you', 'they', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'do', 'does', 'to', "didn't", "don't", "doesn't", 'who', 'which', 'cannot']);
const WEAK_LEMMAS = new Set(['call', 'continue', 'post', 'answer', 'counter', 'charge', 'joke', 'quip', 'boast', 'conclude', 'muse', 'wonder', 'ask', 'recount', 'lament', 'estimate', 'speculate', 'exclaim', 'promise', 'vow', 'pledge', 'read', 'state']);
const NO_CONTENT_START = new Set([
  'by', 'to', 'in', 'at', 'on', 'of', 'for', 'with', 'about', 'after', 'before', 'during', 'ahead', 'from', 'into', 'over', 'under',
  'it', 'so', 'nothing', 'anything', 'something', 'everything', 'much', 'little', 'yes', 'no', 'goodbye', 'hello', 'thanks', 'otherwise',
  'as', 'than', 'and', 'or', 'but', 'more', 'less', 'via', 'through', 'against', 'between', 'among', 'without', 'up', 'out',
  'hi', 'this', 'these', 'those', 'him', 'her', 'them', 'me', 'us', 'what', 'when', 'where', 'why', 'how', 'whether', 'if',
]);
/** Cue verbs whose object is a person ("told her", "warned them"): a pronoun after them is no clause. */
const PERSON_OBJECT_LEMMAS = new Set([
  'tell', 'ask', 'inform', 'assure', 'reassure', 'remind', 'warn', 'urge', 'advise', 'instruct', 'promise', 'email', 'text', 'message',
  'call', 'thank', 'accuse', 'blame', 'praise', 'criticize', 'criticise', 'charge', 'beg', 'order', 'quote', 'cite', 'answer', 'question',
  'query', 'counter', 'caution', 'plead', 'describe', 'mention', 'defend', 'join', 'interrupt', 'contact',
]);
const SKIP_AFTER_CUE = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later',
  'also', 'only', 'repeatedly', 'again', 'recently', 'previously', 'privately', 'publicly', 'flatly', 'bluntly', 'simply', 'then',
  'last', 'this', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'on', 'in', 'a', 'an', 'the',
  'statement', 'interview', 'twitter', 'facebook', 'x', 'news', 'conference', 'briefing', 'speech', 'email', 'emailed', 'written',
  'at', 'rally', 'during', 'an', 'phone', 'telephone', 'call', 'television', 'radio', 'tweet', 'post', 'recent', 'separate',
  'reporters', 'journalists', 'him', 'her', 'them', 'me', 'us', 'press', 'of', 'for', 'to', 'with', 'told', 'when', 'asked',
]);
const PREPOSITIONS = new Set(['at', 'in', 'on', 'during', 'after', 'before', 'with', 'to', 'for', 'from', 'over', 'about', 'while', 'since', 'throughout', 'at', 'inside', 'outside', 'near', 'via', 'amid']);
/** Words that end a subject noun phrase on its left (it starts after them). */
const NP_STOP = new Set([
  'and', 'but', 'or', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'what', 'as', 'while', 'when', 'where', 'if', 'because',
  'than', 'so', 'although', 'though', 'since', 'until', 'unless', 'whether', 'how', 'why', 'it', 'he', 'she', 'they', 'we',
  'i', 'you', 'him', 'them', 'us', 'me', 'there', 'here', 'be', 'been', 'being', 'not', 'no', 'yes', 'said', 'says', 'then',
  'before', 'after', 'once', 'can', 'cannot', 'let', 'like', 'also', 'even', 'only', 'just', 'yet', 'however',
]);
/** Words that cannot head a source noun phrase. */
const NP_NOT_HEAD = new Set([
  'it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'what', 'who',
  'which', 'there', 'here', 'one', 'ones', 'time', 'times', 'way', 'day', 'week', 'year', 'month', 'thing', 'things', 'all',
  'some', 'many', 'most', 'both', 'each', 'none', 'others', 'something', 'nothing', 'everything', 'anything', 'someone',
  'everyone', 'anyone', 'nobody', 'everybody', 'somebody', 'not', 'also', 'then', 'now', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'night', 'evening', 'afternoon',
  'and', 'but', 'or', 'the', 'a', 'an', 'to', 'of', 'as', 'had', 'has', 'have', 'was', 'were', 'is', 'are',
  'when', 'so', 'where', 'why', 'how', 'if', 'because', 'though', 'although', 'while', 'whether', 'just', 'still', 'ever',
  'never', 'again', 'too', 'very', 'well', 'even', 'only', 'later', 'earlier', 'already', 'yet', 'instead', 'however',
]);
/** Post-modifiers that end a noun phrase's head ("a poll by X", "people with knowledge of …"). */
const NP_POSTMOD = new Set(['of', 'from', 'by', 'with', 'for', 'at', 'in', 'on', 'released', 'conducted', 'published', 'taken', 'who', 'that']);
const NP_POSTMOD_HEADS = new Set(['people', 'person', 'source', 'sources', 'someone', 'one', 'those', 'data', 'poll', 'polls', 'survey', 'report', 'study', 'analysis', 'statement', 'spokesman', 'spokeswoman', 'spokesperson', 'organizers', 'group', 'team']);
/** Nouns for what a person produces: "her statement said", "X's tweet read". */
const SPEECH_PRODUCTS = new Set(['statement', 'statements', 'tweet', 'tweets', 'email', 'emails', 'letter', 'remarks', 'comments', 'post', 'posts', 'memo', 'message', 'speech', 'op-ed', 'book', 'website', 'spokesman', 'spokeswoman', 'spokesperson']);
/** Words that may follow the name after an inverted cue ("said Jane Doe, who …", "said Doe in a statement"). */
const INVERTED_FOLLOW = new Set(['who', 'whose', 'and', 'but', 'as', 'when', 'while', 'recently', 'earlier', 'later', 'last', 'this', 'yesterday', 'today', 'tonight', 'afterward', 'afterwards', 'then', 'also', 'previously', 'told', 'adding', 'noting', 'saying', 'according', 'referring', 'citing', 'speaking', 'responding']);
const LEADING_ADVERBIAL = new Set(['when', 'while', 'after', 'before', 'as', 'if', 'although', 'though', 'because', 'since', 'despite', 'hours', 'days', 'weeks', 'months', 'years', 'later', 'earlier', 'once', 'asked', 'speaking', 'unlike', 'like', 'amid', 'following', 'last', 'this', 'on', 'in']);
/** Words that open a sentence before its subject ("Yet some voters said …"). */
const OPENING_CONJUNCTIONS = new Set(['yet', 'but', 'and', 'so', 'still', 'now', 'meanwhile', 'however', 'instead', 'also', 'or']);
/** Quantity words that head a source phrase ("most of the candidates", "one", "about 9 percent"). */
const QUANTIFIERS = new Set([
  'most', 'many', 'some', 'all', 'none', 'several', 'few', 'both', 'each', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'half', 'dozens', 'hundreds', 'thousands', 'millions', 'another', 'others', 'more', 'fewer', 'majority', 'minority',
]);
const APPROXIMATORS = new Set(['about', 'nearly', 'almost', 'roughly', 'around', 'only', 'just', 'over', 'more', 'fewer', 'less', 'some', 'a']);
const SKIP_TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year']);
const TELL_ADDRESSEE = new Set(['reporters', 'journalists', 'him', 'her', 'them', 'me', 'us', 'you', 'supporters', 'lawmakers', 'the', 'a', 'an', 'press', 'crowd', 'audience', 'viewers', 'listeners', 'voters', 'members', 'students']);

export interface AttributionInput {
  text: string;
  toks: Token[];
  sentences: Sentence[];
  /** first token index of each sentence, plus one final entry = toks.length */
  sentTok: number[];
  marks: MarkQuote[];
  mentions: Mention[];
  entities: Entity[];
}

export interface AttributionResult {
  quotes: RawQuote[];
  /** names of group speakers created for entities beyond the named ones */
  entities: Entity[];
  /** relative pronouns ("X, who said"), "it" and first-person sources, and the entity each stands for */
  relatives: { start: number; end: number; entity: number }[];
}

const LY_NOUNS = new Set(['family', 'ally', 'supply', 'assembly', 'rally', 'italy', 'july', 'belly', 'bully', 'anomaly', 'monopoly', 'reply', 'folly', 'lily', 'sally', 'kelly', 'holly', 'emily', 'molly', 'polly', 'billy', 'wholly']);
/** A lower-case adverb in -ly between subject and verb ("X openly admitted"). */
function isAdverb(t: Token): boolean {
  return t.t === 'word' && !t.cap && t.lw.length > 4 && t.lw.endsWith('ly') && !LY_NOUNS.has(t.lw);
}
const SUBORDINATE = new Set(['who', 'whom', 'which', 'that', 'when', 'where', 'if', 'because', 'whether', 'while', 'as', 'than', 'though', 'although', 'unless', 'until']);

function isVerbish(t: Token | undefined): boolean {
  if (!t || t.t !== 'word' || t.cap) return false;
  if (REPORTING_FORMS.has(t.lw)) return true;
  if (AUX.has(t.lw)) return true;
  return /(ed|es|s)$/.test(t.lw) && !DETERMINERS.has(t.lw) && t.lw.length > 3;
}

export function attribute(input: AttributionInput): AttributionResult {
  const { text, toks, sentences, sentTok, marks, mentions, entities } = input;
  // token → mention ending there (by end of name or of apposition)
  const endAt = new Map<number, Mention>();
  const startAt = new Map<number, Mention>();
  for (const m of mentions) {
    if (m.inRole) continue;
    endAt.set(m.t1 - 1, m);
    if (m.appT !== m.t1) endAt.set(m.appT - 1, m);
    startAt.set(m.r0, m);
    startAt.set(m.t0, m);
  }

  // subject positions
  const firstInSent = new Set<number>();
  for (const m of mentions) {
    if (m.inRole || m.quoted) continue;
    if (!firstInSent.has(m.sent)) {
      const before = toks[m.r0 - 1];
      const dateline = m.name.length > 3 && m.name === m.name.toUpperCase();
      const prepObject = !!before && before.sent === m.sent && (/^(by|of|from|with|to|for|about|against|in|at|on|under|between)$/.test(before.lw) ||
        (before.lw === 'the' && /^(by|of|from|with|to|for|about|against|in|at|on|under|between)$/.test(toks[m.r0 - 2]?.lw ?? '')) || before.w === '(');
      if (!dateline) firstInSent.add(m.sent);
      if (!dateline && !prepObject) m.subject = true;
    }
    let k = m.appT;
    while (toks[k] && AUX.has(toks[k]!.lw)) k++;
    if (isVerbish(toks[k])) m.subject = true;
  }

  // ---- cues
  const cues: Cue[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.t !== 'word' || t.quoted || t.cap && k !== sentTok[t.sent]) continue;
    const lemma = REPORTING_FORMS.get(t.lw);
    if (!lemma) continue;
    let k1 = k + 1;
    if (lemma === 'according') {
      if (toks[k + 1]?.lw !== 'to') continue;
      k1 = k + 2;
    }
    const particle = PARTICLE_CUES[lemma];
    if (particle) {
      if (toks[k + 1]?.lw !== particle) continue;
      k1 = k + 2;
    }
    const prev = toks[k - 1];
    if (prev && prev.sent === t.sent && DETERMINERS.has(prev.lw) && lemma !== 'according') continue; // a noun: "the report"
    if (t.lw === lemma && lemma !== 'according' && t.lw !== 'read') {
      // bare form: needs a plural/pronoun subject or a modal
      if (!prev || !(MODAL_OR_PLURAL_SUBJ.has(prev.lw) || /s$/.test(prev.lw) || GROUP_NOUNS.has(prev.lw))) continue;
      if (prev.lw === 'to') continue;
    }
    if (prev && /^(be|been|being|is|was|were|are|get|got|gets|getting)$/.test(prev.lw) && (t.lw.endsWith('ed') || t.lw === 'told' || t.lw === 'written') && toks[k1]?.lw !== 'by') continue; // passive
    const participle = t.lw.endsWith('ing') && lemma !== 'according';
    cues.push({
      k0: k, k1, lemma, text: toks.slice(k, k1).map((x) => x.w).join(' '), participle, subject: null, how: '', r0: k, r1: k1,
      inverted: false, produced: false, sent: t.sent, weak: WEAK_LEMMAS.has(lemma),
    });
  }

  // marks come in text order; binary search then finds the first at or after a position
  const marksInOrder = marks.every((q, i) => i === 0 || marks[i - 1]!.start <= q.start);
  const firstMarkFrom = (pos: number): number => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // attributed quotes by paragraph (built before the continuation rules, which read it)
  let rawByParagraph: Map<number, RawQuote[]> | null = null;
  const paragraphStarts = new Map<number, number>();
  for (const sentence of sentences) if (!paragraphStarts.has(sentence.paragraph)) paragraphStarts.set(sentence.paragraph, sentence.start);
  const lastSentenceOf = new Map<number, number>();
  sentences.forEach((sentence, i) => lastSentenceOf.set(sentence.paragraph, i));

  // quote marks by position
  const markByStart = new Map<number, number>();
  for (let i = marks.length - 1; i >= 0; i--) markByStart.set(marks[i]!.start, i);
  const markAtTok = (k: number): number => {
    const t = toks[k];
    if (!t) return -1;
    return markByStart.get(t.start) ?? -1;
  };
  // mark end → the marks ending there, so a lookup near a position never scans every mark
  const marksByEnd = new Map<number, number[]>();
  for (let i = 0; i < marks.length; i++) {
    const list = marksByEnd.get(marks[i]!.end);
    if (list) list.push(i);
    else marksByEnd.set(marks[i]!.end, [i]);
  }
  const markEndingBefore = (pos: number, sent: number): number => {
    // a mark quote ending at pos, with only white space / commas between
    let best = -1;
    for (let end = Math.max(0, pos - 8); end <= pos; end++) {
      const list = marksByEnd.get(end);
      if (!list || !/^[\s,;:\u2014\u2013-]*$/.test(text.slice(end, pos))) continue;
      for (const i of list) if (i > best) best = i;
    }
    void sent;
    return best;
  };

  // ---- subjects
  const hasWord = (phrase: string | null, word: string): boolean =>
    !!phrase && phrase.toLowerCase().split(/[\s,.]+/).includes(word);
  const groupEntity = (name: string, plural: boolean, headWord?: string): number => {
    const key = name.toLowerCase();
    const head = headWord ?? key.split(' ').at(-1) ?? '';
    // "the judge said" after "Judge Jane Doe": a definite role noun refers back to the person the text gave that
    // title or role (the most recently introduced one), as a reader takes it
    if (!plural && key.split(' ').length <= 2 && ROLE_NOUNS.has(head)) {
      for (let e = entities.length - 1; e >= 0; e--) {
        const en = entities[e]!;
        if (en.kind !== 'person' || en.plural) continue;
        if (hasWord(en.role, head) || [...en.aliases].some((alias) => hasWord(alias, head))) return e;
      }
    }
    const kind = ORG_HEADS.has(head) ? 'organization' : plural ? 'group' : 'unknown';
    if (groupIndex === null) {
      groupIndex = new Map();
      for (let e = 0; e < entities.length; e++) {
        const k = `${entities[e]!.kind}\u0000${entities[e]!.name.toLowerCase()}`;
        if (!groupIndex.has(k)) groupIndex.set(k, e);
      }
    }
    const found = groupIndex.get(`${kind}\u0000${key}`);
    if (found !== undefined) return found;
    // shown as written ("senior Smith adviser", "GOP strategists"), a sentence-initial "Other"/"Most" lowered
    const w0 = name.split(' ')[0]!.toLowerCase();
    const shown = DETERMINERS.has(w0) || QUANTIFIERS.has(w0) || w0 === 'other' || w0 === 'about' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
    entities.push({ name: shown, aliases: new Set(), role: null, kind, gender: null, plural, tokens: [key], evidence: true, count: 1, spoke: false, named: false });
    groupIndex.set(`${kind}\u0000${key}`, entities.length - 1);
    return entities.length - 1;
  };
  let groupIndex: Map<string, number> | null = null;
  const relatives: { start: number; end: number; m: Mention }[] = [];
  const lastOrgBefore = (k: number, sent: number): Mention | null => {
    const p0 = sentences[sent]!.paragraph;
    for (let x = mentions.length - 1; x >= 0; x--) {
      const m = mentions[x]!;
      if (m.t1 > k) continue;
      if (p0 - (sentences[m.sent]?.paragraph ?? 0) > 1) break;
      if (m.quoted || m.inRole) continue;
      if (m.type === 'person') return null;
      if (m.type === 'org' && m.entity >= 0) return m;
    }
    return null;
  };
  const authors: number[] = [-1, -1];
  const authorEntity = (plural: boolean): number => {
    const slot = plural ? 1 : 0;
    if (authors[slot]! < 0) {
      entities.push({ name: plural ? 'the authors' : 'the author', aliases: new Set(), role: null, kind: plural ? 'group' : 'person', gender: null, plural, tokens: [], evidence: true, count: 1, spoke: false, named: false });
      authors[slot] = entities.length - 1;
    }
    return authors[slot]!;
  };
  const groupMention = (kEnd: number): Mention | null => {
    // "officials", "senior administration officials", "a spokesman for the campaign"
    const sent = toks[kEnd]!.sent;
    if (NP_NOT_HEAD.has(toks[kEnd]!.lw) && !GROUP_NOUNS.has(toks[kEnd]!.lw)) return null;
    for (let h = kEnd; h >= Math.max(sentTok[sent]!, kEnd - 6); h--) {
      const t = toks[h]!;
      if (t.t !== 'word' || (t.cap && h !== sentTok[sent])) {
        if (t.t === 'word' && t.cap) continue;
        return null;
      }
      if (GROUP_NOUNS.has(t.lw) || ROLE_NOUNS.has(t.lw)) {
        let s = h;
        while (s - 1 >= sentTok[sent]! && toks[s - 1]!.t === 'word' && !DETERMINERS.has(toks[s - 1]!.lw) && !AUX.has(toks[s - 1]!.lw) && !isVerbish(toks[s - 1]) && !/^(and|but|or|that|which|who|as|while|when|if|because|than|of|to|in|on|at|for|with|by)$/.test(toks[s - 1]!.lw) && h - s < 3) s--;
        const nameStart = s;
        if (s - 1 >= sentTok[sent]! && DETERMINERS.has(toks[s - 1]!.lw)) s--;
        const name = text.slice(toks[nameStart]!.start, toks[kEnd]!.end).replace(/\s+/g, ' ');
        const plural = GROUP_NOUNS.has(t.lw);
        const e = groupEntity(name, plural);
        return {
          t0: nameStart, t1: kEnd + 1, start: toks[s]!.start, end: toks[kEnd]!.end, r0: s, appEnd: toks[kEnd]!.end, appT: kEnd + 1,
          type: 'group', name, titled: null, role: null, gender: null, plural, sent, quoted: false, inRole: false, subject: true, entity: e, evidence: true,
        };
      }
      if (DETERMINERS.has(t.lw) && h < kEnd && /^(the|a|an|this|his|her|its|their|our|one|another)$/.test(t.lw)) {
        // a descriptive noun phrase as subject: "the actress", "a new poll", "the 43-year-old"
        const before = toks[h - 1];
        if (before && before.sent === sent && !/^(,|and|but|—|–|\(|;|:|while|as|because|though|although|when|so)$/.test(before.lw) && !/[“"]/.test(before.w)) return null;
        for (let x = h + 1; x <= kEnd; x++) {
          const w = toks[x]!;
          if (w.t === 'punct' || isVerbish(w) && x !== kEnd || /^(that|which|who|and|but|or|of|to|in|on|at|for|with|by|from)$/.test(w.lw)) return null;
        }
        const head = toks[kEnd]!;
        if (head.t !== 'word' && head.t !== 'num') return null;
        const name = text.slice(toks[h + 1]!.start, head.end).replace(/\s+/g, ' ');
        const plural = /s$/.test(head.lw) && !/ss$/.test(head.lw);
        const e = groupEntity(name, plural);
        return {
          t0: h + 1, t1: kEnd + 1, start: t.start, end: head.end, r0: h, appEnd: head.end, appT: kEnd + 1,
          type: 'group', name, titled: null, role: null, gender: null, plural, sent, quoted: false, inRole: false, subject: true, entity: e, evidence: true,
        };
      }
      if (DETERMINERS.has(t.lw) || /^(and|but|or|that|said|says)$/.test(t.lw)) return null;
    }
    return null;
  };

  const npMention = (a: number, b: number, sent: number, r0: number): Mention | null => {
    // tokens [a, b] as a source noun phrase (determiner at r0 ≤ a, if any)
    while (a <= b && DETERMINERS.has(toks[a]!.lw) && toks[a]!.t === 'word') a++;
    if (a > b) return null;
    // the head: the last word before a post-modifier ("data from …", "people with knowledge of …")
    let hd = b;
    for (let x = a + 1; x <= b; x++) {
      if (NP_POSTMOD.has(toks[x]!.lw)) {
        hd = x - 1;
        break;
      }
    }
    const head = toks[hd]!;
    if (head.t !== 'word' && head.t !== 'num') return null;
    if (NP_NOT_HEAD.has(head.lw) || /ly$/.test(head.lw)) return null;
    const name = text.slice(toks[a]!.start, toks[b]!.end).replace(/\s+/g, ' ');
    const plural = /s$/.test(head.lw) && !/(ss|us|is)$/.test(head.lw);
    const e = groupEntity(name, plural, head.lw);
    return {
      t0: a, t1: b + 1, start: toks[r0]!.start, end: toks[b]!.end, r0, appEnd: toks[b]!.end, appT: b + 1,
      type: 'group', name, titled: null, role: null, gender: null, plural, sent, quoted: false, inRole: false, subject: true, entity: e, evidence: true,
    };
  };
  /** The noun phrase ending at token j that is the subject of a cue right after it ("Other senior officials said"). */
  const subjectNP = (j: number, sent: number): Mention | null => {
    const s0 = sentTok[sent]!;
    const head = toks[j];
    if (!head || head.sent !== sent || (head.t !== 'word' && head.t !== 'num')) return null;
    if (head.quoted || NP_NOT_HEAD.has(head.lw) || PREPOSITIONS.has(head.lw) || /ly$/.test(head.lw)) return null;
    let a = j;
    let n = 0;
    while (a - 1 >= s0 && n < 9) {
      const t = toks[a - 1]!;
      if (t.quoted) break;
      if (t.t === 'poss' || t.t === 'num') {
        a--;
        n++;
        continue;
      }
      if (t.t !== 'word') break;
      if (NP_STOP.has(t.lw) || AUX.has(t.lw) || REPORTING_FORMS.has(t.lw)) break;
      if (PREPOSITIONS.has(t.lw) || t.lw === 'of' || t.lw === 'by') {
        // inside the phrase only after a noun that takes a complement ("members of", "people with knowledge of")
        const before = toks[a - 2];
        if (!before || before.sent !== sent || before.t !== 'word' || NP_STOP.has(before.lw) || AUX.has(before.lw) || PREPOSITIONS.has(before.lw)) break;
        if (!(GROUP_NOUNS.has(before.lw) || ROLE_NOUNS.has(before.lw) || ORG_HEADS.has(before.lw) || before.cap || NP_POSTMOD_HEADS.has(before.lw) ||
          (before.t === 'word' && !/(ing|ed|ly)$/.test(before.lw) && !REPORTING_FORMS.has(before.lw) && !DETERMINERS.has(before.lw)))) break;
      }
      a--;
      n++;
    }
    if (n >= 9) return null;
    // the phrase must start at the sentence start or after a boundary
    const prev = a - 1 >= s0 ? toks[a - 1]! : undefined;
    if (prev && !(prev.t === 'punct' || NP_STOP.has(prev.lw) || AUX.has(prev.lw))) return null;
    if (PREPOSITIONS.has(toks[a]!.lw) || toks[a]!.lw === 'of') return null;
    // possessive speech products: "Sanders's statement said" → the possessor
    let possAt = -1;
    for (let x = a; x < j; x++) {
      if (toks[x]!.t === 'poss') {
        possAt = x;
        break;
      }
    }
    if (possAt > a && possAt === j - 1 && SPEECH_PRODUCTS.has(head.lw)) {
      const owner = endAt.get(possAt - 1);
      if (owner && owner.type !== 'pronoun') return owner;
    }
    if (a === j && toks[a]!.cap && a !== s0) return null; // a lone capitalised word the name finder rejected
    if (toks[a]!.t === 'word' && /^(his|her|their|its)$/.test(toks[a]!.lw) && SPEECH_PRODUCTS.has(head.lw)) return null;
    return npMention(a, j, sent, a);
  };

  /** After an inverted cue's name, a lower-case verb means the name starts the reported clause ("said Smith will …"). */
  const startsClause = (k: number, sEnd: number): boolean => {
    const t = toks[k];
    if (!t || k >= sEnd) return false;
    if (t.t === 'poss') return true;
    return t.t === 'word' && !t.cap && !INVERTED_FOLLOW.has(t.lw) && !PREPOSITIONS.has(t.lw) && t.lw !== 'of' && !REPORTING_FORMS.has(t.lw);
  };
  // mentions by sentence (for the main-clause subject)
  const mentionsOfSent = bySentence(mentions);
  /**
   * The subject of the sentence's main clause before token `before` ("X defended the plan, saying …"): not a
   * dateline, not inside a leading adverbial ("In an interview with Y, X said"), not the object of a preposition;
   * preferably a mention followed by its verb. Else a noun phrase before the first verb.
   */
  const mainSubject = (sent: number, before: number): Mention | null => {
    const s0 = sentTok[sent]!;
    let from = s0;
    // a dateline: capitals up to a dash ("CITY — ", "CITY, St. (Agency) - ")
    for (let x = s0; x < Math.min(before, s0 + 8); x++) {
      const w = toks[x]!.w;
      if (w === '—' || w === '–' || w === '-') {
        from = x + 1;
        break;
      }
      if (toks[x]!.t === 'word' && toks[x]!.w !== toks[x]!.w.toUpperCase() && toks[x - 1]?.w !== '(') break;
    }
    // a leading adverbial clause or phrase ends at the first comma
    const lead = toks[from];
    if (lead && (PREPOSITIONS.has(lead.lw) || LEADING_ADVERBIAL.has(lead.lw) || /ing$/.test(lead.lw))) {
      for (let x = from + 1; x < before; x++) {
        if (toks[x]!.w === ',' && !toks[x]!.quoted) {
          from = x + 1;
          break;
        }
      }
    }
    let first: Mention | null = null;
    for (const m of mentionsOfSent.get(sent) ?? []) {
      if (m.t0 >= before) break;
      if (m.r0 < from || m.quoted || m.inRole || m.type === 'pronoun' && /^(him|her|them|his)$/.test(m.name)) continue;
      const p1 = toks[m.r0 - 1];
      const p2 = toks[m.r0 - 2];
      if (p1 && p1.sent === sent && (PREPOSITIONS.has(p1.lw) || p1.lw === 'of' || p1.lw === 'by' || p1.w === '(' || p1.t === 'poss' || SUBORDINATE.has(p1.lw))) continue;
      if (p1 && p2 && p1.lw === 'the' && p2.sent === sent && (PREPOSITIONS.has(p2.lw) || p2.lw === 'of' || p2.lw === 'by')) continue;
      if (m.name.length > 3 && m.name === m.name.toUpperCase()) continue;
      let k = m.appT;
      while (toks[k] && AUX.has(toks[k]!.lw)) k++;
      const v = toks[k];
      if (v && k < before && v.t === 'word' && !v.cap && !NP_STOP.has(v.lw) && !PREPOSITIONS.has(v.lw) && !DETERMINERS.has(v.lw) && v.lw !== 'of') return m;
      if (!first) first = m;
    }
    if (first) return first;
    for (let k = from + 1; k < before; k++) {
      const v = toks[k]!;
      if (v.t === 'punct') break;
      if (v.t === 'word' && !v.cap && (AUX.has(v.lw) && !/^(also|later|then|once|now|only|just|even|still)$/.test(v.lw) || /ed$/.test(v.lw))) return subjectNP(k - 1, sent);
    }
    return null;
  };

  /**
   * The noun phrase that opens the sentence as the subject of a cue further on, when nothing nearer the cue is one:
   * "Some voters who have listened to him over the decades, on television or at rallies, said …", "Most of the
   * candidates said …", "About 9 percent said …", "People briefed on the move said …". Named after its head.
   */
  const cuesOfSent = bySentence(cues);
  const leadingSubject = (sent: number, before: number): Mention | null => {
    const s0 = sentTok[sent]!;
    let from = s0;
    while (from < before && toks[from]!.t === 'word' && OPENING_CONJUNCTIONS.has(toks[from]!.lw)) from++;
    if (toks[from]?.w === ',') from++;
    const lead = toks[from];
    if (!lead || lead.quoted || lead.t === 'punct') return null;
    const approx = APPROXIMATORS.has(lead.lw) && (toks[from + 1]?.t === 'num' || QUANTIFIERS.has(toks[from + 1]?.lw ?? ''));
    if (!approx && (PREPOSITIONS.has(lead.lw) || LEADING_ADVERBIAL.has(lead.lw) || /ing$/.test(lead.lw) || lead.lw === 'until')) {
      let x = from + 1;
      while (x < before && !(toks[x]!.w === ',' && !toks[x]!.quoted)) x++;
      if (x >= before) return null;
      from = x + 1;
    }
    let a = from;
    if (APPROXIMATORS.has(toks[a]?.lw ?? '') && (toks[a + 1]?.t === 'num' || QUANTIFIERS.has(toks[a + 1]?.lw ?? ''))) a++;
    const first = toks[a];
    if (!first || first.t === 'punct' || first.quoted || a >= before) return null;
    const quant = QUANTIFIERS.has(first.lw) || first.t === 'num';
    if (!quant && !DETERMINERS.has(first.lw) && !(first.t === 'word' && !NP_NOT_HEAD.has(first.lw) && !PREPOSITIONS.has(first.lw) &&
      !SUBORDINATE.has(first.lw) && !isAdverb(first) && !/(ed|ing)$/.test(first.lw))) return null;
    let k = a + 1;
    if (quant && toks[k]?.lw === 'of') {
      k++;
      if (/^(them|us|those|these|you)$/.test(toks[k]?.lw ?? '')) k++;
    }
    if (quant && toks[k]?.lw === 'percent') k++;
    while (k < before && k < a + 8) {
      const w = toks[k]!;
      if (w.t === 'punct' || w.quoted) break;
      if (w.t === 'poss') {
        k++;
        continue;
      }
      if (SUBORDINATE.has(w.lw) || PREPOSITIONS.has(w.lw) || w.lw === 'of' || w.lw === 'to' || w.lw === 'by' || NP_STOP.has(w.lw) || AUX.has(w.lw) ||
        REPORTING_FORMS.has(w.lw) || /^(i|we|you|he|she|they)(['’]\w+)?$/.test(w.lw) || (!w.cap && /(ed|ing)$/.test(w.lw))) break;
      k++;
    }
    const head = toks[k - 1]!;
    if (head.t !== 'word' && head.t !== 'num') return null;
    if (NP_NOT_HEAD.has(head.lw) && !(quant && (k - 1 === a || toks[k - 2]?.lw === 'of'))) return null;
    if (DETERMINERS.has(head.lw) || /ly$/.test(head.lw)) return null;
    // between the phrase and the cue: its modifiers only, no other cue, not too long
    if (before - k > 28) return null;
    for (const o of cuesOfSent.get(sent) ?? []) if (o.k0 >= k && o.k0 < before) return null;
    const named = startAt.get(a);
    if (named && named.t1 === k && named.type !== 'pronoun') return named;
    const n0 = DETERMINERS.has(first.lw) && !QUANTIFIERS.has(first.lw) ? a + 1 : from;
    if (n0 >= k) return null;
    const name = text.slice(toks[n0]!.start, head.end).replace(/\s+/g, ' ');
    const plural = quant ? first.lw !== 'one' : /s$/.test(head.lw) && !/(ss|us|is)$/.test(head.lw);
    const e = groupEntity(name, plural, head.lw);
    return {
      t0: n0, t1: k, start: toks[from]!.start, end: head.end, r0: from, appEnd: head.end, appT: k,
      type: 'group', name, titled: null, role: null, gender: null, plural, sent, quoted: false, inRole: false, subject: true, entity: e, evidence: true,
    };
  };

  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const sStart = sentTok[cue.sent]!;
    const sEnd = sentTok[cue.sent + 1]!;
    if (cue.lemma === 'according') {
      // subject after "to"
      const m = startAt.get(cue.k1) ?? (toks[cue.k1]?.lw === 'the' ? startAt.get(cue.k1 + 1) : undefined);
      if (m) {
        cue.subject = m;
        cue.r1 = m.appT;
      } else {
        let k = cue.k1;
        while (k < sEnd && toks[k]!.t === 'word' && k < cue.k1 + 6) k++;
        const g = k > cue.k1 ? groupMention(k - 1) : null;
        if (g) {
          cue.subject = g;
          cue.r1 = k;
        } else {
          // any noun phrase: "according to exit polls", "according to a poll released Tuesday by X"
          let b = cue.k1;
          while (b < sEnd && b < cue.k1 + 10) {
            const t = toks[b]!;
            if (t.t === 'punct' || t.quoted) break;
            if (b > cue.k1 && (NP_STOP.has(t.lw) || REPORTING_FORMS.has(t.lw) || SKIP_TIME.has(t.lw) || (/ed$/.test(t.lw) && !t.cap && !DETERMINERS.has(toks[b - 1]!.lw)))) break;
            b++;
          }
          while (b - 1 > cue.k1 && (PREPOSITIONS.has(toks[b - 1]!.lw) || toks[b - 1]!.lw === 'of' || toks[b - 1]!.lw === 'by' || DETERMINERS.has(toks[b - 1]!.lw))) b--;
          const np = b > cue.k1 ? npMention(cue.k1, b - 1, cue.sent, cue.k1) : null;
          if (np) {
            cue.subject = np;
            cue.r1 = b;
          } else cue.r1 = k;
        }
      }
      cue.how = 'according-to';
      continue;
    }
    // pre-verbal subject
    let j = cue.k0 - 1;
    while (j >= sStart && (AUX.has(toks[j]!.lw) || isAdverb(toks[j]!))) j--;
    const tj = j >= sStart ? toks[j] : undefined;
    if (tj && (tj.lw === 'who' || tj.lw === 'which' || (tj.lw === 'that' && j - 1 >= sStart && toks[j - 1]!.t === 'word'))) {
      // "X, who said …", "Republicans who say …", "the report, which notes …"
      const comma = toks[j - 1]?.w === ',';
      const at = comma ? j - 2 : j - 1;
      let ante: Mention | null | undefined = at >= sStart ? (endAt.get(comma ? j - 1 : at) ?? endAt.get(at)) : undefined;
      if (ante?.type === 'pronoun') ante = undefined;
      if (!ante && at >= sStart && tj.lw !== 'that') ante = groupMention(at) ?? subjectNP(at, cue.sent);
      if (ante) {
        cue.subject = ante;
        cue.how = 'relative-clause';
        cue.r0 = comma ? j - 1 : j;
        relatives.push({ start: tj.start, end: tj.end, m: ante });
        continue;
      }
    }
    if (tj && !tj.quoted && (tj.lw === 'i' || tj.lw === 'we') && tj.t === 'word' && !cue.participle) {
      // first person outside quotations: the writer ("I said", "as we reported")
      const we = tj.lw === 'we';
      cue.subject = {
        t0: j, t1: j + 1, start: tj.start, end: tj.end, r0: j, appEnd: tj.end, appT: j + 1, type: 'group', name: tj.w, titled: null,
        role: null, gender: null, plural: we, sent: cue.sent, quoted: false, inRole: false, subject: true, entity: authorEntity(we), evidence: true,
      };
      cue.how = 'first-person';
      cue.r0 = j;
      relatives.push({ start: tj.start, end: tj.end, m: cue.subject });
      continue;
    }
    if (tj && tj.w === ',' && toks[j - 1]?.w === ')' && endAt.get(j - 1)?.type === 'person') {
      // "Jane Doe (D-Ore.), said"
      const m = endAt.get(j - 1)!;
      cue.subject = m;
      cue.how = 'adjacent-cue';
      cue.r0 = m.r0;
      continue;
    }
    if (tj && tj.lw === 'it' && !tj.quoted && !cue.participle) {
      // "it said": the organisation last named within the paragraph or the previous one
      const org = lastOrgBefore(j, cue.sent);
      if (org) {
        cue.subject = { ...org, start: tj.start, end: tj.end, t0: j, t1: j + 1, r0: j, appEnd: tj.end, appT: j + 1, type: 'pronoun', name: 'it', sent: cue.sent, subject: true };
        cue.how = 'pronoun';
        cue.r0 = j;
        relatives.push({ start: tj.start, end: tj.end, m: cue.subject });
        continue;
      }
    }
    if (tj) {
      const m = endAt.get(j);
      if (m && (m.type !== 'pronoun' || !/^(him|her|them|his)$/.test(m.name))) {
        cue.subject = m;
        cue.how = m.type === 'pronoun' ? 'pronoun' : 'adjacent-cue';
        cue.r0 = m.r0;
        continue;
      }
      if ((tj.lw === 'and' || tj.lw === 'but') && c > 0 && cues[c - 1]!.sent === cue.sent) {
        cue.subject = cues[c - 1]!.subject;
        cue.how = 'participle';
        cue.r0 = j;
        continue;
      }
      const g = groupMention(j) ?? (cue.participle ? null : subjectNP(j, cue.sent));
      if (g && !cue.participle) {
        cue.subject = g;
        cue.how = 'adjacent-cue';
        cue.r0 = g.r0;
        continue;
      }
    }
    // inverted: "…,” said X" / "…, says X of the Y"
    const before = toks[cue.k0 - 1];
    const qmark = (t: Token | undefined) => !!t && (/^[”"’']$/.test(t.w) || t.w === "''");
    const afterQuote = qmark(before) || (before?.w === ',' && qmark(toks[cue.k0 - 2]));
    if (!afterQuote && !cue.participle && tj && before === tj && (tj.w === ',' || tj.w === '—' || tj.w === '–')) {
      // "the assailant, Jane Doe, told …": a name right before the comma
      const named = endAt.get(j - 1);
      if (named && named.type === 'person' && !named.quoted) {
        cue.subject = named;
        cue.how = 'adjacent-cue';
        cue.r0 = named.r0;
        continue;
      }
    }
    if (!afterQuote && before === tj) {
      if (!cue.participle && tj && (tj.w === ',' || tj.w === '—' || tj.w === '–')) {
        // "X, who took over as head of Y, said", "Many speakers — including A and B — said": the phrase before the
        // apposition or parenthetical
        let x = j - 1;
        while (x > sStart && x > j - 30 && toks[x]!.w !== tj.w && !toks[x]!.quoted) x--;
        if (x > sStart && toks[x]!.w === tj.w) {
          // the comma may close a name's apposition ("X, the chairman of Y, for example, said")
          const m = endAt.get(x)?.type === 'person' ? endAt.get(x) : endAt.get(x - 1);
          const np = m && m.type !== 'pronoun' ? m : m ? null : subjectNP(x - 1, cue.sent);
          if (np && (np.type !== 'group' || np.r0 === sStart || toks[np.r0 - 1]?.t === 'punct')) {
            cue.subject = np;
            cue.how = 'adjacent-cue';
            cue.r0 = np.r0;
            continue;
          }
        }
      }
    }
    const invertedPos = !before || before.sent !== cue.sent || /^[,”"'’:;\u2014\u2013-]$/.test(before.w) || before.w === "''";
    if (invertedPos && !cue.participle) {
      let k = cue.k1;
      const m = startAt.get(k) ?? (toks[k]?.lw === 'the' ? startAt.get(k + 1) : undefined);
      if (m && m.sent === cue.sent && (afterQuote || !startsClause(m.appT, sEnd))) {
        cue.subject = m;
        cue.inverted = true;
        cue.how = m.type === 'pronoun' ? 'pronoun' : 'adjacent-cue';
        cue.r1 = m.appT;
        continue;
      }
      while (k < sEnd && toks[k]!.t === 'word' && !toks[k]!.cap && k < cue.k1 + 6) k++;
      const g = k > cue.k1 ? groupMention(k - 1) : null;
      if (g && toks[cue.k1] && DETERMINERS.has(toks[cue.k1]!.lw)) {
        cue.subject = g;
        cue.inverted = true;
        cue.how = 'adjacent-cue';
        cue.r1 = k;
        continue;
      }
      // "said Republican party boss Jane Doe", "said his best friend at college, John Roe", "said the 46-year-old"
      let b = cue.k1;
      let named: Mention | undefined;
      while (b < sEnd && b < cue.k1 + 9) {
        const t = toks[b]!;
        const mm = startAt.get(b);
        if (mm && mm.type !== 'pronoun' && mm.type !== 'org') {
          // a name inside a described source is a modifier: "said a senior Smith adviser"
          const modifier = b > cue.k1 && /^(a|an|the|one|another)$/.test(toks[cue.k1]!.lw) && toks[mm.t1]?.t === 'word' && !toks[mm.t1]!.cap &&
            !INVERTED_FOLLOW.has(toks[mm.t1]!.lw) && !NP_STOP.has(toks[mm.t1]!.lw) && !PREPOSITIONS.has(toks[mm.t1]!.lw) && !REPORTING_FORMS.has(toks[mm.t1]!.lw);
          if (!modifier) {
            named = mm;
            break;
          }
          b = mm.t1;
          continue;
        }
        if (t.quoted || (t.t === 'punct' && !(t.w === ',' && startAt.get(b + 1)?.type === 'person')) || NP_STOP.has(t.lw) || REPORTING_FORMS.has(t.lw) || SKIP_TIME.has(t.lw) || PREPOSITIONS.has(t.lw) && b === cue.k1) break;
        if (NP_POSTMOD.has(t.lw) && t.lw !== 'at' && t.lw !== 'of' && t.lw !== 'for') break;
        b++;
      }
      if (named && !startsClause(named.appT, sEnd)) {
        cue.subject = named;
        cue.inverted = true;
        cue.how = 'adjacent-cue';
        cue.r1 = named.appT;
        continue;
      }
      if (b > cue.k1 && toks[cue.k1]!.t === 'word' && /^(the|a|an|his|her|their|its|one|another)$/.test(toks[cue.k1]!.lw) && (b >= sEnd || toks[b]!.t === 'punct' || NP_STOP.has(toks[b]!.lw) || toks[b]!.lw === 'who')) {
        let e = b - 1;
        while (e > cue.k1 && (PREPOSITIONS.has(toks[e]!.lw) || toks[e]!.lw === 'of')) e--;
        const np = npMention(cue.k1, e, cue.sent, cue.k1);
        if (np) {
          cue.subject = np;
          cue.inverted = true;
          cue.how = 'adjacent-cue';
          cue.r1 = e + 1;
          continue;
        }
      }
    }
    if (!cue.participle && !afterQuote && !(tj && (tj.lw === 'and' || tj.lw === 'but'))) {
      const ls = leadingSubject(cue.sent, j + 1);
      if (ls) {
        cue.subject = ls;
        cue.how = 'adjacent-cue';
        cue.r0 = ls.r0;
        continue;
      }
    }
    if (cue.participle || (tj && (tj.w === ',' || tj.lw === 'and' || tj.lw === 'but'))) {
      // subject of the main clause: an earlier cue's subject in this sentence, else the sentence's subject mention
      const prevCue = c > 0 && cues[c - 1]!.sent === cue.sent ? cues[c - 1]! : null;
      if (prevCue?.subject) cue.subject = prevCue.subject;
      else cue.subject = mainSubject(cue.sent, cue.k0);
      cue.how = 'participle';
    }
  }

  // ---- pronoun resolution (document order, salience = last subject)
  // The subject of a reported clause ("X said Y would resign") is not the centre of attention a later "he said"
  // continues: the speaker is. Only the speaker of such a sentence stays salient.
  const reported = new Set<Mention>();
  for (const cue of cues) {
    if (!cue.subject || cue.inverted || cue.subject.t0 >= cue.k0) continue;
    for (const m of mentionsOfSent.get(cue.sent) ?? []) if (m.t0 >= cue.k1) reported.add(m);
  }
  // a weak cue inside a reported clause ("X said Y continued to …") makes no speaker
  const speaks = (cue: Cue) => !!cue.subject && !(cue.weak && reported.has(cue.subject));
  for (const cue of cues) if (speaks(cue)) reported.delete(cue.subject!);
  for (const m of reported) m.subject = false;
  for (const cue of cues) {
    if (!cue.subject || !speaks(cue)) continue;
    cue.subject.subject = true;
    // "according to Gallup" makes a source, not a speaker a later "he said" could stand for
    if (cue.subject.entity >= 0 && cue.lemma !== 'according') entities[cue.subject.entity]!.spoke = true;
  }
  // sources found as noun phrases ("Republicans say …", "senior officials said") are antecedents for "they" too
  const named = new Set(mentions);
  const phraseSources = cues.map((c) => c.subject).filter((m): m is Mention => !!m && m.type === 'group' && m.plural && m.entity >= 0 && !named.has(m));
  resolvePronouns(phraseSources.length ? [...mentions, ...new Set(phraseSources)].sort((x, y) => x.start - y.start) : mentions, entities, sentences);

  // entity for a cue subject
  const entityOf = (m: Mention | null): number => (m ? m.entity : -1);

  // ---- content
  const raw: RawQuote[] = [];
  const absorbed = new Set<number>();
  const attributedMark = new Map<number, number>(); // mark → raw index
  const regionStarts = cues.map((c) => toks[c.r0]!.start);

  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const sStart = sentTok[cue.sent]!;
    const sEnd = sentTok[cue.sent + 1]!;
    const sent = sentences[cue.sent]!;
    const e = entityOf(cue.subject);
    const conf = confidenceOf(cue.how || 'adjacent-cue', cue.subject);
    const how = cue.how || 'adjacent-cue';
    const regionStart = toks[cue.r0]!.start;
    const regionEnd = toks[cue.r1 - 1]!.end;
    const source = cue.subject ? { start: cue.subject.start, end: cue.subject.end } : undefined;
    let producedBefore = false;

    // (1) a quote right before the cue region
    if (cue.lemma !== 'according' || toks[cue.k0 - 1]?.w === ',') {
      const qi = markEndingBefore(regionStart, cue.sent);
      if (qi >= 0 && !attributedMark.has(qi) && marks[qi]!.paragraph === paragraphOf(sentences, cue.sent) && !cue.participle) {
        const q = marks[qi]!;
        let start = q.start;
        let kind: RawQuote['kind'] = 'direct';
        if (q.start > sent.start && /[\p{L}\p{N}]/u.test(text.slice(sent.start, q.start)) && cue.lemma !== 'according') {
          // the quote starts mid-sentence: the whole clause is reported (mixed)
          const prevRegion = lastRegionEndBefore(cues, c, toks, sent.start, q.start);
          start = skipSpace(text, Math.max(sent.start, prevRegion));
          kind = 'mixed';
        }
        if (kind === 'mixed' && !cue.inverted && how !== 'pronoun' && cue.subject?.type !== 'pronoun' && false) kind = 'direct';
        raw.push({ start, end: q.end, kind, entity: e, cue: cue.text, how, confidence: conf, marks: [qi], innerStart: q.innerStart, innerEnd: q.innerEnd, source });
        attributedMark.set(qi, raw.length - 1);
        producedBefore = true;
        cue.produced = true;
      }
    }

    // (2) content after the cue
    let k = cue.r1;
    let thatAt = -1;
    if (cue.lemma === 'according') {
      // "According to X, clause" → after the comma; "clause, according to X" → before
      if (cue.k0 === sStart || /^(and|but)$/.test(toks[cue.k0 - 1]?.lw ?? '')) {
        if (toks[k]?.w === ',') k++;
      } else {
        const s0 = Math.max(sent.start, lastRegionEndBefore(cues, c, toks, sent.start, regionStart));
        let end = regionStart;
        while (end > s0 && /[\s,;\u2014\u2013-]/u.test(text[end - 1]!)) end--;
        if (end > s0 && !producedBefore) pushClause(s0, end, 'indirect');
        continue;
      }
    } else {
      if ((cue.lemma === 'tell' || cue.lemma === 'ask' || cue.lemma === 'inform' || cue.lemma === 'assure' || cue.lemma === 'warn' || cue.lemma === 'remind') && k < sEnd) {
        // addressee
        const m = startAt.get(k);
        if (m && m.type !== 'pronoun') k = m.appT;
        else {
          let n = 0;
          while (k < sEnd && n < 4 && TELL_ADDRESSEE.has(toks[k]!.lw)) {
            k++;
            n++;
          }
          if (n > 0 && toks[k - 1] && /^(the|a|an)$/.test(toks[k - 1]!.lw)) k++;
        }
      }
      // adverbials and "that"
      thatAt = -1;
      for (let x = k; x < Math.min(sEnd, k + 9); x++) {
        const w = toks[x]!.lw;
        if (w === 'that' && toks[x + 1] && !/^[,.;]$/.test(toks[x + 1]!.w)) {
          thatAt = x;
          break;
        }
        if (!SKIP_AFTER_CUE.has(w) && !toks[x]!.cap && toks[x]!.t === 'word') {
          // "said at the time that …", "told reporters during a visit to X that …": a short adverbial phrase
          if (PREPOSITIONS.has(w)) {
            for (let y = x + 1; y < Math.min(sEnd, x + 9); y++) {
              const ty = toks[y]!;
              if (ty.lw === 'that' && toks[y + 1] && !/^[,.;]$/.test(toks[y + 1]!.w)) {
                thatAt = y;
                break;
              }
              if (ty.t === 'punct' && ty.w !== ',') break;
              if (ty.lw === 'and' || ty.lw === 'but' || REPORTING_FORMS.has(ty.lw)) break;
            }
          }
          break;
        }
        if (toks[x]!.t === 'punct' && toks[x]!.w !== ',' ) break;
      }
      if (thatAt >= 0) k = thatAt + 1;
      else {
        if (producedBefore) {
          // "“…,” he said, “…”" — only a following quotation continues
          while (toks[k] && /^[,:]$/.test(toks[k]!.w)) k++;
          const qi = markAtTok(k);
          if (qi >= 0 && !attributedMark.has(qi)) {
            const q = marks[qi]!;
            raw.push({ start: q.start, end: q.end, kind: 'direct', entity: e, cue: cue.text, how, confidence: conf, marks: [qi], innerStart: q.innerStart, innerEnd: q.innerEnd, source });
            attributedMark.set(qi, raw.length - 1);
          }
          continue;
        }
        while (k < sEnd && (SKIP_AFTER_CUE.has(toks[k]!.lw) && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|earlier|later|also|only|repeatedly|again|recently|previously|privately|publicly|flatly|bluntly|simply|then)$/.test(toks[k]!.lw))) k++;
      }
    }
    while (toks[k] && k < sEnd && /^[,:]$/.test(toks[k]!.w)) k++;
    if (k >= sEnd) {
      // nothing after the cue in this sentence: a clause before it ("The plan is sound, he said.")
      if (!producedBefore && !cue.participle) {
        const s0 = Math.max(sent.start, lastRegionEndBefore(cues, c, toks, sent.start, regionStart));
        let end = regionStart;
        const between = text.slice(s0, end);
        if (/,\s*$/.test(between) || /[\u2014\u2013]\s*$/.test(between)) {
          while (end > s0 && /[\s,;\u2014\u2013-]/u.test(text[end - 1]!)) end--;
          if (end > s0 && /\s/.test(text.slice(s0, end))) pushClause(s0, end, 'indirect');
        }
      }
      continue;
    }
    const first = toks[k]!;
    const qi = markAtTok(k);
    if (qi >= 0) {
      const q = marks[qi]!;
      if (!attributedMark.has(qi)) {
        // content is a quotation, perhaps followed by more of the clause
        const clauseEnd = clauseEndFrom(c, k);
        if (q.end >= clauseEnd - 1 || cue.weak) {
          raw.push({ start: q.start, end: q.end, kind: 'direct', entity: e, cue: cue.text, how, confidence: conf, marks: [qi], innerStart: q.innerStart, innerEnd: q.innerEnd, source });
          attributedMark.set(qi, raw.length - 1);
          cue.produced = true;
        } else pushClause(q.start, clauseEnd, 'mixed');
      }
      continue;
    }
    if (cue.weak) {
      // weak cues report only quotations: "calling it “X”"
      for (let x = k; x < Math.min(sEnd, k + 7); x++) {
        const qj = markAtTok(x);
        if (qj >= 0 && !attributedMark.has(qj)) {
          const q = marks[qj]!;
          pushClause(first.start, Math.max(q.end, first.start), 'mixed');
          break;
        }
      }
      continue;
    }
    const pronounSubject = /^(it|this|these|those|that)$/.test(first.lw) && (isVerbish(toks[k + 1]) || /^(would|will|can|could|should|may|might|must|is|was|has|had)$/.test(toks[k + 1]?.lw ?? ''));
    // "says her biggest concern is …": after a verb that takes no person as object, "her" opens the clause
    const possessiveStart = first.lw === 'her' && !PERSON_OBJECT_LEMMAS.has(cue.lemma) && toks[k + 1]?.t === 'word' && toks[k + 1]!.sent === cue.sent && !isVerbish(toks[k + 1]) && !NO_CONTENT_START.has(toks[k + 1]!.lw);
    if (NO_CONTENT_START.has(first.lw) && thatAt < 0 && !pronounSubject && !possessiveStart) continue;
    if (first.t === 'punct' && !/^["“'‘]$/.test(first.w)) continue;
    const end = clauseEndFrom(c, k);
    // "has added another link to the chain", "added 200,000 jobs": "add" with an object and no clause is no speech
    if (cue.lemma === 'add' && thatAt < 0 && (DETERMINERS.has(first.lw) || QUANTIFIERS.has(first.lw) || first.t === 'num')) {
      let finite = false;
      for (let x = k + 1; x < Math.min(sEnd, k + 10) && toks[x]!.start < end; x++) if (AUX.has(toks[x]!.lw) && !isAdverb(toks[x]!) || REPORTING_FORMS.has(toks[x]!.lw)) finite = true;
      if (!finite) continue;
    }
    if (end > first.start) pushClause(first.start, end, 'indirect');

    function pushClause(s: number, en: number, kind: RawQuote['kind']): void {
      // absorb quotations inside; extend over one that starts inside and runs on
      const inside: number[] = [];
      for (let i = marksInOrder ? firstMarkFrom(s) : 0; i < marks.length; i++) {
        const q = marks[i]!;
        if (marksInOrder && q.start >= en) break;
        if (q.start >= s && q.start < en) {
          if (attributedMark.has(i)) {
            en = Math.min(en, q.start);
            break;
          }
          if (q.end > en) en = q.end;
          inside.push(i);
        }
      }
      while (en > s && /[\s,;:\u2014\u2013-]/u.test(text[en - 1]!)) en--;
      if (en <= s) return;
      // "He denied that, saying …": a lone word after a cue is its object, not reported speech
      if (kind === 'indirect' && inside.length === 0 && !/\s/.test(text.slice(s, en).trim())) return;
      if (inside.length > 0 && kind === 'indirect') kind = 'mixed';
      const c0 = cue;
      raw.push({ start: s, end: en, kind, entity: e, cue: c0.text, how, confidence: conf * (kind === 'indirect' ? 0.95 : 1), marks: inside, source });
      for (const i of inside) {
        absorbed.add(i);
        attributedMark.set(i, raw.length - 1);
      }
      c0.produced = true;
    }
  }

  function clauseEndFrom(c: number, k: number): number {
    const cue = cues[c]!;
    const sEnd = sentTok[cue.sent + 1]!;
    let end = toks[sEnd - 1]!.end;
    // stop before the next cue structure in the sentence
    for (let d = c + 1; d < cues.length && cues[d]!.sent === cue.sent; d++) {
      const rs = regionStarts[d]!;
      if (rs > toks[k]!.start) {
        end = Math.min(end, rs);
        break;
      }
    }
    if (cue.how === 'relative-clause') {
      // "X, who said Y, did Z": the clause ends at the next comma outside quotation marks
      let depth = 0;
      for (let x = toks[k]!.start; x < end; x++) {
        const ch = text[x]!;
        if (ch === '“') depth++;
        else if (ch === '”') depth = Math.max(0, depth - 1);
        else if (ch === ',' && depth === 0 && !/[”"]/.test(text[x - 1] ?? '')) {
          end = x;
          break;
        }
      }
    }
    // trailing punctuation: keep a closing quote mark, drop the final period
    let e = end;
    while (e > toks[k]!.start && /[\s.,;:!?\u2014\u2013-]/u.test(text[e - 1]!)) e--;
    if (/[”"']/.test(text[e] ?? '') && e < end) e++;
    // drop trailing conjunction
    const tail = /\s+(and|but|or|while|as)$/i.exec(text.slice(toks[k]!.start, e));
    if (tail) e -= tail[0].length;
    while (e > toks[k]!.start && /[\s,;:\u2014\u2013-]/u.test(text[e - 1]!)) e--;
    return e;
  }

  // ---- remaining quotations: continuation rules
  const paraOfMark = (i: number) => marks[i]!.paragraph;
  const speakerOfMark = (i: number): number => {
    const r = attributedMark.get(i);
    return r === undefined ? -2 : raw[r]!.entity;
  };
  // multi-paragraph chains both ways
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < marks.length; i++) {
      const q = marks[i]!;
      if (q.continues === undefined) continue;
      const a = q.continues;
      const sa = speakerOfMark(a);
      const sb = speakerOfMark(i);
      if (sb === -2 && sa >= 0) addDirect(i, sa, 'multi-paragraph', 0.85, raw[attributedMark.get(a)!]!.cue);
      else if (sa === -2 && sb >= 0) addDirect(a, sb, 'multi-paragraph', 0.85, raw[attributedMark.get(i)!]!.cue);
    }
  }
  // cross-sentence: a later cue in the paragraph with no content of its own
  const cuesByParagraph = new Map<number, Cue[]>();
  for (const cue of cues) {
    const p = paragraphOf(sentences, cue.sent);
    const list = cuesByParagraph.get(p);
    if (list) list.push(cue);
    else cuesByParagraph.set(p, [cue]);
  }
  for (let i = 0; i < marks.length; i++) {
    if (attributedMark.has(i)) continue;
    const q = marks[i]!;
    const qSent = sentenceAt(sentences, q.end - 1);
    const qStartSent = sentenceAt(sentences, q.start);
    for (const cue of cuesByParagraph.get(q.paragraph) ?? []) {
      if (cue.produced || !cue.subject) continue;
      if (cue.sent === qStartSent && cue.sent < qSent && toks[cue.k1 - 1]!.end <= q.start) {
        // fallthrough to the same-sentence case below
      } else if (cue.sent < qSent || cue.sent > qSent + 3) continue;
      if (toks[cue.r0]!.start < q.end) {
        // a cue earlier in the quote's own sentence that reported nothing: "X also said at the time that … “…”"
        if (cue.sent === qStartSent && toks[cue.k1 - 1]!.end <= q.start && cue.subject.entity >= 0) {
          addDirect(i, cue.subject.entity, 'same-sentence', 0.7, cue.text, spanOf(cue.subject));
          cue.produced = true;
          break;
        }
        continue;
      }
      addDirect(i, cue.subject.entity, 'cross-sentence', 0.6, cue.text, spanOf(cue.subject));
      cue.produced = true;
      break;
    }
  }
  // same paragraph, then previous paragraph
  rawByParagraph = new Map();
  for (const r of raw) indexRaw(r);
  for (let i = 0; i < marks.length; i++) {
    if (attributedMark.has(i)) continue;
    const q = marks[i]!;
    let best = -1;
    let bestDist = Infinity;
    for (const r of rawByParagraph.get(q.paragraph) ?? []) {
      if (r.entity < 0) continue;
      const d = Math.abs(r.start - q.start);
      if (d < bestDist) {
        bestDist = d;
        best = r.entity;
      }
    }
    if (best >= 0) {
      addDirect(i, best, 'paragraph-continuation', 0.7, null);
      continue;
    }
    const para = paragraphStarts.get(q.paragraph) ?? -1;
    if (q.start <= para + 1 && q.paragraph > 0) {
      // a paragraph opening with a quote and no cue of its own: the previous paragraph's last speaker
      let last: RawQuote | null = null;
      for (const r of rawByParagraph.get(q.paragraph - 1) ?? []) {
        if (r.entity < 0) continue;
        if (!last || r.start > last.start) last = r;
      }
      if (last) {
        addDirect(i, last.entity, 'paragraph-continuation', 0.6, null);
        continue;
      }
      // the previous paragraph ends by introducing someone's words ("…, she said:", "she described what she saw.")
      // with a cue that reported nothing of its own: the quotation that opens this paragraph is theirs
      const before = cuesByParagraph.get(q.paragraph - 1) ?? [];
      const intro = before[before.length - 1];
      const lastSentence = lastSentenceOf.get(q.paragraph - 1) ?? -1;
      if (intro && !intro.produced && intro.subject && intro.subject.entity >= 0 && intro.sent === lastSentence) {
        addDirect(i, intro.subject.entity, 'introduced', 0.6, intro.text, spanOf(intro.subject));
        intro.produced = true;
      }
    }
  }
  // unattributed: keep real quotations, drop scare quotes and titles (three words or fewer)
  for (let i = 0; i < marks.length; i++) {
    if (attributedMark.has(i)) continue;
    const q = marks[i]!;
    const words = text.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).filter(Boolean).length;
    if (words <= 3 && !q.unclosed && !q.unopened) continue;
    raw.push({ start: q.start, end: q.end, kind: 'direct', entity: -1, cue: null, how: 'unresolved', confidence: 0.3, marks: [i], innerStart: q.innerStart, innerEnd: q.innerEnd });
    attributedMark.set(i, raw.length - 1);
  }

  function addDirect(i: number, entity: number, how: How, confidence: number, cue: string | null, source?: { start: number; end: number }): void {
    const q = marks[i]!;
    raw.push({ start: q.start, end: q.end, kind: 'direct', entity, cue, how, confidence, marks: [i], innerStart: q.innerStart, innerEnd: q.innerEnd, source });
    attributedMark.set(i, raw.length - 1);
    if (rawByParagraph) indexRaw(raw[raw.length - 1]!);
  }
  function indexRaw(r: RawQuote): void {
    const p = paragraphOf(sentences, sentenceAt(sentences, r.start));
    const list = rawByParagraph!.get(p);
    if (list) list.push(r);
    else rawByParagraph!.set(p, [r]);
  }
  void paraOfMark;

  // ---- overlaps: keep the earlier/more confident, drop quotes fully inside another
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawQuote[] = [];
  for (const r of raw) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end <= last.end) continue; // nested
      if (r.confidence > last.confidence && r.start <= last.start + 1) {
        out[out.length - 1] = r;
        continue;
      }
      // trim the later one
      let s = last.end;
      while (s < r.end && /[\s,;:.\u2014\u2013-]/u.test(text[s]!)) s++;
      if (s >= r.end) continue;
      r.start = s;
    }
    if (r.end > r.start) out.push(r);
  }
  for (const r of out) if (r.entity >= 0) entities[r.entity]!.spoke = true;
  return { quotes: out, entities, relatives: relatives.map((r) => ({ start: r.start, end: r.end, entity: r.m.entity })) };
}

function spanOf(m: Mention): { start: number; end: number } {
  return { start: m.start, end: m.end };
}

function confidenceOf(how: string, subject: Mention | null): number {
  if (!subject) return 0.3;
  switch (how) {
    case 'adjacent-cue':
      return subject.type === 'group' ? 0.85 : 0.95;
    case 'pronoun':
      return subject.entity >= 0 ? 0.85 : 0.4;
    case 'relative-clause':
    case 'according-to':
    case 'first-person':
      return 0.85;
    case 'participle':
      return 0.8;
    default:
      return 0.7;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function lastRegionEndBefore(cues: Cue[], c: number, toks: Token[], from: number, before: number): number {
  let best = from;
  for (let d = 0; d < cues.length; d++) {
    if (d === c) continue;
    const cu = cues[d]!;
    const e = toks[cu.r1 - 1]!.end;
    if (e <= before && e > best) best = e;
  }
  return best;
}

/** Items grouped by their sentence, in order. */
function bySentence<T extends { sent: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sent);
    if (list) list.push(item);
    else out.set(item.sent, [item]);
  }
  return out;
}

function paragraphOf(sentences: Sentence[], s: number): number {
  return sentences[s]?.paragraph ?? -1;
}

function sentenceAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Resolves he/she/they to the most salient compatible entity (last subject within three sentences). */
/** Antecedent window: three sentences, or else the same or the previous paragraph (quotes make sentences many). */
const PRON_SENTS = 3;
const PRON_PARAS = 1;
export function resolvePronouns(mentions: Mention[], entities: Entity[], sentences: Sentence[] = []): void {
  // Paragraphs are counted only where the narration names someone: a run of paragraphs that are only quotation
  // (an interview) does not push the speaker out of reach of the "she added" that follows it.
  const rank = new Map<number, number>();
  for (const m of mentions) {
    if (m.quoted || m.inRole) continue;
    const p = sentences[m.sent]?.paragraph ?? m.sent;
    if (!rank.has(p)) rank.set(p, rank.size);
  }
  const para = (s: number) => {
    const p = sentences[s]?.paragraph ?? s;
    return rank.get(p) ?? p;
  };
  const history: Mention[] = [];
  for (const m of mentions) {
    if (m.quoted || m.inRole) continue;
    if (m.type !== 'pronoun') {
      if (m.entity >= 0) history.push(m);
      continue;
    }
    const plural = m.name === 'they';
    let chosen: Mention | null = null;
    let fallback: Mention | null = null;
    for (let h = history.length - 1; h >= 0; h--) {
      const c = history[h]!;
      if (m.sent - c.sent > PRON_SENTS && para(m.sent) - para(c.sent) > PRON_PARAS) break;
      const en = entities[c.entity];
      if (!en) continue;
      if (plural) {
        if (!(en.kind === 'organization' || en.kind === 'group' || en.plural)) continue;
      } else {
        if (en.kind === 'organization' || en.kind === 'group') continue;
        if (en.kind === 'unknown' && !en.evidence && !en.spoke) continue;
        // a people ("Americans", "African-Americans") is never "he" or "she"
        if (en.tokens.length === 1 && DEMONYMS.has((en.tokens[0]!.split('-').at(-1) ?? '').replace(/s$/, ''))) continue;
        if (m.gender && en.gender && m.gender !== en.gender) continue;
      }
      if (!fallback) fallback = c;
      if (c.subject) {
        chosen = c;
        break;
      }
    }
    const pick = chosen ?? fallback;
    if (pick) {
      m.entity = pick.entity;
      const en = entities[pick.entity]!;
      if (!en.gender && m.gender) en.gender = m.gender;
      if (en.kind === 'unknown' && !plural) en.kind = 'person';
      m.subject = true;
      history.push(m);
    }
  }
}
