/**
 * The remark plugin through a real unified pipeline (the one Astro uses: remark-parse, remark-directive, the plugin,
 * remark-rehype, rehype-stringify): what a reader gets in the HTML for each quote and claim of the analysis.
 */
import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import remarkOnRecord from '../../src/remark/index.ts';
import { attr, elements, parse, text } from '../support/html.ts';

function render(markdown: string) {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: {} } } });
  const html = String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkOnRecord, { report: false })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
  const analysis = (file.data as { astro: { frontmatter: { analysis: Analysis } } }).astro.frontmatter.analysis;
  return { html, tree: parse(html), analysis, file };
}

const fixture = readFileSync(new URL('../fixtures/remark/inline.md', import.meta.url), 'utf8');

describe('remark-on-record', () => {
  const { html, tree, analysis, file } = render(fixture);
  const byId = new Map(elements(tree).filter((el) => attr(el, 'id')).map((el) => [attr(el, 'id')!, el]));

  it('hands the page exactly what the engine finds in the same text', () => {
    expect(analysis).toEqual(analyze(fixture, { file: '<input>', frontmatter: {} }));
  });

  it('wraps every quote in one element with its id, speaker and kind, across emphasis and links', () => {
    expect(analysis.quotes.length).toBeGreaterThanOrEqual(2);
    for (const quote of analysis.quotes) {
      const el = byId.get(quote.id);
      expect(el, quote.text).toBeDefined();
      expect(attr(el!, 'data-speaker')).toBe(quote.speaker ?? '');
      expect(attr(el!, 'data-kind')).toBe(quote.kind);
    }
    const taxes = analysis.quotes.find((q) => q.text.includes('raise taxes'))!;
    expect(taxes.speaker).toBe('jane-doe');
    // the emphasis stays inside the quote's element, and the words read as written
    expect(text(byId.get(taxes.id)!)).toContain('We will not raise taxes this year');
    expect(elements(byId.get(taxes.id)!).some((el) => el.tagName === 'em')).toBe(true);
  });

  it('wraps every claim with its claimant, nested inside its quote where it sits in one', () => {
    const growth = analysis.claims.find((c) => c.text.includes('12 percent'));
    expect(growth).toBeDefined();
    const el = byId.get(growth!.id)!;
    expect(attr(el, 'data-claimant')).toBe(growth!.claimant ?? '');
    for (const claim of analysis.claims) expect(byId.has(claim.id), claim.text).toBe(true);
  });

  it('keeps raw HTML in a briefing as text, never markup', () => {
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
  });

  it('reads the inline directive as the editor\'s attribution and shows only its words', () => {
    const banner = analysis.quotes.find((q) => q.text.includes('The bridge stays open'))!;
    expect(banner).toMatchObject({ speaker: 'jane-doe', how: 'editor' });
    expect(html).not.toContain(':quote[');
    expect(text(byId.get(banner.id)!)).toContain('The bridge stays open');
  });

  it('reports diagnostics as vfile messages with line and column', () => {
    const { file: broken } = render('He said: "this never closes.\n\nAnother paragraph here.\n');
    const rules = broken.messages.map((m) => m.ruleId);
    expect(rules).toContain('unclosed-quote');
    expect(broken.messages[0]!.line).toBe(1);
    expect(file.messages.every((m) => m.line && m.column)).toBe(true);
  });
});

describe('a briefing saved with a byte-order mark', () => {
  it('wraps the same words as without it', () => {
    const plain = render(fixture);
    const bom = render(`\uFEFF${fixture}`);
    const texts = (t: ReturnType<typeof parse>) =>
      elements(t).filter((el) => attr(el, 'id')?.startsWith('q-')).map((el) => text(el));
    expect(texts(bom.tree)).toEqual(texts(plain.tree));
  });
});
