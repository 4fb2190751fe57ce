/**
 * A word set from a white-space separated list (how every lexicon here is written). A word listed twice is a
 * mistake (one of the two was meant to be something else), so it fails at load, naming the word.
 */
export const set = (s: string): ReadonlySet<string> => {
  const words = s.trim().split(/\s+/);
  const out = new Set(words);
  if (out.size !== words.length) {
    const twice = words.find((w, i) => words.indexOf(w) !== i);
    throw new Error(`lexicon: "${twice}" is listed twice in the set starting "${words.slice(0, 3).join(' ')}"`);
  }
  return out;
};

/**
 * A quick necessary test for membership in some word sets: the lengths, and the first and last letters, their words
 * have. Asked of every token, it spares most words a hash look-up (and the hashing of a string nothing else looks up).
 */
export function wordGate(...sets: readonly Iterable<string>[]): (w: string) => boolean {
  let min = Infinity;
  let max = 0;
  // [first * 128 + last] for ASCII ends; a word with a non-ASCII end is let through
  const ends = new Uint8Array(128 * 128);
  for (const s of sets) {
    for (const w of s) {
      min = Math.min(min, w.length);
      max = Math.max(max, w.length);
      const a = w.charCodeAt(0);
      const b = w.charCodeAt(w.length - 1);
      if (a < 128 && b < 128) ends[a * 128 + b] = 1;
    }
  }
  return (w) => {
    if (w.length < min || w.length > max) return false;
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(w.length - 1);
    return a >= 128 || b >= 128 || ends[a * 128 + b] === 1;
  };
}
