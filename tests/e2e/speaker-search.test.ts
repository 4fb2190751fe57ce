/**
 * One person, one page, and a search that answers "what did X say?" (issue 16), in Chromium against a site built
 * from invented briefings (tests/fixtures/site-speakers/): Ilse Marwick appears as "Finance Minister Ilse Marwick",
 * "Liberal MP Ilse Marwick" and "Ms. Marwick" in three briefings; two different spokespersons stay apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, root } from '../support/site.ts';
import { serve } from '../support/serve.ts';
import { launch } from './setup/browser.ts';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'onrecord-speakers-'));
  const result = await build({
    outDir: join(work, 'dist'),
    briefings: join(root, 'tests/fixtures/site-speakers'),
    env: { ONRECORD_LEDGER_WRITE: '0' },
  });
  if (result.status !== 0) throw new Error(result.log.slice(-3000));
  site = await serve(join(work, 'dist'));
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(path: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
  return { page, problems, close: () => context.close() };
}

async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    return list && !list.hasAttribute('aria-busy') && (document.querySelector('[data-search-status]')?.textContent ?? '') !== '';
  });
  return page.locator('[data-search-status]').innerText();
}

const shown = (page: Page) =>
  page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => ({ speaker: (li as HTMLElement).dataset.speaker ?? '', kind: (li as HTMLElement).dataset.kind ?? '', text: li.querySelector('a')!.textContent ?? '', href: li.querySelector('a')!.getAttribute('href') ?? '' })),
  );

/** Clicks "Show more" until everything is listed. */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    await settled(page);
  }
}

describe('one speaker page across briefings', () => {
  it('lists the person under all three name forms on one page, newest first, each briefing’s role', async () => {
    const { page, problems, close } = await open('/speakers/ilse-marwick/');
    const groups = await page.locator('[data-briefing]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.briefing));
    expect(groups).toEqual(['school-budget', 'rail-bond', 'harbour-levy']);
    await expect(page.locator('.appearance-role').first().textContent()).resolves.toContain('Finance Minister');
    expect(await page.locator('[data-quote]').count()).toBe(4);
    expect(problems).toEqual([]);
    await close();
  });

  it('forwards a briefing’s own id for the person to the one page', async () => {
    const { page, close } = await open('/speakers/marwick/');
    await page.waitForURL(/\/speakers\/ilse-marwick\/$/);
    await close();
  });

  it('keeps two different spokespersons apart, with no speaker page for either', async () => {
    const { page, close } = await open('/speakers/');
    const names = await page.locator('.people a').allTextContents();
    expect(names.filter((n) => /spokesperson/i.test(n))).toEqual([]);
    expect(names.filter((n) => /marwick/i.test(n))).toEqual(['Ilse Marwick']);
    // The filter box narrows the list as you type.
    await page.locator('#speaker-filter').fill('brenn');
    await expect.poll(() => page.locator('.people li:not([hidden]) a').allTextContents()).toEqual(['Tomas Brennick']);
    await close();
  });
});

describe('search that knows speakers', () => {
  it('a surname query offers the speaker and lists their quotes first', async () => {
    const { page, problems, close } = await open('/search/?q=Marwick');
    await settled(page);
    await expect(page.locator('[data-search-suggest]').innerText()).resolves.toMatch(/Ilse Marwick — 4 results/);
    const results = await shown(page);
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.slice(0, 4).map((r) => r.speaker)).toEqual(['ilse-marwick', 'ilse-marwick', 'ilse-marwick', 'ilse-marwick']);
    expect(problems).toEqual([]);
    await close();
  });

  it('a phrase in quotation marks finds the quote that says it, and only that', async () => {
    const { page, close } = await open(`/search/?q=${encodeURIComponent('"$514 million"')}`);
    await settled(page);
    const results = await shown(page);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.text).toMatch(/514 million/);
    expect(results[0]!.speaker).toBe('ilse-marwick');
    await close();
  });

  it('the speaker box filters as you type; the count it shows equals the results listed', async () => {
    const { page, close } = await open('/search/');
    const box = page.locator('#search-speaker');
    await box.fill('bre');
    const option = page.locator('[role="option"]').first();
    await expect(option.innerText()).resolves.toMatch(/Tomas Brennick — (\d+) results?/);
    const count = Number(/— (\d+)/.exec(await option.innerText())![1]);
    await box.press('Enter');
    await settled(page);
    await showAll(page);
    const results = await shown(page);
    expect(results.length).toBe(count);
    expect(new Set(results.map((r) => r.speaker))).toEqual(new Set(['tomas-brennick']));
    expect(new URL(page.url()).searchParams.get('speaker')).toBe('tomas-brennick');
    await close();
  });

  it('counts for kinds equal what choosing them lists', async () => {
    const { page, close } = await open('/search/');
    for (const kind of ['quote', 'claim']) {
      const label = page.locator(`input[name="kind"][value="${kind}"]`);
      const count = Number(await page.locator('label', { has: label }).locator('[data-count]').innerText());
      await label.check();
      await settled(page);
      await showAll(page);
      expect((await shown(page)).length, kind).toBe(count);
    }
    await close();
  });

  it('"/" focuses the search box, and results are reached with the keyboard', async () => {
    const { page, close } = await open('/search/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-q');
    await page.keyboard.type('bond');
    await page.keyboard.press('Enter');
    await settled(page);
    // Tab from the words box reaches the first result's link before anything else in the results.
    let reached = '';
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.closest('[data-search-results]') ? document.activeElement.getAttribute('href') ?? '' : ''));
    }
    expect(reached).toMatch(/^\/briefings\/rail-bond\/\?highlight=bond#q-/);
    await close();
  });

  it('"/" on a briefing page focuses the header search box', async () => {
    const { page, close } = await open('/briefings/rail-bond/');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await close();
  });
});
