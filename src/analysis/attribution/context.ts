/**
 * What every stage of the attribution sieve reads: the analysis so far (tokens, sentences, quotation marks, name
 * mentions, entities) and indexes over it, built once and never changed by a stage.
 */

import type { Token } from '../tokens.ts';
import type { Entity, Mention } from '../speakers.ts';
import type { MarkQuote } from '../quotes.ts';
import type { Sentence } from '../segment.ts';
import { isSpaceCode } from '../text.ts';

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

/** Token index → a mention, read by token (any index: none outside the text). */
export interface TokenMentions {
  get(k: number): Mention | undefined;
  has(k: number): boolean;
}

export interface Context extends AttributionInput {
  /** token → the mention ending there (at the end of its name or of its apposition) */
  endAt: TokenMentions;
  /** token → the mention starting there (at its role or its name) */
  startAt: TokenMentions;
  mentionsOfSent: ReadonlyMap<number, Mention[]>;
  /** paragraph → offset of its first sentence */
  paragraphStarts: ReadonlyMap<number, number>;
  /** paragraph → index of its last sentence */
  lastSentenceOf: ReadonlyMap<number, number>;
  /** the quotation mark opening at token k, or -1 */
  markAtTok(k: number): number;
  /** the last quotation ending at most 8 characters before pos with only space or commas between, or -1 */
  markEndingBefore(pos: number): number;
  /** marks come in text order (then firstMarkFrom finds the first at or after a position) */
  marksInOrder: boolean;
  firstMarkFrom(pos: number): number;
  /**
   * Where a backward scan of the mentions for one before offset pos may start: the last mention starting before
   * pos when they come in text order (as the name finder makes them), else the last mention (the scan reads all).
   */
  lastMentionBefore(pos: number): number;
}

export function createContext(input: AttributionInput): Context {
  const { text, toks, sentences, marks, mentions } = input;
  // arrays by token, not Maps: set up to four times a mention, read by every rule (a later mention wins, as in a Map)
  const endAt = new Array<Mention | undefined>(toks.length);
  const startAt = new Array<Mention | undefined>(toks.length);
  for (const m of mentions) {
    if (m.inRole) continue;
    endAt[m.t1 - 1] = m;
    if (m.appT !== m.t1) endAt[m.appT - 1] = m;
    startAt[m.r0] = m;
    if (m.t0 !== m.r0) startAt[m.t0] = m;
  }
  // one pass, each Map written where a run of a paragraph's sentences starts or ends (a paragraph met again later
  // keeps its first start and takes its last sentence, as a write per sentence gave)
  const paragraphStarts = new Map<number, number>();
  const lastSentenceOf = new Map<number, number>();
  for (let i = 0; i < sentences.length; i++) {
    const p = sentences[i]!.paragraph;
    if (i === 0 || sentences[i - 1]!.paragraph !== p) {
      if (!paragraphStarts.has(p)) paragraphStarts.set(p, sentences[i]!.start);
    }
    if (i === sentences.length - 1 || sentences[i + 1]!.paragraph !== p) lastSentenceOf.set(p, i);
  }

  const markByStart = new Map<number, number>();
  for (let i = marks.length - 1; i >= 0; i--) markByStart.set(marks[i]!.start, i);
  // mark end → the marks ending there, so a lookup near a position never scans every mark
  const marksByEnd = groupBy(marks.length, (i) => marks[i]!.end);
  // the ends in order: a look-up near a position reads the few ends there, not every offset of its window
  const ends = [...marksByEnd.keys()].sort((a, b) => a - b);
  const mentionsInOrder = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start);
  return {
    ...input,
    endAt: byToken(endAt),
    startAt: byToken(startAt),
    mentionsOfSent: bySentence(mentions),
    paragraphStarts,
    lastSentenceOf,
    markAtTok: (k) => {
      const t = toks[k];
      return t ? (markByStart.get(t.start) ?? -1) : -1;
    },
    markEndingBefore: (pos) => {
      let best = -1;
      for (let x = firstAtLeast(ends, Math.max(0, pos - 8)); x < ends.length && ends[x]! <= pos; x++) {
        const end = ends[x]!;
        if (!/^[\s,;:\u2014\u2013-]*$/.test(text.slice(end, pos))) continue;
        for (const i of marksByEnd.get(end)!) if (i > best) best = i;
      }
      return best;
    },
    marksInOrder: marks.every((q, i) => i === 0 || marks[i - 1]!.start <= q.start),
    firstMarkFrom: (pos) => firstStartingFrom(marks, pos),
    lastMentionBefore: (pos) => (mentionsInOrder ? firstStartingFrom(mentions, pos) - 1 : mentions.length - 1),
  };
}

/** The index of the first of the items (in order of start) that starts at or after pos (their length if none). */
function firstStartingFrom(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of the sorted numbers that is at least n (their length if none). */
function firstAtLeast(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function byToken(slots: readonly (Mention | undefined)[]): TokenMentions {
  const get = (k: number) => (k >= 0 && k < slots.length ? slots[k] : undefined);
  return { get, has: (k) => get(k) !== undefined };
}

/** Items grouped by their sentence, in order. */
export function bySentence<T extends { sent: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  // items come in text order, so a sentence's items follow one another: the Map is read once per run of them
  let sent = -1;
  let list: T[] = [];
  for (const item of items) {
    if (item.sent !== sent) {
      sent = item.sent;
      const had = out.get(sent);
      if (had) list = had;
      else out.set(sent, (list = []));
    }
    list.push(item);
  }
  return out;
}

/**
 * The indexes 0…n-1 grouped by key, in order: what Map.groupBy(array.keys(), key) gives, without the iterator
 * protocol and a callback per step of it (asked for every briefing's marks and cues).
 */
export function groupBy<K>(n: number, key: (i: number) => K): Map<K, number[]> {
  const out = new Map<K, number[]>();
  for (let i = 0; i < n; i++) {
    const k = key(i);
    const list = out.get(k);
    if (list) list.push(i);
    else out.set(k, [i]);
  }
  return out;
}

export function paragraphOf(sentences: readonly Sentence[], s: number): number {
  return sentences[s]?.paragraph ?? -1;
}

export function sentenceAt(sentences: readonly Sentence[], pos: number): number {
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

export function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
