/**
 * Stable ids derived from content, not position: an edit elsewhere in the article never changes them.
 * Two identical texts in one briefing get "-2", "-3" suffixes in order of appearance.
 */

/** Folds the typographic noise that editors change without changing the words. */
const NON_ASCII = /[^\x00-\x7f]/;

export function normalizeForId(text: string): string {
  // NFKC is the costly step and changes nothing in plain ASCII, the common case in English copy.
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033"«»]/g, '')
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/[^\p{L}\p{N}$%'-]+/gu, ' ')
    .trim();
}

/** 40 bits of FNV-1a (two independent 32-bit lanes) as 8 base-36 characters. */
function hash8(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  // 36^8 ≈ 2.8e12 > 2^41: 24 bits of lane a and 17 of lane b fit without overflow.
  const value = (a >>> 8) * 0x20000 + ((b >>> 0) & 0x1ffff);
  return value.toString(36).padStart(8, '0').slice(-8);
}

export function contentId(prefix: 'q' | 'c', text: string): string {
  return `${prefix}-${hash8(normalizeForId(text))}`;
}

/** Assigns ids in order of appearance; repeats of the same base id get "-2", "-3", … */
export function createIdAllocator(prefix: 'q' | 'c'): (text: string) => string {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = contentId(prefix, text);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
