/**
 * Every quote and claim of the seed has a complete permalink page: the head a link preview needs (title,
 * description, canonical, Open Graph with an image, Twitter card, JSON-LD of the right type), the words, the
 * speaker, the paragraph and a "read in context" link to an anchor that exists; its share card is a 1200×630 PNG;
 * annotations.json's selectors point at exactly the words in the published source text.
 */
import { attributionOf } from '../../src/lib/attribution.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { attr, byTag, elements, metaContent, parse, text, type Root } from '../support/html.ts';

const SITE = 'https://on-record.example';
const SLUG = 'riyadh-talks';
const seedText = readFileSync(new URL('../../content/briefings/riyadh-talks.md', import.meta.url), 'utf8');
const title = /^title: "(.*)"$/m.exec(seedText)![1]!;

let site: string;
let analysis: Analysis;
let briefingIds: Set<string>;

beforeAll(() => {
  site = inject('siteDir');
  // What `npm run annotate` prints for the seed is what the site must publish.
  analysis = analyze(seedText, { file: 'content/briefings/riyadh-talks.md' });
  const briefing = parse(readFileSync(join(site, 'briefings', SLUG, 'index.html'), 'utf8'));
  briefingIds = new Set(elements(briefing).map((e) => attr(e, 'id')).filter((x): x is string => Boolean(x)));
});

function one(tree: Root, key: string): string {
  const values = metaContent(tree, key);
  expect(values, `<meta ${key}>`).toHaveLength(1);
  expect(values[0]!.trim().length, `<meta ${key}> is empty`).toBeGreaterThan(0);
  return values[0]!;
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const items = () => [
  ...analysis.quotes.map((q) => ({ kind: 'quote' as const, folder: 'quotes', id: q.id, words: q.text, who: q.speaker })),
  ...analysis.claims.map((c) => ({ kind: 'claim' as const, folder: 'claims', id: c.id, words: c.text, who: c.claimant })),
];

describe('permalink pages', () => {
  it('the seed has quotes and claims to link to', () => {
    expect(analysis.quotes.length).toBeGreaterThan(5);
    expect(analysis.claims.length).toBeGreaterThan(3);
  });

  it('every quote and claim has a page with a complete, absolute link-preview head and JSON-LD', () => {
    for (const item of items()) {
      const path = `/briefings/${SLUG}/${item.folder}/${item.id}/`;
      const file = join(site, path, 'index.html');
      expect(existsSync(file), path).toBe(true);
      const html = readFileSync(file, 'utf8');
      const tree = parse(html);
      const url = `${SITE}${path}`;
      expect(text(byTag(tree, 'title')[0]!).length, `${path} <title>`).toBeGreaterThan(10);
      one(tree, 'description');
      const canonical = byTag(tree, 'link').filter((l) => attr(l, 'rel') === 'canonical');
      expect(canonical.map((l) => attr(l, 'href'))).toEqual([url]);
      one(tree, 'og:title');
      one(tree, 'og:description');
      expect(one(tree, 'og:url')).toBe(url);
      expect(one(tree, 'og:type')).toBe('article');
      const image = one(tree, 'og:image');
      expect(image).toBe(`${SITE}/briefings/${SLUG}/${item.folder}/${item.id}.png`);
      expect(one(tree, 'og:image:alt')).toMatch(item.kind === 'quote' ? /^Quote card/ : /^Claim card/);
      expect(one(tree, 'og:image:width')).toBe('1200');
      expect(one(tree, 'og:image:height')).toBe('630');
      expect(one(tree, 'twitter:card')).toBe('summary_large_image');
      one(tree, 'twitter:title');
      one(tree, 'twitter:description');
      expect(one(tree, 'twitter:image')).toBe(image);
      one(tree, 'twitter:image:alt');

      const scripts = byTag(tree, 'script').filter((s) => attr(s, 'type') === 'application/ld+json');
      expect(scripts, `${path} JSON-LD`).toHaveLength(1);
      const raw = text(scripts[0]!);
      expect(raw).not.toMatch(/[<>]/);
      const data = JSON.parse(raw);
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data.headline).toBe(title);
      expect(data.mainEntityOfPage).toBe(url);
      const part = data.hasPart;
      if (item.kind === 'quote') {
        expect(part['@type']).toBe('Quotation');
        // A creator only where the page may state the speaker (src/lib/attribution.ts): never for a guess.
        const q = analysis.quotes.find((x) => x.id === item.id)!;
        const named = attributionOf(q, analysis.speakers.find((s) => s.id === q.speaker)) === 'named';
        if (named) expect(part.creator?.name, `${path} creator`).toBeTruthy();
        else expect(part.creator, `${path} creator`).toBeUndefined();
      } else {
        expect(part['@type']).toBe('Claim');
        expect(part.appearance['@type']).toBe('NewsArticle');
        expect(part.appearance.url).toBe(`${SITE}/briefings/${SLUG}/#${item.id}`);
      }

      // The page itself: the words, who, the paragraph, the way back to the anchor.
      const main = byTag(tree, 'main')[0]!;
      const body = text(main).replace(/\s+/g, ' ');
      const someWords = item.words.replace(/\s+/g, ' ').replace(/^[“"]|[”"]$/g, '').split(' ').slice(0, 5).join(' ');
      expect(body, path).toContain(someWords);
      expect(byTag(main, 'mark').length, `${path} paragraph`).toBe(1);
      const back = byTag(main, 'a').find((a) => text(a) === 'Read in context');
      expect(attr(back!, 'href')).toBe(`/briefings/${SLUG}/#${item.id}`);
      expect(briefingIds.has(item.id), `#${item.id} on the briefing page`).toBe(true);
      if (item.who) {
        const speaker = analysis.speakers.find((s) => s.id === item.who)!;
        expect(body).toContain(speaker.name);
        // the role with the name only where the speaker is stated, not beside a guess
        const quoteId = item.kind === 'quote' ? item.id : analysis.claims.find((c) => c.id === item.id)!.quote;
        const q = quoteId ? analysis.quotes.find((x) => x.id === quoteId)! : null;
        const stated = !q || attributionOf(q, speaker) === 'named';
        if (speaker.role && stated) expect(body).toContain(speaker.role);
      }
    }
  });

  it('every card is a 1200×630 PNG', () => {
    for (const item of items()) {
      const file = join(site, 'briefings', SLUG, item.folder, `${item.id}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    }
  });
});

describe('annotations.json', () => {
  it('lists every speaker, quote and claim as Web Annotations whose selectors match the published source text', () => {
    const source = readFileSync(join(site, 'briefings', SLUG, 'source.md'), 'utf8');
    expect(source).toBe(seedText);
    const collection = JSON.parse(readFileSync(join(site, 'briefings', SLUG, 'annotations.json'), 'utf8'));
    expect(collection['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const annotations = collection.first.items as { id: string; type: string; target: { source: string; selector?: { type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }[] } }[];
    expect(annotations.length).toBe(collection.total);
    const ids = annotations.map((a) => a.id.split('#')[1]);
    for (const q of analysis.quotes) expect(ids).toContain(q.id);
    for (const c of analysis.claims) expect(ids).toContain(c.id);
    for (const s of analysis.speakers) expect(ids).toContain(`speaker-${s.id}`);
    let checked = 0;
    for (const a of annotations) {
      expect(a.type).toBe('Annotation');
      expect(a.target.source).toBe(`${SITE}/briefings/${SLUG}/source.md`);
      const quote = a.target.selector?.find((s) => s.type === 'TextQuoteSelector');
      const position = a.target.selector?.find((s) => s.type === 'TextPositionSelector');
      if (!quote || !position) continue;
      expect(source.slice(position.start, position.end), a.id).toBe(quote.exact);
      expect(source.slice(position.start! - quote.prefix!.length, position.start), a.id).toBe(quote.prefix);
      expect(source.slice(position.end, position.end! + quote.suffix!.length), a.id).toBe(quote.suffix);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(analysis.quotes.length + analysis.claims.length);
  });
});
