/**
 * The one-edit rebuild: with the cache of the last build, a rebuild after an editor changes one briefing and
 * deletes another renders only what changed (Astro's incremental build copies the rest, src/lib/cache-keys.ts), and
 * the site it writes is the site a cold build of the same briefings writes, file for file and byte for byte: the
 * edit shows everywhere it should, nothing stale survives, and the deleted briefing's cached analysis is gone.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticBriefing } from '../../tools/synthetic.ts';
import { build, filesUnder } from '../support/site.ts';

const work = mkdtempSync(join(tmpdir(), 'on-record-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const EDIT = 'Edited by the desk: ';

describe('a rebuild after one edit', () => {
  it('renders the edited briefing, copies the rest, and writes exactly what a cold build writes', async () => {
    const briefings = join(work, 'briefings');
    mkdirSync(briefings);
    for (let i = 0; i < 3; i++) writeFileSync(join(briefings, `b${i}.md`), syntheticBriefing(i, { paragraphs: 3 }));
    const cache = join(work, 'cache');
    // Both with --verbose, for the route list in the log: Astro bakes the log level into the code it renders with,
    // so a change of level between two builds renders everything again.
    const first = await build({ outDir: join(work, 'first'), briefings, cacheDir: cache, args: ['--verbose'] });
    expect(first.status, first.log.slice(-3000)).toBe(0);
    const analyses = () => readdirSync(join(cache, 'on-record-analysis'));
    expect(analyses()).toHaveLength(3);

    // The editor changes the words of one quote in b0 and deletes b2.
    const edited = readFileSync(join(briefings, 'b0.md'), 'utf8').replace('“', `“${EDIT}`);
    writeFileSync(join(briefings, 'b0.md'), edited);
    rmSync(join(briefings, 'b2.md'));
    const again = await build({ outDir: join(work, 'again'), briefings, cacheDir: cache, args: ['--verbose'] });
    expect(again.status, again.log.slice(-3000)).toBe(0);

    // Only what the edit touched was rendered: b1's pages came from the last build.
    const routeLines = again.log.split('\n').filter((l) => l.includes('├─ /briefings/'));
    const restored = (slug: string) => routeLines.filter((l) => l.includes(`/briefings/${slug}/`) && /\((?:restored|cached)\)/.test(l));
    expect(restored('b1').length, 'b1 was rendered again although nothing in it changed').toBeGreaterThan(3);
    expect(restored('b1').length).toBe(routeLines.filter((l) => l.includes('/briefings/b1/')).length);
    expect(restored('b0'), 'the edited briefing was copied from the last build').toEqual([]);
    expect(readFileSync(join(work, 'again', 'briefings', 'b0', 'index.html'), 'utf8')).toContain(EDIT.trim());
    // The deleted briefing's analysis is no longer kept.
    expect(analyses()).toHaveLength(2);

    const cold = await build({ outDir: join(work, 'cold'), briefings, cacheDir: join(work, 'cold-cache') });
    expect(cold.status, cold.log.slice(-3000)).toBe(0);
    const a = filesUnder(join(work, 'cold'));
    expect(filesUnder(join(work, 'again')), 'the rebuild and a cold build wrote different files').toEqual(a);
    const differing = a.filter((f) => digest(join(work, 'cold', f)) !== digest(join(work, 'again', f)));
    expect(differing, `files that differ between the rebuild and a cold build:\n${differing.join('\n')}`).toEqual([]);
  });
});
