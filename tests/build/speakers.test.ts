/**
 * The speaker registry on real builds of invented briefings (tests/fixtures/site-speakers/): one page per person
 * across briefings, and page ids that stay where they were when a later briefing joins names (the id record,
 * `speaker-ids.json` beside the briefings), with the other addresses forwarding. Every build here publishes
 * (`npm run publish`): a later build reads only the ids published before it (tests/build/editor-day.test.ts shows
 * that a plain build leaves the record alone).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, root } from '../support/site.ts';

const fixtures = join(root, 'tests/fixtures/site-speakers');
const work = mkdtempSync(join(tmpdir(), 'on-record-speakers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'dist');
const page = (id: string) => readFileSync(join(out, `speakers/${id}/index.html`), 'utf8');
const add = (...names: string[]) => {
  for (const n of names) copyFileSync(join(fixtures, `${n}.md`), join(content, `${n}.md`));
};

async function publishSite() {
  const result = await build({ outDir: out, briefings: content, cacheDir: join(work, 'cache'), args: ['--publish'] });
  expect(result.status, result.log.slice(-3000)).toBe(0);
}

describe('speaker page ids across builds', () => {
  it('keeps the first published id when a later briefing gives the full name, and forwards the rest', async () => {
    rmSync(content, { recursive: true, force: true });
    mkdirSync(content, { recursive: true });
    add('school-budget');
    await publishSite();
    expect(page('marwick')).toContain('data-speaker-page="marwick"');
    const record = JSON.parse(readFileSync(join(content, 'speaker-ids.json'), 'utf8')) as { speakers: Record<string, string> };
    expect(record.speakers['school-budget#marwick']).toBe('marwick');

    add('harbour-levy', 'rail-bond', 'water-tariff');
    await publishSite();
    const merged = page('marwick');
    expect(merged).toContain('data-speaker-page="marwick"');
    expect(merged).toContain('<h1>Ilse Marwick</h1>');
    expect(merged.match(/data-briefing="/g)).toHaveLength(3);
    // The ids the other briefings give her forward to the one page.
    for (const id of ['ilse-marwick', 'liberal-mp-ilse-marwick']) {
      expect(page(id)).toContain('http-equiv="refresh" content="0; url=/speakers/marwick/"');
    }
    // Two different spokespersons: a description gets no page at all, not even a list of the briefings using it.
    expect(existsSync(join(out, 'speakers/spokesperson/index.html'))).toBe(false);
    // The search's speaker list knows her once, with what choosing her lists.
    const shard = JSON.parse(readFileSync(join(out, 'search/speakers/mar.json'), 'utf8')) as [string, string, string, number][];
    expect(shard.filter((r) => /marwick/i.test(r[1]))).toEqual([['marwick', 'Ilse Marwick', 'Finance Minister', 4, expect.any(String), expect.any(String)]]);
  });
});
