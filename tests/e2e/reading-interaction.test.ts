/**
 * Using the briefing page: keyboard alone reaches every quote's detail and closes it (Escape); details open on hover
 * and stay while the pointer is on them (WCAG 1.4.13), open on tap; with scripts off every attribution is still in
 * the page and the details still open; nothing scrolls sideways at 375 px; plain text, themes, print and reduced
 * motion work; screenshots for people to look at go to test-output/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.ts';
import { launch, openPage } from './setup/browser.ts';
import { BRIEFING, byId, screenshotPath, seedAnalysis } from './setup/reading.ts';
import { attributionOf } from '../../src/lib/attribution.ts';

let browser: Browser;
let analysis: Analysis;
beforeAll(async () => {
  browser = await launch();
  analysis = seedAnalysis();
});
afterAll(async () => {
  await browser?.close();
});

const isOpen = (page: Page, id: string) => page.locator(byId(`d-${id}`)).evaluate((el) => el.matches(':popover-open'));
const activePopoverTarget = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('popovertarget') ?? null);
const activeInside = (page: Page, id: string) =>
  page.evaluate((d) => Boolean(document.getElementById(d)?.contains(document.activeElement)), `d-${id}`);

describe('keyboard', () => {
  it('reaches every quote’s detail with Tab and Enter, and closes it with Escape', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING);
    const todo = new Set(analysis.quotes.map((q) => q.id));
    for (let presses = 0; todo.size > 0 && presses < 1500; presses++) {
      await page.keyboard.press('Tab');
      const target = await activePopoverTarget(page);
      const id = target?.replace(/^d-/, '');
      if (!id || !todo.has(id)) continue;
      todo.delete(id);
      // focus shows a preview; Enter pins it and puts its links next in the tab order
      await expect(isOpen(page, id), `${id} preview on focus`).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await expect(isOpen(page, id), `${id} open after Enter`).resolves.toBe(true);
      await page.keyboard.press('Tab');
      await expect(activeInside(page, id), `${id}: Tab moves into the detail`).resolves.toBe(true);
      await page.keyboard.press('Escape');
      await expect(isOpen(page, id), `${id} closed by Escape`).resolves.toBe(false);
      await expect(activePopoverTarget(page), `${id}: focus back on its mark`).resolves.toBe(`d-${id}`);
    }
    expect([...todo]).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves past a previewed detail with Tab (it does not trap the reader)', async () => {
    const { page, context } = await openPage(browser, BRIEFING);
    const first = page.locator('.briefing-body button.mark:visible').first();
    await first.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const id = (await first.getAttribute('popovertarget'))!.replace(/^d-/, '');
    await expect(isOpen(page, id)).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(activeInside(page, id)).resolves.toBe(false);
    await expect(isOpen(page, id)).resolves.toBe(false);
    await context.close();
  });
});

describe('pointer and touch', () => {
  it('opens a detail on hover, keeps it open while the pointer is on it, closes it when the pointer leaves or on Escape', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING);
    const q = analysis.quotes.find((x) => x.speaker)!;
    const mark = page.locator(`button.mark[popovertarget="d-${q.id}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => isOpen(page, q.id)).toBe(true);
    const speaker = analysis.speakers.find((s) => s.id === q.speaker)!;
    await expect(page.locator(byId(`d-${q.id}`)).getByRole('link', { name: speaker.name })).toBeTruthy();
    // hoverable: move onto the detail and wait well past the close delay
    const box = (await page.locator(byId(`d-${q.id}`)).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(800);
    await expect(isOpen(page, q.id)).resolves.toBe(true);
    // leaves: closes
    await page.mouse.move(2, 2, { steps: 3 });
    await expect.poll(() => isOpen(page, q.id)).toBe(false);
    // dismissable without moving the pointer
    await mark.hover();
    await expect.poll(() => isOpen(page, q.id)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(isOpen(page, q.id)).resolves.toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a detail on tap and on a tap on the quoted words, and closes it with its close button', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const { baseURL } = await import('./setup/browser.ts');
    await page.goto(new URL(BRIEFING, baseURL()).href);
    const q = analysis.quotes[0]!;
    const mark = page.locator(`button.mark[popovertarget="d-${q.id}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect.poll(() => isOpen(page, q.id)).toBe(true);
    await page.locator(`${byId(`d-${q.id}`)} .detail-close`).tap();
    await expect.poll(() => isOpen(page, q.id)).toBe(false);
    // a tap on the words themselves (the middle of the quote's first line box)
    const quote = page.locator(byId(q.id));
    await quote.scrollIntoViewIfNeeded();
    const rect = await quote.evaluate((el) => {
      const r = el.getClientRects()[0]!;
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    });
    await page.touchscreen.tap(rect.x, rect.y);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('.detail:popover-open').length)).toBe(1);
    await context.close();
  });
});

describe('without scripts', () => {
  it('still has every attribution in the page, and the details still open', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING, { javaScriptEnabled: false });
    for (const q of analysis.quotes) {
      const speaker = analysis.speakers.find((s) => s.id === q.speaker);
      const mark = page.locator(`button.mark[popovertarget="d-${q.id}"]`);
      await expect(mark.getAttribute('aria-label')).resolves.toContain(speaker?.name ?? 'Unattributed');
      // the visible label (CSS content) is there too
      const shown = await mark.evaluate((b) => getComputedStyle(b, '::before').content);
      expect(shown.length, q.id).toBeGreaterThan(2);
      // The name as fact only for a named attribution; a guess says so.
      const attribution = attributionOf(q, speaker);
      if (attribution === 'named') await expect(page.locator(`${byId(`d-${q.id}`)} .detail-who`).textContent()).resolves.toBe(speaker!.name);
      if (attribution === 'uncertain') await expect(page.locator(`${byId(`d-${q.id}`)} .detail-who`).textContent()).resolves.toBe('Source uncertain');
    }
    const q = analysis.quotes[0]!;
    const mark = page.locator(`button.mark[popovertarget="d-${q.id}"]`);
    await mark.click();
    await expect(isOpen(page, q.id)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(isOpen(page, q.id)).resolves.toBe(false);
    // "Plain text" is a radio button CSS reads
    await page.locator('#plain-text').check();
    await expect(mark.isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('layout', () => {
  for (const path of [BRIEFING, '/speakers/', '/claims/', 'a speaker page']) {
    it(`does not scroll sideways at 375 px: ${path}`, async () => {
      const target = path.startsWith('/') ? path : `/speakers/${analysis.quotes.find((q) => q.speaker)!.speaker}/`;
      const { page, problems, context } = await openPage(browser, target, { viewport: { width: 375, height: 740 } });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect(overflow()).resolves.toBe(0);
      if (target === BRIEFING) {
        const mark = page.locator('.briefing-body button.mark:visible').first();
        await mark.click();
        await expect(overflow()).resolves.toBe(0);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('prints the annotations as numbered notes after the text', async () => {
    const { page, context } = await openPage(browser, BRIEFING);
    await page.emulateMedia({ media: 'print' });
    const q = analysis.quotes[0]!;
    await expect(page.locator(byId(`d-${q.id}`)).isVisible()).resolves.toBe(true);
    const label = await page.locator(`button.mark[popovertarget="d-${q.id}"]`).evaluate((b) => getComputedStyle(b, '::before').content);
    expect(label).toMatch(/Q\s*"?\s*"?\d|"Q\d+"|Q/);
    await expect(page.locator('.panel').isVisible()).resolves.toBe(false);
    await page.pdf({ path: screenshotPath('briefing-print').replace(/\.png$/, '.pdf') }).catch(() => undefined);
    await context.close();
  });

  it('respects reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const { baseURL } = await import('./setup/browser.ts');
    await page.goto(new URL(BRIEFING, baseURL()).href);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).resolves.toBe('auto');
    await context.close();
  });
});

describe('reader choices', () => {
  it('switches the theme, remembers it, and applies it before the first frame', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING, { colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.isVisible()).resolves.toBe(true);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await toggle.click(); // system → light
    await toggle.click(); // light → dark
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    expect(await bg()).not.toBe(light);
    // No flash: the stored theme is on <html> before the first paint.
    await page.addInitScript(() => {
      const w = window as unknown as { themeSetAt?: number };
      new MutationObserver(() => {
        if (document.documentElement?.dataset.theme && w.themeSetAt === undefined) w.themeSetAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
    });
    await page.reload();
    const timing = await page.evaluate(() => ({
      set: (window as unknown as { themeSetAt?: number }).themeSetAt ?? Infinity,
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? Infinity,
    }));
    expect(timing.set).toBeLessThan(Infinity);
    expect(timing.set, 'theme applied before first paint').toBeLessThanOrEqual(timing.paint);
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(toggle.getAttribute('aria-label')).resolves.toContain('dark');
    await toggle.click(); // dark → system
    await expect(page.evaluate(() => document.documentElement.dataset.theme ?? null)).resolves.toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('remembers plain text, and highlights one speaker’s quotes from the side panel', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING);
    await page.locator('#plain-text').check();
    await page.reload();
    await expect(page.locator('#plain-text').isChecked()).resolves.toBe(true);
    await expect(page.locator('.briefing-body button.mark:visible').count()).resolves.toBe(0);
    await page.locator('#show-both').check();

    const counts = new Map<string, number>();
    for (const q of analysis.quotes) if (q.speaker && attributionOf(q, analysis.speakers.find((s) => s.id === q.speaker)) === 'named') counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    // Only quotes stated as the speaker's are highlighted, never a guess.
    const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const toggle = page.locator(`.who-toggle[data-filter-speaker="${id}"]`);
    await toggle.click();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.briefing-body .quote.is-match[id]').count()).resolves.toBe(n);
    await expect(page.locator('.filter-status').textContent()).resolves.toContain(`${n} quote`);
    await toggle.click();
    await expect(page.locator('.briefing-body .quote.is-match').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('screenshots', () => {
  it('saves desktop and phone screenshots, light and dark, with a detail open', async () => {
    const quoted = analysis.quotes.find((q) => q.speaker)!;
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 375, height: 812 }],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, problems, context } = await openPage(browser, BRIEFING, { viewport, colorScheme: scheme });
        await page.screenshot({ path: screenshotPath(`briefing-${name}-${scheme}`), fullPage: true });
        const mark = page.locator(`button.mark[popovertarget="d-${quoted.id}"]`);
        await mark.scrollIntoViewIfNeeded();
        await mark.click();
        await page.waitForTimeout(250);
        await page.screenshot({ path: screenshotPath(`briefing-${name}-${scheme}-detail`) });
        for (const path of ['/speakers/', `/speakers/${quoted.speaker}/`, '/claims/']) {
          await page.goto(new URL(path, page.url()).href);
          const slug = path.split('/').filter(Boolean).join('-');
          await page.screenshot({ path: screenshotPath(`${slug}-${name}-${scheme}`), fullPage: true });
        }
        expect(problems).toEqual([]);
        await context.close();
      }
    }
  });
});
