/**
 * A page a reader can trust, on a long article the seed does not resemble: an invented 2,000-word news report with
 * about a hundred quotes, unnamed sources, one attribution the engine can only guess, and an outlet in its front
 * matter (tests/fixtures/long/), built beside the seed into a site of its own and read in Chromium.
 *
 * - every quote element says what is known of its source (data-attribution), matching src/lib/attribution.ts;
 * - only named attributions are stated: the guess says so in plain words, in the detail, the permalink page, the
 *   JSON-LD and the speaker page;
 * - the default view marks at most 35% of the body's characters; the "Show" choice works without scripts and is
 *   remembered;
 * - the outlet is credited on the page, the permalink pages (and their card's alt text) and in the JSON-LD;
 * - no link points at the configured origin; the home page lists the briefing added last first;
 * - at 375 px nothing scrolls sideways, the text starts on the first screen and no label or number sits alone at the
 *   start of a line; on a desktop the side panel is shorter than the article; axe finds nothing.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import { attributionOf } from '../../src/lib/attribution.ts';
import { build, htmlFiles, root, type BuildResult } from '../support/site.ts';
import { serve } from '../support/serve.ts';
import { markedShareInPage } from '../support/marked.ts';
import { launch } from './setup/browser.ts';
import { screenshotPath } from './setup/reading.ts';

const FIXTURE = join(root, 'tests/fixtures/long/harbour-transit-levy.md');
const SLUG = 'harbour-transit-levy';
const PAGE = `/briefings/${SLUG}/`;
const ORIGIN = 'https://on-record.example';
const source = readFileSync(FIXTURE, 'utf8');
const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!) as { outlet: string; author: string; title: string };
const analysis: Analysis = analyze(source, { file: FIXTURE, frontmatter: front as unknown as Record<string, unknown> });
const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
const expected = new Map(analysis.quotes.map((q) => [q.id, attributionOf(q, q.speaker ? speakers.get(q.speaker) : undefined)]));

let work: string;
let out: string;
let result: BuildResult;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'on-record-trust-'));
  out = join(work, 'dist');
  const briefings = join(work, 'briefings');
  mkdirSync(briefings);
  copyFileSync(FIXTURE, join(briefings, `${SLUG}.md`));
  copyFileSync(join(root, 'content/briefings/riyadh-talks.md'), join(briefings, 'riyadh-talks.md'));
  result = await build({ outDir: out, briefings });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.log.slice(-3000)}`);
  site = await serve(out);
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(path: string, options: { width?: number; height?: number; javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    // screenshots of open details without their fade-in half done
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  return { page, context, problems };
}

const share = async (page: Page) => {
  const { marked, total } = await page.evaluate(markedShareInPage);
  return marked / total;
};

describe('what is known and what is a guess', () => {
  it('gives every quote element a data-attribution, the same as src/lib/attribution.ts decides', async () => {
    const { page, context, problems } = await open(PAGE);
    const found = await page.$$eval('.briefing-body .quote[id]', (els) => els.map((e) => [e.id, e.getAttribute('data-attribution')] as const));
    expect(found.length).toBe(analysis.quotes.length);
    expect(new Map(found)).toEqual(expected);
    // every piece of a quote running over paragraphs too
    const pieces = await page.$$eval('.briefing-body .quote', (els) => els.filter((e) => !e.hasAttribute('data-attribution')).length);
    expect(pieces).toBe(0);
    expect(new Set(expected.values())).toEqual(new Set(['named', 'unnamed', 'uncertain']));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says in plain words that a guess is a guess, why, and states it nowhere as fact', async () => {
    const guesses = analysis.quotes.filter((q) => expected.get(q.id) === 'uncertain');
    // a guess at a named person when there is one (its speaker page is checked below), else any guess
    const guess = guesses.find((q) => speakers.get(q.speaker!)?.named) ?? guesses[0]!;
    const candidate = speakers.get(guess.speaker!)!;
    const { page, context } = await open(PAGE);
    const mark = page.locator(`button.mark[popovertarget="d-${guess.id}"]`);
    await expect(mark.getAttribute('aria-label')).resolves.toContain(`Source uncertain (perhaps ${candidate.name})`);
    await mark.click();
    const detail = page.locator(`[id="d-${guess.id}"]`);
    await expect(detail.locator('.detail-who').textContent()).resolves.toBe('Source uncertain');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain(`Perhaps ${candidate.name}: a guess, not a fact`);
    expect(text).toMatch(/Uncertain because .+\. Attributions like this are right about \d+ times in 10\./);
    await page.screenshot({ path: screenshotPath('trust-uncertain-detail') });
    await context.close();

    // The permalink page, its head and its JSON-LD: no creator, no name stated.
    const permalink = readFileSync(join(out, `briefings/${SLUG}/quotes/${guess.id}/index.html`), 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(permalink)![1]!) as { hasPart: Record<string, unknown> };
    expect(ld.hasPart.creator).toBeUndefined();
    expect(/<title>([^<]*)<\/title>/.exec(permalink)![1]).toMatch(/^Source uncertain \(perhaps /);
    // The candidate's speaker page does not list the guess (a description has no page at all).
    const speakerPage = join(out, `speakers/${candidate.id}/index.html`);
    if (candidate.named) expect(readFileSync(speakerPage, 'utf8')).not.toContain(guess.id);
    else expect(existsSync(speakerPage)).toBe(false);
  });

  it('gives an unnamed source no speaker page, no speaker link and no name on its card', async () => {
    const unnamed = analysis.quotes.filter((q) => expected.get(q.id) === 'unnamed');
    expect(unnamed.length).toBeGreaterThan(0);
    const pages = new Set(htmlFiles(out));
    for (const q of unnamed) {
      expect(pages.has(`speakers/${q.speaker}/index.html`), q.speaker!).toBe(false);
      const permalink = readFileSync(join(out, `briefings/${SLUG}/quotes/${q.id}/index.html`), 'utf8');
      expect(permalink).toMatch(/og:image:alt" content="Quote card: [^"]*— An unnamed source/);
    }
  });
});

describe('marks that serve reading', () => {
  for (const slug of [SLUG, 'riyadh-talks']) {
    it(`marks at most 35% of the body by default, with scripts and without: ${slug}`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page, context } = await open(`/briefings/${slug}/`, { javaScriptEnabled });
        const shown = await share(page);
        expect(shown, `${(shown * 100).toFixed(1)}% marked`).toBeLessThanOrEqual(0.35);
        expect(shown).toBeGreaterThan(0.05);
        await context.close();
      }
    });
  }

  it('shows quotes, claims, both or plain text, without scripts, and remembers the choice', async () => {
    const { page, context } = await open(PAGE, { javaScriptEnabled: false });
    const both = await share(page);
    await page.locator('#show-claims').check();
    const claims = await share(page);
    await expect(page.locator('.briefing-body button.mark-claim').nth(0).isVisible()).resolves.toBe(true);
    await expect(page.locator('.briefing-body button.mark-quote').first().isVisible()).resolves.toBe(false);
    await page.locator('#show-quotes').check();
    const quotes = await share(page);
    await page.locator('#plain-text').check();
    await expect(share(page)).resolves.toBe(0);
    await expect(page.locator('.briefing-body button.mark:visible').count()).resolves.toBe(0);
    // Every claim is marked under "Claims", every quote (reported speech too) under "Quotes".
    expect(claims).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThan(both);
    await context.close();

    const js = await open(PAGE);
    await js.page.locator('#show-quotes').check();
    await js.page.reload();
    await expect(js.page.locator('#show-quotes').isChecked()).resolves.toBe(true);
    await expect(share(js.page)).resolves.toBeCloseTo(quotes, 5);
    await js.page.locator('#show-both').check();
    await js.page.reload();
    await expect(js.page.locator('#show-both').isChecked()).resolves.toBe(true);
    expect(js.problems).toEqual([]);
    await js.context.close();
  });

  it('keeps the side panel shorter than the article on a desktop, its long lists behind "Show all"', async () => {
    const { page, context } = await open(PAGE);
    const { article, panel } = await page.evaluate(() => ({
      article: document.querySelector('.briefing')!.getBoundingClientRect().height,
      panel: document.querySelector('.panel')!.getBoundingClientRect().height,
    }));
    expect(panel).toBeLessThan(article);
    await expect(page.locator('.panel details.more').count()).resolves.toBeGreaterThan(0);
    await page.locator('.panel details.more summary', { hasText: 'Show all' }).first().click();
    await expect(page.locator('.panel details.more[open]').count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('trust-desktop'), fullPage: false });
    await context.close();
  });
});

describe('the outlet credited', () => {
  it('names the outlet, the author and the original on the page', async () => {
    const { page, context } = await open(PAGE);
    const credit = page.locator('.briefing-head .credit');
    await expect(credit.textContent()).resolves.toContain(`From ${front.outlet}, by ${front.author}`);
    await expect(credit.locator('a').getAttribute('href')).resolves.toMatch(/^https:\/\/news\.example\.org\//);
    await context.close();
  });

  it('credits it on every permalink page, card description and JSON-LD (isBasedOn), and the article’s own voice is the outlet’s', async () => {
    const articleVoice = analysis.claims.find((c) => !c.claimant)!;
    for (const [kind, id] of [['quotes', analysis.quotes[1]!.id], ['claims', articleVoice.id]] as const) {
      const html = readFileSync(join(out, `briefings/${SLUG}/${kind}/${id}/index.html`), 'utf8');
      const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
        isBasedOn: { publisher: { name: string }; author: { name: string }; url: string };
        hasPart: { author?: { name: string } };
      };
      expect(ld.isBasedOn.publisher.name).toBe(front.outlet);
      expect(ld.isBasedOn.author.name).toBe(front.author);
      expect(html).toMatch(new RegExp(`og:image:alt" content="[^"]*From ${front.outlet}`));
      expect(html).toContain(`From <a href="${ld.isBasedOn.url}" rel="external">${front.outlet}</a>`);
      if (kind === 'claims') {
        expect(ld.hasPart.author?.name).toBe(front.outlet);
        expect(html).toContain(`The article (${front.outlet}), “`);
      }
    }
  });
});

describe('links that work where the site is', () => {
  it('has no <a href> at the configured origin on any page', () => {
    const offenders: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(join(out, file), 'utf8');
      for (const m of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) if (m[1]!.startsWith(ORIGIN)) offenders.push(`${file}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('says in one line that the site is the placeholder', () => {
    const lines = result.log.split('\n').filter((l) => l.includes('placeholder'));
    expect(lines.length).toBe(1);
    expect(lines[0]).toContain(ORIGIN);
  });

  it('lists the briefing added last first, whatever year its events happened in', async () => {
    const { page, context } = await open('/');
    await expect(page.locator('.briefing-list a').first().getAttribute('href')).resolves.toBe(PAGE);
    await context.close();
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    const updated = [...feed.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    // the feed's own updated is its newest entry's; entries newest first
    expect(updated[0]).toBe(updated[1]);
    expect(updated[1]).toBe('2026-11-30T00:00:00.000Z');
    expect(feed.indexOf(SLUG)).toBeLessThan(feed.indexOf('riyadh-talks'));
  });
});

describe('calm on a phone and for a keyboard', () => {
  it('at 375 px: no sideways scroll, the text on the first screen, no label or number alone at a line start', async () => {
    const { page, context, problems } = await open(PAGE, { width: 375, height: 740 });
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    const firstText = await page.evaluate(() => document.querySelector('.briefing-body p')!.getBoundingClientRect().top);
    expect(firstText).toBeLessThan(740 - 60);
    await page.screenshot({ path: screenshotPath('trust-phone') });
    // A visible mark must share its line with the word before it.
    const alone = await page.evaluate(() => {
      const bad: string[] = [];
      for (const button of document.querySelectorAll<HTMLElement>('.briefing-body button.mark')) {
        if (button.offsetParent === null) continue;
        const prev = document.createRange();
        const walker = document.createTreeWalker(document.querySelector('.briefing-body')!, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (button.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
          if ((n.textContent ?? '').trim()) last = n as Text;
        }
        if (!last) continue;
        const t = last.textContent!.trimEnd();
        prev.setStart(last, t.length - 1);
        prev.setEnd(last, t.length);
        const a = prev.getBoundingClientRect();
        const b = button.getBoundingClientRect();
        if (Math.abs((a.top + a.bottom) / 2 - (b.top + b.bottom) / 2) > a.height) bad.push(button.getAttribute('popovertarget')!);
      }
      return bad;
    });
    expect(alone).toEqual([]);
    await page.locator('.briefing-body button.mark:visible').first().click();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives every speaker in the panel a colour of their own, and a name beside every colour', async () => {
    const { page, context } = await open(PAGE);
    const colours = await page.$$eval('.panel .who', (els) =>
      els.filter((e) => !/\bsc-none\b/.test(e.className)).map((e) => getComputedStyle(e.querySelector('.who-swatch')!).backgroundColor),
    );
    expect(colours.length).toBeGreaterThan(3);
    expect(new Set(colours).size).toBe(colours.length);
    const unlabelled = await page.$$eval('.briefing-body button.mark-quote', (els) => els.filter((e) => !(e.getAttribute('data-label') ?? '').trim()).length);
    expect(unlabelled).toBe(0);
    await context.close();
  });

  it('skips to the text and past it in one or two key presses', async () => {
    const { page, context } = await open(PAGE);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the text');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('text');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => Boolean(document.activeElement?.closest('.briefing-body')))).resolves.toBe(true);
    await page.goto(new URL(PAGE, site.url).href);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip past the text to who is quoted');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('panel');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 A/AA violation (axe), ${colorScheme}`, async () => {
      const { page, context } = await open(PAGE, { colorScheme });
      const found = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(found.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      await context.close();
    });
  }
});
