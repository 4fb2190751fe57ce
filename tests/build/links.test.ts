/**
 * Every internal link of the built site resolves: href/src/srcset/action in every page (and the URLs Open Graph
 * and Pagefind hand out) point at a file that exists, with the trailing slash the site uses, and every #fragment
 * names an id in the target page. The sitemap lists every page and nothing that is not one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { brokenLinks, collectLinks, duplicateIds, SITE, type SiteLinks } from '../support/checks.ts';
import { urlPathOf } from '../support/site.ts';

let site: string;
let collected: SiteLinks;
let pages: string[];

beforeAll(() => {
  site = inject('siteDir');
  collected = collectLinks(site);
  pages = collected.pages;
});

describe('internal links', () => {
  it('every href, src, srcset, action, Open Graph URL and search record resolves, #fragments included', () => {
    expect(pages.length).toBeGreaterThan(0);
    const broken = brokenLinks(site, collected);
    expect(broken, `${broken.length} broken link(s) of ${collected.links.length}:\n${broken.join('\n')}`).toEqual([]);
  });

  it('has no duplicate ids on a page (a #fragment must name one element)', () => {
    const dupes = duplicateIds(site, pages);
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
