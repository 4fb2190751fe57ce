/** One behaviour per rule, on hand-written fixtures (tests/fixtures/engine/). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { segment } from '../../src/analysis/segment.ts';
import type { Analysis } from '../../src/analysis/index.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/engine', name), 'utf8');
const quoteWith = (a: Analysis, words: string) => a.quotes.find((q) => q.text.includes(words));
const speakerName = (a: Analysis, id: string | null | undefined) => a.speakers.find((s) => s.id === id)?.name ?? null;

describe('segmentation', () => {
  it('keeps abbreviations, initials and decimals inside sentences and skips front matter and markers', () => {
    const text = '---\ntitle: "A. B."\n---\n\n> Mr. J. Doe met U.S. officials on Jan. 5 and paid $3.5 million. Then he left.\n\n- Item one.';
    const { paragraphs, sentences } = segment(text);
    const texts = sentences.map((s) => text.slice(s.start, s.end));
    expect(texts).toEqual(['Mr. J. Doe met U.S. officials on Jan. 5 and paid $3.5 million.', 'Then he left.', 'Item one.']);
    expect(paragraphs).toHaveLength(2);
  });
  it('continues a sentence over a period before a quotation that opens with a lower-case word', () => {
    const text = 'Tomas Varga, who swam 3 km. “and most of the bay” by noon, says the race was hard. “It was.”';
    const texts = segment(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(texts).toEqual(['Tomas Varga, who swam 3 km. “and most of the bay” by noon, says the race was hard.', '“It was.”']);
  });
  it('makes a heading its own paragraph', () => {
    const text = 'Intro line.\n## A heading\nBody text.';
    const { paragraphs } = segment(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Intro line.', 'A heading', 'Body text.']);
  });
});

describe('quotes and attribution on a synthetic article', () => {
  const a = analyze(fixture('harbor-bridge.md'), { file: 'harbor-bridge.md' });

  it('finds indirect speech after a named subject with a role', () => {
    const q = quoteWith(a, 'the city would open the harbor bridge');
    expect(q?.kind).toBe('indirect');
    expect(speakerName(a, q?.speaker)).toBe('Jane Holloway');
    const sp = a.speakers.find((s) => s.name === 'Jane Holloway');
    expect(sp?.role).toBe('Mayor');
    expect(sp?.aliases).toContain('Holloway');
  });
  it('attributes a direct quote to a surname after it ("told reporters")', () => {
    const q = quoteWith(a, 'We have waited long enough');
    expect(q?.kind).toBe('direct');
    expect(q?.how).toBe('adjacent-cue');
    expect(speakerName(a, q?.speaker)).toBe('Jane Holloway');
  });
  it('uses the relative clause "X, who said"', () => {
    const q = quoteWith(a, 'the budget was');
    expect(q?.how).toBe('relative-clause');
    expect(speakerName(a, q?.speaker)).toBe('Peter Grant');
  });
  it('takes the organisation of "X of the Y Institute" as the role and handles "points out that"', () => {
    const q = quoteWith(a, 'the bridge will carry 40,000 cars');
    expect(speakerName(a, q?.speaker)).toBe('Tom Reyes');
    expect(a.speakers.find((s) => s.name === 'Tom Reyes')?.role).toBe('Regional Transport Institute');
  });
  it('tells apostrophes from quotation marks and finds the speaker after the quote', () => {
    const q = quoteWith(a, 'The traffic model assumes');
    expect(q?.text).toContain('’90s sense of the word');
    expect(speakerName(a, q?.speaker)).toBe('Tom Reyes');
  });
  it('resolves "He added" to the last subject', () => {
    const q = quoteWith(a, 'engineers had reviewed');
    expect(q?.how).toBe('pronoun');
    expect(speakerName(a, q?.speaker)).toBe('Tom Reyes');
  });
  it('continues a multi-paragraph quotation without a diagnostic', () => {
    const q1 = quoteWith(a, 'They lose the north channel');
    const q2 = quoteWith(a, 'nobody has offered them');
    expect(speakerName(a, q1?.speaker)).toBe('Peter Grant');
    expect(speakerName(a, q2?.speaker)).toBe('Peter Grant');
    expect(a.diagnostics.filter((d) => d.rule === 'unclosed-quote')).toEqual([]);
  });
  it('attributes to organisations and "according to"', () => {
    const q = quoteWith(a, 'the bridge will cost');
    expect(q?.how).toBe('according-to');
    expect(a.speakers.find((s) => s.id === q?.speaker)?.kind).toBe('organization');
    const m = quoteWith(a, 'publish the full report');
    expect(a.speakers.find((s) => s.id === m?.speaker)?.kind).toBe('organization');
  });
  it('never finds quotes in the front matter or the heading', () => {
    const body = fixture('harbor-bridge.md').indexOf('# Council');
    for (const q of a.quotes) expect(q.start).toBeGreaterThan(body);
  });
});

describe('pronoun salience', () => {
  it('sends "he" to the man last in subject position, not the last man named', () => {
    const text = 'Adam Ford met Carl Berg on Tuesday. Ford later spoke about Berg’s plan.\n\n“It will not work,” he said.';
    const a = analyze(text);
    expect(speakerName(a, quoteWith(a, 'It will not work')?.speaker)).toBe('Adam Ford');
  });
  it('keeps the subject of a reported clause from taking the next "he said" from the speaker', () => {
    const text = 'Brian Moss, the chairman of the county party, for example, said Dan Reed continued to hurt his cause by attacking the senator. “I don’t think it has helped him,” he said.';
    const a = analyze(text);
    expect(speakerName(a, quoteWith(a, 'Dan Reed continued')?.speaker)).toBe('Brian Moss');
    expect(speakerName(a, quoteWith(a, 'has helped him')?.speaker)).toBe('Brian Moss');
  });
  it('never gives "she" to a place, even one that looks like a first name', () => {
    const text = 'Brianne Stone, 29, of Florence, Ala., says her biggest concern is the river. Many people in Florence agree. “We are not going to act in time,” she says.';
    const a = analyze(text);
    expect(speakerName(a, quoteWith(a, 'her biggest concern')?.speaker)).toBe('Brianne Stone');
    expect(speakerName(a, quoteWith(a, 'not going to act')?.speaker)).toBe('Brianne Stone');
    expect(a.speakers.map((s) => s.name)).not.toContain('Florence');
  });
  it('keeps a person whose name once follows "in" ("faith in Smith") a speaker', () => {
    const a = analyze('Faith in Grady is shaken among donors.\n\n“We will win this,” Grady said.');
    expect(quoteWith(a, 'We will win this')?.how).toBe('adjacent-cue');
    expect(speakerName(a, quoteWith(a, 'We will win this')?.speaker)).toBe('Grady');
  });
  it('gives a bare surname shared by two people to the story’s main figure, not the last one named', () => {
    const text = 'Helen Marsh campaigned in the city on Monday. Marsh spoke for an hour. Her husband, Paul Marsh, joined her on stage.\n\n“We are going to win this state,” Marsh said. “I have never been more certain,” she added.';
    const a = analyze(text);
    expect(speakerName(a, quoteWith(a, 'going to win this state')?.speaker)).toBe('Helen Marsh');
    expect(speakerName(a, quoteWith(a, 'never been more certain')?.speaker)).toBe('Helen Marsh');
  });
  it('gives "they" to a group named as a source or by a capitalised group noun', () => {
    const a = analyze('Senior officials said the talks had stalled. They said a new round was unlikely.\n\nFarmers are worried about the drought, and they say prices will rise.');
    expect(speakerName(a, quoteWith(a, 'new round was unlikely')?.speaker)).toBe('Senior officials');
    expect(speakerName(a, quoteWith(a, 'prices will rise')?.speaker)).toBe('Farmers');
  });
  it('keeps "she" away from a man', () => {
    const text = 'Senator Maria Lopez spoke after Mr. Dale Hunt. “We are ready,” she said.';
    const a = analyze(text);
    expect(speakerName(a, quoteWith(a, 'We are ready')?.speaker)).toBe('Maria Lopez');
  });
});

describe('broken quotation marks', () => {
  it('reports an unclosed mark and ends the quote before the cue clause', () => {
    const text = '“We will rebuild the school before winter, Ann Parker said on Friday.';
    const a = analyze(text);
    const q = quoteWith(a, 'We will rebuild');
    expect(q?.text).toBe('We will rebuild the school before winter');
    expect(speakerName(a, q?.speaker)).toBe('Ann Parker');
    const d = a.diagnostics.find((x) => x.rule === 'unclosed-quote');
    expect(d).toMatchObject({ line: 1, column: 1 });
  });
  it('reports a closing mark with no opening mark and starts the quote at the paragraph', () => {
    const text = 'Intro.\n\nThe vote was rigged from the start,” former mayor Bob Stone says.';
    const a = analyze(text);
    const q = quoteWith(a, 'The vote was rigged');
    expect(speakerName(a, q?.speaker)).toBe('Bob Stone');
    expect(a.diagnostics.find((x) => x.rule === 'unopened-quote')).toMatchObject({ line: 3, column: 1 });
  });
  it('reports a quotation nobody can be found for', () => {
    const a = analyze('The sign read “closed until further notice for all visitors” all week.');
    expect(a.diagnostics.some((d) => d.rule === 'unattributed-quote')).toBe(true);
  });
  it('keeps nested single quotes inside the outer quote', () => {
    const a = analyze('“He told me ‘never again’ and left,” said Rosa Diaz.');
    expect(a.quotes).toHaveLength(1);
    expect(a.quotes[0]!.text).toBe('He told me ‘never again’ and left,');
  });
});

describe('mixed quotes', () => {
  it('reports the whole clause around a partial quotation', () => {
    const a = analyze('Lena Ortiz said the agency would hire “dozens of inspectors within a year.”');
    const q = quoteWith(a, 'dozens of inspectors');
    expect(q?.kind).toBe('mixed');
    expect(q?.text.startsWith('the agency would hire')).toBe(true);
  });
  it('finds the speaker after the clause ("…, says X of the Y")', () => {
    const a = analyze('Cities must “plan for heat, not hope for rain”, says Omar Haddad of the Climate Research Network.');
    const q = quoteWith(a, 'plan for heat');
    expect(speakerName(a, q?.speaker)).toBe('Omar Haddad');
  });
});

describe('editor overrides', () => {
  it('front matter names a speaker, reassigns and drops quotes', () => {
    const text = [
      '---',
      'annotations:',
      '  speakers:',
      '    - { name: "Jane Doe", aliases: ["J. Doe"], role: "Mayor", kind: person }',
      '  quotes:',
      '    - { match: "the river is rising", speaker: "J. Doe" }',
      '    - { match: "see you all", drop: true }',
      '    - { match: "no such words", speaker: "Jane Doe" }',
      '---',
      '“The river is rising fast tonight,” a voice said. “See you all tomorrow then,” somebody shouted.',
    ].join('\n');
    const a = analyze(text);
    const q = quoteWith(a, 'The river is rising');
    expect(q?.how).toBe('editor');
    expect(speakerName(a, q?.speaker)).toBe('Jane Doe');
    expect(quoteWith(a, 'See you all')).toBeUndefined();
    expect(a.diagnostics.some((d) => d.rule === 'override-unmatched')).toBe(true);
    expect(a.speakers.find((s) => s.name === 'Jane Doe')?.role).toBe('Mayor');
  });
  it('inline directives mark quotes, non-quotes and speakers', () => {
    const text = ':speaker[Rita Moss]{role="Harbor master" alias="Moss"} spoke. She said the pier is :quote[safe for now]{speaker="Moss"}. The sign said “:noquote[keep out of the water at all times]”.';
    const a = analyze(text);
    const q = a.quotes.find((x) => x.text === 'safe for now');
    expect(q?.how).toBe('editor');
    expect(speakerName(a, q?.speaker)).toBe('Rita Moss');
    expect(text.slice(q!.start, q!.end)).toBe('safe for now');
    expect(quoteWith(a, 'keep out of the water')).toBeUndefined();
    expect(a.speakers.find((s) => s.name === 'Rita Moss')?.role).toBe('Harbor master');
  });
});

describe('ids', () => {
  it('are derived from the text and stable under edits elsewhere', () => {
    const base = '“We will build it,” said Ana Ruiz.';
    const a = analyze(base);
    const b = analyze('A new first paragraph.\n\n' + base);
    expect(a.quotes[0]!.id).toBe(b.quotes[0]!.id);
    const c = analyze(base + '\n\n' + base);
    expect(c.quotes.map((q) => q.id)).toEqual([a.quotes[0]!.id, `${a.quotes[0]!.id}-2`]);
  });
});
