/**
 * An editor's day, in real builds: two articles imported with `npm run new` (one HTML, one plain text) and a
 * briefing with attribution problems are built; the log is short and ends with a summary of what needs an editor;
 * /editor/ lists every item with an override whose counts agree; the imported text is on the pages intact; and the
 * ledger and the speaker id record only record what was published: a briefing added and removed before publishing
 * leaves nothing in either of them or the site, while a published one that is removed keeps its tombstones.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newBriefing } from '../../src/cli/new.ts';
import { parseLedger } from '../../src/lib/ledger/ledger.ts';
import { attr, byTag, elements, parse, text } from '../support/html.ts';
import { build, filesUnder, root, type BuildResult } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'on-record-day-'));
const content = join(work, 'briefings');
const cache = join(work, 'cache');
let first: BuildResult;
let html: string;
let plain: string;
afterAll(() => rmSync(work, { recursive: true, force: true }));

const THROWAWAY = '---\ntitle: "A test that should leave no trace"\ndate: 2026-01-01\nsummary: "Throwaway."\n---\n\n“Nobody will ever see these exact words again,” said Ona Vetch, a tester.\n';

async function mustBuild(name: string, args: string[] = []): Promise<BuildResult> {
  const result = await build({ outDir: join(work, name), briefings: content, cacheDir: cache, args });
  if (result.status !== 0) throw new Error(result.log.slice(-3000));
  return result;
}

const slugOf = (path: string) => basename(path, '.md');
const page = (out: string, path: string) => parse(readFileSync(join(out, path), 'utf8'));

beforeAll(async () => {
  html = slugOf(newBriefing(join(root, 'tests/fixtures/import/harbour-wall.html'), { dir: content }).path);
  plain = slugOf(newBriefing(join(root, 'tests/fixtures/import/library-hours.txt'), { dir: content }).path);
  copyFileSync(join(root, 'tests/fixtures/editor/queue.md'), join(content, 'queue.md'));
  first = await mustBuild('one');
}, 600_000);

describe('the build log', () => {
  it('is short: no route listings, no warning boxes, no Shiki warning', () => {
    const lines = first.log.trimEnd().split('\n');
    expect(lines.length, first.log).toBeLessThan(40);
    expect(first.log).not.toMatch(/├─|└─|MODULE_LEVEL_DIRECTIVE|Shiki|generating static routes/);
  });

  it('ends with a summary: briefings, quotes, claims, what needs an editor, and where', () => {
    const lines = first.log.trimEnd().split('\n');
    const start = lines.findIndex((l) => /^built 3 briefings \(\d+ pages\): \d+ quotes, \d+ claims$/.test(l));
    expect(start, first.log).toBeGreaterThan(-1);
    expect(lines[start + 1]).toMatch(/^\d+ items need an editor \(.*\): the review queue is \/editor\/ \(.*editor\/index\.html\)$/);
    const listed = lines.slice(start + 2).filter((l) => l.startsWith('  '));
    const queue = JSON.parse(readFileSync(join(work, 'one/editor/queue.json'), 'utf8'));
    expect(listed).toHaveLength(Math.min(40, queue.needsEditor));
    for (const l of listed) expect(l).toMatch(/^ {2}\S+\.md:\d+:\d+ {2}\S+ {2}\S/);
    expect(listed.some((l) => l.includes(`queue.md:`))).toBe(true);
    expect(lines.at(-1)).toBe(`build complete: ${join(work, 'one')}`);
    // Not published: neither the ledger nor the speaker id record is written, and the log says what is waiting.
    expect(lines.at(-2)).toMatch(
      /^not yet published: \d+ new quote or claim ids, \d+ speaker page ids; npm run publish makes them permanent in \S*ledger\.json and \S*speaker-ids\.json before you deploy dist\/$/,
    );
    expect(existsSync(join(content, 'ledger.json'))).toBe(false);
    expect(existsSync(join(content, 'speaker-ids.json'))).toBe(false);
  });

  it('prints every route with --verbose', async () => {
    const verbose = await mustBuild('verbose', ['--verbose']);
    expect(verbose.log).toMatch(/[├└]─ \/briefings\/queue\/index\.html/);
    expect(verbose.log.split('\n').length).toBeGreaterThan(first.log.split('\n').length);
  });
});

describe('imported articles', () => {
  it('are on their pages with the text intact', () => {
    const out = join(work, 'one');
    const source = readFileSync(join(root, 'tests/fixtures/import/harbour-wall.html'), 'utf8');
    const article = text(byTag(page(out, `briefings/${html}/index.html`), 'article')[0]!).replace(/\s+/g, ' ');
    for (const m of source.matchAll(/<p>([^<]*(?:<a[^>]*>[^<]*<\/a>[^<]*)*)<\/p>/g)) {
      const words = m[1]!.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, '\u00a0').replace(/[ \t\n]+/g, ' ').trim();
      if (words.startsWith('©') || words.includes('Privacy')) continue;
      expect(article).toContain(words.replace(/\s+/g, ' '));
    }
    const library = text(byTag(page(out, `briefings/${plain}/index.html`), 'article')[0]!).replace(/\s+/g, ' ');
    expect(library).toContain('"People have asked us for this for a long time," said Helen Obi, who chairs the board.');
    expect(library).toContain('- Opening hours on Sundays: noon to five. #1 request in the survey: longer hours.');
  });
});

describe('the review queue on /editor/', () => {
  it('lists every item with its line, reason and an override; the counts are the lists’ lengths', () => {
    const tree = page(join(work, 'one'), 'editor/index.html');
    for (const slug of [html, plain, 'queue']) {
      const section = elements(tree).find((e) => e.tagName === 'section' && attr(e, 'id') === slug)!;
      const items = elements(section).filter((e) => e.tagName === 'li' && attr(e, 'class') === 'review-item');
      const count = (name: string) => Number(text(elements(section).find((e) => attr(e, 'data-count') === name)!));
      expect(count('needs-editor'), slug).toBe(items.length);
      const unattributed = items.filter((i) => /^unattributed-/.test(attr(i, 'data-kind') ?? ''));
      expect(count('unattributed'), slug).toBe(unattributed.length);
      const diagnostics = elements(section).filter((e) => e.tagName === 'li' && attr(e, 'class') === 'diagnostic');
      expect(count('diagnostics'), slug).toBe(diagnostics.length);
      for (const item of items) {
        expect(Number(attr(item, 'data-line'))).toBeGreaterThan(0);
        expect(text(item)).toMatch(/\.md:\d+:\d+/);
        // Every item about a quote carries its override; a suspicious name that nothing is attributed to has none.
        const kind = attr(item, 'data-kind');
        if (kind === 'diagnostic' || (kind === 'suspicious-speaker' && /Nothing is attributed to it/.test(text(item)))) continue;
        expect(text(item)).toMatch(/annotations:\s*quotes:\s*- \{ match: ".+", speaker: ".+" \}/);
      }
    }
    const queue = elements(tree).find((e) => e.tagName === 'section' && attr(e, 'id') === 'queue')!;
    const kinds = elements(queue).filter((e) => attr(e, 'class') === 'review-item').map((e) => attr(e, 'data-kind'));
    expect(kinds).toContain('unnamed');
    expect(kinds).toContain('suspicious-speaker');
    expect(text(queue)).toContain('“mayor didn’t” contains a contraction');
    // a heading is not prose (src/analysis/zones.ts): the heading's words name no speaker to review
    expect(text(queue)).not.toContain('is taken from a heading');
  });
});

describe('publishing and the ledger', () => {
  let published: ReturnType<typeof parseLedger>;
  let afterRemoval: ReturnType<typeof parseLedger>;
  let publishedIds: string;
  let idsAfterBuild: string;
  let idsAfterRemoval: string;
  let unpublished: BuildResult;
  let publishing: BuildResult;
  const out = () => join(work, 'four');
  const speakerIds = () => readFileSync(join(content, 'speaker-ids.json'), 'utf8');
  const keysOf = (record: string) => Object.keys((JSON.parse(record) as { speakers: Record<string, string> }).speakers);

  beforeAll(async () => {
    publishing = await mustBuild('two', ['--publish']);
    published = parseLedger(readFileSync(join(content, 'ledger.json'), 'utf8'));
    publishedIds = speakerIds();
    // A throwaway briefing, built once and removed before anyone publishes; and a published one taken down.
    writeFileSync(join(content, 'throwaway.md'), THROWAWAY);
    unpublished = await mustBuild('three');
    idsAfterBuild = speakerIds();
    rmSync(join(content, 'throwaway.md'));
    rmSync(join(content, `${plain}.md`));
    await mustBuild('four', ['--publish']);
    afterRemoval = parseLedger(readFileSync(join(content, 'ledger.json'), 'utf8'));
    idsAfterRemoval = speakerIds();
  }, 600_000);

  it('npm run publish records every published briefing’s ids', () => {
    expect(Object.keys(published.briefings).sort()).toEqual([html, plain, 'queue'].sort());
    expect(Object.keys(published.briefings[html]!.anchors).length).toBeGreaterThan(3);
    expect(publishing.log).toMatch(/^published: \S*ledger\.json records \d+ new quote or claim ids; commit it with the briefings$/m);
    expect(publishing.log).toMatch(/^published: \S*speaker-ids\.json records \d+ speaker page ids; commit it with the briefings$/m);
  });

  it('npm run publish records every published briefing’s speakers in speaker-ids.json', () => {
    const briefingsIn = new Set(keysOf(publishedIds).map((k) => k.split('#')[0]));
    expect([...briefingsIn].sort()).toEqual([html, plain, 'queue'].sort());
  });

  it('a build leaves speaker-ids.json as published; it only says the throwaway’s speaker is waiting', () => {
    expect(idsAfterBuild).toBe(publishedIds);
    expect(unpublished.log).toMatch(/^not yet published: \d+ new quote or claim ids?, 1 speaker page id; npm run publish makes them permanent in .*speaker-ids\.json/m);
  });

  it('a briefing added and removed before publishing leaves nothing in the ledger, the speaker ids or the site', () => {
    expect(existsSync(join(work, 'three/briefings/throwaway/index.html'))).toBe(true);
    expect(existsSync(join(work, 'three/speakers/ona-vetch/index.html'))).toBe(true);
    expect(Object.keys(afterRemoval.briefings)).not.toContain('throwaway');
    expect(readFileSync(join(content, 'ledger.json'), 'utf8')).not.toContain('Nobody will ever see');
    expect(keysOf(idsAfterRemoval).filter((k) => k.startsWith('throwaway#'))).toEqual([]);
    expect(idsAfterRemoval).not.toContain('vetch');
    // A published briefing taken down keeps its speakers' ids (it may come back).
    expect(keysOf(idsAfterRemoval)).toEqual(keysOf(publishedIds));
    const files = filesUnder(out());
    expect(files.filter((f) => f.includes('throwaway'))).toEqual([]);
    for (const f of files.filter((f) => /\.(html|json|xml|md|txt)$/.test(f))) {
      const body = readFileSync(join(out(), f), 'utf8');
      expect(body.includes('throwaway') || body.includes('Nobody will ever see'), f).toBe(false);
    }
  });

  it('a published briefing that is removed keeps its tombstones', () => {
    const anchors = afterRemoval.briefings[plain]!.anchors;
    expect(anchors).toEqual(published.briefings[plain]!.anchors);
    const quote = Object.entries(anchors).find(([, a]) => a.kind === 'quote')![0];
    const tomb = page(out(), `briefings/${plain}/quotes/${quote}/index.html`);
    expect(text(byTag(tomb, 'main')[0]!)).toMatch(/no longer/);
    expect(existsSync(join(out(), `briefings/${plain}/index.html`))).toBe(false);
  });
});
