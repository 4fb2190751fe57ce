/**
 * Stable ids derived from content, not position: an edit elsewhere in the article never changes them.
 * Two identical texts in one briefing get "-2", "-3" suffixes in order of appearance.
 */

/** Non-ASCII other than curly quotes, en/em dashes and no-break space (which NFKC leaves alone; the fast path folds them). */
const NON_ASCII_OTHER = /[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u00a0]/;

/** Folds the typographic noise that editors change without changing the words. */
export function normalizeForId(text: string): string {
  // Plain ASCII (the common case in English copy): one pass, same result as the general path below.
  if (!NON_ASCII_OTHER.test(text)) return normalizeAscii(text);
  // NFKC is the costly step and changes nothing in plain ASCII.
  return text.normalize('NFKC')
    // invisible formatting (zero-width spaces, bidi controls, soft hyphens) is not a word break: the page drops it
    .replace(/[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033"«»]/g, '')
    .replace(/[\u2010-\u2015\u2212-]/g, '-')
    .replace(/[^\p{L}\p{N}$%'-]+/gu, ' ')
    .trim();
}

/** normalizeForId for ASCII text (plus curly quotes, dashes, no-break space): lower case, ` ‘ ’ → ', drop " “ ”, – — → -,
 * runs of other characters → one space, trimmed. */
function normalizeAscii(text: string): string {
  let out = '';
  let gap = false;
  let runStart = -1;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d) continue; // " “ ”
    if (c === 96 || c === 0x2018 || c === 0x2019) c = 39; // ` ‘ ’ → '
    else if (c === 0x2013 || c === 0x2014) c = 45; // – — → -
    if (c >= 65 && c <= 90) c += 32;
    const keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 36 || c === 37 || c === 39 || c === 45;
    if (!keep) {
      gap = true;
      continue;
    }
    if (gap && (out.length > 0 || runStart >= 0)) out += ' ';
    gap = false;
    out += String.fromCharCode(c);
    runStart = 0;
  }
  return out;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Every pair of base-36 digits, "00" to "zz": an id is four of them (four string joins, not eight). */
const BASE36_PAIRS = Array.from({ length: 36 * 36 }, (_, n) => BASE36[Math.floor(n / 36)]! + BASE36[n % 36]!);
/**
 * An integer below 36^8 as 8 base-36 digits, zero-padded: what value.toString(36).padStart(8, '0') gives, without
 * the engine's general radix conversion (slow for numbers above 2^31).
 */
function base36x8(value: number): string {
  const high = Math.floor(value / 1679616); // 36^4: both halves below 2^31
  const low = value - high * 1679616;
  return BASE36_PAIRS[Math.floor(high / 1296)]! + BASE36_PAIRS[high % 1296]! + BASE36_PAIRS[Math.floor(low / 1296)]! + BASE36_PAIRS[low % 1296]!;
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
  return base36x8((a >>> 8) * 0x20000 + ((b >>> 0) & 0x1ffff));
}

export function contentId(prefix: 'q' | 'c', text: string): string {
  // one pass for plain text: the fast hash gives up at the first character NON_ASCII_OTHER would have found
  const fast = hash8Ascii(text);
  return fast !== null ? `${prefix}-${fast}` : `${prefix}-${hash8(normalizeForId(text))}`;
}

/** What normalizeAscii makes of each ASCII code: the character kept (lower-cased), GAP (a word break) or SKIP (dropped). */
const GAP = 0;
const SKIP = 1;
const ASCII_FOLD = Uint8Array.from({ length: 128 }, (_, c) => {
  if (c === 34) return SKIP;
  if (c === 96) return 39;
  const lower = c >= 65 && c <= 90 ? c + 32 : c;
  const keep = (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) || lower === 36 || lower === 37 || lower === 39 || lower === 45;
  return keep ? lower : GAP;
});

/** The fold of a code above ASCII: curly quotes and dashes as their ASCII kin, a no-break space a gap; -1 for any other. */
function foldAbove(c: number): number {
  if (c === 0x201c || c === 0x201d) return SKIP;
  if (c === 0x2018 || c === 0x2019) return 39;
  if (c === 0x2013 || c === 0x2014) return 45;
  return c === 0xa0 ? GAP : -1;
}

/**
 * hash8(normalizeAscii(text[from, to))) without building the normalised string: the same characters go into the same
 * lanes. null when the text holds a character of NON_ASCII_OTHER (the general path decides then). A kept character
 * is one test past the fold (GAP and SKIP are the two lowest codes), and a gap counts only once a character was kept
 * (the normalised text is trimmed).
 */
function hash8Ascii(text: string, from = 0, to = text.length): string | null {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let started = false;
  let gap = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let c: number;
    if (code < 128) c = ASCII_FOLD[code]!;
    else {
      c = foldAbove(code);
      if (c < 0) return null;
    }
    if (c <= SKIP) {
      if (c === GAP) gap = started;
      continue;
    }
    if (gap) {
      a = Math.imul(a ^ 32, 0x01000193);
      b = Math.imul(b ^ 32, 0x5bd1e995) ^ (b >>> 15);
      gap = false;
    }
    started = true;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return base36x8((a >>> 8) * 0x20000 + ((b >>> 0) & 0x1ffff));
}

/**
 * The one id allocator: hands out each base id once, and a repeat the first free "-2", "-3", … in order of
 * appearance. Quotes and claims pass content ids, speakers their slugs.
 */
export function createUniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base: string) => {
    // one look-up for a first use (the common case): the set grows when base was free
    const size = used.size;
    used.add(base);
    if (used.size > size) return base;
    let id = `${base}-2`;
    for (let n = 3; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

/**
 * Content ids for quotes ("q") or claims ("c"), unique within one briefing. A caller whose text is cut from a longer
 * one, source[from, to), with at most its white space folded and trimmed (cleanRange), passes that range too: the id
 * is then hashed in place, as normalisation folds white space and trims anyway. A slice is a view into its source,
 * and reading one character by character costs about a quarter more than reading the flat source.
 */
export function createIdAllocator(prefix: 'q' | 'c'): (text: string, source?: string, from?: number, to?: number) => string {
  const unique = createUniqueIds();
  return (text, source, from, to) => {
    const fast = source === undefined ? null : hash8Ascii(source, from, to);
    return unique(fast !== null ? `${prefix}-${fast}` : contentId(prefix, text));
  };
}
