/**
 * axe-core finds no WCAG 2.2 A/AA violation on the briefing, a speaker page and the indexes, in light and in dark,
 * nor in an open detail.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './setup/browser.ts';
import { BRIEFING, seedAnalysis } from './setup/reading.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
}

const speaker = () => seedAnalysis().quotes.find((q) => q.speaker)!.speaker!;

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of [BRIEFING, '/speakers/', 'speaker', '/claims/', '/']) {
      it(`${path} in ${scheme}`, async () => {
        const target = path === 'speaker' ? `/speakers/${speaker()}/` : path;
        const { page, problems, context } = await openPage(browser, target, { colorScheme: scheme });
        expect(await violations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }

    it(`an open quote detail and claim detail in ${scheme}, and the panel's open notes`, async () => {
      const { page, context } = await openPage(browser, BRIEFING, { colorScheme: scheme });
      for (const kind of ['q', 'c']) {
        const mark = page.locator(`.briefing-body button.mark[popovertarget^="d-${kind}-"]:visible`).first();
        await mark.click();
        const id = await mark.getAttribute('popovertarget');
        expect(await violations(page, `[id="${id}"]`)).toEqual([]);
        await page.keyboard.press('Escape');
      }
      await page.locator('details.notes summary').click();
      await page.locator('.who-toggle').first().click();
      expect(await violations(page, '.panel')).toEqual([]);
      await context.close();
    });
  }
});
