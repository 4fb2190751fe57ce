/**
 * Reproducible builds: building the same sources again, into another folder and with a cold cache, gives the same
 * files byte for byte (pages, JSON exports, share cards, sitemap, feed, the Pagefind bundle).
 *
 * Dated on purpose: nothing today. Dates on the site come from the briefings' front matter, never from the clock.
 * A file that must carry the build time goes in DATED below with the reason.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { build, filesUnder } from '../support/site.ts';

/** path → why it may differ between two builds of the same sources */
const DATED: Record<string, string> = {};

const work = mkdtempSync(join(tmpdir(), 'on-record-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Where two versions of a file first part, with some context on either side: what a failure must show to be fixed. */
function firstDifference(a: string, b: string): string {
  const x = readFileSync(a, 'latin1');
  const y = readFileSync(b, 'latin1');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const from = Math.max(0, i - 200);
  return `at byte ${i}:\n--- first build\n${x.slice(from, i + 300)}\n--- second build\n${y.slice(from, i + 300)}`;
}

describe('reproducible builds', () => {
  it('a second build from a cold cache is identical, file for file and byte for byte', async () => {
    const first = inject('siteDir');
    const second = join(work, 'dist');
    const result = await build({ outDir: second, cacheDir: join(work, 'cache') });
    expect(result.status, result.log.slice(-3000)).toBe(0);

    const a = filesUnder(first).filter((f) => !(f in DATED));
    const b = filesUnder(second).filter((f) => !(f in DATED));
    expect(b, 'the two builds wrote different files').toEqual(a);
    const differing = a.filter((f) => digest(join(first, f)) !== digest(join(second, f)));
    const shown = differing.slice(0, 3).map((f) => `${f} ${firstDifference(join(first, f), join(second, f))}`);
    expect(differing, `files that differ between two builds:\n${differing.join('\n')}\n\n${shown.join('\n\n')}`).toEqual([]);
  });
});
