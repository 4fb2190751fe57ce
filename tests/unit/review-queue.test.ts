/**
 * The editor's review queue: every attribution the site does not state as fact, every odd speaker name and every
 * diagnostic, each with its line, a reason and an override that, pasted, settles it.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import type { Analysis, Quote, Speaker } from '../../src/analysis/types.ts';
import { briefingReport, siteSummary } from '../../src/lib/editor-report.ts';
import { matchPhrase, reviewQueue, suspiciousName, wholeWordOffsets, WHO } from '../../src/lib/review-queue.ts';

const person = (id: string, name: string, named = true): Speaker => ({ id, name, aliases: [], role: null, kind: 'person', named });
const quote = (id: string, text: string, start: number, over: Partial<Quote>): Quote => ({
  id, text, kind: 'direct', speaker: null, cue: 'said', start, end: start + text.length + 2, source: null, confidence: 0.9, how: 'adjacent-cue', ...over,
});

const SOURCE = ['---', 'title: "T"', '---', '', '“We will build the wall this year,” said Ada Quint.', '', 'Officials said the plan would change.', '', '“No one asked us.”', ''].join('\n');
const line5 = SOURCE.indexOf('“We will');
const line7 = SOURCE.indexOf('the plan');
const line9 = SOURCE.indexOf('“No one');
const analysis: Analysis = {
  file: 'x.md',
  speakers: [person('ada-quint', 'Ada Quint')],
  quotes: [
    quote('q-aaaaaaa1', 'We will build the wall this year,', line5, { speaker: 'ada-quint', confidence: 0.4, how: 'pronoun' }),
    quote('q-aaaaaaa2', 'the plan would change', line7, { kind: 'indirect', how: 'unresolved', confidence: 0 }),
    quote('q-aaaaaaa3', 'No one asked us.', line9, { how: 'unresolved', confidence: 0 }),
  ],
  claims: [],
  diagnostics: [
    { line: 9, column: 1, rule: 'unattributed-quote', message: 'No speaker was found for this quote.', excerpt: 'No one asked us.' },
    { line: 5, column: 1, rule: 'unclosed-quote', message: 'Never closed.', excerpt: 'We will' },
  ],
};

describe('the review queue of a briefing', () => {
  const queue = reviewQueue(analysis, SOURCE);

  it('has one item per problem, in file order, with the line and column of its words', () => {
    expect(queue.map((i) => [i.kind, i.line, i.column])).toEqual([
      ['uncertain', 5, 1],
      ['diagnostic', 5, 1],
      ['unattributed-speech', 7, 16],
      ['unattributed-quote', 9, 1],
    ]);
  });

  it('names the guess and its confidence for an uncertain attribution, and offers to confirm it', () => {
    const item = queue[0]!;
    expect(item.reason).toContain('guesses Ada Quint');
    expect(item.reason).toContain('0.40');
    const fm = parseYaml(item.fix!.frontMatter!);
    expect(fm).toEqual({ annotations: { quotes: [{ match: 'We will build the wall', speaker: 'Ada Quint' }] } });
    expect(item.fix!.directive).toBe(':quote[We will build the wall this year,]{speaker="Ada Quint"}');
  });

  it('asks for the speaker of unattributed speech, with a placeholder to replace', () => {
    const fm = parseYaml(queue[3]!.fix!.frontMatter!);
    expect(fm.annotations.quotes[0]).toEqual({ match: 'No one asked us', speaker: WHO });
    expect(queue[3]!.fix!.note).toMatch(/drop: true/);
  });

  it('counts what it lists: needs-editor is the queue’s length, unattributed the quotes with no speaker', () => {
    const report = briefingReport(analysis, SOURCE);
    expect(report.counts.needsEditor).toBe(report.queue.length);
    expect(report.counts.unattributed).toBe(report.queue.filter((i) => i.kind.startsWith('unattributed-')).length);
    const site = siteSummary([{ file: 'x.md', report }, { file: 'y.md', report }]);
    expect(site).toMatchObject({ briefings: 2, quotes: 6, needsEditor: 8, byKind: { uncertain: 2, diagnostic: 2, 'unattributed-quote': 2, 'unattributed-speech': 2 } });
    expect(site.items).toHaveLength(8);
  });
});

describe('match phrases and names', () => {
  it('takes the shortest opening that no other quote contains', () => {
    const a = quote('q-1', 'We will keep going until the end', 0, {});
    const b = quote('q-2', 'We will keep going, she said, no matter what', 50, {});
    expect(matchPhrase(a, [a, b])).toBe('We will keep going until');
    expect(matchPhrase(b, [a, b])).toBe('We will keep going, she');
  });

  it('flags names that are not names, and leaves real ones and descriptions alone', () => {
    const none = new Set<number>();
    expect(suspiciousName(person('a', "mayor didn't"), none, [])).toMatch(/contraction/);
    expect(suspiciousName(person('b', 'Jane Said Monday'), none, [])).toBeNull();
    expect(suspiciousName(person('c', 'Ada said'), none, [])).toMatch(/lower case \(“said”\)/);
    expect(suspiciousName(person('d', 'Ludwig van Beethoven'), none, [])).toBeNull();
    expect(suspiciousName(person('e', 'Room 101'), none, [])).toMatch(/digits/);
    expect(suspiciousName(person('f', 'Update'), new Set([3]), [3, 3])).toMatch(/heading/);
    expect(suspiciousName(person('g', 'the agency', false), none, [])).toBeNull();
  });
});

describe('on a real analysis', () => {
  it('finds the fixture’s contraction speaker and unnamed sources, and no speaker in its heading', () => {
    const text = readFileSync(new URL('../fixtures/editor/queue.md', import.meta.url), 'utf8');
    const queue = reviewQueue(analyze(text, { file: 'queue.md' }), text);
    const kinds = queue.map((i) => i.kind);
    expect(kinds).toContain('unnamed');
    const suspicious = queue.filter((i) => i.kind === 'suspicious-speaker').map((i) => i.excerpt);
    expect(suspicious).toEqual(expect.arrayContaining(['mayor didn’t']));
    // a heading is not prose (src/analysis/zones.ts): "## Mayor Says" names no one
    expect(suspicious).not.toContain('Says');
    for (const item of queue.filter((i) => i.quote)) expect(text.split('\n')[item.line - 1]).toContain(item.excerpt.slice(0, 10));
  });
});

describe('wholeWordOffsets', () => {
  // The pattern the review queue used to build for every name: the offsets must be the same, whatever the text.
  const oracle = (source: string, form: string) =>
    [...source.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m.index);

  it.each([
    ['Ana Ruiz said, and Ana Ruizová did not; (Ana Ruiz) too', 'Ana Ruiz'],
    ['Öztürk, Öztürks, 3Öztürk, Öztürk3, éÖztürk and Öztürk.', 'Öztürk'],
    ['A A A A', 'A A'],
    ['𝐀Lee Lee𝐀 Lee 😀Lee😀', 'Lee'],
    ['O’Neill O’Neills O’Neill.', 'O’Neill'],
    ['Dr. Smith (Dr. Smith) Dr. Smithers', 'Dr. Smith'],
  ])('finds %j as the whole-word pattern does', (source, form) => {
    expect(wholeWordOffsets(source, form)).toEqual(oracle(source, form));
    expect(wholeWordOffsets(source, form).length).toBeGreaterThan(0);
  });

  it('agrees with the pattern on random text', () => {
    const alphabet = ['a', 'b', ' ', '.', 'é', '1', '𝐀', '😀', '’', 'ab'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let k = 0; k < 2000; k++) {
      const source = pick(30);
      const form = pick(1 + Math.floor(next() * 3)).trim() || 'a';
      expect(wholeWordOffsets(source, form), `${JSON.stringify(source)} / ${JSON.stringify(form)}`).toEqual(oracle(source, form));
    }
  });
});
