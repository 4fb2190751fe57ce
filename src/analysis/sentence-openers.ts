/**
 * Sentence openers that are common words: a capitalised word opening a sentence is often no name at all. Read by
 * findMentions (mentions.ts) before it takes such a word as the start of a name.
 */

import type { Token } from './tokens.ts';

/**
 * A single capitalised word opening a sentence that the text also writes in lower case, and never capitalised
 * inside a sentence ("Rather than …", "Nonetheless, she …", "Apps that it said …"), is a common word, not a name: a
 * surname that is also a word ("Young said") keeps its capital where the full name stands mid-sentence.
 */
export function commonWordsAtStart(toks: readonly Token[]): (i: number) => boolean {
  // only the words that open a sentence are ever asked about: the other words are looked up only when their length
  // and first letter are those of such a word (most are not, and are never hashed)
  const openers = new Set<string>();
  const shapes = new Uint32Array(OPENER_SHAPES);
  for (let k = 0; k < toks.length; k++) {
    if (k > 0 && toks[k - 1]!.sent === toks[k]!.sent) continue;
    const lw = toks[k]!.lw;
    openers.add(lw);
    shapes[openerRow(lw)]! |= openerBit(lw);
  }
  const lower = new Set<string>();
  const capInside = new Set<string>();
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.t !== 'word' || (shapes[openerRow(t.lw)]! & openerBit(t.lw)) === 0 || !openers.has(t.lw)) continue;
    if (!t.cap) lower.add(t.lw);
    else if (k > 0 && toks[k - 1]!.sent === t.sent && (toks[k - 1]!.t === 'word' || toks[k - 1]!.w === ',')) capInside.add(t.lw);
  }
  return (i) => {
    const t = toks[i]!;
    const first = i === 0 || toks[i - 1]!.sent !== t.sent;
    return first && lower.has(t.lw) && !capInside.has(t.lw) && toks[i + 1]?.t !== 'poss';
  };
}

/** Rows of the openers' shape table: one per first letter a–z, one for any other first character. */
const OPENER_SHAPES = 27;
function openerRow(lw: string): number {
  const c = lw.charCodeAt(0) - 97;
  return c >= 0 && c < 26 ? c : 26;
}
/** The bit of a word's length (lengths from 31 on share the last bit). */
function openerBit(lw: string): number {
  return 1 << Math.min(lw.length, 31);
}
