/**
 * Sharing one exact claim: the addresses, the text fragment, the citation, JSON-LD that no text can break out of,
 * the permalink head, and the Web Annotations export whose selectors point at exactly the words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { buildAnnotations, firstMention } from '../../src/lib/annotations.ts';
import { permalinkHead } from '../../src/lib/permalink/model.ts';
import { surroundingParagraph } from '../../src/lib/permalink/context.ts';
import { serializeJsonLd } from '../../src/lib/share/jsonld.ts';
import {
  anchorPath,
  cardPath,
  citation,
  displayWords,
  parsePermalinkPath,
  permalinkPath,
  plainWords,
  textDirective,
  textFragmentUrl,
} from '../../src/lib/share/links.ts';

const seed = readFileSync(new URL('../../content/briefings/riyadh-talks.md', import.meta.url), 'utf8');
const SITE = 'https://on-record.example';

describe('addresses', () => {
  it('builds and reads back the permalink, anchor and card paths', () => {
    expect(permalinkPath('riyadh-talks', 'quote', 'q-abcdefgh')).toBe('/briefings/riyadh-talks/quotes/q-abcdefgh/');
    expect(permalinkPath('riyadh-talks', 'claim', 'c-abcdefgh-2')).toBe('/briefings/riyadh-talks/claims/c-abcdefgh-2/');
    expect(anchorPath('riyadh-talks', 'q-abcdefgh')).toBe('/briefings/riyadh-talks/#q-abcdefgh');
    expect(cardPath('riyadh-talks', 'quote', 'q-abcdefgh')).toBe('/briefings/riyadh-talks/quotes/q-abcdefgh.png');
    expect(parsePermalinkPath('https://x.example/briefings/a/claims/c-12345678/')).toEqual({ slug: 'a', kind: 'claim', id: 'c-12345678' });
    expect(parsePermalinkPath('/briefings/a/')).toBeNull();
  });
});

describe('text fragments', () => {
  it('links a short passage whole and a long one by its first and last words, after the id', () => {
    expect(textDirective('Hello, world')).toBe(':~:text=Hello%2C%20world');
    const long = 'American business has lost more than $300 billion by leaving the Russian market';
    expect(textDirective(long)).toBe(':~:text=American%20business%20has%20lost,leaving%20the%20Russian%20market');
    expect(textFragmentUrl('/briefings/x/#q-1', long)).toMatch(/^\/briefings\/x\/#q-1:~:text=American/);
  });

  it('encodes the characters the directive reserves, and uses only the opening words of an excerpt', () => {
    expect(textDirective('a well-known, hard & fast rule')).toBe(':~:text=a%20well%2Dknown%2C%20hard%20%26%20fast%20rule');
    expect(textDirective('one two three four five six seven eight nine ten…')).toBe(':~:text=one%20two%20three%20four%20five%20six');
  });

  it('drops Markdown syntax and outer quotation marks so the words match the rendered page', () => {
    expect(plainWords('the *real* [numbers](https://x.example) are `here`')).toBe('the real numbers are here');
    expect(displayWords('“We will keep asking,”')).toBe('We will keep asking,');
  });
});

describe('citation', () => {
  it('names who, the words, the briefing, the site, the date and the link', () => {
    expect(
      citation({ words: '“It is done.”', who: 'Ana Ortiz', kind: 'quote', briefingTitle: 'Budget', date: '2025-03-01', url: `${SITE}/q/` }),
    ).toBe(`Ana Ortiz, “It is done.”, in “Budget”, On Record, 1 March 2025. ${SITE}/q/`);
    expect(citation({ words: 'x', who: null, kind: 'claim', briefingTitle: 'B', date: '2025-03-01', url: 'u' })).toMatch(/^The article, /);
  });
  it('keeps the marks of words that quote someone, single inside its own', () => {
    expect(citation({ words: '“The pier is safe,” she said, and the council agreed.', who: null, kind: 'claim', briefingTitle: 'B', date: '2025-03-01', url: 'u' }))
      .toBe('The article, “‘The pier is safe,’ she said, and the council agreed.”, in “B”, On Record, 1 March 2025. u');
  });
});

describe('JSON-LD', () => {
  it('cannot be broken out of by any text, and parses back to the same data', () => {
    const hostile = { text: '</script><script>alert(1)</script> & <!-- \u2028 \u2029', name: '"quoted" \\ back' };
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('describes a quote as a Quotation with its creator inside the NewsArticle, a claim as a Claim with its appearance', () => {
    const briefing = { slug: 'budget', title: 'Council votes', date: '2025-03-01', summary: 'It passed.' };
    const speaker = { id: 'ana-ortiz', name: 'Ana Ortiz', role: 'councillor', kind: 'person' as const };
    const q = permalinkHead({ kind: 'quote', id: 'q-aaaaaaaa', words: 'It is done.', speaker, briefing }, SITE);
    expect(q.canonical).toBe(`${SITE}/briefings/budget/quotes/q-aaaaaaaa/`);
    expect(q.ogUrl).toBe(q.canonical);
    expect(q.image).toBe(`${SITE}/briefings/budget/quotes/q-aaaaaaaa.png`);
    expect(q.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Council votes',
      hasPart: { '@type': 'Quotation', text: 'It is done.', creator: { '@type': 'Person', name: 'Ana Ortiz', jobTitle: 'councillor' } },
    });
    const c = permalinkHead({ kind: 'claim', id: 'c-bbbbbbbb', words: 'Rents rose 12%.', speaker: null, briefing, score: 0.8 }, SITE);
    expect(c.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      hasPart: { '@type': 'Claim', appearance: { '@type': 'NewsArticle', url: `${SITE}/briefings/budget/#c-bbbbbbbb` } },
    });
    expect(c.description).toContain('the article’s own voice');
  });
});

describe('the surrounding paragraph', () => {
  it('splits the paragraph into before, the words and after', () => {
    const text = '---\ntitle: x\n---\n\nFirst para.\n\nShe said “it is *done*,” and left.\n\nLast.\n';
    const start = text.indexOf('it is');
    const end = text.indexOf(',”') + 1;
    expect(surroundingParagraph(text, start, end)).toEqual({ before: 'She said “', words: 'it is done,', after: '” and left.' });
  });
});

describe('annotations.json', () => {
  it('gives every speaker, quote and claim of the seed selectors that point at exactly their words', () => {
    const analysis = analyze(seed, { file: 'seed.md' });
    const collection = buildAnnotations({ slug: 'riyadh-talks', title: 'T', text: seed, analysis, site: SITE });
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const items = collection.first.items as { id: string; motivation: string; target: { selector?: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] } }[];
    expect(items.length).toBe(analysis.speakers.length + analysis.quotes.length + analysis.claims.length);
    for (const item of items) {
      const quote = item.target.selector?.find((s) => s.type === 'TextQuoteSelector');
      const position = item.target.selector?.find((s) => s.type === 'TextPositionSelector');
      if (!quote || !position) {
        expect(item.id, 'only a speaker never named verbatim may lack selectors').toMatch(/#speaker-/);
        continue;
      }
      expect(seed.slice(position.start, position.end)).toBe(quote.exact);
      expect(seed.slice(0, position.start).endsWith(quote.prefix!)).toBe(true);
      expect(seed.slice(position.end).startsWith(quote.suffix!)).toBe(true);
    }
  });

  it('targets a speaker at their first mention in the body, not in the front matter', () => {
    const text = '---\ntitle: "Ana Ortiz speaks"\n---\n\nCouncillor Ana Ortiz said no. Ortiz left.\n';
    const at = firstMention(text, { id: 'ana-ortiz', name: 'Ana Ortiz', aliases: ['Ortiz'], role: null, kind: 'person', named: true })!;
    expect(text.slice(at.start, at.end)).toBe('Ana Ortiz');
    expect(at.start).toBeGreaterThan(text.indexOf('Councillor'));
  });
});
