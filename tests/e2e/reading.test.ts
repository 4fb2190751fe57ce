/**
 * Reading the briefing: every quote and claim of the analysis is on the page as an element with its id and data
 * attributes, with a mark that opens its detail; every quoted speaker has a page listing all their quotes; the
 * indexes list every speaker and claim. Compared with the engine's own analysis of the file, not with fixed numbers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/types.ts';
import { launch, openPage } from './setup/browser.ts';
import { BRIEFING, byId, SLUG, seedAnalysis } from './setup/reading.ts';
import { attributionOf } from '../../src/lib/attribution.ts';

/** Whether the page may state the quote's speaker as fact (src/lib/attribution.ts). */
const isNamed = (analysis: Analysis, q: Analysis['quotes'][number]) =>
  attributionOf(q, analysis.speakers.find((s) => s.id === q.speaker)) === 'named';

let browser: Browser;
let analysis: Analysis;
beforeAll(async () => {
  browser = await launch();
  analysis = seedAnalysis();
});
afterAll(async () => {
  await browser?.close();
});

const attr = (page: Page, selector: string, name: string) => page.locator(selector).getAttribute(name);

describe('the annotated briefing', () => {
  it('has the analysis to compare with', () => {
    expect(analysis.quotes.length).toBeGreaterThan(0);
    expect(analysis.claims.length).toBeGreaterThan(0);
  });

  it('marks every quote with its id, speaker and kind, and a mark that names the speaker and opens its detail', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING);
    for (const q of analysis.quotes) {
      const el = page.locator(`.briefing-body ${byId(q.id)}`);
      await expect(el.count(), `quote ${q.id}`).resolves.toBe(1);
      await expect(attr(page, byId(q.id), 'data-speaker')).resolves.toBe(q.speaker ?? '');
      await expect(attr(page, byId(q.id), 'data-kind')).resolves.toBe(q.kind);
      const mark = page.locator(`button.mark[popovertarget="d-${q.id}"]`);
      await expect(mark.count(), `mark of ${q.id}`).resolves.toBe(1);
      const speaker = analysis.speakers.find((s) => s.id === q.speaker);
      const label = (await mark.getAttribute('aria-label')) ?? '';
      expect(label).toContain(speaker ? speaker.name : 'Unattributed');
      const detail = page.locator(byId(`d-${q.id}`));
      await expect(detail.getAttribute('popover')).resolves.not.toBeNull();
      if (speaker) {
        await expect(detail.locator(`a[href="/speakers/${speaker.id}/"]`).first().textContent()).resolves.toBe(speaker.name);
      }
      // the permalink (the share actions may make it absolute)
      const hrefs = await detail.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs).toContain(`/briefings/${SLUG}/quotes/${q.id}/`);
      const text = await detail.textContent();
      expect(text).toMatch(/Confidence/);
      expect(text).toMatch(/Cue/);
      expect(text).toMatch(q.how === 'editor' ? /by the editor/ : /automatically/);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks every claim with its id and claimant, numbered, with a detail that gives its check-worthiness and reasons', async () => {
    const { page, problems, context } = await openPage(browser, BRIEFING);
    const inOrder = [...analysis.claims].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const [i, c] of inOrder.entries()) {
      await expect(page.locator(`.briefing-body ${byId(c.id)}`).count(), `claim ${c.id}`).resolves.toBe(1);
      await expect(attr(page, byId(c.id), 'data-claimant')).resolves.toBe(c.claimant ?? '');
      const mark = page.locator(`button.mark[popovertarget="d-${c.id}"]`);
      await expect(mark.getAttribute('data-n')).resolves.toBe(String(i + 1));
      const detail = page.locator(byId(`d-${c.id}`));
      const text = (await detail.textContent()) ?? '';
      expect(text).toContain(`Claim ${i + 1}`);
      expect(text).toContain(`${Math.round(c.score * 100)}%`);
      const hrefs = await detail.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs).toContain(`/briefings/${SLUG}/claims/${c.id}/`);
      // the side panel lists it, linking to its anchor
      await expect(page.locator(`.panel a[href="#${c.id}"]`).count()).resolves.toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the article text verbatim: the marks add no words to it', async () => {
    const { page, context } = await openPage(browser, BRIEFING);
    const marksText = await page.locator('.briefing-body button.mark').evaluateAll((bs) => bs.map((b) => b.textContent).join(''));
    expect(marksText).toBe('');
    await context.close();
  });

  it('lists who is quoted with their counts and links, and every number the claims state', async () => {
    const { page, context } = await openPage(browser, BRIEFING);
    // Only named attributions count for a speaker; guesses are counted apart.
    const counts = new Map<string, number>();
    for (const q of analysis.quotes) if (q.speaker && isNamed(analysis, q)) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    for (const [id, n] of counts) {
      const row = page.locator('.who', { has: page.locator(`a[href="/speakers/${id}/"]`) });
      await expect(row.locator('.who-count').textContent()).resolves.toBe(`${n} ${n === 1 ? 'quote' : 'quotes'}`);
    }
    const figures = await page.locator('.figures .figure').allTextContents();
    for (const c of analysis.claims) {
      for (const m of c.text.matchAll(/\d[\d,.]*\d|\d/g)) {
        // A year on its own is a date, not a key figure.
        if (/^(?:1[89]|20)\d\d$/.test(m[0]) && !new RegExp(`${m[0]}\\s?[-–/]\\s?\\d`).test(c.text)) continue;
        expect(figures.some((f) => f.includes(m[0])), `figure ${m[0]} of ${c.id}`).toBe(true);
      }
    }
    // editor's notes: collapsed, one per diagnostic
    await expect(page.locator('details.notes').getAttribute('open')).resolves.toBeNull();
    await expect(page.locator('details.notes li').count()).resolves.toBe(analysis.diagnostics.length);
    await expect(page.locator('details.notes a[href="/editor/"]').count()).resolves.toBe(1);
    await context.close();
  });
});

describe('speaker pages', () => {
  it('gives every quoted speaker a linked page that lists all their quotes, each linking to its anchor', async () => {
    const quoted = analysis.speakers.filter((s) => analysis.quotes.some((q) => q.speaker === s.id));
    expect(quoted.length).toBeGreaterThan(0);
    const { page: briefing, context: bc } = await openPage(browser, BRIEFING);
    for (const speaker of quoted) {
      await expect(briefing.locator(`a[href="/speakers/${speaker.id}/"]`).count()).resolves.toBeGreaterThan(0);
      const { page, problems, context } = await openPage(browser, `/speakers/${speaker.id}/`);
      await expect(page.locator('h1').textContent()).resolves.toBe(speaker.name);
      if (speaker.role) await expect(page.locator('.profile-facts').textContent()).resolves.toContain(speaker.role);
      // The speaker's page lists what is attributed to them as fact, never a guess.
      for (const q of analysis.quotes.filter((x) => x.speaker === speaker.id)) {
        await expect(page.locator(`a[href="/briefings/${SLUG}/#${q.id}"]`).count(), `${speaker.id} ${q.id}`).resolves.toBe(isNamed(analysis, q) ? 1 : 0);
      }
      for (const c of analysis.claims.filter((x) => x.claimant === speaker.id && (!x.quote || isNamed(analysis, analysis.quotes.find((q) => q.id === x.quote)!)))) {
        await expect(page.locator(`a[href="/briefings/${SLUG}/#${c.id}"]`).count(), `${speaker.id} ${c.id}`).resolves.toBe(1);
      }
      expect(problems).toEqual([]);
      await context.close();
    }
    await bc.close();
  });

  it('has an index of every speaker and an index of every claim', async () => {
    const { page, problems, context } = await openPage(browser, '/speakers/');
    for (const s of analysis.speakers) await expect(page.locator(`a[href="/speakers/${s.id}/"]`).count(), s.id).resolves.toBe(1);
    await page.goto(new URL('/claims/', page.url()).href);
    for (const c of analysis.claims) await expect(page.locator(`a[href="/briefings/${SLUG}/#${c.id}"]`).count(), c.id).resolves.toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('links the header to the speakers and claims indexes', async () => {
    const { page, context } = await openPage(browser, BRIEFING);
    await page.locator('.site-header').getByRole('link', { name: 'Speakers' }).click();
    await page.waitForURL(/\/speakers\/$/);
    await page.locator('.site-header').getByRole('link', { name: 'Claims' }).click();
    await page.waitForURL(/\/claims\/$/);
    await context.close();
  });
});
