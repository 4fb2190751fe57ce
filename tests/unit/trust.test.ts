/**
 * What the site may state (src/lib/attribution.ts), what the default view marks (src/remark/marks.ts), key figures
 * read whole (src/lib/reading.ts), the outlet's credit in citations and JSON-LD (src/lib/share, src/lib/permalink),
 * the date a briefing was added or changed (src/lib/briefing-dates.ts) and the placeholder origin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, How, Quote, Speaker } from '../../src/analysis/types.ts';
import { attributionOf, sourceLine, statedSpeaker, UNCERTAIN_BELOW, uncertainReason } from '../../src/lib/attribution.ts';
import { chooseDefaultMarks, computeMarks, MARK_BUDGET, quoteColour, quoteLabel } from '../../src/remark/marks.ts';
import { keyFigures } from '../../src/lib/reading.ts';
import { citation } from '../../src/lib/share/links.ts';
import { permalinkHead, whoLabel } from '../../src/lib/permalink/model.ts';
import { updatedOf } from '../../src/lib/briefing-dates.ts';
import { isPlaceholderSite } from '../../src/integrations/site-origin/index.ts';

const person = (id: string, name: string, extra: Partial<Speaker> = {}): Speaker => ({ id, name, aliases: [], role: null, kind: 'person', named: true, ...extra });
const quote = (id: string, speaker: string | null, confidence: number, how: How = 'adjacent-cue', start = 0, end = 10, kind: Quote['kind'] = 'direct'): Quote =>
  ({ id, text: 'words', kind, speaker, cue: 'said', start, end, source: null, confidence, how });
const claim = (id: string, score: number, start: number, end: number, claimant: string | null = null): Claim =>
  ({ id, text: 'x', claimant, quote: null, score, reasons: [], start, end }) as Claim;

describe('what the site may state about a source', () => {
  const doe = person('jane-doe', 'Jane Doe');
  const agency = person('the-agency', 'the agency', { kind: 'organization', named: false });

  it('states a named speaker, describes an unnamed one, hedges a guess and says none when there is none', () => {
    expect(attributionOf(quote('q-1', 'jane-doe', 0.95), doe)).toBe('named');
    expect(attributionOf(quote('q-2', 'the-agency', 0.95), agency)).toBe('unnamed');
    expect(attributionOf(quote('q-3', 'jane-doe', UNCERTAIN_BELOW - 0.01, 'cross-sentence'), doe)).toBe('uncertain');
    expect(attributionOf(quote('q-4', null, 0.3, 'unresolved'), undefined)).toBe('none');
    // the editor has the last word, whatever the confidence
    expect(attributionOf(quote('q-5', 'jane-doe', 0.1, 'editor'), doe)).toBe('named');
    expect(statedSpeaker(quote('q-3', 'jane-doe', 0.5, 'cross-sentence'), doe)).toBeNull();
  });

  it('writes who said it as a line that never states a guess as a name', () => {
    expect(sourceLine('named', doe)).toBe('Jane Doe');
    expect(sourceLine('unnamed', agency)).toBe('An unnamed source (agency)');
    expect(sourceLine('uncertain', doe)).toBe('Source uncertain (perhaps Jane Doe)');
    expect(sourceLine('none', null)).toBe('Unattributed');
    expect(uncertainReason({ how: 'paragraph-continuation', confidence: 0.6 })).toBe(
      'Uncertain because no one is named in this paragraph: the analysis assumed the last speaker goes on talking. Attributions like this are right about 6 times in 10.',
    );
  });
});

describe('what the default view marks', () => {
  it('underlines quoted words and adds the strongest claims while the marks stay within the budget', () => {
    const analysis = {
      quotes: [quote('q-a', 'x', 0.9, 'adjacent-cue', 0, 100), quote('q-b', 'x', 0.9, 'adjacent-cue', 100, 400, 'indirect')],
      claims: [claim('c-1', 0.99, 500, 650), claim('c-2', 0.95, 700, 760), claim('c-3', 0.5, 800, 900), claim('c-4', 0.9, 20, 80)],
    };
    const { keyClaims, quietQuotes } = chooseDefaultMarks(analysis, 1000);
    expect(quietQuotes).toBe(false);
    // 100 (quote) + 150 (c-1) fit in 300; c-2 (60 more) does not; c-4 lies inside the quote and costs nothing; c-3 is weak
    expect(keyClaims).toEqual(['c-1', 'c-4']);
    expect(MARK_BUDGET).toBeLessThanOrEqual(0.35);
  });

  it('shows every quote by its label alone when quoted words would take more than the budget', () => {
    const analysis = { quotes: [quote('q-a', 'x', 0.9, 'adjacent-cue', 0, 500)], claims: [claim('c-1', 0.99, 600, 700)] };
    expect(chooseDefaultMarks(analysis, 1000)).toEqual({ keyClaims: ['c-1'], quietQuotes: true });
  });

  it('colours only named speakers, each their own colour, and labels a guess with a question mark', () => {
    const speakers = Array.from({ length: 10 }, (_, i) => person(`p${i}`, `Person ${String.fromCharCode(65 + i)}`));
    const quotes = speakers.map((s, i) => quote(`q-${i}`, s.id, 0.95, 'adjacent-cue', i * 10, i * 10 + 5));
    quotes.push(quote('q-guess', 'p0', 0.5, 'cross-sentence', 200, 210));
    const marks = computeMarks({ file: 'x', speakers, quotes, claims: [], diagnostics: [] });
    const colours = quotes.slice(0, 10).map((q) => quoteColour(marks, q));
    const coloured = colours.filter((c) => c !== 'sc-none');
    expect(coloured.length).toBe(8);
    expect(new Set(coloured).size).toBe(8);
    expect(quoteColour(marks, quotes[10]!)).toBe('sc-none');
    expect(quoteLabel(marks, quotes[10]!)).toBe('A?');
  });
});

describe('key figures', () => {
  it('reads 24/7, 2018-19, ranges and money with its unit as one figure each, and skips a bare year', () => {
    const text =
      'It pays for 24/7 service, waits of 12-15 minutes in the 2018-19 fiscal year, a deficit of between $3 million and $4 million, $84 a year, $41.5 million, a $9-million bill and 18 per cent since 2016.';
    const figures = keyFigures([{ ...claim('c-1', 0.9, 0, text.length), text }]).map((f) => f.figure);
    expect(figures).toEqual(['24/7', '12-15 minutes', '2018-19', 'between $3 million and $4 million', '$84 a year', '$41.5 million', '$9-million', '18 per cent']);
  });

  it('skips a day of the month, a name\'s code and an age: no amount a reader would check', () => {
    const text = 'PORTMERE, March 12 (Wire) — On 3 May the 22-year-old skipper of the HX-7 ferry said 2,300 crew had COVID-19 by Jan. 4.';
    const figures = keyFigures([{ ...claim('c-1', 0.9, 0, text.length), text }]).map((f) => f.figure);
    expect(figures).toEqual(['2,300']);
  });
});

describe('the outlet credited', () => {
  const briefing = { slug: 'levy', title: 'Council delays vote', date: '2019-03-14', summary: 'S.', outlet: 'Northshore Ledger', url: 'https://news.example.org/a', author: 'Mira Castellanos', published: '2019-03-15' };

  it('cites the outlet and its date before the site that annotates it; the article’s own voice is the outlet’s', () => {
    expect(citation({ words: 'Rents rose.', who: null, kind: 'claim', briefingTitle: briefing.title, date: briefing.date, url: 'https://x/c/', outlet: briefing.outlet, published: briefing.published })).toBe(
      'The article (Northshore Ledger), “Rents rose.”, in “Council delays vote”, Northshore Ledger, 15 March 2019, annotated by On Record. https://x/c/',
    );
    expect(whoLabel({ kind: 'claim', speaker: null, attribution: null, briefing })).toBe('The article (Northshore Ledger)');
  });

  it('puts the original in JSON-LD (isBasedOn, its publisher and author), and no creator for a guess', () => {
    const speaker = { id: 'jane-doe', name: 'Jane Doe', role: 'Mayor', kind: 'person' as const };
    const head = permalinkHead({ kind: 'quote', id: 'q-aaaaaaaa', words: 'It is done.', speaker, attribution: 'uncertain', briefing }, 'https://site.example');
    expect(head.jsonLd).toMatchObject({
      isBasedOn: { '@type': 'NewsArticle', url: briefing.url, publisher: { name: briefing.outlet }, author: { name: briefing.author }, datePublished: '2019-03-15' },
    });
    expect((head.jsonLd.hasPart as Record<string, unknown>).creator).toBeUndefined();
    expect(head.title).toMatch(/^Source uncertain \(perhaps Jane Doe\): /);
    expect(head.imageAlt).toContain('From Northshore Ledger');
  });
});

describe('when a briefing was added or changed', () => {
  it('takes the front matter’s updated first, and the events’ or outlet’s date for a file outside any history', () => {
    const dir = mkdtempSync(join(tmpdir(), 'on-record-dates-'));
    const file = join(dir, 'b.md');
    writeFileSync(file, '---\n---\n');
    try {
      const date = new Date('2018-05-01');
      expect(updatedOf({ filePath: file, data: { date, updated: new Date('2026-11-30') } }).toISOString()).toBe('2026-11-30T00:00:00.000Z');
      expect(updatedOf({ filePath: file, data: { date, published: new Date('2018-05-02') } }).toISOString()).toBe('2018-05-02T00:00:00.000Z');
      expect(updatedOf({ filePath: file, data: { date } })).toBe(date);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows the placeholder origin', () => {
    expect(isPlaceholderSite('https://on-record.example')).toBe(true);
    expect(isPlaceholderSite(undefined)).toBe(true);
    expect(isPlaceholderSite('https://onrecord.news')).toBe(false);
  });
});
