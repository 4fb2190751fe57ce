/**
 * How alike two passages are, in words: the Dice coefficient of their longest common subsequence of words
 * (2·LCS / (|a| + |b|)) after the same normalisation the ids use. 1 = the same words in the same order; a reworded
 * quote that keeps most of its words in order scores high, a different quote scores low. Word-level, so it costs
 * |a|·|b| word comparisons, not characters.
 */
import { normalizeForId } from '../../analysis/ids.ts';

export function words(text: string): string[] {
  const normal = normalizeForId(text);
  return normal ? normal.split(' ') : [];
}

export function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** 0..1 */
export function wordSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length + wb.length === 0) return 1;
  // Uint16 rows: beyond 65k words the passage is not a quote; compare the first 4,000 words.
  return (2 * lcsLength(wa.slice(0, 4000), wb.slice(0, 4000))) / (Math.min(wa.length, 4000) + Math.min(wb.length, 4000));
}
