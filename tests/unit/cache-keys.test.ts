/**
 * The cacheKeys of the incremental build (src/lib/cache-keys.ts): a page is copied from the last build only when
 * its key is unchanged, so any change to what it shows must change the key, and the same data must give the same
 * key in the next build (another process, other objects).
 */
import { describe, expect, it } from 'vitest';
import { keyedPaths, pageKey, shareDigest } from '../../src/lib/cache-keys.ts';

const analysis = () => ({ quotes: [{ id: 'q-1', text: 'We will build it', speaker: 's-1', confidence: 0.9 }], speakers: [{ id: 's-1', name: 'Jane Doe', role: undefined }] });

describe('page cache keys', () => {
  it('are the same for the same data, whatever the objects', () => {
    expect(pageKey({ a: 1, when: new Date('2025-02-18') }, analysis())).toBe(pageKey({ a: 1, when: new Date('2025-02-18') }, analysis()));
    expect(pageKey(shareDigest(analysis()))).toBe(pageKey(shareDigest(analysis())));
  });

  it('change with any change a reader could see, however deep', () => {
    const base = pageKey(analysis());
    const edited = analysis();
    edited.quotes[0]!.text = 'We will not build it';
    const role = analysis();
    (role.speakers[0] as { role?: string }).role = 'mayor';
    expect(pageKey(edited)).not.toBe(base);
    expect(pageKey(role)).not.toBe(base);
    expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
    expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
  });

  it('digest a shared analysis as itself: a page holding it keys on its content', () => {
    const one = shareDigest(analysis());
    const other = analysis();
    other.quotes[0]!.text = 'Something else';
    expect(pageKey({ page: 1, analysis: one })).toBe(pageKey({ page: 1, analysis: shareDigest(analysis()) }));
    expect(pageKey({ page: 1, analysis: one })).not.toBe(pageKey({ page: 1, analysis: shareDigest(other) }));
  });

  it('are given to every path of a route', () => {
    const paths = keyedPaths([{ params: { id: 'a' }, props: { n: 1 } }, { params: { id: 'b' }, props: { n: 2 } }]);
    expect(paths.map((p) => p.params.id)).toEqual(['a', 'b']);
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(2);
  });
});
