/**
 * Stable ids derived from content, not position: an edit elsewhere in the article never changes them.
 * Two identical texts in one briefing get "-2", "-3" suffixes in order of appearance.
 */

/** Folds the typographic noise that editors change without changing the words. */
export function normalizeForId(text: string): string {
  // read character by character (each one folded alone); NFKC on the whole text only where a character's fold
  // depends on its neighbours
  return foldByCharacter(text) ?? normalizeForIdByNfkc(text);
}

/**
 * The definition of normalizeForId: NFKC, then the folds of foldCharacters, then every run of characters that are
 * not letters, digits, $, %, ' or - one space, trimmed. foldByCharacter gives the same wherever it answers.
 */
export function normalizeForIdByNfkc(text: string): string {
  return foldCharacters(text.normalize('NFKC')).replace(/[^\p{L}\p{N}$%'-]+/gu, ' ').trim();
}

/** The folds after NFKC, each of one character (or one character's lower case) alone. */
function foldCharacters(normalized: string): string {
  return normalized
    // invisible formatting (zero-width spaces, bidi controls, soft hyphens) is not a word break: the page drops it
    .replace(/[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`']/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033"«»]/g, '')
    .replace(/[\u2010-\u2015\u2212-]/g, '-');
}

/**
 * Characters whose fold depends on their neighbours: combining marks (NFKC composes and reorders them with the
 * letters before), conjoining Hangul jamo (NFKC composes them into syllables) and the capital sigma (lower-cased to
 * a final sigma at a word's end). Tested on a character and on its NFKC form.
 */
const CONTEXTUAL = /[\p{M}\u03a3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff]/u;

/** What normalizeForId makes of each ASCII code: the character kept (lower-cased), GAP (a word break) or SKIP (dropped). */
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
 * What normalizeForIdByNfkc makes of one code point alone, before runs are joined and the ends trimmed: the kept
 * characters, a space for each that becomes a word break ('' when it is dropped); null when the code point's fold
 * depends on its neighbours (CONTEXTUAL, or a lone surrogate). Filled on first use.
 */
const POINT_FOLDS = new Map<number, string | null>();

function pointFold(cp: number): string | null {
  let fold = POINT_FOLDS.get(cp);
  if (fold === undefined) {
    fold = computePointFold(cp);
    POINT_FOLDS.set(cp, fold);
  }
  return fold;
}

function computePointFold(cp: number): string | null {
  if (cp >= 0xd800 && cp <= 0xdfff) return null;
  const ch = String.fromCodePoint(cp);
  const normalized = ch.normalize('NFKC');
  if (CONTEXTUAL.test(ch) || CONTEXTUAL.test(normalized)) return null;
  return foldCharacters(normalized).replace(/[^\p{L}\p{N}$%'-]/gu, ' ');
}

/**
 * normalizeForId read one character at a time: ASCII and the commonest typographic marks by table, any other code
 * point by its memoised fold (pointFold); runs of word breaks become one space, none at the ends. null when a
 * character's fold depends on its neighbours: the caller takes the NFKC path then.
 */
export function foldByCharacter(text: string): string | null {
  let out = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < 128 ? ASCII_FOLD[code]! : foldAbove(code);
    if (c >= 0) {
      if (c === GAP) gap = true;
      else if (c !== SKIP) {
        if (gap && out.length > 0) out += ' ';
        gap = false;
        out += String.fromCharCode(c);
      }
      continue;
    }
    let cp = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const fold = pointFold(cp);
    if (fold === null) return null;
    for (let k = 0; k < fold.length; k++) {
      const f = fold.charCodeAt(k);
      if (f === 32) gap = true;
      else {
        if (gap && out.length > 0) out += ' ';
        gap = false;
        out += fold[k];
      }
    }
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
  // one pass for plain text: the fast hash gives up at the first character foldAbove() does not fold
  const fast = hash8Ascii(text);
  return fast !== null ? `${prefix}-${fast}` : `${prefix}-${hash8(normalizeForId(text))}`;
}

/**
 * hash8(normalizeForId(text[from, to))) without building the normalised string: the same characters go into the same
 * lanes. null when the text holds a character beyond ASCII other than those foldAbove() folds (the general path decides then). A kept character
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
