/**
 * The claim scanner's cue dictionary (claim-scan.ts): every cue word maps to a bit set of the lists it belongs to,
 * and every two- and three-word phrase to the bits of its lists.
 *
 * Words are looked up where they stand in the text (WordTable.find: a hash of the characters in place, ASCII capitals
 * read as lower case), so a token costs no slice and no string hash; a phrase is looked up by the entry numbers of its words.
 */
import {
  ABILITY_WORDS,
  CLAIM_NOUNS,
  EFFECT_WORDS,
  FUTURE_IN_PAST_WORDS,
  PRONOUN_OPENERS,
  REPORTED_CLAUSE_OPENERS,
  STATE_VERBS,
  CAUSAL_PHRASES,
  CLAIMING_VERBS,
  CAUSAL_WORDS,
  COMPARISON_PHRASES,
  COMPARISON_WORDS,
  CONDITIONAL_WORDS,
  DATE_PHRASES,
  DATE_WORDS,
  DISPUTE_WORDS,
  FINDING_NOUNS,
  FINDING_VERBS,
  FIRST_PERSON,
  HEDGE_PHRASES,
  HEDGE_WORDS,
  LAW_WORDS,
  MARKET_WORDS,
  MONEY_WORDS,
  NEGATION_WORDS,
  NOT_ENTITY,
  NOT_PAST_ED,
  NUMBER_WORDS,
  OPINION_PHRASES,
  OPINION_WORDS,
  PAST_WORDS,
  PERCENT_UNITS,
  PLAN_PHRASES,
  PLAN_WORDS,
  PREDICTIVE_PHRASES,
  PREDICTIVE_WORDS,
  QUANTITY_WORDS,
  RECORD_WORDS,
  REPORTING_WORDS,
  ROUTINE_WORDS,
  SECOND_PERSON,
  SPORT_WORDS,
  STATISTIC_WORDS,
} from './lexicon/claims.ts';
import { CLAIM_WORD_WEIGHTS } from './claim-vocabulary.ts';

export const W_MONEY = 1 << 0;
export const W_QUANTITY = 1 << 1;
export const W_NUMBER = 1 << 2;
export const W_STAT = 1 << 3;
export const W_COMP = 1 << 4;
export const W_CAUSAL = 1 << 5;
export const W_PRED = 1 << 6;
export const W_PLAN = 1 << 7;
export const W_PAST = 1 << 8;
export const W_NOT_PAST_ED = 1 << 9;
export const W_HEDGE = 1 << 10;
export const W_OPINION = 1 << 11;
export const W_FIRST = 1 << 12;
export const W_SECOND = 1 << 13;
export const W_COND = 1 << 14;
export const W_NEG = 1 << 15;
export const W_REPORT = 1 << 16;
export const W_DATE = 1 << 17;
export const W_NOT_ENTITY = 1 << 18;
export const W_PERCENT_UNIT = 1 << 19;
/** the word starts a two-word phrase / a three-word phrase */
export const W_BIGRAM_HEAD = 1 << 20;
export const W_TRIGRAM_HEAD = 1 << 21;
export const W_LAW = 1 << 22;
export const W_FINDING_NOUN = 1 << 23;
export const W_FINDING_VERB = 1 << 24;
export const W_MARKET = 1 << 25;
export const W_SPORT = 1 << 26;
export const W_ROUTINE = 1 << 27;
export const W_RECORD = 1 << 28;
export const W_DISPUTE = 1 << 29;
export const W_CLAIMING_VERB = 1 << 30;

function buildDictionary(entries: [ReadonlySet<string>, number][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [words, bit] of entries) for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  return map;
}

const WORD_BITS = buildDictionary([
  [MONEY_WORDS, W_MONEY],
  [QUANTITY_WORDS, W_QUANTITY],
  [NUMBER_WORDS, W_NUMBER],
  [STATISTIC_WORDS, W_STAT],
  [COMPARISON_WORDS, W_COMP],
  [CAUSAL_WORDS, W_CAUSAL],
  [PREDICTIVE_WORDS, W_PRED],
  [PLAN_WORDS, W_PLAN],
  [PAST_WORDS, W_PAST],
  [NOT_PAST_ED, W_NOT_PAST_ED],
  [HEDGE_WORDS, W_HEDGE],
  [OPINION_WORDS, W_OPINION],
  [FIRST_PERSON, W_FIRST],
  [SECOND_PERSON, W_SECOND],
  [CONDITIONAL_WORDS, W_COND],
  [NEGATION_WORDS, W_NEG],
  [REPORTING_WORDS, W_REPORT],
  [DATE_WORDS, W_DATE],
  [NOT_ENTITY, W_NOT_ENTITY],
  [PERCENT_UNITS, W_PERCENT_UNIT],
  [LAW_WORDS, W_LAW],
  [FINDING_NOUNS, W_FINDING_NOUN],
  [FINDING_VERBS, W_FINDING_VERB],
  [MARKET_WORDS, W_MARKET],
  [SPORT_WORDS, W_SPORT],
  [ROUTINE_WORDS, W_ROUTINE],
  [RECORD_WORDS, W_RECORD],
  [DISPUTE_WORDS, W_DISPUTE],
  [CLAIMING_VERBS, W_CLAIMING_VERB],
]);

/** Two- and three-word phrases, keyed by their words joined with one space. */
const PHRASES = buildDictionary([
  [COMPARISON_PHRASES, W_COMP],
  [CAUSAL_PHRASES, W_CAUSAL],
  [PREDICTIVE_PHRASES, W_PRED],
  [PLAN_PHRASES, W_PLAN],
  [DATE_PHRASES, W_DATE],
  [HEDGE_PHRASES, W_HEDGE],
  [OPINION_PHRASES, W_OPINION],
]);

/** FNV-1a over a word's character codes, so that a scanner can hash a word while it reads it. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}
function hashEnd(h: number): number {
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Lower-case words in an open-addressing table, found by their characters in a string without slicing them out.
 * Entry numbers are dense (0 … size-1), so a pair of entries makes a small integer key. Each slot keeps its key's
 * full hash, so a probe that meets another word's slot is told apart without reading the word; the keys' characters
 * lie in one typed array, read only to confirm a hash that matches.
 */
export class WordTable {
  readonly keys: string[];
  readonly bits: Int32Array;
  private readonly slots: Int32Array;
  private readonly slotHashes: Int32Array;
  /** every key's characters, one after another: entry e's from keyStarts[e] to keyStarts[e + 1] */
  private readonly chars: Uint16Array;
  private readonly keyStarts: Int32Array;
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, number>) {
    this.keys = [...entries.keys()];
    this.bits = Int32Array.from(this.keys, (k) => entries.get(k)!);
    this.keyStarts = new Int32Array(this.keys.length + 1);
    this.keys.forEach((k, e) => (this.keyStarts[e + 1] = this.keyStarts[e]! + k.length));
    this.chars = Uint16Array.from(this.keys.join(''), (ch) => ch.charCodeAt(0));
    let size = 16;
    while (size < this.keys.length * 3) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.slotHashes = new Int32Array(size);
    this.keys.forEach((k, e) => {
      let h = HASH_SEED;
      for (let i = 0; i < k.length; i++) h = hashStep(h, k.charCodeAt(i));
      let s = hashEnd(h) & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = e;
      this.slotHashes[s] = h;
    });
  }

  /** The entry of the lower-case word src[a, b), or -1. */
  find(src: string, a: number, b: number): number {
    let h = HASH_SEED;
    for (let k = a; k < b; k++) h = hashStep(h, src.charCodeAt(k));
    return this.findHashed(src, a, b, h);
  }

  /**
   * find() for a caller that hashed the word's lower case as it read it (HASH_SEED, then hashStep each): ASCII
   * capitals in src compare as their lower case, so the caller needs no lower-cased copy of the text.
   */
  findHashed(src: string, a: number, b: number, h: number): number {
    const n = b - a;
    for (let s = hashEnd(h) & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[s]!;
      if (e === -1) return -1;
      if (this.slotHashes[s] !== h) continue;
      const from = this.keyStarts[e]!;
      if (this.keyStarts[e + 1]! - from !== n) continue;
      let k = 0;
      for (; k < n; k++) {
        const c = src.charCodeAt(a + k);
        if (this.chars[from + k] !== (c >= 65 && c <= 90 ? c + 32 : c)) break;
      }
      if (k === n) return e;
    }
  }
}

/** Every word of a phrase that is not a cue word gets an entry with no bits, so that phrases are keyed by entries. */
const PHRASE_PARTS = [...PHRASES.keys()].map((p) => p.split(' ')).filter((parts) => (parts.length === 2 || parts.length === 3) && parts.every(Boolean));
for (const parts of PHRASE_PARTS) for (const w of parts) WORD_BITS.set(w, WORD_BITS.get(w) ?? 0);
// first words of two-word phrases and first words of three-word phrases: only these start a phrase look-up
for (const parts of PHRASE_PARTS) {
  const head = parts.length === 2 ? W_BIGRAM_HEAD : W_TRIGRAM_HEAD;
  WORD_BITS.set(parts[0]!, WORD_BITS.get(parts[0]!)! | head);
}

for (const list of [REPORTED_CLAUSE_OPENERS, PRONOUN_OPENERS, STATE_VERBS, CLAIM_NOUNS, ABILITY_WORDS, EFFECT_WORDS, FUTURE_IN_PAST_WORDS]) for (const w of list) WORD_BITS.set(w, WORD_BITS.get(w) ?? 0);
// the model's weighted words: an entry with no bits when no list holds them, so one look-up per word serves both
for (const w of Object.keys(CLAIM_WORD_WEIGHTS)) WORD_BITS.set(w, WORD_BITS.get(w) ?? 0);

/** The cue words (and the words of the phrases, the openers of reported clauses, and the weighted words). */
export const CUE_WORDS = new WordTable(WORD_BITS);

/** Per entry, its word's weight in the model (claim-vocabulary.ts; 0 for a word with none). */
export const WORD_WEIGHT = Float64Array.from(CUE_WORDS.keys, (w) => CLAIM_WORD_WEIGHTS[w] ?? 0);

/** Lists with no W_* bit of their own (the bits are all taken): 1 per entry of the list. */
export const OPENS_REPORTED_CLAUSE = Uint8Array.from(CUE_WORDS.keys, (w) => (REPORTED_CLAUSE_OPENERS.has(w) ? 1 : 0));
export const PRONOUN_OPENER = Uint8Array.from(CUE_WORDS.keys, (w) => (PRONOUN_OPENERS.has(w) ? 1 : 0));
export const STATE_VERB = Uint8Array.from(CUE_WORDS.keys, (w) => (STATE_VERBS.has(w) ? 1 : 0));
/** Further lists with no W_* bit, as X_* bits per entry (one lookup per word for all of them). */
export const X_CLAIM_NOUN = 1;
export const X_ABILITY = 2;
export const X_EFFECT = 4;
export const X_FUTURE_IN_PAST = 8;
export const EXTRA_BITS = Uint8Array.from(
  CUE_WORDS.keys,
  (w) =>
    (CLAIM_NOUNS.has(w) ? X_CLAIM_NOUN : 0) | (ABILITY_WORDS.has(w) ? X_ABILITY : 0) | (EFFECT_WORDS.has(w) ? X_EFFECT : 0) |
    (FUTURE_IN_PAST_WORDS.has(w) ? X_FUTURE_IN_PAST : 0),
);
const SIZE = CUE_WORDS.keys.length;

/** The key of a phrase of two or three entries (-1 for none: a word that is no entry, or no word). */
export function phraseKey(first: number, second: number, third = -1): number {
  return third < 0 ? first * SIZE + second : (first * SIZE + second) * SIZE + third;
}

/** Phrase key → the W_* bits of the phrase's lists. */
export const PHRASE_BITS = new Map<number, number>();
for (const parts of PHRASE_PARTS) {
  const [a, b, c] = parts.map((w) => CUE_WORDS.find(w, 0, w.length));
  PHRASE_BITS.set(phraseKey(a!, b!, c ?? -1), PHRASES.get(parts.join(' '))!);
}
