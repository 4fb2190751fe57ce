/**
 * The claim model's word weights, on the training side: a candidate's words as the claim scan reads them
 * (src/analysis/claim-scan.ts: a letter, then letters, apostrophes and hyphens; lower-cased), and the choice of the
 * vocabulary that gets a weight.
 *
 * Only general English gets a weight: a word of the English word list (the `word-list` package) that the training
 * candidates write in lower case nearly always. That leaves out names and places ("Smith", "Ottawa"), which are
 * capitalised wherever they stand, and words too rare to learn from. No name, place or phrase of the data enters
 * the engine.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

const WORD = /\p{L}[\p{L}'’-]*/gu;

/** The lower-case words of text[start, end) as the claim scan splits them, each time it occurs (the scan sums a weight per occurrence). */
export function candidateWords(text: string, start = 0, end = text.length): string[] {
  return (text.slice(start, end).match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** The English word list, lower case. */
export function englishWords(): Set<string> {
  return new Set(readFileSync(wordListPath, 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter(Boolean));
}

export interface VocabularyRule {
  /** a word must occur in at least this many training candidates */
  minCandidates: number;
  /** and be written in lower case at least this share of the times it occurs after a candidate's first word */
  minLowerShare: number;
}

export const VOCABULARY_RULE: VocabularyRule = { minCandidates: 8, minLowerShare: 0.9 };

/** The words that get a weight, from the training candidates' texts, in alphabetical order. */
export function chooseVocabulary(texts: readonly string[], english: ReadonlySet<string>, rule = VOCABULARY_RULE): string[] {
  const inCandidates = new Map<string, number>();
  const seen = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const t of texts) {
    const words = t.match(WORD) ?? [];
    words.forEach((w, i) => {
      if (i === 0) return;
      const l = w.toLowerCase();
      seen.set(l, (seen.get(l) ?? 0) + 1);
      if (w[0] === l[0]) lower.set(l, (lower.get(l) ?? 0) + 1);
    });
    for (const w of new Set(words.map((x) => x.toLowerCase()))) inCandidates.set(w, (inCandidates.get(w) ?? 0) + 1);
  }
  return [...inCandidates]
    .filter(([w, n]) => n >= rule.minCandidates && english.has(w) && (lower.get(w) ?? 0) >= rule.minLowerShare * (seen.get(w) ?? Infinity))
    .map(([w]) => w)
    .sort();
}
