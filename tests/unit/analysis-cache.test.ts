/**
 * The engine runs once per briefing text (src/remark/analysis-cache.ts): a second transform of the same file in a
 * build, or a rebuild with the same cache folder, gets the very analysis the engine gave, and any change to the
 * text, the file name or a damaged cache entry means a fresh run.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

const TEXT = [
  '---',
  'title: Harbour talks',
  '---',
  '',
  '“We will not accept a delay of another year,” said Maria Velorin, the harbour commissioner.',
  '',
  'The project has cost 40 million euros so far, according to the city budget.',
  '',
].join('\n');

/** A fresh copy of the module: its memory empty, as in a new build process. */
async function freshCache() {
  vi.resetModules();
  return import('../../src/remark/analysis-cache.ts');
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'on-record-analysis-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function entries(cacheDir: string): string[] {
  return readdirSync(join(cacheDir, 'on-record-analysis'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('the analysis cache', () => {
  it('gives the engine’s own analysis and runs the engine once for the same text in a build', async () => {
    const { analyzeCached, analysisStats } = await freshCache();
    const before = { ...analysisStats() };
    const first = analyzeCached(TEXT, { file: 'a.md', frontmatter: { title: 'Harbour talks' } });
    const second = analyzeCached(TEXT, { file: 'a.md', frontmatter: { title: 'Harbour talks' } });
    expect(first).toEqual(analyze(TEXT, { file: 'a.md', frontmatter: { title: 'Harbour talks' } }));
    expect(first.quotes.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(analysisStats().analysed - before.analysed).toBe(1);
    expect(analysisStats().shared - before.shared).toBe(1);
  });

  it('hands every caller its own copy', async () => {
    const { analyzeCached } = await freshCache();
    const first = analyzeCached(TEXT, { file: 'a.md' });
    first.quotes[0]!.speaker = 'someone else';
    first.claims.length = 0;
    const second = analyzeCached(TEXT, { file: 'a.md' });
    expect(second).toEqual(analyze(TEXT, { file: 'a.md' }));
  });

  it('analyses again when the text or the file name changes', async () => {
    const { analyzeCached, analysisStats } = await freshCache();
    const before = analysisStats().analysed;
    analyzeCached(TEXT, { file: 'a.md' });
    const edited = analyzeCached(TEXT.replace('another year', 'a single month'), { file: 'a.md' });
    const moved = analyzeCached(TEXT, { file: 'b.md' });
    expect(analysisStats().analysed - before).toBe(3);
    expect(edited.quotes[0]!.text).toContain('a single month');
    expect(moved.file).toBe('b.md');
  });

  it('reuses an earlier build’s analysis from the cache folder, keeping one entry per briefing', async () => {
    const cacheDir = tempDir();
    const build1 = await freshCache();
    const expected = build1.analyzeCached(TEXT, { file: 'a.md', cacheDir });
    expect(entries(cacheDir)).toHaveLength(1);

    const build2 = await freshCache();
    const before = { ...build2.analysisStats() };
    expect(build2.analyzeCached(TEXT, { file: 'a.md', cacheDir })).toEqual(expected);
    expect(build2.analysisStats().analysed - before.analysed).toBe(0);
    expect(build2.analysisStats().reused - before.reused).toBe(1);

    // An edit replaces the briefing's entry rather than adding one beside it.
    const build3 = await freshCache();
    build3.analyzeCached(TEXT.replace('another year', 'a single month'), { file: 'a.md', cacheDir });
    expect(entries(cacheDir)).toHaveLength(1);
  });

  it('analyses again when a cached entry is damaged', async () => {
    const cacheDir = tempDir();
    (await freshCache()).analyzeCached(TEXT, { file: 'a.md', cacheDir });
    for (const file of entries(cacheDir)) writeFileSync(file, 'not an analysis');
    const build2 = await freshCache();
    const before = build2.analysisStats().analysed;
    expect(build2.analyzeCached(TEXT, { file: 'a.md', cacheDir })).toEqual(analyze(TEXT, { file: 'a.md' }));
    expect(build2.analysisStats().analysed - before).toBe(1);
  });

  it('after a build, removes the analyses of briefings that build no longer has, and keeps the rest', async () => {
    const cacheDir = tempDir();
    const build1 = await freshCache();
    build1.analyzeCached(TEXT, { file: 'kept.md', cacheDir });
    build1.analyzeCached(TEXT, { file: 'deleted.md', cacheDir });
    expect(build1.pruneAnalysisCache(cacheDir)).toBe(0);
    expect(entries(cacheDir)).toHaveLength(2);

    // The next build no longer has deleted.md: its analysis goes, kept.md's stays and is reused.
    const build2 = await freshCache();
    build2.analyzeCached(TEXT, { file: 'kept.md', cacheDir });
    expect(build2.pruneAnalysisCache(cacheDir)).toBe(1);
    expect(entries(cacheDir)).toHaveLength(1);
    expect(readdirSync(join(cacheDir, 'on-record-analysis'))).toHaveLength(1);
    const build3 = await freshCache();
    const before = build3.analysisStats().reused;
    build3.analyzeCached(TEXT, { file: 'kept.md', cacheDir });
    expect(build3.analysisStats().reused - before).toBe(1);
  });

  it('never empties the cache for a build that used none of it', async () => {
    const cacheDir = tempDir();
    (await freshCache()).analyzeCached(TEXT, { file: 'a.md', cacheDir });
    const other = await freshCache();
    other.analyzeCached(TEXT, { file: 'a.md' });
    expect(other.pruneAnalysisCache(cacheDir)).toBe(0);
    expect(entries(cacheDir)).toHaveLength(1);
  });
});
