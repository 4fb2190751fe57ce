/**
 * Sentence openers that are common words: a capitalised word opening a sentence is often no name at all. Read by
 * findMentions (mentions.ts) before it takes such a word as the start of a name.
 */

import type { Token } from './tokens.ts';
import { lengthBit } from './text.ts';
import { GROUP_NOUNS, PLURAL_SUBJECT_FOLLOWERS } from './lexicon/words.ts';

/**
 * A single capitalised word opening a sentence that the text also writes in lower case, and never capitalised
 * inside a sentence ("Rather than …", "Nonetheless, she …", "Apps that it said …"), is a common word, not a name: a
 * surname that is also a word ("Young said") keeps its capital where the full name stands mid-sentence.
 */
export function commonWordsAtStart(toks: readonly Token[], sentTok: readonly number[], mayAsk: (t: Token) => boolean): (i: number) => boolean {
  // only the words that open a sentence and pass `mayAsk` are ever asked about ("The", "But" never are: the caller
  // skips them before asking, and they are the commonest words of all): the other words are looked up only when
  // their length and first letter are those of such a word (most are not, and are never hashed)
  // per opening word, what the text shows of it (one look-up a word, not one per question): LOWER, CAP_INSIDE
  const openers = new Map<string, number>();
  const shapes = new Uint32Array(OPENER_SHAPES);
  // the first token of each sentence (sentTok: each sentence's first token index, then the end), none of the others
  for (let s = 0; s + 1 < sentTok.length; s++) {
    const k = sentTok[s]!;
    if (k === sentTok[s + 1] || !mayAsk(toks[k]!)) continue;
    const lw = toks[k]!.lw;
    openers.set(lw, 0);
    shapes[openerRow(lw)]! |= lengthBit(lw.length);
  }
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.t !== 'word' || (shapes[openerRow(t.lw)]! & lengthBit(t.lw.length)) === 0) continue;
    const seen = openers.get(t.lw);
    if (seen === undefined) continue;
    if (!t.cap) {
      if ((seen & LOWER) === 0) openers.set(t.lw, seen | LOWER);
    } else if (k > 0 && toks[k - 1]!.sent === t.sent && (toks[k - 1]!.t === 'word' || toks[k - 1]!.w === ',')) {
      if ((seen & CAP_INSIDE) === 0) openers.set(t.lw, seen | CAP_INSIDE);
    }
  }
  // asked only of tokens that pass `mayAsk` (any other opener's word may be missing from the table)
  return (i) => {
    const t = toks[i]!;
    const first = i === 0 || toks[i - 1]!.sent !== t.sent;
    return first && ((openers.get(t.lw) ?? 0) & (LOWER | CAP_INSIDE)) === LOWER && toks[i + 1]?.t !== 'poss';
  };
}

/** The text writes the word in lower case somewhere. */
const LOWER = 1;
/** The text capitalises the word after a word or a comma of its sentence. */
const CAP_INSIDE = 2;

/** Rows of the openers' shape table: one per first letter a–z, one for any other first character. */
const OPENER_SHAPES = 27;
function openerRow(lw: string): number {
  const c = lw.charCodeAt(0) - 97;
  return c >= 0 && c < 26 ? c : 26;
}

/**
 * "Figures from the agency show …", "Readings show …": a single capitalised word opening a sentence, plural in form
 * ("-s", not "-ss", "-us", "-is"), that a preposition modifies or a plural verb follows, is a common noun, not a
 * name, unless the text gave someone that surname ("Jane Adams … Adams, in a statement"). A group noun ("Democrats",
 * "Officials") stays: it names a group that can speak.
 */
export function pluralCommonNounAtStart(toks: readonly Token[], i: number, surnames: ReadonlySet<string>): boolean {
  const t = toks[i]!;
  if (i > 0 && toks[i - 1]!.sent === t.sent) return false;
  const lw = t.lw;
  if (lw.length < 4 || !lw.endsWith('s') || /(?:ss|us|is|['’]s)$/.test(lw) || surnames.has(lw) || GROUP_NOUNS.has(lw)) return false;
  const next = toks[i + 1];
  return next !== undefined && next.t === 'word' && !next.cap && next.sent === t.sent && PLURAL_SUBJECT_FOLLOWERS.has(next.lw);
}
