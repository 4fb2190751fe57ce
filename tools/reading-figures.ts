/**
 * The reading figures of issue 15 on a long article: builds the long test briefing (tests/fixtures/long/, invented
 * text, about 2,000 words) beside the seed into a temporary site, then for each briefing page reports the HTML + CSS
 * weight gzipped (tools/bench-pages.ts), the share of body characters the default view marks, and on a desktop
 * (1280 px) the side panel's height against the article's, in Chromium.
 *
 *   npm run reading-figures
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { commandLine } from '../src/cli/args.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { pageWeight } from './bench-pages.ts';
import { build, root } from '../tests/support/site.ts';
import { serve } from '../tests/support/serve.ts';
import { markedShareInPage } from '../tests/support/marked.ts';

commandLine({ usage: 'npm run reading-figures   (takes no flags)', options: {} }, () => undefined);
const work = mkdtempSync(join(tmpdir(), 'on-record-reading-'));
try {
  const briefings = join(work, 'briefings');
  mkdirSync(briefings);
  const fixtures = join(root, 'tests/fixtures/long');
  for (const f of readdirSync(fixtures)) if (f.endsWith('.md')) copyFileSync(join(fixtures, f), join(briefings, f));
  copyFileSync(join(root, 'content/briefings/riyadh-talks.md'), join(briefings, 'riyadh-talks.md'));
  const out = join(work, 'dist');
  const result = await build({ outDir: out, briefings });
  if (result.status !== 0) throw new Error(`build failed:\n${result.log.slice(-2000)}`);
  const site = await serve(out);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  console.log('| page | words | quotes | claims | HTML + CSS gzipped | marked by default | panel / article height (1280 px) |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const slug of readdirSync(briefings).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''))) {
    const path = `/briefings/${slug}/`;
    const w = pageWeight(out, path);
    await page.goto(new URL(path, site.url).href);
    const { marked, total } = await page.evaluate(markedShareInPage);
    const m = await page.evaluate(() => ({
      words: (document.querySelector('.briefing-body')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
      quotes: document.querySelectorAll('.briefing-body .quote[id]').length,
      claims: document.querySelectorAll('.briefing-body .claim[id]').length,
      article: Math.round(document.querySelector('.briefing')!.getBoundingClientRect().height),
      panel: Math.round(document.querySelector('.panel')!.getBoundingClientRect().height),
    }));
    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    console.log(`| \`${path}\` | ${m.words} | ${m.quotes} | ${m.claims} | ${kB(w.gzip.html + w.gzip.css)} (${kB(w.gzip.html)} + ${kB(w.gzip.css)}) | ${((marked / total) * 100).toFixed(1)}% | ${m.panel} / ${m.article} px |`);
  }
  await browser.close();
  await site.close();
} finally {
  rmSync(work, { recursive: true, force: true });
}
