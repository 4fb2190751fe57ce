import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../src/analysis/claims.ts';
import { analyze } from '../../src/analysis/index.ts';
import { segment } from '../../src/analysis/segment.ts';
import type { Quote, Speaker } from '../../src/analysis/types.ts';
import { matchGold, type GoldClaim } from '../../tools/claims-gold.ts';

// The seed briefing against the editor's gold claims (../shared/gold/seed.json), with the gold's matching rules:
// the key is contained in the predicted text (curly quotes, dashes and white space folded, case-insensitive), the
// claimant matches a gold name against the speaker's name/aliases, null = the article's own voice, optional
// entries are not required.

const root = path.resolve(import.meta.dirname, '../..');
const seedText = readFileSync(path.join(root, 'content/briefings/riyadh-talks.md'), 'utf8');
const gold = (JSON.parse(readFileSync(path.resolve(root, '../shared/gold/seed.json'), 'utf8')) as { claims: GoldClaim[] }).claims;
const required = gold.filter((g) => !g.optional);

const speakers: Speaker[] = [
  { id: 'kirill-dmitriev', name: 'Kirill Dmitriev', aliases: ['Dmitriev'], role: null, kind: 'person', named: true },
  { id: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'President Trump'], role: 'President', kind: 'person', named: true },
  { id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'], role: 'Ukrainian President', kind: 'person', named: true },
  { id: 'pavlo-klimkin', name: 'Pavlo Klimkin', aliases: ['Klimkin'], role: 'former Ukrainian Foreign Minister', kind: 'person', named: true },
];

/** A quote as the quote engine should find it: `inner` located after `after` in the seed text. */
function quote(inner: string, speaker: string, kind: Quote['kind'], cue: string, after = ''): Quote {
  const from = after ? seedText.indexOf(after) : 0;
  const start = seedText.indexOf(inner, from);
  if (start < 0) throw new Error(`not in the seed: ${inner}`);
  return { id: `q-test${start}`, text: inner, kind, speaker, cue, start, end: start + inner.length, source: null, confidence: 0.9, how: 'adjacent-cue' };
}

const handQuotes: Quote[] = [
  quote('The figure that we are voicing for the first time now is that American business has lost more than $300 billion by leaving the Russian market,', 'kirill-dmitriev', 'direct', 'said'),
  quote('dictator', 'donald-trump', 'direct', 'calling'),
  quote('that the Ukrainian leader was down to 4% approval rating among', 'donald-trump', 'indirect', 'claimed'),
  quote('disinformation space', 'volodymyr-zelenskyy', 'direct', 'said'),
  quote('All my experience and 30 years of negotiations with the Russians show that you can be successful in talking to them only from the position of strength,', 'pavlo-klimkin', 'direct', 'says'),
];

describe('seed claims with hand-built quotes (the detector alone)', () => {
  const claims = detectClaims({ text: seedText, sentences: segment(seedText).sentences, quotes: handQuotes, speakers });
  const report = matchGold(gold, claims, speakers);

  for (const g of required) {
    it(`finds "${g.key}" with claimant ${g.claimant.map((c) => c ?? 'article').join(' / ')}`, () => {
      const r = report.results.find((x) => x.gold === g)!;
      expect(r.claim, 'no predicted claim contains the key').not.toBeNull();
      expect(r.claimantOk, `claimant was ${r.claim?.claimant}`).toBe(true);
    });
  }

  it('the money claim sits inside the speaker’s quote', () => {
    const r = report.results.find((x) => x.gold.key.includes('$300 billion'))!;
    expect(r.claim!.quote).toBe(handQuotes[0]!.id);
    expect(r.claim!.reasons).toContain('money');
  });

  it('the approval-rating claim is the reported clause, not the whole run-on sentence', () => {
    const r = report.results.find((x) => x.gold.key.includes('4%'))!;
    expect(r.claim!.reasons).toContain('percentage');
    expect(r.claim!.text).not.toContain('escalated');
  });

  it('hedged sentences of the seed are not claims', () => {
    for (const c of claims) {
      expect(c.text).not.toMatch(/^It may survive/);
      expect(c.text).not.toMatch(/may well be more anti Nato sentiment/);
    }
  });

  it('every claim span matches its text and has a reason', () => {
    for (const c of claims) {
      expect(seedText.slice(c.start, c.end)).toBe(c.text);
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.text).toBe(c.text.trim());
      expect(c.text).not.toMatch(/^["“”]|["“”]$/);
    }
  });
});

// The full engine: runs once src/analysis/index.ts finds speakers and calls the claim detector.
const full = analyze(seedText, { file: 'content/briefings/riyadh-talks.md' });
const engineReady = full.speakers.length > 0 && full.claims.length > 0;

describe.skipIf(!engineReady)('seed claims through analyze() (the full engine)', () => {
  const report = matchGold(gold, full.claims, full.speakers);
  for (const g of required) {
    it(`finds "${g.key}" with claimant ${g.claimant.map((c) => c ?? 'article').join(' / ')}`, () => {
      const r = report.results.find((x) => x.gold === g)!;
      expect(r.claim, 'no predicted claim contains the key').not.toBeNull();
      expect(r.claimantOk, `claimant was ${r.claim?.claimant}`).toBe(true);
    });
  }
  it('every claim nests with every quote (the page wraps both), and no two claims overlap', () => {
    for (const c of full.claims) {
      for (const q of full.quotes) {
        const apart = c.end <= q.start || c.start >= q.end;
        const nested = (c.start <= q.start && c.end >= q.end) || (c.start >= q.start && c.end <= q.end);
        expect(apart || nested, `${c.text} / ${q.text}`).toBe(true);
      }
    }
    const sorted = [...full.claims].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  });

  it('claims inside quotes point at existing quotes', () => {
    const ids = new Set(full.quotes.map((q) => q.id));
    for (const c of full.claims) if (c.quote !== null) expect(ids.has(c.quote)).toBe(true);
  });
});
