/**
 * Hostile text stays text. A briefing whose front matter and quotes carry `</script>`, `<img src=x onerror=…>`,
 * raw HTML blocks, `javascript:` links and quotation-mark soup builds, and everywhere the site re-publishes those
 * words (the page, its <head>, Open Graph, JSON-LD, the Pagefind index, annotations.json) they are the same
 * characters, never markup, never double-escaped.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, attributeNames, byTag, elements, metaContent, pagefindFragments, parse, text, type Root } from '../support/html.ts';
import { build, filesUnder, htmlFiles, root, type BuildResult } from '../support/site.ts';

const fixtureDir = join(root, 'tests/fixtures/hostile');
const source = readFileSync(join(fixtureDir, 'hostile.md'), 'utf8');
const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!) as { title: string; summary: string; dateline: string; source: string };
const PAGE = 'briefings/hostile/index.html';

/** Words from the body's raw HTML that must reach the reader as these exact characters. */
const LITERALS = [
  '<img src=x onerror=alert(4)>',
  '"</script><script>alert(5)</script>,"',
  '<script>alert(7)</script>',
  '<div onclick="alert(8)">A block of HTML</div>',
  '<style>body{display:none}</style>',
  '<!-- a comment that must show as text -->',
  '<a href="javascript:alert(10)">another</a>',
  '“Quote soup "" ” “ ‘ ’’ « » „ “ ”,”',
  '”Backwards“',
];

let work: string;
let out: string;
let result: BuildResult;
const pages = new Map<string, Root>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'on-record-hostile-'));
  out = join(work, 'dist');
  // A copy: the build writes the anchor ledger next to the briefings it reads.
  const briefings = join(work, 'briefings');
  mkdirSync(briefings);
  copyFileSync(join(fixtureDir, 'hostile.md'), join(briefings, 'hostile.md'));
  result = await build({ outDir: out, briefings });
  if (result.status === 0) for (const file of htmlFiles(out)) pages.set(file, parse(readFileSync(join(out, file), 'utf8')));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * An HTML escape in re-published words is double escaping. The one place the source spelling is right is the
 * annotation export, whose selectors quote the Markdown source (`source.md`) to the letter: there the briefing's own
 * character references `&lt;b&gt;` are the exact text.
 */
function escaped(s: string, sourceSpelling = false): boolean {
  return /&lt;|&gt;|&quot;|&#39;|&#x3C;/.test(sourceSpelling ? s.replaceAll('&lt;b&gt;', '') : s);
}

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function jsonLd(tree: Root): { raw: string; data: unknown }[] {
  return byTag(tree, 'script')
    .filter((s) => /json/i.test(attr(s, 'type') ?? ''))
    .map((s) => {
      const raw = s.children.map((c) => ('value' in c ? c.value : '')).join('');
      return { raw, data: JSON.parse(raw) as unknown };
    });
}

describe('a hostile briefing', () => {
  it('builds', () => {
    expect(result.status, result.log.slice(-3000)).toBe(0);
    expect(pages.has(PAGE)).toBe(true);
  });

  it('no page of the build contains markup that came from the briefing', () => {
    const problems: string[] = [];
    for (const [file, tree] of pages) {
      for (const el of elements(tree)) {
        for (const name of attributeNames(el)) if (/^on/.test(name)) problems.push(`${file}: <${el.tagName} ${name}>`);
        if (el.tagName === 'img' && attr(el, 'src') === 'x') problems.push(`${file}: <img src=x> became an element`);
        if (el.tagName === 'div' && attr(el, 'onclick') !== undefined) problems.push(`${file}: <div onclick> became an element`);
        if (el.tagName === 'b' && text(el) === 'Dateline') problems.push(`${file}: <b>Dateline</b> became an element`);
        if (el.tagName === 'style' && text(el).includes('body{display:none}')) problems.push(`${file}: a <style> from the briefing`);
        if (el.tagName === 'script' && !attr(el, 'src') && !/json/i.test(attr(el, 'type') ?? '')) problems.push(`${file}: an inline <script>: ${text(el).slice(0, 80)}`);
        for (const key of ['href', 'src', 'action']) if (/^\s*javascript:/i.test(attr(el, key) ?? '')) problems.push(`${file}: <${el.tagName} ${key}="${attr(el, key)}">`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the briefing page shows every hostile string verbatim, as text', () => {
    const tree = pages.get(PAGE)!;
    expect(text(byTag(tree, 'h1')[0]!)).toBe(front.title);
    const body = text(elements(tree).find((e) => e.tagName === 'main')!);
    for (const literal of [front.summary, front.source, ...LITERALS]) expect(body, literal).toContain(literal);
    // A javascript: Markdown link keeps its words and loses its link.
    expect(body).toContain('a link and');
    expect(byTag(tree, 'a').some((a) => text(a) === 'a link')).toBe(false);
  });

  it('its <head> carries the title and summary verbatim: <title>, description, Open Graph, Twitter', () => {
    const tree = pages.get(PAGE)!;
    expect(text(byTag(tree, 'title')[0]!)).toBe(`${front.title} · On Record`);
    expect(metaContent(tree, 'description')).toEqual([front.summary]);
    for (const key of ['og:title', 'twitter:title']) for (const value of metaContent(tree, key)) expect(value, key).toContain(front.title);
    for (const key of ['og:description', 'twitter:description']) for (const value of metaContent(tree, key)) expect(value, key).toContain(front.summary);
  });

  it('JSON-LD on every page parses, cannot end its <script> early, and holds the words unescaped', () => {
    let seen = 0;
    for (const [file, tree] of pages) {
      for (const { raw, data } of jsonLd(tree)) {
        seen++;
        // `<` never appears raw: no `</script>` or `<!--` can close or bend the script element.
        expect(raw, `${file}: JSON-LD`).not.toMatch(/</);
        for (const s of strings(data)) {
          expect(escaped(s), `${file}: JSON-LD is double-escaped: ${s}`).toBe(false);
        }
        if (file === PAGE) expect(strings(data)).toContain(front.title);
      }
    }
    if (seen === 0) console.warn('hostile: no page carries JSON-LD yet; nothing to check');
  });

  it('Open Graph and Twitter tags of every page are text, never double-escaped', () => {
    for (const [file, tree] of pages) {
      for (const meta of byTag(tree, 'meta')) {
        const key = attr(meta, 'property') ?? attr(meta, 'name') ?? '';
        if (!/^(og|twitter|description)/.test(key)) continue;
        const content = attr(meta, 'content') ?? '';
        expect(escaped(content), `${file}: ${key} is double-escaped: ${content}`).toBe(false);
      }
    }
  });

  it('the Pagefind index holds the words as plain text', () => {
    const fragments = pagefindFragments(out);
    const page = fragments.find((f) => f.url === '/briefings/hostile/');
    expect(page, 'the briefing page is indexed').toBeDefined();
    expect(page!.meta.title).toBe(front.title);
    // The page record holds the narration; quotes and claims are records of their own (src/integrations/pagefind).
    const words = fragments.filter((f) => f.url.split('#')[0] === '/briefings/hostile/').map((f) => f.content);
    for (const literal of ['<img src=x onerror=alert(4)>', '<script>alert(7)</script>', '<div onclick="alert(8)">A block of HTML</div>']) {
      expect(words.some((w) => w.includes(literal)), literal).toBe(true);
    }
    for (const fragment of fragments) {
      for (const s of [...strings(fragment.meta), fragment.content, ...strings(fragment.filters)]) {
        expect(escaped(s), `${fragment.url}: search index is double-escaped: ${s}`).toBe(false);
      }
    }
  });

  it('annotations.json, where it exists, is JSON whose quoted words are the source text', () => {
    const file = join(out, 'briefings/hostile/annotations.json');
    if (!existsSync(file)) {
      console.warn('hostile: no annotations.json export yet; nothing to check');
      return;
    }
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const all = strings(data);
    for (const s of all) expect(escaped(s, true), `annotations.json is double-escaped: ${s}`).toBe(false);
    // Every TextQuoteSelector's exact words are words of the briefing.
    const exacts: string[] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'TextQuoteSelector' && typeof o.exact === 'string') exacts.push(o.exact);
        Object.values(o).forEach(walk);
      }
    };
    walk(data);
    expect(exacts.length).toBeGreaterThan(0);
    for (const exact of exacts) expect(source, 'TextQuoteSelector.exact').toContain(exact);
  });

  it('every other file of the build that repeats the title is valid JSON, XML or HTML text', () => {
    for (const file of filesUnder(out)) {
      if (!/\.(json|xml|txt)$/.test(file) || file.startsWith('pagefind/')) continue;
      const body = readFileSync(join(out, file), 'utf8');
      if (file.endsWith('.json')) expect(() => JSON.parse(body), file).not.toThrow();
      if (file.endsWith('.xml')) expect(body, `${file}: raw markup from the briefing in XML`).not.toContain('<img src=x');
    }
  });
});
