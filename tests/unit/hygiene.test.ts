import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/index.ts';
import { blankControls, displayDeep, displayText, escapeHiddenInJson, findHidden, markHidden } from '../../src/analysis/hygiene.ts';

describe('displayText: what a reader receives', () => {
  it.each([
    ['a C1 control between words becomes a space', 'price\u0083rise', 'price rise'],
    ['a C0 control at a word edge goes', 'end.\u0007', 'end.'],
    ['tab and newline stay', 'a\tb\nc', 'a\tb\nc'],
    ['a zero-width space inside a word does not split it', 'in\u200Bformation', 'information'],
    ['bidi overrides go (they reorder what is seen)', '\u202Eabc\u202C def', 'abc def'],
    ['a soft hyphen goes', 'co\u00ADoperation', 'cooperation'],
    ['a byte-order mark inside the text goes', 'one\uFEFFtwo', 'onetwo'],
    ['noncharacters go', 'x\uFFFEy\u{1FFFF}z', 'x y z'],
    ['a lone surrogate goes', 'a\uD800b', 'a b'],
    ['a zero-width joiner inside an emoji sequence stays', 'family 👨\u200D👩\u200D👧 photo', 'family 👨\u200D👩\u200D👧 photo'],
    ['a zero-width non-joiner in Persian stays', 'می\u200Cخواهم', 'می\u200Cخواهم'],
    ['a zero-width joiner between Latin letters goes', 'ab\u200Dcd', 'abcd'],
    ['a no-break space stays (it is a real space)', '10\u00A0km', '10\u00A0km'],
    ['plain text is returned as it is', 'Nothing to see here.', 'Nothing to see here.'],
  ])('%s', (_name, input, expected) => {
    expect(displayText(input)).toBe(expected);
  });

  it('cleans every string of a nested structure, numbers and nulls untouched', () => {
    const data = { text: 'a\u200Bb', n: 3, none: null, list: [{ name: 'X\u0085Y' }] };
    expect(displayDeep(data)).toEqual({ text: 'ab', n: 3, none: null, list: [{ name: 'X Y' }] });
    expect(data.text).toBe('a\u200Bb');
  });

  it('shows the editor a marker, keeps the engine’s offsets, and escapes JSON to the same data', () => {
    const text = 'a\u200Bb\u0085c 👨\u200D👩';
    expect(markHidden(text)).toBe('a⟨U+200B⟩b⟨U+0085⟩c 👨\u200D👩');
    expect(blankControls(text)).toBe('a\u200Bb c 👨\u200D👩');
    const json = escapeHiddenInJson(JSON.stringify({ exact: text }));
    expect(findHidden(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual({ exact: text });
  });

  it('groups adjacent characters of one kind into one run', () => {
    expect(findHidden('a\u200B\u200B\u200Bb\u0001c').map((r) => [r.start, r.end, r.kind])).toEqual([
      [1, 4, 'invisible'],
      [5, 6, 'control'],
    ]);
  });
});

describe('the engine and hidden characters', () => {
  const text = 'Intro line.\n\n“We will re\u200Bbuild the bridge,” said Jane Doe, the mayor.\u0085\n\nShe added that costs rose 4 percent.\n';

  it('reports each run with its line and column, and keeps offsets into the file', () => {
    const a = analyze(text, { file: 'x.md' });
    const hidden = a.diagnostics.filter((d) => d.rule === 'control-character' || d.rule === 'invisible-character');
    const lineStart = text.indexOf('“');
    expect(hidden.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['invisible-character', 3, text.indexOf('\u200B') - lineStart + 1],
      ['control-character', 3, text.indexOf('\u0085') - lineStart + 1],
    ]);
    expect(hidden[0]!.message).toContain('U+200B');
    const q = a.quotes.find((x) => x.text.includes('bridge'))!;
    expect(text.slice(q.start, q.end)).toContain('re\u200Bbuild');
    expect(a.speakers.find((s) => s.id === q.speaker)?.name).toBe('Jane Doe');
  });

  it('gives a quote the same id with or without a zero-width space in it', () => {
    const plain = analyze(text.replace('\u200B', ''), { file: 'x.md' }).quotes.find((x) => x.text.includes('bridge'))!;
    const hidden = analyze(text, { file: 'x.md' }).quotes.find((x) => x.text.includes('bridge'))!;
    expect(hidden.id).toBe(plain.id);
  });

  it('reports a flood of them in a bounded number of diagnostics', () => {
    const flood = `${'Word\u0083 '.repeat(500)}\n`;
    const d = analyze(flood, { file: 'x.md' }).diagnostics.filter((x) => x.rule === 'control-character');
    expect(d.length).toBe(21);
    expect(d.at(-1)!.message).toMatch(/^480 more places/);
  });
});
