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
