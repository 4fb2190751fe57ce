/**
 * The whole built site in Chromium, page by page from the sitemap (the Starlight way: scan everything):
 * - axe-core, WCAG 2.2 A/AA: zero violations (light scheme on every page, dark on the first page of each kind);
 * - under the Content-Security-Policy: no violation, no console error, no failed request, no script error;
 * - search works under the policy (Pagefind's WebAssembly and worker), through its API and through /search/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseURL, launch } from './setup/browser.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const site = inject('siteDir');
const SITE = 'https://on-record.example';

function sitemapPaths(): string[] {
  const index = readFileSync(join(site, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    const xml = readFileSync(join(site, new URL(m[1]!).pathname), 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) => l[1]!.replaceAll('&amp;', '&').replace(SITE, ''));
  });
}

/**
 * A moved permalink (the anchor ledger's alias of a reworded quote or claim) forwards at once by a meta refresh: the
 * page it forwards to is scanned in its own right, and the forwarding itself is tested in tests/build/ledger.test.ts.
 */
function forwards(path: string): boolean {
  const file = join(site, path, 'index.html');
  return existsSync(file) && /<meta[^>]+http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
}

/** "/briefings/x/quotes/q-1/" → "/briefings/*\/quotes/*\/": one representative per kind of page. */
function kindOf(path: string): string {
  return path
    .split('/')
    .map((seg, i, all) => (i >= 2 && i < all.length - 1 && !['quotes', 'claims'].includes(seg) ? '*' : seg))
    .join('/');
}

interface Watched {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function watch(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  // Injected by the browser, not the page, so the CSP does not apply to it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (req.url().startsWith(baseURL())) problems.push(`failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url().startsWith(baseURL())) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return { context, page, problems };
}

function describeViolations(path: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${path}: [${v.impact}] ${v.id}: ${v.help}\n    ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );
}

let browser: Browser;
let paths: string[];
beforeAll(async () => {
  browser = await launch();
  paths = sitemapPaths().filter((p) => !forwards(p));
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  it('has no WCAG 2.2 A/AA violation (axe-core) and runs clean under the CSP', { timeout: 1_200_000 }, async () => {
    expect(paths.length).toBeGreaterThan(0);
    const light = await watch(browser, 'light');
    const dark = await watch(browser, 'dark');
    const kinds = new Set<string>();
    const violations: string[] = [];
    const problems: string[] = [];
    for (const path of paths) {
      const scans: Watched[] = [light];
      const kind = kindOf(path);
      if (!kinds.has(kind)) {
        kinds.add(kind);
        scans.push(dark);
      }
      for (const w of scans) {
        w.problems.length = 0;
        await w.page.goto(new URL(path, baseURL()).href, { waitUntil: 'load' });
        const result = await new AxeBuilder({ page: w.page }).withTags(WCAG).analyze();
        violations.push(...describeViolations(w === dark ? `${path} (dark)` : path, result.violations));
        problems.push(...w.problems.map((p) => `${path}: ${p}`));
      }
    }
    await light.context.close();
    await dark.context.close();
    expect.soft(violations, `${violations.length} accessibility violation(s) in ${paths.length} pages:\n${violations.join('\n')}`).toEqual([]);
    expect.soft(problems, `problems under the CSP:\n${problems.join('\n')}`).toEqual([]);
  });
});

describe('search under the Content-Security-Policy', () => {
  /** A word from the first briefing's title, so the search has something to find. */
  function aWord(): string {
    const briefing = paths.find((p) => /^\/briefings\/[^/]+\/$/.test(p))!;
    const html = readFileSync(join(site, briefing, 'index.html'), 'utf8');
    const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!.replace(/<[^>]+>/g, '');
    return title.split(/[^\p{L}]+/u).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length)[0]!;
  }

  it('Pagefind loads its WebAssembly and worker and finds a briefing', async () => {
    const w = await watch(browser);
    await w.page.goto(new URL('/', baseURL()).href);
    const word = aWord();
    // A string, not a function: vitest would rewrite import() in a function's source. It runs as page script,
    // so under the page's CSP.
    const urls = (await w.page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(${JSON.stringify(word)});
      return Promise.all(found.results.slice(0, 5).map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(urls.length, `no result for "${word}"`).toBeGreaterThan(0);
    expect(urls.some((u) => u.startsWith('/briefings/'))).toBe(true);
    expect(w.problems).toEqual([]);
    await w.context.close();
  });

  it('the search page shows results for ?q= with scripts under the policy', async () => {
    if (!existsSync(join(site, 'search/index.html'))) {
      console.warn('no /search/ page yet; nothing to check');
      return;
    }
    const w = await watch(browser);
    const word = aWord();
    await w.page.goto(new URL(`/search/?q=${encodeURIComponent(word)}`, baseURL()).href, { waitUntil: 'load' });
    await w.page.locator('main a[href*="/briefings/"]').first().waitFor({ timeout: 15_000 });
    expect(w.problems).toEqual([]);
    await w.context.close();
  });
});
