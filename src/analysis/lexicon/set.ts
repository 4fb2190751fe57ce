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
 * The entries of a list written "a | b c | d" (and over lines): the claim and zone lexicons' lists, whose entries are
 * phrases as well as words. An entry listed twice is a mistake, as in set().
 */
export function phraseList(s: string): string[] {
  const entries = s.trim().split(/\s*\|\s*|\n+/).map((w) => w.trim()).filter(Boolean);
  const twice = entries.find((w, i) => entries.indexOf(w) !== i);
  if (twice !== undefined) throw new Error(`lexicon: "${twice}" is listed twice in the list starting "${entries.slice(0, 3).join(' | ')}"`);
  return entries;
}

/** phraseList() as a set. */
export const phraseSet = (s: string): Set<string> => new Set(phraseList(s));

/** The words of several sets, one set: a list built from lists written once each. */
export const union = (...sets: readonly ReadonlySet<string>[]): ReadonlySet<string> => new Set(sets.flatMap((s) => [...s]));

/** The words of `a` that none of `not` holds: a class less the words another rule reads otherwise. */
export const without = (a: ReadonlySet<string>, ...not: readonly ReadonlySet<string>[]): ReadonlySet<string> =>
  new Set([...a].filter((w) => !not.some((s) => s.has(w))));

/**
 * A quick necessary test for membership in some word sets: a bit per (length, first two letters, last letter) that
 * their words have. Asked of every token, it spares most words a hash look-up (and the hashing of a string nothing
 * else looks up). Words with a non-ASCII letter at those places are let through.
 */
export function wordGate(...sets: readonly Iterable<string>[]): (w: string) => boolean {
  const bits = new Uint8Array(GATE_SIZE);
  for (const s of sets) for (const w of s) {
    const k = gateKey(w);
    if (k >= 0) bits[k] = 1;
  }
  return (w) => {
    const k = gateKey(w);
    return k < 0 || bits[k] === 1;
  };
}
const GATE_SIZE = 1 << 16;
/** The gate's slot for a word; -1 when a letter it reads is not ASCII. */
function gateKey(w: string): number {
  const n = w.length;
  const a = w.charCodeAt(0);
  const b = n > 1 ? w.charCodeAt(1) : 0;
  const z = w.charCodeAt(n - 1);
  if (a >= 128 || b >= 128 || z >= 128) return -1;
  return (((a * 128 + b) * 128 + z) * 7 + n) & (GATE_SIZE - 1);
}
