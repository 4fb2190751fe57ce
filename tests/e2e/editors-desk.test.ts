/**
 * The editors' desk: /about/, /guide/, /editor/ and the Atom feed, against the real built site.
 * The report's counts must equal what the engine says for every briefing; the seed's diagnostics must be listed
 * with their lines marked; Shiki output carries both themes with no script; the feed parses as Atom; axe is clean.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { reviewQueue } from '../../src/lib/review-queue.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { baseURL, launch, openPage } from './setup/browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const contentDir = path.resolve(root, process.env.ONRECORD_BRIEFINGS ?? 'content/briefings');

interface SourceBriefing {
  slug: string;
  file: string;
  text: string;
  frontmatter: Record<string, unknown>;
}

function frontmatterOf(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  return m ? ((parseYaml(m[1]!) as Record<string, unknown> | null) ?? {}) : {};
}

const briefings: SourceBriefing[] = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const file = path.join(contentDir, f);
    const text = readFileSync(file, 'utf8');
    return { slug: f.replace(/\.md$/, ''), file, text, frontmatter: frontmatterOf(text) };
  })
  .filter((b) => b.frontmatter.draft !== true);

/** What the engine says about each briefing: the annotate CLI (the public contract) when it exists. */
function annotations(): Map<string, Analysis> {
  const cli = path.join(root, 'src/cli/annotate.ts');
  const result = new Map<string, Analysis>();
  if (existsSync(cli)) {
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', cli, ...briefings.map((b) => b.file)], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status === 0) {
      const lines = run.stdout.trim().split('\n');
      briefings.forEach((b, i) => result.set(b.slug, JSON.parse(lines[i]!) as Analysis));
      return result;
    }
  }
  // No CLI yet: the engine called exactly as the remark plugin calls it.
  for (const b of briefings) result.set(b.slug, analyze(b.text, { file: b.file, frontmatter: b.frontmatter }));
  return result;
}

const expected = annotations();
const PAGES = ['/about/', '/guide/', '/editor/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the diagnostics report, /editor/', () => {
  it('has a section per briefing whose counts equal the engine’s output', async () => {
    const { page, context, problems } = await openPage(browser, '/editor/');
    expect(briefings.length).toBeGreaterThan(0);
    for (const b of briefings) {
      const a = expected.get(b.slug)!;
      const section = page.locator(`section#${b.slug}`);
      const count = (name: string) => section.locator(`[data-count="${name}"]`).innerText().then(Number);
      await expect(count('quotes'), `${b.slug} quotes`).resolves.toBe(a.quotes.length);
      await expect(count('unattributed'), `${b.slug} unattributed`).resolves.toBe(a.quotes.filter((q) => q.speaker === null).length);
      await expect(count('claims'), `${b.slug} claims`).resolves.toBe(a.claims.length);
      await expect(count('diagnostics'), `${b.slug} diagnostics`).resolves.toBe(a.diagnostics.length);
      await expect(section.locator('li.diagnostic').count()).resolves.toBe(a.diagnostics.length);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has a review queue per briefing whose count is its length, the same queue the engine’s output gives', async () => {
    const { page, context } = await openPage(browser, '/editor/');
    for (const b of briefings) {
      const queue = reviewQueue(expected.get(b.slug)!, b.text.replace(/^\uFEFF/, ''));
      const section = page.locator(`section#${b.slug}`);
      const items = section.locator('li.review-item');
      await expect(items.count(), `${b.slug} queue`).resolves.toBe(queue.length);
      await expect(section.locator('[data-count="needs-editor"]').innerText().then(Number)).resolves.toBe(queue.length);
      for (const [i, item] of queue.entries()) {
        const li = items.nth(i);
        await expect(li.getAttribute('data-kind')).resolves.toBe(item.kind);
        await expect(li.locator('.review-place').innerText()).resolves.toMatch(new RegExp(`:${item.line}:${item.column}$`));
        // A diagnostic's item leads to the diagnostic with its marked source; the link lands.
        if (item.kind === 'diagnostic') {
          const href = await li.locator('.review-see a').getAttribute('href');
          await expect(page.locator(href!).count()).resolves.toBe(1);
        }
      }
    }
    await context.close();
  });

  it('lists every diagnostic with file, line, column, rule and message, its line marked in the source', async () => {
    const { page, context } = await openPage(browser, '/editor/');
    for (const b of briefings) {
      const lines = b.text.split(/\r?\n/);
      for (const d of expected.get(b.slug)!.diagnostics) {
        const item = page.locator(`section#${b.slug} li.diagnostic[data-line="${d.line}"][data-column="${d.column}"][data-rule="${d.rule}"]`).first();
        await expect(item.locator('.diagnostic-place').innerText()).resolves.toContain(`:${d.line}:${d.column}`);
        await expect(item.locator('.diagnostic-rule').innerText()).resolves.toBe(d.rule);
        await expect(item.locator('.diagnostic-message').innerText()).resolves.toBe(d.message);
        const marked = item.locator(`pre.shiki mark.marked[data-line="${d.line}"]`);
        await expect(marked.count()).resolves.toBe(1);
        await expect(marked.innerText().then((t) => t.trim())).resolves.toBe(lines[d.line - 1]!.trim());
      }
    }
    await context.close();
  });

  it('reports the seed’s unclosed quotation (“We cannot allow Putin…”) and its closing mark with no opening (“All my experience…”)', async () => {
    const seed = briefings.find((b) => b.slug === 'riyadh-talks');
    expect(seed, 'the seed briefing is published').toBeDefined();
    const lines = seed!.text.split('\n');
    const unclosedLine = lines.findIndex((l) => l.startsWith('“We cannot allow Putin')) + 1;
    const unopenedLine = lines.findIndex((l) => l.startsWith('All my experience')) + 1;
    const { page, context } = await openPage(browser, '/editor/');
    const section = page.locator('section#riyadh-talks');
    for (const [rule, line] of [['unclosed-quote', unclosedLine], ['unopened-quote', unopenedLine]] as const) {
      const item = section.locator(`li.diagnostic[data-rule="${rule}"][data-line="${line}"]`);
      await expect(item.count(), `${rule} on line ${line}`).resolves.toBeGreaterThan(0);
      await expect(item.first().locator(`mark.marked[data-line="${line}"]`).count()).resolves.toBe(1);
    }
    await context.close();
  });

  it('links every rule to its explanation in the guide, and the guide explains it', async () => {
    const { page, context } = await openPage(browser, '/guide/');
    const rules = new Set([...expected.values()].flatMap((a) => a.diagnostics.map((d) => d.rule)));
    for (const rule of rules) await expect(page.locator(`[id="rule-${rule}"]`).count(), rule).resolves.toBe(1);
    for (const rule of ['unclosed-quote', 'unopened-quote', 'unattributed-quote']) {
      await expect(page.locator(`[id="rule-${rule}"]`).count(), rule).resolves.toBe(1);
    }
    await context.close();
  });
});

describe('Shiki-highlighted code on the three pages', () => {
  it('carries both themes as CSS variables and follows the colour scheme without script', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of ['/guide/', '/editor/']) {
        const { page, context } = await openPage(browser, path, { colorScheme: scheme, javaScriptEnabled: false });
        const pres = page.locator('pre.shiki');
        const n = await pres.count();
        if (path === '/guide/') expect(n).toBeGreaterThan(5);
        for (let i = 0; i < n; i++) {
          const style = (await pres.nth(i).getAttribute('style')) ?? '';
          expect(style).toContain('--shiki-light:');
          expect(style).toContain('--shiki-dark:');
        }
        if (n > 0) {
          // A token's painted colour is the variable of the active scheme.
          const token = page.locator('pre.shiki span[style*="--shiki-dark"]').first();
          const { painted, want } = await token.evaluate((el, s) => {
            const probe = document.createElement('span');
            probe.style.color = getComputedStyle(el).getPropertyValue(`--shiki-${s}`).trim();
            document.body.append(probe);
            const wanted = getComputedStyle(probe).color;
            probe.remove();
            return { painted: getComputedStyle(el).color, want: wanted };
          }, scheme);
          expect(painted).toBe(want);
        }
        await context.close();
      }
    }
  });

  it('the three pages load no script of their own but the copy button’s', async () => {
    const scriptsOf = async (path: string) => {
      const { page, context } = await openPage(browser, path);
      const scripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) =>
        els.map((el) => (el as HTMLScriptElement).src || `inline: ${el.textContent}`),
      );
      await context.close();
      return scripts;
    };
    // What the layout gives every page (e.g. the theme choice applied before first paint) is not the page's own.
    const everyPage = new Set(await scriptsOf('/'));
    for (const path of PAGES) {
      for (const s of await scriptsOf(path)) {
        if (everyPage.has(s)) continue;
        expect(s, `${path} loads ${s.slice(0, 80)}`).toMatch(/\/_astro\/CodeSnippet[^/]*\.js$/);
      }
    }
  });

  it('follows the site’s own theme choice (data-theme) over the system’s', async () => {
    for (const [scheme, theme] of [['light', 'dark'], ['dark', 'light']] as const) {
      const { page, context } = await openPage(browser, '/guide/', { colorScheme: scheme, javaScriptEnabled: false });
      const painted = await page.locator('pre.shiki span[style*="--shiki-dark"]').first().evaluate((el, t) => {
        document.documentElement.dataset.theme = t;
        const probe = document.createElement('span');
        probe.style.color = getComputedStyle(el).getPropertyValue(`--shiki-${t}`).trim();
        document.body.append(probe);
        const want = getComputedStyle(probe).color;
        probe.remove();
        return { got: getComputedStyle(el).color, want };
      }, theme);
      expect(painted.got).toBe(painted.want);
      await context.close();
    }
  });

  it('the copy button copies the snippet, and without JavaScript the code is there to select', async () => {
    const { page, context } = await openPage(browser, '/guide/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const snippet = page.locator('[data-code-snippet]').first();
    const button = snippet.getByRole('button', { name: /^Copy/ });
    await button.click();
    // the clipboard write is asynchronous: the status is set when it resolves, which on a loaded machine is later
    await expect.poll(() => snippet.locator('[data-copy-status]').innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('title: "');
    expect(copied).toContain('annotations:');
    await context.close();

    const noJs = await openPage(browser, '/guide/', { javaScriptEnabled: false });
    const still = noJs.page.locator('[data-code-snippet]').first();
    await expect(still.locator('button').isVisible()).resolves.toBe(false);
    await expect(still.locator('pre').innerText()).resolves.toContain('annotations:');
    await noJs.context.close();
  });
});

describe('the citation and embed snippets on a permalink page', () => {
  it('are highlighted in both themes, copy with one click, and pass axe', async () => {
    const seed = expected.get('riyadh-talks');
    const quote = seed?.quotes[0];
    if (!quote) return; // no quotes found yet: no permalink page to check
    const path = `/briefings/riyadh-talks/quotes/${quote.id}/`;
    const { page, context } = await openPage(browser, path);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const snippets = page.locator('.permalink-embed [data-code-snippet]');
    await expect(snippets.count()).resolves.toBe(2);
    for (let i = 0; i < 2; i++) {
      const style = (await snippets.nth(i).locator('pre.shiki').getAttribute('style')) ?? '';
      expect(style).toContain('--shiki-light:');
      expect(style).toContain('--shiki-dark:');
    }
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('<blockquote class="on-record-embed"');
    expect(copied).toContain(`https://on-record.example${path}`);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const result = await new AxeBuilder({ page }).include('.permalink-embed').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => v.id), scheme).toEqual([]);
    }
    await context.close();
  });
});

describe('the Atom feed', () => {
  it('parses as Atom with every published briefing as an entry linking to its page', async () => {
    const res = await fetch(new URL('/feed.xml', baseURL()));
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link', 'author'].includes(name) }).parse(xml);
    const feed = doc.feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    // RFC 4287 4.1.1: id, title, updated, an author (here on the feed), a self link.
    for (const field of ['id', 'title', 'updated']) expect(feed[field], field).toBeTruthy();
    expect(feed.author[0].name).toBeTruthy();
    expect(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self' && (l['@href'] ?? '').endsWith('/feed.xml'))).toBe(true);
    const rfc3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
    expect(feed.updated).toMatch(rfc3339);
    const entries: Record<string, unknown>[] = feed.entry ?? [];
    expect(entries.length).toBe(briefings.length);
    for (const b of briefings) {
      const entry = entries.find((e) => (e.link as Record<string, string>[]).some((l) => new URL(l['@href']!).pathname === `/briefings/${b.slug}/`));
      expect(entry, `${b.slug} has an entry`).toBeDefined();
      expect(entry!.id).toBeTruthy();
      expect(String((entry!.title as Record<string, string>)['#text'] ?? entry!.title)).toBe(b.frontmatter.title);
      expect(String(entry!.updated)).toMatch(rfc3339);
      const page = await fetch(new URL(`/briefings/${b.slug}/`, baseURL()));
      expect(page.status).toBe(200);
    }
  });

  it('is announced in the head of every page', async () => {
    for (const path of ['/', ...PAGES, ...briefings.map((b) => `/briefings/${b.slug}/`)]) {
      const html = await fetch(new URL(path, baseURL())).then((r) => r.text());
      expect(html, path).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feed\.xml"/);
    }
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no WCAG 2.2 A/AA violation on the three pages (${scheme})`, async () => {
      for (const path of PAGES) {
        const { page, context } = await openPage(browser, path, { colorScheme: scheme });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(summary, `${path} (${scheme})`).toEqual([]);
        await context.close();
      }
    });
  }
});
