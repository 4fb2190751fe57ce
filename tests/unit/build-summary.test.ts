/**
 * The build's closing summary (src/cli/build.ts): what an editor reads at the end of every build. Its length does
 * not grow with the site: a thousand briefings' worth of items still fits in a screenful, most urgent first.
 */
import { describe, expect, it } from 'vitest';
import { LISTED, parseFlags, summaryLines } from '../../src/cli/build.ts';
import type { SiteSummary } from '../../src/lib/editor-report.ts';

const item = (i: number, kind: SiteSummary['items'][number]['kind']) => ({ file: `content/briefings/b${i}.md`, line: i + 1, column: 3, kind, reason: `Reason ${i}.` });

describe('the build summary', () => {
  it('says what was built and that nothing needs an editor, when nothing does', () => {
    const lines = summaryLines({ briefings: 1, quotes: 1, claims: 0, needsEditor: 0, byKind: {}, items: [] }, 3, '/site/dist', false);
    expect(lines).toEqual(['built 1 briefing (3 pages): 1 quote, 0 claims', expect.stringMatching(/^nothing needs an editor/)]);
  });

  it('stays the same length for a thousand briefings, listing the most urgent first and pointing to /editor/', () => {
    const items = [
      ...Array.from({ length: 3000 }, (_, i) => item(i, 'unnamed')),
      ...Array.from({ length: 5 }, (_, i) => item(i, 'diagnostic')),
      item(7, 'unattributed-quote'),
    ];
    const summary: SiteSummary = { briefings: 1000, quotes: 20000, claims: 9000, needsEditor: items.length, byKind: { unnamed: 3000, diagnostic: 5, 'unattributed-quote': 1 }, items };
    const lines = summaryLines(summary, 22000, '/site/dist', false);
    expect(lines.length).toBe(LISTED + 3);
    expect(lines[0]).toBe('built 1,000 briefings (22,000 pages): 20,000 quotes, 9,000 claims');
    expect(lines[1]).toMatch(/^3,006 items need an editor \(unnamed source: 3000, diagnostic: 5, unattributed quote: 1\): the review queue is \/editor\/ \(.*editor\/index\.html\)$/);
    expect(lines.slice(2, 7).every((l) => l.includes('  diagnostic  '))).toBe(true);
    expect(lines[7]).toBe('  content/briefings/b7.md:8:3  unattributed-quote  Reason 7.');
    expect(lines.at(-1)).toBe('  … and 2,966 more on /editor/ (all of them with npm run build -- --verbose)');
    expect(summaryLines(summary, 22000, '/site/dist', true)).toHaveLength(items.length + 2);
  });

  it('takes --verbose and --publish, and refuses anything else', () => {
    expect(parseFlags(['--publish'])).toEqual({ verbose: false, publish: true });
    expect(parseFlags(['--verbose', '--publish'])).toEqual({ verbose: true, publish: true });
    expect(() => parseFlags(['--fast'])).toThrow('unknown flag --fast');
    expect(() => parseFlags(['--verbose=yes'])).toThrow('--verbose takes no value');
    expect(() => parseFlags(['dist'])).toThrow("unexpected argument 'dist'");
  });
});
