/** Property-based: hostile Markdown and quotation-mark soup never throws and never yields an out-of-range result. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';

const pieces = [
  '“', '”', '"', "'", '‘', '’', "''", '«', '»', '„', ' ', '\n', '\n\n', '\r\n', '---\n', '# ', '> ', '- ', '1. ', '```\n',
  'said', ' he said', ', she added.', 'according to ', 'Jane Doe', 'Mr. Smith', 'the State Department', 'U.S.', '.', ',',
  ':quote[', ':noquote[', ':speaker[', ']', '{speaker="Jane Doe"}', '{', '}', 'who said', 'told reporters that ', '—',
  'annotations:\n  quotes:\n    - { match: "x", drop: true }\n', '\u0000', '😀', 'é', 'İ', '\u2028', '\t', '*', '_', '[', '(', ')',
];
const soup = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 80 }).map((a) => a.join(''));
const withFrontMatter = soup.map((s) => `---\ntitle: t\nannotations:\n  quotes:\n    - { match: "said", speaker: "Jane Doe" }\n---\n${s}`);
const ID = /^[qc]-[a-z0-9]{8}(-\d+)?$/;

function check(text: string): void {
  const a = analyze(text, { file: 'fuzz.md' });
  const lines = text.split('\n');
  for (const item of [...a.quotes, ...a.claims]) {
    expect(ID.test(item.id), item.id).toBe(true);
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.start).toBeLessThanOrEqual(item.end);
    expect(item.end).toBeLessThanOrEqual(text.length);
  }
  for (const q of a.quotes) {
    expect(q.confidence).toBeGreaterThanOrEqual(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
    if (q.speaker !== null) expect(a.speakers.some((s) => s.id === q.speaker)).toBe(true);
  }
  for (const d of a.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    expect(typeof d.message).toBe('string');
  }
  expect(new Set(a.quotes.map((q) => q.id)).size).toBe(a.quotes.length);
}

describe('engine fuzz', () => {
  it('survives quotation-mark soup', () => {
    fc.assert(fc.property(soup, (s) => check(s)), { numRuns: 400 });
  });
  it('survives soup after front matter with overrides', () => {
    fc.assert(fc.property(withFrontMatter, (s) => check(s)), { numRuns: 200 });
  });
  it('survives arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)), { numRuns: 300 });
  });
  it('never reports an engine error on soup', () => {
    fc.assert(
      fc.property(soup, (s) => {
        expect(analyze(s).diagnostics.filter((d) => d.rule === 'engine-error')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
