/**
 * `npm run new`: an article file becomes a briefing whose front matter says what the file tells (and marks the rest
 * for the editor) and whose text is the article's words, intact. Fixtures are invented articles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { briefingFile, slugOf } from '../../src/import/briefing.ts';
import { literalParagraph } from '../../src/import/article.ts';
import { importText, importMarkdown, dateLine } from '../../src/import/text.ts';
import { newBriefing, ImportError } from '../../src/cli/new.ts';
import { checkBriefingFile } from '../../src/integrations/input-check/index.ts';
import { frontMatterBlock } from '../../src/integrations/input-check/front-matter.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/import', name);
const work = mkdtempSync(join(tmpdir(), 'on-record-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const frontMatter = (text: string) => parseYaml(frontMatterBlock(text)!.yaml) as Record<string, unknown>;
const bodyOf = (text: string) => text.split('\n').slice(frontMatterBlock(text)!.closeLine).join('\n');
/** What a reader sees of a Markdown paragraph: the escaping backslash of a line start is not shown. */
const shown = (md: string) => md.replace(/^\\(?=[-#>+*\d|`~=_])/gm, '');

describe('an HTML article', () => {
  const dir = mkdtempSync(join(work, 'html-'));
  const result = newBriefing(fixture('harbour-wall.html'), { dir, today: '2030-01-01' });
  const text = readFileSync(result.path, 'utf8');
  const html = readFileSync(fixture('harbour-wall.html'), 'utf8');
  const { document } = parseHTML(html);
  const paragraphs = [...document.querySelectorAll('article > p:not(.byline), article blockquote p')].map((p) =>
    (p.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim(),
  );

  it('is named after its headline and fills the front matter from the page’s own tags', () => {
    expect(result.path).toBe(join(dir, 'council-approves-harbour-wall-after-long-night.md'));
    const fm = frontMatter(text);
    expect(fm).toMatchObject({
      title: 'Council approves harbour wall after long night',
      outlet: 'The Saltmarsh Courier',
      url: 'https://courier.example/news/2026/05/harbour-wall',
      author: 'Priya Hallam',
      published: '2026-05-02T07:30:00Z',
      updated: '2026-05-02T11:05:00Z',
      summary: 'The town council voted six to three for a $40 million harbour wall.',
      date: '2026-05-02',
    });
  });

  it('keeps every paragraph of the article word for word, and the sub-heading as a heading', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(6);
    const body = bodyOf(text);
    for (const p of paragraphs) expect(body).toContain(p);
    expect(body).toContain('\n## What happens next\n');
    // A no-break space in the source stays one.
    expect(body).toContain('$40\u00a0million');
  });

  it('leaves out the page around the article: navigation, byline, related stories, footer', () => {
    const body = bodyOf(text);
    for (const junk of ['Sport', 'Weather', 'Related stories', 'Storm damage tops', 'All rights reserved', 'Privacy', 'By Priya Hallam']) {
      expect(body).not.toContain(junk);
    }
  });

  it('marks for the editor what it had to guess, and is a briefing that passes the build’s check', () => {
    expect(text).toMatch(/^date: 2026-05-02 {2}# EDITOR: the date of the events/m);
    expect(result.toCheck.map((l) => l.split(':')[0])).toEqual(['date', 'summary']);
    expect(checkBriefingFile('x.md', new TextEncoder().encode(text))).toEqual([]);
    const analysis = analyze(text, { file: result.path });
    expect(analysis.quotes.map((q) => q.text)).toContain('We will build it this year, and we will build it to last,');
  });
});

describe('a plain-text article', () => {
  const dir = mkdtempSync(join(work, 'text-'));
  const result = newBriefing(fixture('library-hours.txt'), { dir, today: '2030-01-01' });
  const text = readFileSync(result.path, 'utf8');
  const source = readFileSync(fixture('library-hours.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim());

  it('takes the headline, byline and date lines into the front matter, and marks what the file does not tell', () => {
    expect(frontMatter(text)).toMatchObject({ title: 'Library to open on Sundays from June', author: 'Marek Ostrowski', published: '2026-03-14', date: '2026-03-14' });
    expect(text).toMatch(/^# outlet: "" {2}# EDITOR: the publication; not found in the file$/m);
    expect(text).toMatch(/^# url: "" {2}# EDITOR:/m);
    expect(result.toCheck.map((l) => l.split(':')[0])).toEqual(['date', 'summary', 'outlet', 'url']);
  });

  it('keeps the rest of the text exactly; a line that Markdown would read as a list shows as written', () => {
    const body = bodyOf(text);
    for (const p of source.slice(3)) expect(shown(body)).toContain(p);
    expect(body).toContain('\\- Opening hours on Sundays: noon to five.');
    expect(checkBriefingFile('x.md', new TextEncoder().encode(text))).toEqual([]);
  });

  it('never overwrites a briefing: a second import of the same article gets -2', () => {
    const again = newBriefing(fixture('library-hours.txt'), { dir, today: '2030-01-01' });
    expect(again.path).toBe(join(dir, 'library-to-open-on-sundays-from-june-2.md'));
    expect(readdirSync(dir).sort()).toEqual(['library-to-open-on-sundays-from-june-2.md', 'library-to-open-on-sundays-from-june.md']);
  });
});

describe('the pieces', () => {
  it('reads the date lines a pasted article starts with', () => {
    expect(dateLine('March 14, 2026')).toEqual({ date: '2026-03-14', updated: false });
    expect(dateLine('Updated: 4 Sept 2026, 10:15 BST')).toEqual({ date: '2026-09-04', updated: true });
    expect(dateLine('Tuesday, 2026-03-03')).toEqual({ date: '2026-03-03', updated: false });
    expect(dateLine('The council met on March 14, 2026.')).toBeNull();
  });

  it('takes one paragraph per line when pasted text has no blank lines', () => {
    const a = importText('A headline here\nBy Ann Example\nFirst paragraph, said Ann.\nSecond paragraph.');
    expect(a).toMatchObject({ title: 'A headline here', author: 'Ann Example', blocks: ['First paragraph, said Ann.', 'Second paragraph.'] });
  });

  it('keeps a Markdown file’s own front matter and text, and takes its # headline', () => {
    const a = importMarkdown('---\ndateline: Springfield\nsummary: "Given."\n---\n\n# The headline\n\nBody *stays* Markdown.\n\n- a list stays a list\n');
    expect(a.title).toBe('The headline');
    expect(a.blocks).toEqual(['Body *stays* Markdown.', '- a list stays a list']);
    const { text } = briefingFile(a, { fallbackTitle: 'x', today: '2030-01-01' });
    expect(frontMatter(text)).toMatchObject({ title: 'The headline', summary: 'Given.', dateline: 'Springfield', date: '2030-01-01' });
    expect(text).toMatch(/^date: 2030-01-01 {2}# EDITOR: the date of the events; none found in the file, this is today$/m);
  });

  it('escapes only line starts Markdown would misread', () => {
    expect(literalParagraph('# not a heading')).toBe('\\# not a heading');
    expect(literalParagraph('> not a quote\n1. not a list')).toBe('\\> not a quote\n\\1. not a list');
    expect(literalParagraph('#1 in the polls, 3 - 1 win')).toBe('#1 in the polls, 3 - 1 win');
  });

  it('makes file names from headlines', () => {
    expect(slugOf('Café owners’ “big” win: 3–1!')).toBe('cafe-owners-big-win-3-1');
    expect(slugOf('A'.repeat(10) + ' b'.repeat(80)).length).toBeLessThanOrEqual(60);
  });

  it('refuses what is not an article, with one line naming the file, and writes nothing', () => {
    const dir = mkdtempSync(join(work, 'bad-'));
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '  \n');
    expect(() => newBriefing(empty, { dir })).toThrow(ImportError);
    expect(() => newBriefing(empty, { dir })).toThrow(`${empty}: the file is empty`);
    const latin1 = join(work, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    expect(() => newBriefing(latin1, { dir })).toThrow(/latin1\.txt: not valid UTF-8 at byte 3/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reads an HTML page in the encoding it declares, and a short page Readability gives up on', () => {
    const dir = mkdtempSync(join(work, 'enc-'));
    const page = join(work, 'cafe.html');
    const html = '<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head><body><article><h1>Caf\xe9 reopens</h1><p>\x93We are back,\x94 said the owner, Ren\xe9e Example.</p></article></body></html>';
    writeFileSync(page, Buffer.from(html, 'latin1'));
    const text = readFileSync(newBriefing(page, { dir }).path, 'utf8');
    expect(frontMatter(text).title).toBe('Café reopens');
    expect(bodyOf(text).trim()).toBe('“We are back,” said the owner, Renée Example.');
  });

  it('runs as npm run new, printing what it wrote and what to check', () => {
    const dir = mkdtempSync(join(work, 'cli-'));
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/cli/new.ts'), fixture('library-hours.txt')], {
      encoding: 'utf8',
      env: { ...process.env, ONRECORD_BRIEFINGS: dir },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*library-to-open-on-sundays-from-june\.md \(5 paragraphs\)$/m);
    expect(r.stdout).toContain('outlet: the publication; not found in the file');
    const bad = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', join(root, 'src/cli/new.ts'), join(work, 'missing.txt')], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([`${join(work, 'missing.txt')}: no such file`]);
  });
});

describe('an HTML article with no description', () => {
  it('starts the summary from the first sentence of the text, never from the byline', () => {
    const dir = mkdtempSync(join(work, 'nodesc-'));
    const page = join(dir, 'page.html');
    writeFileSync(
      page,
      '<!doctype html><html><head><title>Ferry fares rise</title></head><body><article><h1>Ferry fares rise</h1>' +
        '<p class="byline">By Sam Ortega, The Bay Herald</p><p>Ferry fares will rise 8 per cent in March, the operator said on Monday.</p>' +
        '<p>“We held them for three years,” said Lena Fisk, the operator’s chief executive.</p></article></body></html>',
    );
    const result = newBriefing(page, { dir, today: '2030-01-01' });
    const summary = String(frontMatter(readFileSync(result.path, 'utf8')).summary);
    expect(summary).not.toMatch(/Sam Ortega/);
    expect(summary).toMatch(/^Ferry fares will rise 8 per cent/);
  });
});
