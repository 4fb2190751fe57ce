/**
 * An HTML article → its text and what its page says about itself. The article body is found by Mozilla's
 * Readability (Firefox Reader View's extraction) on a linkedom DOM; headers, navigation, asides and footers are left
 * out. Metadata comes from the page's own tags: the canonical link and Open Graph / article: meta tags, then the
 * schema.org JSON-LD NewsArticle, then what Readability found.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanByline, literalParagraph, type ImportedArticle } from './article.ts';
import { dateLine } from './text.ts';

type Doc = ReturnType<typeof parseHTML>['document'];

/** The blocks whose text is the article: paragraphs, sub-headings, block quotes, list items. */
const BLOCKS = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'LI', 'PRE']);

/** HTML whitespace rules: runs of spaces and line breaks are one space; no-break spaces stay what they are. */
const collapse = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

function meta(doc: Doc, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

interface JsonLdArticle {
  headline?: string;
  author?: unknown;
  datePublished?: string;
  dateModified?: string;
  publisher?: { name?: string };
  url?: string;
  mainEntityOfPage?: string | { '@id'?: string };
}

/** The first schema.org *Article in the page's JSON-LD (top level or in an @graph). */
function jsonLdArticle(doc: Doc): JsonLdArticle | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes: unknown[] = Array.isArray(data) ? data : [data, ...(((data as { '@graph'?: unknown[] })?.['@graph']) ?? [])];
    for (const node of nodes) {
      const type = (node as { '@type'?: unknown })?.['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (types.some((t) => typeof t === 'string' && /Article$|^Report$/.test(t))) return node as JsonLdArticle;
    }
  }
  return undefined;
}

function authorName(author: unknown): string | undefined {
  const names = (Array.isArray(author) ? author : [author])
    .map((a) => (typeof a === 'string' ? a : (a as { name?: unknown })?.name))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return names.length > 0 ? names.join(', ') : undefined;
}

function blocksOf(root: Element): string[] {
  const out: string[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (BLOCKS.has(child.tagName)) {
        // A list item or quote holding paragraphs: take the paragraphs one by one.
        if ((child.tagName === 'LI' || child.tagName === 'BLOCKQUOTE') && child.querySelector('p')) {
          walk(child);
          continue;
        }
        const text = child.tagName === 'PRE' ? (child.textContent ?? '').trim() : collapse(child.textContent ?? '');
        if (!text) continue;
        out.push(/^H[2-6]$/.test(child.tagName) ? `## ${text}` : literalParagraph(text));
      } else walk(child);
    }
  };
  walk(root);
  return out;
}

/**
 * The headline, byline and date lines Readability leaves at the top of the body when the page's metadata already
 * gave them: they are not the article's words.
 */
function withoutHeadLines(blocks: string[], title: string): string[] {
  let i = 0;
  const same = (a: string, b: string) => a.replace(/\W+/g, ' ').trim().toLowerCase() === b.replace(/\W+/g, ' ').trim().toLowerCase();
  for (; i < blocks.length && i < 4; i++) {
    const b = blocks[i]!.replace(/^## /, '');
    const byline = /^by\s+\S/i.test(b) && b.length <= 120 && !/[.!?]$/.test(b);
    if (!(byline || dateLine(b) || (title && same(b, title)))) break;
  }
  return blocks.slice(i);
}

/**
 * The text of an HTML file: UTF-8, or the charset its <meta> declares (a page saved from a browser keeps the
 * server's encoding). Null when it is neither.
 */
export function decodeHtml(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    if (!label) return null;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return null;
    }
  }
}

export function importHtml(html: string): ImportedArticle {
  const { document } = parseHTML(html);
  // Read the head before Readability, which rewrites the document as it goes.
  const ld = jsonLdArticle(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const head = {
    title: meta(document, 'og:title', 'twitter:title') ?? ld?.headline,
    outlet: meta(document, 'og:site_name', 'application-name') ?? ld?.publisher?.name,
    url: canonical || meta(document, 'og:url') || ld?.url || (typeof ld?.mainEntityOfPage === 'string' ? ld.mainEntityOfPage : ld?.mainEntityOfPage?.['@id']),
    author: meta(document, 'author', 'article:author', 'parsely-author', 'byl') ?? authorName(ld?.author),
    published: meta(document, 'article:published_time', 'datePublished', 'date', 'pubdate') ?? ld?.datePublished,
    updated: meta(document, 'article:modified_time', 'og:updated_time', 'dateModified') ?? ld?.dateModified,
    description: meta(document, 'description', 'og:description', 'twitter:description'),
  };
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  // Readability gives up on pages with little text; then the page's own article (or main) element is the article.
  const fallback = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const fallbackBlocks = fallback ? blocksOf(fallback as unknown as Element) : [];
  // linkedom's Document is not the DOM lib's type, but it is the DOM Readability walks.
  const article = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as Element }).parse();
  const found = article?.content ? blocksOf(article.content) : [];
  const blocks = withoutHeadLines(found.length > 0 ? found : fallbackBlocks, head.title ?? article?.title ?? '');
  return {
    title: head.title ?? article?.title ?? undefined,
    outlet: head.outlet ?? article?.siteName ?? undefined,
    url: head.url || undefined,
    author: cleanByline(head.author?.startsWith('http') ? undefined : head.author) ?? cleanByline(article?.byline),
    published: head.published ?? article?.publishedTime ?? time,
    updated: head.updated,
    // Readability's excerpt is the page's first paragraph when it has no description: often the byline.
    description: head.description ?? (article?.excerpt && !isByline(article.excerpt, article.byline) ? article.excerpt : undefined),
    blocks,
  };
}

/** "By Jane Doe, The Courier" (or the byline Readability found): not a summary of anything. */
function isByline(text: string, byline: string | null | undefined): boolean {
  const t = text.trim();
  return /^by\s/i.test(t) || (!!byline && t.replace(/^by\s+/i, '') === byline.trim().replace(/^by\s+/i, ''));
}
