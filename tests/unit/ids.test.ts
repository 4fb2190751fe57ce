/**
 * Content ids hashed in place: a quote's or claim's id given from its range of the text is the id its own text gets,
 * so a link to it never depends on how the engine happened to read it.
 */
import { describe, expect, it } from 'vitest';
import { createIdAllocator, foldByCharacter, normalizeForId, normalizeForIdByNfkc } from '../../src/analysis/ids.ts';
import { cleanRange } from '../../src/analysis/text.ts';

/** The id of text[from, to) read in place, and the id of its cleaned copy, each from a fresh allocator. */
function bothIds(text: string, from: number, to: number): [string, string] {
  const clean = cleanRange(text, from, to);
  return [createIdAllocator('q')(clean, text, from, to), createIdAllocator('q')(clean)];
}

/** A seeded linear congruential generator: the same texts on every run, in [0, 1). */
function random(seed: number): () => number {
  return () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** count texts of 1 to maxPieces pieces drawn from pieces. */
function* randomTexts(next: () => number, pieces: readonly string[], count: number, maxPieces: number): Generator<string> {
  for (let n = 0; n < count; n++) {
    let text = '';
    const len = 1 + Math.floor(next() * maxPieces);
    for (let k = 0; k < len; k++) text += pieces[Math.floor(next() * pieces.length)];
    yield text;
  }
}

describe('content ids from a range of the text', () => {
  it.each([
    ['plain words', 'He said: We will win. Then he left.'],
    ['line breaks, tabs and runs of spaces', 'x\n  We   will\twin,\n\nhe said  '],
    ['curly quotes, dashes and a no-break space', 'x “We’ll win — at\u00a0last,” y'],
    ['letters beyond ASCII (the general path)', 'x Señor Núñez won y'],
    ['a byte-order mark and a line separator at the edges', 'x\ufeffWe win\u2028 y'],
    ['an em space inside', 'x We\u2003win y'],
  ])('%s', (_, text) => {
    for (let from = 0; from < 3; from++) {
      for (let to = text.length; to > text.length - 3; to--) {
        const [inPlace, fromCopy] = bothIds(text, from, to);
        expect(inPlace).toBe(fromCopy);
      }
    }
  });

  it('holds for random texts of quotes, dashes, spaces and letters', () => {
    const alphabet = ['a', 'B', ' ', '  ', '\n', '\t', '"', '“', '”', '’', "'", '-', '—', '\u00a0', 'é', '\u2003', '.', '7'];
    const next = random(7);
    for (const text of randomTexts(next, alphabet, 2000, 24)) {
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from + 1));
      const [inPlace, fromCopy] = bothIds(text, from, to);
      expect(inPlace, JSON.stringify(text.slice(from, to))).toBe(fromCopy);
    }
  });

  it('tells different words apart', () => {
    const text = 'We will win. We will lose.';
    const alloc = createIdAllocator('c');
    expect(alloc('We will win.', text, 0, 12)).not.toBe(alloc('We will lose.', text, 13, 26));
  });
});

describe('the fold one character at a time', () => {
  /** Pieces of news copy and beyond: ASCII, typography, accents, combining marks, Greek, CJK, Hangul, emoji, invisibles. */
  const pieces = [
    'a', 'Z', 'word', ' ', '  ', '\n', '\t', '.', ',', '"', "'", '`', '$', '%', '-', '7', '1,200',
    '\u2026', '\u2015', '\u2010', '\u2212', '\u2044', '\u00b1', '\u00a9', '\u00ae', '\u00bd', '\u2153', '\u00b2', '\u20ac', '\u00a3',
    '\u2018', '\u2019', '\u201a', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2032', '\u2033', '\u2013', '\u2014', '\u00a0', '\u2003',
    '\u00e9', '\u00c9', '\u00f1', '\u00fc', '\u00df', '\u0130', '\u0131', '\u00c3', '\u00a1', '\u00c2', '\u0083',
    '\u0301', '\u0303', '\u0302', '\u0308', '\u0327', '\u0345', '\u20dd', '\u0903', '\u0b3e',
    '\u03a3', '\u03c3', '\u03c2', '\u0391\u0398\u0397\u039d\u0391', '\u1f00', '\u0390',
    '\u4e2d', '\u6587', '\u3001', '\u3002', '\uff21', '\uff41', '\uff11', '\uff0c', '\u3000',
    '\uac00', '\u1100', '\u1161', '\u11a8', '\u3131', '\u314f', '\uffa1',
    '\u{1f600}', '\u{1f44d}\u{1f3fd}', '\u{1d400}', '\u{1d7ce}', '\u200d', '\ud83d',
    '\u00ad', '\u200b', '\u200e', '\u202a', '\u2060', '\u2066', '\ufeff', '\u061c', '\ufb01', '\u2126', '\u212b', '\u00a8', '\u1fed',
  ];

  it('gives what NFKC and the folds give, on random mixes', () => {
    for (const text of randomTexts(random(11), pieces, 20000, 16)) {
      expect(normalizeForId(text), JSON.stringify(text)).toBe(normalizeForIdByNfkc(text));
    }
  });

  it('gives what NFKC gives for every code point of the Basic Multilingual Plane, alone and between letters', () => {
    for (let cp = 0x80; cp < 0x10000; cp++) {
      const ch = String.fromCharCode(cp);
      for (const text of [ch, `a${ch}b`, `A ${ch}${ch} Z`]) expect(normalizeForId(text), cp.toString(16)).toBe(normalizeForIdByNfkc(text));
    }
  });

  it('answers without NFKC for the typography, accents and symbols of news copy', () => {
    const text = 'Caf\u00e9 \u2015 \u00b1 5\u2044 \u00a9 2019\u2026 \u201cSe\u00f1or\u201d \u00c3\u00a9 \u4e2d\u6587 \u{1f600} \u200b';
    expect(foldByCharacter(text)).toBe(normalizeForIdByNfkc(text));
  });

  it('leaves to NFKC the characters whose fold depends on their neighbours', () => {
    // e + combining acute composes to é; a capital sigma at a word's end lower-cases to a final sigma; jamo compose
    for (const text of ['Cafe\u0301', '\u0391\u03a3', '\u1100\u1161', '\u3131\u314f']) {
      expect(foldByCharacter(text), JSON.stringify(text)).toBeNull();
      expect(normalizeForId(text)).toBe(normalizeForIdByNfkc(text));
    }
  });
});
