import { describe, expect, it } from 'vitest';
import { scoreClaim } from '../../src/analysis/claims.ts';
import { CLAIM_WORD_WEIGHTS } from '../../src/analysis/claim-vocabulary.ts';
import { candidateWords, chooseVocabulary, englishWords } from '../../tools/claim-words.ts';
import { modelScore } from '../../tools/claim-model.ts';
import { claimFeatures, FEATURES } from '../../src/analysis/claim-features.ts';
import { CLAIM_BIAS, CLAIM_WEIGHTS } from '../../src/analysis/claim-weights.ts';

// Hand-written sentences (not from any data set).
const SENTENCES = [
  'The council’s budget rose by 4 percent last year, according to figures it published on Monday.',
  'ACME Corp. said its well-known e-scooter fleet would double, though riders weren’t told why.',
  'Señora Ybarra-López, the café’s owner, doesn’t think the new rules will change anything.',
  'Prices fell.',
];

const wordsScore = (text: string) => scoreClaim(text).contributions.find((c) => c.feature === 'words')?.value ?? 0;

describe('the claim model’s word weights', () => {
  it('are summed by the engine exactly as training reads the words (no skew between the two)', () => {
    for (const s of SENTENCES) {
      const expected = candidateWords(s).reduce((sum, w) => sum + (CLAIM_WORD_WEIGHTS[w] ?? 0), 0);
      expect(wordsScore(s)).toBeCloseTo(expected, 10);
    }
    // a weighted word counts each time it occurs
    const [word, weight] = Object.entries(CLAIM_WORD_WEIGHTS).find(([w]) => /^[a-z]+$/.test(w))!;
    expect(wordsScore(`The ${word} and the ${word} again.`) - wordsScore(`The ${word} and the again.`)).toBeCloseTo(weight, 10);
  });

  it('hold general English only: lower-case words of the English word list', () => {
    const english = englishWords();
    const words = Object.keys(CLAIM_WORD_WEIGHTS);
    expect(words.length).toBeGreaterThan(100);
    for (const w of words) {
      expect(w).toBe(w.toLowerCase());
      expect(english.has(w), w).toBe(true);
    }
  });

  it('leave out names and places: words the training text writes with a capital, and rare words', () => {
    const english = new Set(['mayor', 'harbour', 'reading', 'rose', 'prices', 'spoke']);
    const texts = [
      ...Array.from({ length: 9 }, (_, i) => `On day ${i} the mayor of Reading said the harbour rose.`),
      ...Array.from({ length: 4 }, () => 'Prices fell.'),
      ...Array.from({ length: 4 }, () => 'The mayor said prices fell.'),
      'The mayor spoke.',
    ];
    // "reading" is an English word, but here always the town, capitalised; "spoke" is a list word in one text only;
    // "prices" is capitalised only where it opens a candidate, which does not count against it
    expect(chooseVocabulary(texts, english)).toEqual(['harbour', 'mayor', 'prices', 'rose']);
  });

  it('score a candidate in training as the engine scores it (the threshold is picked on training scores)', () => {
    const model = {
      weights: Float64Array.from(FEATURES, (f) => CLAIM_WEIGHTS[f.name] ?? 0),
      bias: CLAIM_BIAS,
      wordWeights: new Map(Object.entries(CLAIM_WORD_WEIGHTS)),
    };
    // scoreClaim rounds its score to 3 decimals; within that rounding the two must agree exactly
    for (const s of SENTENCES) {
      expect(modelScore(model, { x: claimFeatures(s), words: candidateWords(s) })).toBeCloseTo(scoreClaim(s).score, 3);
    }
  });
});
