/**
 * Search quotes by speaker (issue 5), in Chromium against the built site. Expectations come from the engine's own
 * analysis of the seed (what the site shows), plus the seed's known facts (Dmitriev is quoted three times).
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { attributionOf } from '../../src/lib/attribution.ts';
import { launch, openPage } from './setup/browser.ts';

const file = new URL('../../content/briefings/riyadh-talks.md', import.meta.url);
const source = readFileSync(file, 'utf8');
const frontmatter = (parseYaml(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source)![1]!) ?? {}) as Record<string, unknown>;
const analysis = analyze(source, { file: file.pathname, frontmatter });
const BRIEFING = '/briefings/riyadh-talks/';

// Only quotes the site states as a named speaker's are listed under that speaker (src/lib/attribution.ts).
const speakerOf = (id: string | null) => analysis.speakers.find((s) => s.id === id);
const stated = analysis.quotes.filter((q) => attributionOf(q, speakerOf(q.speaker)) === 'named');
const quotedIds = [...new Set(stated.map((q) => q.speaker!))];
const dmitriev = analysis.speakers.find((s) => /dmitriev/i.test(`${s.name} ${s.aliases.join(' ')}`));
const quotesBy = (id: string) => stated.filter((q) => q.speaker === id).map((q) => q.id).sort();
const nameOf = (id: string) => speakerOf(id)!.name;

/** Types the name into the speaker box and picks the first option it offers (the box filters as you type). */
async function chooseSpeaker(page: Page, id: string): Promise<void> {
  const box = page.getByRole('combobox', { name: 'Speaker' });
  await box.fill(nameOf(id));
  await page.locator(`[role="option"][data-id="${id}"]`).waitFor();
  await page.locator(`[role="option"][data-id="${id}"]`).click();
}
const chosen = (page: Page) => page.locator('input[name="speaker"]').inputValue();

let browser: Browser;
let briefingIds: Set<string>;
beforeAll(async () => {
  browser = await launch();
  const { page, context } = await openPage(browser, BRIEFING);
  briefingIds = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the search has finished (no busy flag, a status line said). */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    return list && !list.hasAttribute('aria-busy') && (document.querySelector('[data-search-status]')?.textContent ?? '') !== '';
  });
  return page.locator('[data-search-status]').innerText();
}

interface Shown {
  kind: string;
  speaker: string;
  href: string;
  anchor: string;
  text: string;
}
async function results(page: Page): Promise<Shown[]> {
  return page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((li) => {
      const a = li.querySelector('a')!;
      const url = new URL(a.href);
      return {
        kind: (li as HTMLElement).dataset.kind ?? '',
        speaker: (li as HTMLElement).dataset.speaker ?? '',
        href: url.pathname,
        anchor: url.hash.slice(1),
        text: a.textContent ?? '',
      };
    }),
  );
}

describe('the search page', () => {
  it('offers every quoted speaker of the seed in the speaker box as you type their surname, with their count', async () => {
    const { page, context, problems } = await openPage(browser, '/search/');
    expect(quotedIds.length).toBeGreaterThan(0);
    const box = page.getByRole('combobox', { name: 'Speaker' });
    for (const id of quotedIds) {
      await box.fill(nameOf(id).split(' ').at(-1)!);
      const option = page.locator(`[role="option"][data-id="${id}"]`);
      await option.waitFor();
      await expect(option.innerText(), id).resolves.toMatch(new RegExp(`^${nameOf(id)} — \\d+ results?`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('speaker = Dmitriev, kind = quote gives exactly his quotes, each linking to an anchor on the briefing page', async () => {
    expect(dmitriev, 'the engine finds Dmitriev as a speaker').toBeDefined();
    const expected = quotesBy(dmitriev!.id);
    const { page, context, problems } = await openPage(browser, '/search/');
    await chooseSpeaker(page, dmitriev!.id);
    await settled(page);
    await page.getByRole('radio', { name: /^Quotes/ }).check();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('speaker')).toBe(dmitriev!.id);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('quote');
    const shown = await results(page);
    expect(shown.map((r) => r.anchor).sort()).toEqual(expected);
    for (const r of shown) {
      expect(r.kind).toBe('quote');
      expect(r.speaker).toBe(dmitriev!.id);
      expect(r.href).toBe(BRIEFING);
      expect(briefingIds.has(r.anchor), `#${r.anchor} exists on ${BRIEFING}`).toBe(true);
    }
    // The seed quotes him three times (the figure the hand annotation gives).
    expect(expected).toHaveLength(3);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ranks the $300 billion claim or quote first for "billion", and highlights the words on arrival', async () => {
    const { page, context, problems } = await openPage(browser, '/search/');
    await page.getByRole('searchbox', { name: 'Words' }).fill('billion');
    await page.getByRole('searchbox', { name: 'Words' }).press('Enter');
    const status = await settled(page);
    expect(status).toMatch(/billion/);
    const [first] = await results(page);
    expect(first).toBeDefined();
    expect(first!.text).toMatch(/\$300 billion/);
    const annotated = [...analysis.quotes, ...analysis.claims].find((a) => a.id === first!.anchor);
    expect(annotated?.text, 'the first result is a quote or claim of the analysis').toMatch(/\$300 billion/);
    expect(await page.locator('[data-search-results] mark').first().innerText()).toMatch(/^billion/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('billion');

    await page.locator('[data-search-results] > li a').first().click();
    await page.waitForURL((url) => url.pathname === BRIEFING);
    expect(new URL(page.url()).hash).toBe(`#${first!.anchor}`);
    await page.waitForSelector('mark.search-hit');
    const marked = await page.locator(`[id="${first!.anchor}"] mark.search-hit`).allInnerTexts();
    expect(marked.map((t) => t.toLowerCase())).toContain('billion');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opened cold at /search/?speaker=<id> shows that speaker’s quotes', async () => {
    const id = dmitriev?.id ?? quotedIds[0]!;
    const { page, context, problems } = await openPage(browser, `/search/?speaker=${id}`);
    const status = await settled(page);
    const name = analysis.speakers.find((s) => s.id === id)!.name;
    expect(status).toContain(name);
    await expect(chosen(page)).resolves.toBe(id);
    await expect(page.getByRole('combobox', { name: 'Speaker' }).inputValue()).resolves.toBe(name);
    const shown = await results(page);
    for (const r of shown) expect(r.speaker).toBe(id);
    const quoteAnchors = shown.filter((r) => r.kind === 'quote').map((r) => r.anchor).sort();
    expect(quoteAnchors).toEqual(quotesBy(id));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says so when a shared link names a speaker the site does not quote', async () => {
    const { page, context, problems } = await openPage(browser, '/search/?speaker=nobody-by-this-name');
    await expect(settled(page)).resolves.toMatch(/No one with the id “nobody-by-this-name”/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the state in the URL: Back and Forward restore the form and the results', async () => {
    const [a, b] = quotedIds;
    const { page, context, problems } = await openPage(browser, '/search/');
    await chooseSpeaker(page, a!);
    await settled(page);
    await chooseSpeaker(page, b!);
    await settled(page);
    expect((await results(page)).every((r) => r.speaker === b)).toBe(true);
    await page.goBack();
    await page.waitForFunction((id) => (document.querySelector('input[name="speaker"]') as HTMLInputElement).value === id, a);
    await settled(page);
    const back = await results(page);
    expect(back.length).toBeGreaterThan(0);
    expect(back.every((r) => r.speaker === a)).toBe(true);
    await page.goForward();
    await page.waitForFunction((id) => (document.querySelector('input[name="speaker"]') as HTMLInputElement).value === id, b);
    await settled(page);
    expect((await results(page)).every((r) => r.speaker === b)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('announces the results in a polite live region and passes axe (WCAG 2.2 A/AA) with results showing', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context, problems } = await openPage(browser, `/search/?speaker=${quotedIds[0]}&q=`, { colorScheme: scheme });
      await settled(page);
      const live = page.locator('[data-search-status]');
      await expect(live.getAttribute('role')).resolves.toBe('status');
      await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
      expect(await page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`), scheme).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('without JavaScript, points to the speakers index, which links every quoted speaker', async () => {
    const { page, context } = await openPage(browser, '/search/?q=billion', { javaScriptEnabled: false });
    await expect(page.locator('form.search-form').isVisible()).resolves.toBe(false);
    await page.locator('.search-fallback a[href="/speakers/"]').click();
    await page.waitForURL((url) => url.pathname === '/speakers/');
    const links = await page.locator('.people a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of quotedIds) expect(links).toContain(`/speakers/${id}/`);
    await context.close();
  });
});

describe('speaker pages', () => {
  it('link to all of the speaker’s quotes in the search', async () => {
    const id = dmitriev?.id ?? quotedIds[0]!;
    const { page, context, problems } = await openPage(browser, `/speakers/${id}/`);
    await page.getByRole('link', { name: /^All quotes by / }).click();
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('speaker') === id);
    await settled(page);
    const shown = await results(page);
    expect(shown.map((r) => r.anchor).sort()).toEqual(quotesBy(id));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the header search box', () => {
  it('is on every page and takes the words to /search/', async () => {
    const { page, context, problems } = await openPage(browser, BRIEFING);
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
    await box.fill('billion');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === 'billion');
    await settled(page);
    expect((await results(page))[0]?.text).toMatch(/billion/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
