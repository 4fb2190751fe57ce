import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES, figuresMarkdown, pct, withFigures, README_START } from '../../src/lib/figures.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the measured figures have one source', () => {
  it('every figure is a fraction or not measured yet', () => {
    const values = [
      ...Object.values(FIGURES.quotes.overlap30),
      ...Object.values(FIGURES.quotes.overlap80),
      FIGURES.quotes.attributionAccuracy,
      FIGURES.claims.precision,
      FIGURES.claims.recall,
      FIGURES.claims.f1,
    ];
    for (const v of values) expect(v === null || (typeof v === 'number' && v >= 0 && v <= 1)).toBe(true);
  });

  it('prints percentages, and says so when a figure is missing', () => {
    expect(pct(0.7134)).toBe('71.3%');
    expect(pct(null)).toBe('not measured yet');
  });

  it.skipIf(!readme.includes(README_START))('the README shows exactly the figures in src/data/figures.json', () => {
    expect(withFigures(readme)).toBe(readme);
    expect(readme).toContain(figuresMarkdown());
  });
});
