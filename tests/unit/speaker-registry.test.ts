/**
 * The site-wide speaker registry on invented briefings: one person under several name forms across briefings is one
 * speaker; descriptions and ambiguous surnames never merge; editors' pins win; ids stay stable and old ones redirect.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, Quote, Speaker } from '../../src/analysis/types.ts';
import { buildRegistry, nameWords, type IdentityPin, type RegistryBriefing } from '../../src/lib/speakers/registry.ts';

let n = 0;
function briefing(slug: string, date: string, speakers: Partial<Speaker>[], identities?: IdentityPin[]): RegistryBriefing {
  const full: Speaker[] = speakers.map((s) => ({ id: s.id ?? s.name!.toLowerCase().replace(/[^a-z]+/g, '-'), name: s.name!, aliases: s.aliases ?? [], role: s.role ?? null, kind: s.kind ?? 'person', named: true, ...s }));
  const quotes: Quote[] = full.map((s) => ({ id: `q-${String(++n).padStart(8, '0')}`, text: `words of ${s.name}`, kind: 'direct', speaker: s.id, cue: 'said', start: n * 10, end: n * 10 + 5, source: null, confidence: 0.9, how: 'adjacent-cue' }));
  const analysis: Analysis = { file: `${slug}.md`, speakers: full, quotes, claims: [], diagnostics: [] };
  return { slug, title: `Briefing ${slug}`, date: new Date(date), analysis, identities };
}

describe('speaker registry', () => {
  it('strips titles and role words before a name, keeps the name', () => {
    expect(nameWords('Liberal MP Jane Doe')).toEqual(['jane', 'doe']);
    expect(nameWords('U.S. Secretary of State Marco Example')).toEqual(['marco', 'example']);
    expect(nameWords('Mr. Doe')).toEqual(['doe']);
    expect(nameWords('John Major')).toEqual(['john', 'major']);
  });

  it('one person under several forms across briefings has one page, newest first, roles as each briefing gives them', () => {
    const r = buildRegistry([
      briefing('a', '2025-01-01', [{ id: 'jane-doe', name: 'Jane Doe', aliases: ['Doe'], role: 'Finance Minister' }]),
      briefing('b', '2025-02-01', [{ id: 'jane-doe', name: 'Liberal MP Jane Doe', role: 'Liberal MP' }]),
      briefing('c', '2025-03-01', [{ id: 'doe', name: 'Mr. Doe', aliases: ['Doe'] }]),
    ]);
    const doe = r.speakers.filter((s) => /doe/i.test(s.name));
    expect(doe).toHaveLength(1);
    expect(doe[0]!.id).toBe('jane-doe');
    expect(doe[0]!.appearances.map((a) => a.slug)).toEqual(['c', 'b', 'a']);
    expect(doe[0]!.appearances.map((a) => a.speaker.role)).toEqual([null, 'Liberal MP', 'Finance Minister']);
    expect(doe[0]!.quoteCount).toBe(3);
    expect(r.of('c', 'doe')?.id).toBe('jane-doe');
  });

  it('a surname shared by two full names stays its briefing’s own', () => {
    const r = buildRegistry([
      briefing('a', '2025-01-01', [{ name: 'Jane Doe' }]),
      briefing('b', '2025-01-02', [{ name: 'John Doe' }]),
      briefing('c', '2025-01-03', [{ id: 'doe', name: 'Doe' }]),
    ]);
    expect(r.speakers.map((s) => s.name).sort()).toEqual(['Doe', 'Jane Doe', 'John Doe']);
    expect(r.of('c', 'doe')!.appearances).toHaveLength(1);
  });

  it('descriptions ("a spokesperson") get no page and never merge', () => {
    const r = buildRegistry([
      briefing('a', '2025-01-01', [{ id: 'spokesperson', name: 'spokesperson', named: false } as Partial<Speaker>]),
      briefing('b', '2025-01-02', [{ id: 'spokesperson', name: 'spokesperson', named: false } as Partial<Speaker>]),
    ]);
    expect(r.speakers).toHaveLength(0);
    expect(r.of('a', 'spokesperson')).toBeUndefined();
  });

  it('organisations merge by name and by an acronym the text gives', () => {
    const r = buildRegistry([
      briefing('a', '2025-01-01', [{ name: 'Canada Revenue Agency', aliases: ['CRA'], kind: 'organization' }]),
      briefing('b', '2025-01-02', [{ id: 'cra', name: 'CRA', kind: 'organization' }]),
      briefing('c', '2025-01-03', [{ name: 'the Canada Revenue Agency', kind: 'organization', named: true } as Partial<Speaker>]),
    ]);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]!.appearances).toHaveLength(3);
  });

  it('editors pin identity: different sameAs never merge, split stays apart, merge joins', () => {
    const r = buildRegistry([
      briefing('a', '2025-01-01', [{ name: 'Sam Smith' }], [{ speaker: 'Sam Smith', sameAs: 'Q1' }]),
      briefing('b', '2025-01-02', [{ name: 'Sam Smith' }], [{ speaker: 'Sam Smith', sameAs: 'Q2' }]),
      briefing('c', '2025-01-03', [{ name: 'Sam Smith' }], [{ speaker: 'Sam Smith', split: true }]),
      briefing('d', '2025-01-04', [{ name: 'S. Smithers' }], [{ speaker: 'S. Smithers', merge: 'Sam Smith' }]),
    ]);
    const smiths = r.speakers.filter((s) => /smith/i.test(s.name));
    expect(smiths).toHaveLength(3);
    expect(new Set(smiths.map((s) => s.id)).size).toBe(3);
    expect(smiths.map((s) => s.appearances.length).sort()).toEqual([1, 1, 2]);
  });

  it('page ids stay stable when a later briefing merges names, and the old id redirects', () => {
    const first = buildRegistry([briefing('a', '2025-01-01', [{ id: 'doe', name: 'Doe' }])]);
    expect(first.speakers[0]!.id).toBe('doe');
    // A later briefing gives the full name: the two join; the merged page keeps an id that existed.
    const second = buildRegistry(
      [briefing('a', '2025-01-01', [{ id: 'doe', name: 'Doe' }]), briefing('b', '2025-02-01', [{ name: 'Jane Doe' }])],
      first.record,
    );
    expect(second.speakers).toHaveLength(1);
    expect(second.speakers[0]!.id).toBe('doe');
    // Editors split it again later: the record still sends nobody's old address to a stranger.
    const third = buildRegistry(
      [briefing('a', '2025-01-01', [{ id: 'doe', name: 'Doe' }], [{ speaker: 'Doe', split: true }]), briefing('b', '2025-02-01', [{ name: 'Jane Doe' }])],
      second.record,
    );
    expect(third.speakers.map((s) => s.id).sort()).toEqual(['doe', 'jane-doe']);
    // And a rename: when one id is retired, its address redirects to the live one.
    const renamed = buildRegistry([briefing('b', '2025-02-01', [{ name: 'Jane Doe' }])], { speakers: { 'b#jane-doe': 'jd-old' }, retired: {} });
    expect(renamed.speakers[0]!.id).toBe('jd-old');
    const fourth = buildRegistry([briefing('b', '2025-02-01', [{ name: 'Jane Doe' }], [{ speaker: 'Jane Doe', split: true }])], { speakers: { 'b#jane-doe': 'gone' }, retired: { older: 'gone' } });
    expect(fourth.redirects.get('older')).toBe('gone');
  });

  it('states only named attributions: an uncertain quote is not on the page', () => {
    const b = briefing('a', '2025-01-01', [{ name: 'Jane Doe' }]);
    b.analysis.quotes.push({ ...b.analysis.quotes[0]!, id: 'q-unsure00', confidence: 0.2, how: 'pronoun' });
    const r = buildRegistry([b]);
    expect(r.speakers[0]!.appearances[0]!.quotes.map((q) => q.id)).not.toContain('q-unsure00');
    expect(r.speakers[0]!.quoteCount).toBe(1);
  });
});
