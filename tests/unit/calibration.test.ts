import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { GUESSED_CONFIDENCE, probability, sourceKind, type Evidence } from '../../src/analysis/calibration.ts';
import { CALIBRATION_WEIGHTS } from '../../src/analysis/calibration-weights.ts';
import { attributionOf, UNCERTAIN_BELOW } from '../../src/lib/attribution.ts';

const quoteOf = (text: string, words: string) => {
  const a = analyze(text);
  const q = a.quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with «${words}» in ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return { q, speaker: a.speakers.find((s) => s.id === q.speaker) };
};

describe('confidence is the calibrated probability that the speaker is right', () => {
  it('is fitted, not the rules\' constants', () => {
    expect(Object.keys(CALIBRATION_WEIGHTS).length).toBeGreaterThan(10);
  });

  it('states a named speaker right beside the cue as fact', () => {
    const { q, speaker } = quoteOf('“We will rebuild the bridge by spring,” Mara Ellison said on Tuesday.', 'rebuild');
    expect(q.confidence).toBeGreaterThanOrEqual(0.9);
    expect(attributionOf(q, speaker)).toBe('named');
  });

  it('gives a quote no speaker confidence 0', () => {
    const { q } = quoteOf('The sign read “closed for the season, see you in the spring of next year” all week.', 'closed');
    expect(q.speaker).toBeNull();
    expect(q.confidence).toBe(0);
  });

  it('is lower for a pronoun far from its quote than for a name beside it', () => {
    const base: Evidence = { how: 'adjacent-cue', kind: 'direct', source: 'name', speakerKind: 'person', named: true, distance: 1, others: 0, prior: 0.95 };
    const far: Evidence = { ...base, how: 'pronoun', source: 'pronoun', distance: 400, prior: 0.85 };
    expect(probability(far)).toBeLessThan(probability(base));
    expect(probability({ ...base, speakerKind: null })).toBe(0);
  });

  it('tells names, pronouns and descriptions apart', () => {
    expect(sourceKind('She')).toBe('pronoun');
    expect(sourceKind('the agency')).toBe('description');
    expect(sourceKind('The agency')).toBe('description');
    expect(sourceKind('Mara Ellison')).toBe('name');
    expect(sourceKind(null)).toBe('none');
  });

  it('keeps the site\'s threshold meaningful: some automatic attributions fall below it', () => {
    const weak: Evidence = { how: 'previous-paragraph', kind: 'direct', source: 'none', speakerKind: 'organization', named: false, distance: 0, others: 0, prior: 0.6 };
    expect(probability(weak)).toBeLessThan(UNCERTAIN_BELOW);
  });
});

describe('a pronoun two people fit is shown as a guess', () => {
  it('gets a confidence the site presents as "source uncertain", naming the guess, not as fact', () => {
    expect(GUESSED_CONFIDENCE).toBeLessThan(UNCERTAIN_BELOW);
    const a = analyze('Mayor Jane Holloway met Ruth Anselm at the pier on Monday. She said the ferry would run all winter.');
    const q = a.quotes.find((x) => x.text.includes('the ferry would run'))!;
    expect(q.confidence).toBeLessThanOrEqual(GUESSED_CONFIDENCE);
    const speaker = a.speakers.find((s) => s.id === q.speaker)!;
    expect(attributionOf(q, speaker)).toBe('uncertain');
  });
});
