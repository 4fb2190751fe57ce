/**
 * Content ids hashed in place: a quote's or claim's id given from its range of the text is the id its own text gets,
 * so a link to it never depends on how the engine happened to read it.
 */
import { describe, expect, it } from 'vitest';
import { createIdAllocator } from '../../src/analysis/ids.ts';
import { cleanRange } from '../../src/analysis/text.ts';

/** The id of text[from, to) read in place, and the id of its cleaned copy, each from a fresh allocator. */
function bothIds(text: string, from: number, to: number): [string, string] {
  const clean = cleanRange(text, from, to);
  return [createIdAllocator('q')(clean, text, from, to), createIdAllocator('q')(clean)];
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
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const len = 1 + Math.floor(next() * 24);
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(next() * alphabet.length)];
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
