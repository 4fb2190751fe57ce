/**
 * The reader's compact search index (src/lib/search-reader.ts): one page per briefing whose meta splits it back into
 * quotes and claims; only named attributions name a speaker; the counts and the listing follow one rule.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.ts';
import { decodeItems, decodeWho, itemsFor, readerCounts, readerPages, shardKey, speakerShards, speakerToken } from '../../src/lib/search-reader.ts';
import { wordsOf } from '../../src/lib/search-records.ts';
import { buildRegistry } from '../../src/lib/speakers/registry.ts';

const analysis: Analysis = {
  file: 'x.md',
  speakers: [
    { id: 'ana-reyes', name: 'Ana Reyes', aliases: ['Reyes'], role: 'Finance Minister', kind: 'person', named: true },
    { id: 'spokesperson', name: 'spokesperson', aliases: [], role: null, kind: 'unknown', named: false },
  ],
  quotes: [
    { id: 'q-aaaaaaaa', text: 'we lost $3 billion last year', kind: 'direct', speaker: 'ana-reyes', cue: 'said', start: 10, end: 40, source: null, confidence: 0.9, how: 'adjacent-cue' },
    { id: 'q-bbbbbbbb', text: 'it will rain', kind: 'indirect', speaker: 'ana-reyes', cue: 'said', start: 50, end: 62, source: null, confidence: 0.3, how: 'pronoun' },
    { id: 'q-cccccccc', text: 'nobody asked us', kind: 'direct', speaker: 'spokesperson', cue: 'said', start: 70, end: 85, source: null, confidence: 0.9, how: 'adjacent-cue' },
  ],
  claims: [
    { id: 'c-dddddddd', text: 'we lost $3 billion', claimant: 'ana-reyes', quote: 'q-aaaaaaaa', score: 0.9, reasons: ['money'], start: 10, end: 28 },
    { id: 'c-eeeeeeee', text: 'prices rose 4 percent', claimant: null, quote: null, score: 0.7, reasons: ['percentage'], start: 90, end: 110 },
  ],
  diagnostics: [],
};
const briefing = { slug: 'budget', title: 'Budget talks', summary: 'Ministers met.', date: new Date('2025-03-04'), date_label: '4 March 2025', analysis };
const registry = buildRegistry([briefing]);
const [page] = readerPages([briefing], registry);
const items = decodeItems(page!.meta.items);
const whos = decodeWho(page!.meta.who);
const words = wordsOf(page!.content);
const textOf = (anchor: string) => {
  const i = items.find((x) => x.anchor === anchor)!;
  return words.slice(i.at, i.at + i.words).join(' ');
};

describe('reader pages', () => {
  it('hold every quote and claim of a briefing, each one’s words where its meta says', () => {
    expect(items.map((i) => i.anchor)).toEqual(['q-aaaaaaaa', 'q-bbbbbbbb', 'q-cccccccc', 'c-dddddddd', 'c-eeeeeeee', '']);
    expect(textOf('q-aaaaaaaa')).toBe('we lost $3 billion last year');
    expect(textOf('c-eeeeeeee')).toBe('prices rose 4 percent');
  });

  it('index a claim inside a quote once: its words are the quote’s', () => {
    expect(textOf('c-dddddddd')).toBe('we lost $3 billion');
    expect(page!.content.match(/billion/g)).toHaveLength(1);
  });

  it('name a speaker only for named attributions', () => {
    const who = (anchor: string) => whos[items.find((i) => i.anchor === anchor)!.who]!;
    expect(who('q-aaaaaaaa')).toMatchObject({ id: 'ana-reyes', name: 'Ana Reyes', attribution: 'named' });
    expect(who('q-bbbbbbbb')).toMatchObject({ id: '', attribution: 'uncertain' });
    expect(who('q-cccccccc')).toMatchObject({ id: '', name: 'spokesperson', attribution: 'unnamed' });
    expect(who('c-eeeeeeee')).toMatchObject({ id: '', attribution: 'article' });
    // Findable by name once per briefing, with the token only their briefings carry; no filter index.
    expect(page!.content).toContain(`Ana Reyes Finance Minister ${speakerToken('Ana Reyes')}`);
    expect(page!.filters.s).toBeUndefined();
  });

  it('count what listing lists: a claim inside its speaker’s quote is shown with it, not twice', () => {
    expect(itemsFor(items, whos, '', 'ana-reyes').map((i) => i.anchor)).toEqual(['q-aaaaaaaa']);
    expect(itemsFor(items, whos, 'claim', 'ana-reyes').map((i) => i.anchor)).toEqual(['c-dddddddd']);
    const { total, bySpeaker } = readerCounts([page!]);
    expect(total).toEqual({ '': 5, quote: 3, claim: 2, briefing: 1 });
    expect(bySpeaker.get('ana-reyes')).toEqual({ '': 1, quote: 1, claim: 1, briefing: 0 });
  });

  it('shard the speaker list by three letters of each name word, with the count choosing them lists', () => {
    const shards = speakerShards(registry, [page!]);
    expect(shardKey('Reyes')).toBe('rey');
    expect(shards.get('rey')).toEqual([['ana-reyes', 'Ana Reyes', 'Finance Minister', 1, 'ana reyes', 'reyesana']]);
    expect([...shards.values()].flat().some((row) => row[1] === 'spokesperson')).toBe(false);
  });
});
