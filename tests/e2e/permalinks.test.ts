/**
 * Arrival on a deep link and sharing, in Chromium against the built site: `/briefings/<slug>/#<id>` shows the item
 * on screen (below any sticky header), targeted, visibly marked (an outline and a "Linked" label, not colour
 * alone) and focused; the permalink page's share actions work with and without scripts.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { launch, openPage } from './setup/browser.ts';

const seed = readFileSync(new URL('../../content/briefings/riyadh-talks.md', import.meta.url), 'utf8');
const analysis = analyze(seed, { file: 'content/briefings/riyadh-talks.md' });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the element is on screen (the page scrolls smoothly where motion is allowed), then reads its state. */
async function arrivalState(page: Page, id: string) {
  await page
    .waitForFunction(
      (id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return Boolean(box && box.top >= 0 && box.top < innerHeight);
      },
      id,
      { timeout: 5000, polling: 100 },
    )
    .catch(() => undefined);
  return page.evaluate((id) => {
    const el = document.getElementById(id)!;
    const box = el.getBoundingClientRect();
    const header = document.querySelector('.site-header');
    const pos = header ? getComputedStyle(header).position : 'static';
    const headerBottom = header && (pos === 'sticky' || pos === 'fixed') ? header.getBoundingClientRect().bottom : 0;
    const style = getComputedStyle(el);
    return {
      top: box.top,
      bottom: box.bottom,
      viewport: innerHeight,
      headerBottom,
      target: el.matches(':target'),
      focused: document.activeElement === el,
      tabindex: el.getAttribute('tabindex'),
      outline: style.outlineStyle,
      marker: getComputedStyle(el, '::before').content,
    };
  }, id);
}

describe('arrival on a deep link', () => {
  const last = analysis.quotes[analysis.quotes.length - 1]!;
  const claim = analysis.claims[Math.floor(analysis.claims.length / 2)]!;

  for (const [what, id] of [
    ['a quote far down the page', last.id],
    ['a claim', claim.id],
  ] as const) {
    it(`scrolls ${what} into view, marks it and focuses it`, async () => {
      const { page, context, problems } = await openPage(browser, `/briefings/riyadh-talks/#${id}`, { viewport: { width: 1000, height: 700 } });
      await page.waitForFunction((id) => document.activeElement?.id === id, id);
      const s = await arrivalState(page, id);
      expect(s.target).toBe(true);
      expect(s.top).toBeGreaterThanOrEqual(s.headerBottom);
      expect(s.top).toBeLessThan(s.viewport);
      expect(s.bottom).toBeGreaterThan(0);
      expect(s.focused).toBe(true);
      expect(s.tabindex).toBe('-1');
      expect(s.outline).not.toBe('none');
      expect(s.marker).toContain('Linked');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('follows a link clicked on the same page (hashchange) the same way', async () => {
    const { page, context } = await openPage(browser, '/briefings/riyadh-talks/');
    await page.evaluate((id) => {
      location.hash = id;
    }, last.id);
    await page.waitForFunction((id) => document.activeElement?.id === id, last.id);
    const s = await arrivalState(page, last.id);
    expect(s.target && s.focused).toBe(true);
    expect(s.top).toBeLessThan(s.viewport);
    await context.close();
  });

  it('still lands on the item with scripts off (targeted and marked)', async () => {
    const { page, context } = await openPage(browser, `/briefings/riyadh-talks/#${last.id}`, { javaScriptEnabled: false, viewport: { width: 1000, height: 700 } });
    const s = await arrivalState(page, last.id);
    expect(s.target).toBe(true);
    expect(s.top).toBeLessThan(s.viewport);
    expect(s.bottom).toBeGreaterThan(0);
    expect(s.marker).toContain('Linked');
    await context.close();
  });
});

describe('share actions on a permalink page', () => {
  const quote = analysis.quotes[0]!;
  const path = `/briefings/riyadh-talks/quotes/${quote.id}/`;

  it('copies the link, offers a text fragment and a citation', async () => {
    const { page, context, problems } = await openPage(browser, path);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.click();
    // the status is written once the clipboard answers (asynchronous): wait for it rather than read it at once
    await page.locator('.share-status').filter({ hasText: /copied|Copy this link/ }).waitFor({ timeout: 10_000 });
    const fragment = await page.getByRole('link', { name: 'Link to these exact words' }).getAttribute('href');
    expect(fragment).toMatch(new RegExp(`/briefings/riyadh-talks/#${quote.id}:~:text=`));
    await page.locator('.share-cite summary').click();
    await expect(page.locator('.share-citation').innerText()).resolves.toContain(`https://on-record.example${path}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without scripts, is plain links and text', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    await expect(page.getByRole('button', { name: 'Copy link' }).count()).resolves.toBe(0);
    // relative: it works wherever the site is served (the citation's text is the one absolute address)
    await expect(page.getByRole('link', { name: 'Permalink' }).getAttribute('href')).resolves.toBe(path);
    await page.getByRole('link', { name: 'Read in context' }).click();
    await page.waitForURL(new RegExp(`#${quote.id}$`));
    await expect(page.evaluate((id) => document.getElementById(id)!.matches(':target'), quote.id)).resolves.toBe(true);
    await context.close();
  });

  it('the text fragment lands on the words in Chromium', async () => {
    const { page, context } = await openPage(browser, path);
    const href = (await page.getByRole('link', { name: 'Link to these exact words' }).getAttribute('href'))!;
    const local = new URL(href, 'http://relative.invalid').pathname + new URL(href, 'http://relative.invalid').hash;
    await context.close();
    const opened = await openPage(browser, local, { viewport: { width: 1000, height: 700 } });
    const s = await arrivalState(opened.page, quote.id);
    expect(s.top).toBeLessThan(s.viewport);
    await opened.context.close();
  });

  it('has no WCAG 2.2 A/AA violation on the permalink page', async () => {
    const { page, context } = await openPage(browser, path);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
