import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../src/lib/atom.ts';
import { excerptAround } from '../../src/lib/editor-report.ts';
import { highlight, highlighter } from '../../src/lib/highlight.ts';

describe('the shared highlighter', () => {
  it('is one instance for the whole build', () => {
    expect(highlighter()).toBe(highlighter());
  });

  it('writes both themes as CSS variables and no inline colour of its own', async () => {
    const html = await highlight('---\ntitle: "x"\n---\n\n“Words,” she said.', { lang: 'markdown' });
    expect(html).toMatch(/<pre class="shiki[^"]*"[^>]*style="[^"]*--shiki-light:[^"]*--shiki-dark:/);
    expect(html).toContain('--shiki-light-bg:');
    expect(html).not.toMatch(/style="color:/);
  });

  it('marks the given file lines and numbers them from the first line', async () => {
    const html = await highlight('one\ntwo\nthree', { lang: 'markdown', firstLine: 10, mark: [11] });
    expect(html).toMatch(/<mark class="line marked" data-line="11">.*two.*<\/mark>/);
    expect((html.match(/<mark/g) ?? []).length).toBe(1);
    expect(html).toContain('counter-reset:line 9');
  });

  it('underlines the excerpt on the marked line without losing the mark', async () => {
    const html = await highlight('before\n“Unclosed words here and more', {
      lang: 'markdown',
      firstLine: 1,
      mark: [2],
      underline: { line: 2, column: 0, length: 16 },
    });
    expect(html).toMatch(/<mark class="line marked" data-line="2"><span class="excerpt">.*“Unclosed words/);
  });
});

describe('the Markdown around a diagnostic', () => {
  const source = ['---', 'title: "T"', '---', '', 'First paragraph.', '', '“Open quote never closed.', '', 'Last.'].join('\n');

  it('takes the lines around it, trimmed of blank edges, and finds the words at the column', () => {
    const e = excerptAround(source, { line: 7, column: 1, rule: 'unclosed-quote', message: 'm', excerpt: '“Open quote' });
    expect(e.firstLine).toBe(5);
    expect(e.code.split('\n')).toEqual(['First paragraph.', '', '“Open quote never closed.', '', 'Last.']);
    expect(e.underline).toEqual({ line: 7, column: 0, length: '“Open quote'.length });
  });

  it('copes with a line past the end and words that are not there', () => {
    const e = excerptAround(source, { line: 99, column: 5, rule: 'unclosed-quote', message: 'm', excerpt: 'not in the text' });
    expect(e.line).toBe(9);
    expect(e.underline).toBeUndefined();
  });
});

describe('the Atom writer', () => {
  const feed = atomFeed({
    self: 'https://example.test/feed.xml',
    site: 'https://example.test/',
    title: 'T & <co>',
    author: 'A',
    entries: [
      { url: 'https://example.test/briefings/a/', title: 'He said "no" & <left>\u0000\u000b', updated: new Date('2025-02-18'), summary: "it's" },
      { url: 'https://example.test/briefings/b/', title: 'B', updated: new Date('2025-03-01') },
    ],
  });

  it('escapes text and drops characters XML forbids, so hostile titles cannot break it', () => {
    expect(XMLValidator.validate(feed)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'entry' }).parse(feed);
    expect(doc.feed.title).toBe('T & <co>');
    expect(doc.feed.entry[0].title['#text']).toBe('He said "no" & <left>');
    expect(escapeXml('\u0007a\uFFFEb')).toBe('ab');
  });

  it('dates the feed by its newest entry, in RFC 3339', () => {
    expect(feed).toContain('<updated>2025-03-01T00:00:00.000Z</updated>');
  });
});

describe('the embed snippet', () => {
  it('is a plain blockquote linking back, with hostile words escaped', async () => {
    const { embedHtml } = await import('../../src/lib/embed.ts');
    const html = embedHtml({ words: '“Tax <script>alert(1)</script> & \\"more\\"”', who: 'Jane "JD" Doe', url: 'https://x.test/briefings/a/quotes/q-12345678/', briefingTitle: 'A & B' });
    expect(html).toContain('<blockquote class="on-record-embed" cite="https://x.test/briefings/a/quotes/q-12345678/">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Jane &quot;JD&quot; Doe');
    expect(html).toContain('<a href="https://x.test/briefings/a/quotes/q-12345678/">A &amp; B</a>');
  });
});
