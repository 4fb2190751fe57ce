/**
 * The search records: one per quote and per claim, pointing at the anchor, with each filter value once, findable by
 * the speaker's name, and with the quoted words separable from the attribution for display.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.ts';
import { decodeReferences, orderKey, searchRecords, wordsOf } from '../../src/lib/search-records.ts';

const analysis: Analysis = {
  file: 'x.md',
  speakers: [{ id: 'ana-reyes', name: 'Ana Reyes', aliases: ['Reyes', 'Minister Reyes'], role: 'Finance Minister', kind: 'person', named: true }],
  quotes: [
    { id: 'q-aaaaaaaa', text: 'we lost $3 billion\n\nlast year', kind: 'direct', speaker: 'ana-reyes', cue: 'said', start: 16, end: 45, source: null, confidence: 0.9, how: 'adjacent-cue' },
    { id: 'q-bbbbbbbb', text: 'it will rain', kind: 'indirect', speaker: null, cue: null, start: 60, end: 70, source: null, confidence: 0.3, how: 'unresolved' },
  ],
  claims: [
    { id: 'c-cccccccc', text: 'we lost $3 billion', claimant: 'ana-reyes', quote: 'q-aaaaaaaa', score: 0.9, reasons: ['money'], start: 16, end: 34 },
    { id: 'c-dddddddd', text: 'the article notes rain', claimant: null, quote: null, score: 0.5, reasons: [], start: 50, end: 72 },
  ],
  diagnostics: [],
};
const briefing = { slug: 'budget', title: 'Budget talks', date: new Date('2025-03-04'), analysis };

describe('searchRecords', () => {
  const records = searchRecords([briefing], [{ id: 'ana-reyes', name: 'Ana Reyes', role: 'Finance Minister', aliases: ['Reyes', 'Minister Reyes'] }]);

  it('makes one record per quote and per claim, linking to the anchor in the briefing', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/briefings/budget/#q-aaaaaaaa',
      '/briefings/budget/#q-bbbbbbbb',
      '/briefings/budget/#c-cccccccc',
      '/briefings/budget/#c-dddddddd',
    ]);
    expect(records.map((r) => r.meta.kind)).toEqual(['quote', 'quote', 'claim', 'claim']);
  });

  it('gives each filter value once, and a speaker filter only when someone said it', () => {
    const [quote, unresolved, claim, own] = records;
    expect(quote!.filters).toEqual({ kind: ['quote'], briefing: ['Budget talks'], speaker: ['Ana Reyes'] });
    expect(unresolved!.filters).toEqual({ kind: ['quote'], briefing: ['Budget talks'] });
    expect(claim!.filters.speaker).toEqual(['Ana Reyes']);
    expect(own!.filters.speaker).toBeUndefined();
    for (const r of records) for (const values of Object.values(r.filters)) expect(new Set(values).size).toBe(values.length);
  });

  it('puts the quoted words first (one paragraph of white space squashed), then who said them', () => {
    const [quote] = records;
    const words = wordsOf(quote!.content);
    const n = Number(quote!.meta.words);
    expect(words.slice(0, n).join(' ')).toBe('we lost $3 billion last year');
    // findable by name, role and an alias word the name lacks ("Minister" is in the role already)
    expect(words.slice(n).join(' ')).toBe('— Ana Reyes, Finance Minister');
    expect(quote!.meta).toMatchObject({ speaker: 'Ana Reyes', speaker_id: 'ana-reyes', role: 'Finance Minister', anchor: 'q-aaaaaaaa', date: '2025-03-04', date_label: '4 March 2025' });
    expect(records[2]!.meta.in_quote).toBe('q-aaaaaaaa');
  });

  it('orders listings newest briefing first, then by position', () => {
    expect(orderKey(new Date('2025-03-04'), 5) < orderKey(new Date('2025-03-04'), 40)).toBe(true);
    expect(orderKey(new Date('2025-03-05'), 900) < orderKey(new Date('2025-03-04'), 1)).toBe(true);
    expect(new Set(records.map((r) => r.sort.order?.length)).size).toBe(1);
  });
});

describe('decodeReferences', () => {
  it('reads character references the way the page shows them', () => {
    expect(decodeReferences('&lt;b&gt; &amp; &#8220;x&#x201D; &bogus; \\*')).toBe('<b> & \u201cx\u201d &bogus; *');
  });
});
