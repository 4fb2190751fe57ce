/**
 * The editor's guide must tell the truth: its examples, run through the engine, do what the guide says they do.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { briefingSchema } from '../../src/content/briefing-schema.ts';
import { DIAGNOSTIC_RULES } from '../../src/data/diagnostic-rules.ts';
import { FULL_EXAMPLE, OVERRIDES } from '../../src/data/guide-examples.ts';
import { parse as parseYaml } from 'yaml';

const example = (id: string) => OVERRIDES.find((o) => o.id === id)!;
const FM = 'title: "T"\ndate: 2026-03-04\nsummary: "S"\n';
/** A front-matter example as a whole briefing with the given body. */
const withFrontMatter = (yaml: string, body: string) => `---\n${yaml.includes('title:') ? yaml : FM + yaml}\n---\n\n${body}\n`;

describe('the full example briefing', () => {
  const a = analyze(FULL_EXAMPLE, { file: 'council-budget.md' });

  it('passes the front-matter schema', () => {
    const yaml = /^---\n([\s\S]*?)\n---/.exec(FULL_EXAMPLE)![1]!;
    expect(briefingSchema.safeParse(parseYaml(yaml)).success).toBe(true);
  });

  it('gets no diagnostics and gives the quote to the declared speaker, with role and aliases', () => {
    expect(a.diagnostics).toEqual([]);
    const quote = a.quotes.find((q) => q.text.includes('not a budget anyone loves'));
    expect(quote?.speaker).toBe('jane-doe');
    const jane = a.speakers.find((s) => s.id === 'jane-doe');
    expect(jane?.role).toBe('Mayor');
    expect(jane?.aliases).toEqual(expect.arrayContaining(['Doe', 'the mayor']));
  });
});

describe('the override examples', () => {
  it('front matter speakers: declares the speaker with role and aliases', () => {
    const a = analyze(withFrontMatter(example('fm-speakers').after, 'Doe spoke first.'));
    const jane = a.speakers.find((s) => s.id === 'jane-doe');
    expect(jane).toMatchObject({ name: 'Jane Doe', role: 'Mayor', kind: 'person' });
    expect(jane?.aliases).toEqual(expect.arrayContaining(['Doe', 'the mayor']));
  });

  it('front matter quotes: names the speaker of the matched quote, as the editor', () => {
    const body = 'The plan was announced. “We start on Monday.”';
    const q = analyze(withFrontMatter(example('fm-quote-speaker').after, body)).quotes.find((x) => x.text.includes('We start on Monday'));
    expect(q).toMatchObject({ speaker: 'jane-doe', how: 'editor' });
  });

  it('front matter drop: the words are no quote', () => {
    const body = 'Tickets for “Long Night” sold out in an hour.';
    const a = analyze(withFrontMatter(example('fm-quote-drop').after, body));
    expect(a.quotes.filter((q) => q.text.includes('Long Night'))).toEqual([]);
    expect(a.diagnostics.filter((d) => d.rule.startsWith('override'))).toEqual([]);
  });

  it(':quote[…]{speaker} makes the words a quote of the speaker, as the editor', () => {
    const before = analyze(example('inline-quote').before).quotes.find((q) => q.text.includes('cannot wait'));
    expect(before?.speaker ?? null).toBeNull();
    const after = analyze(example('inline-quote').after).quotes.find((q) => q.text.includes('cannot wait'));
    expect(after).toMatchObject({ text: 'This cannot wait another year.', speaker: 'jane-doe', how: 'editor' });
  });

  it(':noquote[…] keeps the words out of the quotes', () => {
    expect(analyze(example('inline-noquote').after).quotes.filter((q) => q.text.includes('Long Night'))).toEqual([]);
  });

  it(':speaker[…]{role alias} declares the speaker where the name appears', () => {
    const jane = analyze(example('inline-speaker').after).speakers.find((s) => s.id === 'jane-doe');
    expect(jane).toMatchObject({ name: 'Jane Doe', role: 'Mayor' });
    expect(jane?.aliases).toContain('Doe');
  });
});

describe('the diagnostic examples', () => {
  for (const r of DIAGNOSTIC_RULES.filter((d) => d.before && d.after)) {
    it(`${r.rule}: the “reported” copy gets it, the “resolved” copy does not`, () => {
      const asFile = (t: string) => (r.lang === 'yaml' ? withFrontMatter(t, '“We start on Monday,” she said.') : t);
      expect(analyze(asFile(r.before!)).diagnostics.map((d) => d.rule)).toContain(r.rule);
      expect(analyze(asFile(r.after!)).diagnostics.map((d) => d.rule)).not.toContain(r.rule);
    });
  }
});
