/**
 * Every internal link of the built site resolves: href/src/srcset/action in every page (and the URLs Open Graph
 * and Pagefind hand out) point at a file that exists, with the trailing slash the site uses, and every #fragment
 * names an id in the target page. The sitemap lists every page and nothing that is not one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { attr, elements, metaContent, pagefindFragments, parse } from '../support/html.ts';
import { htmlFiles, urlPathOf } from '../support/site.ts';

const SITE = 'https://on-record.example';

interface Link {
  from: string;
  url: string;
  what: string;
}

let site: string;
let pages: string[];
const ids = new Map<string, Set<string>>();
const links: Link[] = [];

function idsOf(file: string): Set<string> | undefined {
  return ids.get(file);
}

beforeAll(() => {
  site = inject('siteDir');
  pages = htmlFiles(site);
  for (const file of pages) {
    const tree = parse(readFileSync(join(site, file), 'utf8'));
    const found = new Set<string>();
    for (const el of elements(tree)) {
      const id = attr(el, 'id');
      if (id) found.add(id);
      if (el.tagName === 'a' && attr(el, 'name')) found.add(attr(el, 'name')!);
      const add = (url: string | undefined, what: string) => {
        if (url !== undefined) links.push({ from: file, url, what });
      };
      if (['a', 'area', 'link'].includes(el.tagName)) add(attr(el, 'href'), `<${el.tagName} href>`);
      if (['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed'].includes(el.tagName)) add(attr(el, 'src'), `<${el.tagName} src>`);
      if (el.tagName === 'form') add(attr(el, 'action'), '<form action>');
      for (const set of [attr(el, 'srcset'), attr(el, 'imagesrcset')]) {
        if (set) for (const part of set.split(',')) add(part.trim().split(/\s+/)[0], `<${el.tagName} srcset>`);
      }
    }
    for (const key of ['og:url', 'og:image', 'twitter:image']) for (const url of metaContent(tree, key)) links.push({ from: file, url, what: `<meta ${key}>` });
    ids.set(file, found);
  }
  for (const fragment of pagefindFragments(site)) {
    links.push({ from: `pagefind/fragment/${fragment.file}`, url: fragment.url ?? '(none)', what: 'search record url' });
    for (const anchor of fragment.anchors ?? []) if (anchor.id) links.push({ from: `pagefind/fragment/${fragment.file}`, url: `${fragment.url.split('#')[0]}#${anchor.id}`, what: 'search sub-result' });
  }
});

/** Where a link lands in dist/, or why it does not. */
function resolveLink(link: Link): string | null {
  const raw = link.url.trim();
  if (raw === '' || raw === '#') return null;
  if (/^(mailto|tel):/i.test(raw)) return null;
  if (/^javascript:/i.test(raw)) return 'a javascript: URL (reading must work without script)';
  const base = new URL(urlPathOf(link.from.startsWith('pagefind/') ? 'index.html' : link.from), SITE);
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== SITE) return null; // external: not ours to check here
  const path = decodeURIComponent(url.pathname);
  let file: string;
  if (path.endsWith('/')) file = `${path.slice(1)}index.html`;
  else {
    file = path.slice(1);
    if (!existsSync(join(site, file))) {
      if (existsSync(join(site, file, 'index.html'))) return `missing its trailing slash (the site serves ${path}/)`;
      return `no such file in the built site (${file})`;
    }
    if (statSync(join(site, file)).isDirectory()) return `a folder without index.html`;
  }
  if (!existsSync(join(site, file))) return `no such page in the built site (${file})`;
  // A text fragment's directive (`#id:~:text=…`) is not part of the id: browsers strip it before looking one up.
  const hash = url.hash.split(':~:')[0]!;
  if (hash && hash !== '#') {
    const fragment = decodeURIComponent(hash.slice(1));
    const targetIds = idsOf(file);
    if (!targetIds) return `#${fragment} points into a file that is not a page (${file})`;
    if (!targetIds.has(fragment)) return `no element with id="${fragment}" in ${file}`;
  }
  return null;
}

describe('internal links', () => {
  it('every href, src, srcset, action, Open Graph URL and search record resolves, #fragments included', () => {
    expect(pages.length).toBeGreaterThan(0);
    const broken = links.flatMap((link) => {
      const why = resolveLink(link);
      return why ? [`${link.from}: ${link.what} "${link.url}": ${why}`] : [];
    });
    const unique = [...new Set(broken)];
    expect(unique, `${unique.length} broken link(s) of ${links.length}:\n${unique.join('\n')}`).toEqual([]);
  });

  it('has no duplicate ids on a page (a #fragment must name one element)', () => {
    const dupes: string[] = [];
    for (const file of pages) {
      const seen = new Map<string, number>();
      for (const el of elements(parse(readFileSync(join(site, file), 'utf8')))) {
        const id = attr(el, 'id');
        if (id) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      for (const [id, n] of seen) if (n > 1) dupes.push(`${file}: id="${id}" appears ${n} times`);
    }
    expect(dupes, dupes.join('\n')).toEqual([]);
  });
});

describe('sitemap', () => {
  function sitemapUrls(): string[] {
    const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
    const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(parts.length).toBeGreaterThan(0);
    return parts.flatMap((loc) => {
      const file = new URL(loc).pathname.slice(1);
      const xml = readFileSync(join(site, file), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
    });
  }

  it('lists every page of the built site, and only pages that exist', () => {
    const listed = sitemapUrls();
    const expected = pages.filter((f) => f !== '404.html').map((f) => `${SITE}${urlPathOf(f)}`);
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('is linked from robots.txt when there is one', () => {
    const robots = join(site, 'robots.txt');
    if (!existsSync(robots)) return;
    expect(readFileSync(robots, 'utf8')).toContain(`${SITE}/sitemap-index.xml`);
  });
});
