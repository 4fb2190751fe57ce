import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage } from './setup/browser.ts';

const source = readFileSync(new URL('../../content/briefings/riyadh-talks.md', import.meta.url), 'utf8');
const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
const title = /^title: "(.*)"$/m.exec(source)![1]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the seed briefing page', () => {
  it('shows the title and every paragraph verbatim', async () => {
    const { page, problems, context } = await openPage(browser, '/briefings/riyadh-talks/');
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    const rendered = await page.locator('.briefing-body p').allInnerTexts();
    expect(rendered.length).toBe(paragraphs.length);
    rendered.forEach((text, i) => expect(text.trim()).toBe(paragraphs[i]));
    await expect(page.locator('.briefing-body h2').innerText()).resolves.toBe('The economic aspect of the discussions');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is listed on the home page with a link that opens it', async () => {
    const { page, context } = await openPage(browser, '/');
    await page.getByRole('link', { name: title }).click();
    await page.waitForURL(/\/briefings\/riyadh-talks\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    await context.close();
  });
});
