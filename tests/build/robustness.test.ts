/**
 * The robustness corpus (tools/robustness.ts: synthetic briefings carrying every anomaly real copy brings —
 * controls, bidi overrides, zero-width characters, NBSP and tabs, HTML entities and raw tags, Markdown specials,
 * a very long paragraph, thousands of quotation marks, a quote in every sentence, non-Latin scripts, emoji) is built
 * and checked as the seed site is: the W3C checker, links and fragments, hostile text, axe on a sample. And no
 * character HTML forbids, nor invisible formatting, reaches anything a reader receives.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { preview } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findHidden } from '../../src/analysis/hygiene.ts';
import { ANOMALY_SLUGS, writeCorpus } from '../../tools/robustness.ts';
import { launch } from '../e2e/setup/browser.ts';
import { brokenLinks, duplicateIds, htmlErrors } from '../support/checks.ts';
import { attr, attributeNames, byTag, elements, pagefindFragments, parse, text } from '../support/html.ts';
import { build, filesUnder, htmlFiles, root, type BuildResult } from '../support/site.ts';

const PORT = Number(process.env.ONRECORD_ROBUSTNESS_PORT ?? 4331);

let work: string;
let out: string;
let result: BuildResult;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'on-record-robustness-'));
  out = join(work, 'dist');
  const briefings = join(work, 'briefings');
  mkdirSync(briefings);
  writeCorpus(briefings);
  result = await build({ outDir: out, briefings });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (slug: string) => parse(readFileSync(join(out, `briefings/${slug}/index.html`), 'utf8'));
const mainText = (slug: string) => text(elements(page(slug)).find((e) => e.tagName === 'main')!);

describe('the robustness corpus', () => {
  it('builds, one page per anomaly', () => {
    expect(result.status, result.log.slice(-3000)).toBe(0);
    for (const slug of ANOMALY_SLUGS) expect(htmlFiles(out)).toContain(`briefings/${slug}/index.html`);
  });

  it('passes the W3C checker on every briefing, speaker and index page, and a sample of permalink pages', () => {
    const all = htmlFiles(out);
    const permalink = (p: string) => /\/(quotes|claims)\//.test(p);
    expect(all.filter((p) => p.includes('/quotes/')).length).toBeGreaterThan(50);
    // Permalink pages share one template: every fifth of them is a fair sample, at a fifth of the checker's time.
    const pages = [...all.filter((p) => !permalink(p)), ...all.filter(permalink).filter((_, i) => i % 5 === 0)];
    const errors = htmlErrors(out, pages);
    expect(errors, `${errors.length} HTML error(s) in ${pages.length} pages:\n${errors.slice(0, 40).join('\n')}`).toEqual([]);
  });

  it('has no broken internal link or fragment and no duplicate id', () => {
    const broken = brokenLinks(out);
    expect(broken, broken.slice(0, 40).join('\n')).toEqual([]);
    expect(duplicateIds(out)).toEqual([]);
  });

  it('sends no forbidden or invisible character to a reader: pages, feed, JSON, search index', () => {
    const problems: string[] = [];
    const check = (where: string, s: string) => {
      for (const run of findHidden(s)) problems.push(`${where}@${run.start}: ${run.codes.join(' ')}`);
    };
    // source.md is the verbatim Markdown the annotation export's offsets point into, not a page.
    for (const file of filesUnder(out).filter((f) => /\.(html|xml|json|txt)$/.test(f))) check(file, readFileSync(join(out, file), 'utf8'));
    for (const f of pagefindFragments(out)) check(`pagefind ${f.url}`, JSON.stringify(f));
    expect(problems.slice(0, 40), `${problems.length} hidden characters reach readers`).toEqual([]);
  });

  it('keeps words whole where zero-width characters stood, and the speaker’s name clean', () => {
    const body = mainText('zero-width');
    expect(body).toContain('Everything is on the table');
    expect(body).toContain('Maria Selrin');
    expect(body).toContain('👨\u200D👩\u200D👧');
    expect(mainText('front-matter')).not.toMatch(/[\u200B\u0083\u202E]/);
    expect(text(byTag(page('front-matter'), 'h1')[0]!)).toBe('A title with hidden characters');
  });

  it('tells the editor where each hidden character is, by file, line and column (the review queue and the summary)', () => {
    const queue = JSON.parse(readFileSync(join(out, 'editor/queue.json'), 'utf8')) as {
      items: { file: string; line: number; column: number; rule?: string }[];
    };
    const at = (file: string, rule: string) => queue.items.filter((i) => i.file.endsWith(`/${file}`) && i.rule === rule);
    expect(at('controls.md', 'control-character').length).toBeGreaterThan(5);
    expect(at('zero-width.md', 'invisible-character').length).toBeGreaterThan(5);
    expect(at('bidi.md', 'invisible-character').length).toBeGreaterThan(5);
    const front = [...at('front-matter.md', 'control-character'), ...at('front-matter.md', 'invisible-character')];
    expect(front.map((i) => i.line)).toContain(2);
    for (const i of front) expect(i.column).toBeGreaterThan(0);
    // the build's last lines sum it up, and stay short however many there are
    expect(result.log).toMatch(/need an editor/);
    expect(result.log.trim().split('\n').length).toBeLessThan(200);
  });

  it('turns raw tags and entities in the copy into text, never markup', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(out)) {
      for (const el of elements(parse(readFileSync(join(out, file), 'utf8')))) {
        for (const name of attributeNames(el)) if (/^on/.test(name)) problems.push(`${file}: <${el.tagName} ${name}>`);
        if (el.tagName === 'iframe') problems.push(`${file}: an <iframe> from the copy`);
        if (el.tagName === 'script' && !attr(el, 'src') && !/json/i.test(attr(el, 'type') ?? '')) problems.push(`${file}: an inline <script>`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    const body = mainText('html');
    expect(body).toContain('<script>alert("raw script")</script>');
    expect(body).toContain('<p class="lede">A raw paragraph tag</p>');
    expect(body).toContain('5\u00A0percent & wages fell — a “squeeze”');
  });

  it('finds the quotes of non-Latin copy and of a quote in every sentence', () => {
    const scripts = page('scripts');
    expect(elements(scripts).filter((e) => attr(e, 'data-kind')).length).toBeGreaterThan(3);
    const every = elements(page('quote-every-sentence')).filter((e) => attr(e, 'data-kind') === 'direct');
    expect(every.length).toBeGreaterThanOrEqual(100);
  });
});

describe('the robustness corpus in a browser', () => {
  it('has no WCAG 2.2 A/AA violation on a sample of its pages (axe)', async () => {
    expect(result.status).toBe(0);
    const server = await preview({ root, outDir: out, logLevel: 'error', server: { port: PORT, host: '127.0.0.1' } });
    const browser = await launch();
    try {
      const found: string[] = [];
      for (const slug of ['scripts', 'emoji', 'bidi', 'markdown-specials', 'quote-every-sentence']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const tab = await context.newPage();
        await tab.goto(`http://127.0.0.1:${PORT}/briefings/${slug}/`, { waitUntil: 'load' });
        const axe = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        for (const v of axe.violations) found.push(`${slug}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        await context.close();
      }
      expect(found, found.join('\n')).toEqual([]);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
