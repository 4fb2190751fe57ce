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

// One row per rule case: an invented paragraph, and the rule that must find it (null: prose, no zone).
const LONG_NOTE_TAIL =
  ' The series drew on 40 interviews, court filings from three provinces and records released under access-to-information law, and every person named was offered a chance to respond before publication.';
const ZONE_CASES: [paragraph: string, rule: string | null][] = [
  [`Editor’s note: This article is the second of four on the harbour's finances.${LONG_NOTE_TAIL}${LONG_NOTE_TAIL}`, 'newsroom-note'],
  ["*Editor's Note — The board paid none of the costs of this report.*", 'newsroom-note'],
  [`Correction: An earlier version of this story misstated the year the pier closed, which was 1998, not 1989.${LONG_NOTE_TAIL}`, 'newsroom-note'],
  ['An earlier version of this article gave the wrong title for the board’s chief engineer.', 'newsroom-note'],
  ['Disclosure: The author sat on the harbour board’s advisory panel from 2015 to 2018.', 'newsroom-note'],
  ['This story has been updated to add a comment from the port authority and the vote count.', 'newsroom-note'],
  ['This article was produced in partnership with a nonprofit newsroom that covers coastal towns.', 'newsroom-note'],
  ['— with files from Ada Quill', 'newsroom-note'],
  ['Follow Ada Quill on Twitter for more on the dredging fight.', 'newsroom-note'],
  ['The correction came too late for investors, who lost 30 per cent of their stake in the ferry firm.', null],
  ['Corrections officers said 12 inmates were moved from the harbour jail on Monday.', null],
  ['Follow the money, investigators said, and you find the dredging contract.', null],
  ['Jane Roe / The Valley Courier Workers inspect the silted channel near the old pier on Monday, May 4, 2026.', 'photo-credit'],
  ['HARBOUR WIRE/Ben Orr Ice covers the moorings at the north pier, due to a week of subzero temperatures, Jan. 22, 2026.', 'photo-credit'],
  ['Open the gallery A deckhand ties up a trawler at the harbour on Jan. 30, 2026. Ada Quill/Valley Courier', 'photo-credit'],
  // near misses: two names joined by a slash open prose ("Northfield/Southport ferries"), or one ends a sentence
  ['Northfield/Southport ferries run every 20 minutes in summer and every 40 minutes in winter, the board said.', null],
  ['The board met on Monday. Ferries now run every 20 minutes on the route between Northfield/Southport.', null],
  ['Cedar Soap Bar, $12, cedarsoap.example Harbour Beard Oil, $38, harbouroil.example Pier Shaving Cream, $29, pier.example', 'price-list'],
  ['The soap costs $12, the beard oil $38, at the harbour market on most weekend mornings in spring', null],
  // the limits: one listed price is no list (a short line with one is a label); two in a long line are prose that
  // names prices (over eight words each)
  ['Cedar Soap Bar, $12, cedarsoap.example', 'sub-heading'],
  ['The stall sells a soap bar, $12, and a beard oil, $38, and the owner says both sold out at the harbour market before noon on every weekend of the spring', null],
];

describe('zones: the case table', () => {
  it.each(ZONE_CASES)('%s → %s', (paragraph, rule) => {
    const text = `The harbour board met on Tuesday.\n\n${paragraph}\n\nThe board meets again in May.`;
    const { paragraphs, sentences } = segment(text);
    const at = text.indexOf(paragraph);
    expect(findZones(text, paragraphs, sentences).find((z) => z.start === at)?.by ?? null).toBe(rule);
  });

  it('a long editor’s note yields no claim, quote or speaker, while the prose beside it keeps its claim', () => {
    const note = `Editor’s note: Ben Orr, the board’s chief engineer, said the channel had silted up by two metres since 2015, and the dredging will cost $40 million.${LONG_NOTE_TAIL}${LONG_NOTE_TAIL}`;
    const prose = 'The harbour board voted 7-2 on Tuesday to spend $40 million on dredging the inner channel, the largest project in its history.';
    const text = `${prose}\n\n${note}`;
    const a = analyze(text);
    const noteStart = text.indexOf(note);
    expect(a.claims.some((c) => c.start < noteStart)).toBe(true);
    for (const c of a.claims) expect(c.end <= noteStart, c.text).toBe(true);
    for (const q of a.quotes) expect(q.end <= noteStart, q.text).toBe(true);
    expect(a.speakers.some((s) => /Orr/.test(s.name))).toBe(false);
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
