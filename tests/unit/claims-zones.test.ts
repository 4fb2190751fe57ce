import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { segment } from '../../src/analysis/segment.ts';
import { findZones, withoutZones } from '../../src/analysis/zones.ts';

// Hand-written synthetic copy (no data set's words): the furniture of a news page around a few paragraphs of prose.

function zonesOf(text: string) {
  const { paragraphs, sentences } = segment(text);
  return findZones(text, paragraphs, sentences).map((z) => ({ kind: z.kind, text: text.slice(z.start, z.end) }));
}

const PAGE = [
  'Harbour Board Approves Dredging Plan After Long Fight',
  'Ada Quill, The Valley Courier',
  'The harbour board voted 7-2 on Tuesday to spend $40 million on dredging the inner channel, the largest project in its history.',
  'READ MORE: Ferry fares to rise by 8 per cent next spring, operator says',
  '“The channel has silted up by two metres since 2015,” said Ben Orr, the board’s chief engineer.',
  'Story continues below advertisement',
  'Workers inspect the silted channel near the old pier on Monday. (Jane Roe/Valley Courier)',
  'Costs and delays',
  'The dredging will take three years, Orr said, and will close the channel to large ships for six months.',
  'WATCH: Harbour master explains the dredging schedule',
  'Follow the reporter on social media @adaquill.',
].join('\n\n');

describe('zones: text that is not the article’s prose', () => {
  const zones = zonesOf(PAGE);
  const kindOf = (start: string) => zones.find((z) => z.text.startsWith(start))?.kind ?? null;

  it('finds the headline, byline, link lines, page furniture, caption and sub-heading', () => {
    expect(kindOf('Harbour Board Approves')).toBe('heading');
    expect(kindOf('Ada Quill, The Valley')).toBe('byline');
    expect(kindOf('READ MORE:')).toBe('link');
    expect(kindOf('WATCH:')).toBe('link');
    expect(kindOf('Story continues below')).toBe('boilerplate');
    expect(kindOf('Workers inspect')).toBe('caption');
    expect(kindOf('Costs and delays')).toBe('heading');
    expect(kindOf('Follow the reporter')).toBe('boilerplate');
  });

  it('leaves the prose alone', () => {
    expect(kindOf('The harbour board voted')).toBeNull();
    expect(kindOf('“The channel has silted')).toBeNull();
    expect(kindOf('The dredging will take')).toBeNull();
  });

  it('a post with its signature line below it is an embedded post, both paragraphs', () => {
    const text = 'The mayor replied online within the hour.\n\nWe will reopen the pier on Friday, no matter what the board says.\n\n— Sam Lee (@samlee) March 3, 2019\n\nThe board did not answer.';
    const z = zonesOf(text);
    expect(z.map((x) => x.kind)).toEqual(['embedded-post', 'embedded-post']);
    expect(z[0]!.text).toMatch(/^We will reopen/);
  });

  it('blanking keeps every offset and drops the zones from paragraphs and sentences', () => {
    const { paragraphs, sentences } = segment(PAGE);
    const zs = findZones(PAGE, paragraphs, sentences);
    const out = withoutZones(PAGE, paragraphs, sentences, zs);
    expect(out.text.length).toBe(PAGE.length);
    expect(out.text).not.toContain('READ MORE');
    expect(out.paragraphs.length).toBe(paragraphs.length - zs.length);
    for (const s of out.sentences) {
      expect(out.paragraphs[s.paragraph]!.start).toBeLessThanOrEqual(s.start);
      expect(out.text.slice(s.start, s.end)).toBe(PAGE.slice(s.start, s.end));
    }
  });
});

describe('zones in the engine', () => {
  const a = analyze(PAGE);
  const inZone = (start: number, end: number) =>
    zonesOf(PAGE).some((z) => {
      const zs = PAGE.indexOf(z.text);
      return zs < end && zs + z.text.length > start;
    });

  it('no claim and no quote lies in a zone', () => {
    expect(a.claims.length).toBeGreaterThan(0);
    for (const c of a.claims) expect(inZone(c.start, c.end), c.text).toBe(false);
    for (const q of a.quotes) expect(inZone(q.start, q.end), q.text).toBe(false);
  });

  it('a link line that reads like reported speech gives no quote and no speaker', () => {
    expect(a.quotes.some((q) => q.text.includes('Ferry fares'))).toBe(false);
    expect(a.speakers.some((s) => /operator/i.test(s.name))).toBe(false);
    expect(a.speakers.some((s) => s.name === 'Ada Quill')).toBe(false);
  });

  it('the prose quote keeps its speaker, and offsets still point into the original text', () => {
    const q = a.quotes.find((x) => x.text.includes('silted up'));
    expect(q?.speaker).toBe('ben-orr');
    expect(PAGE.slice(q!.start, q!.end)).toContain('silted up');
  });

  it('an editor’s directive in a heading keeps the heading as text', () => {
    const text = '## :quote[We build for a century]{speaker="Ben Orr"}\n\nBen Orr spoke at the harbour on Tuesday.';
    const b = analyze(text);
    expect(b.quotes.some((x) => x.text.includes('We build for a century') && x.how === 'editor')).toBe(true);
  });
});
