/** Positions and excerpts for diagnostics: offsets to line and column, white space folded, the words at a place. */

export type Locate = (pos: number) => { line: number; column: number };

/** Offsets → 1-based line and column (a binary search over line starts). */
export function createLocator(text: string): Locate {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: pos - starts[lo]! + 1 };
  };
}

/** Is the code unit white space as a regex's \s and String#trim read it? */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Does s[from, to) hold white space other than single spaces? A loop, not a regex: it runs on every name and
 * paragraph, and on a range of the whole text it reads the flat string, not a slice of it.
 */
function hasSpaceToFold(s: string, from: number, to: number): boolean {
  let prevSpace = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      prevSpace = false;
      continue;
    }
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (isSpaceCode(c)) return true;
    else prevSpace = false;
  }
  return false;
}

/** Runs of white space as one space (not trimmed): s itself when there is nothing to fold. */
export function foldSpaces(s: string): string {
  return hasSpaceToFold(s, 0, s.length) ? s.replace(/\s+/g, ' ') : s;
}

/** Runs of white space as one space, trimmed. */
export function clean(s: string): string {
  return foldSpaces(s).trim();
}

/** clean(text.slice(from, to)), reading the range in place. */
export function cleanRange(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  return hasSpaceToFold(text, from, to) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/** The first words at pos, past opening quotation marks: what a diagnostic is about. */
export function excerptAt(text: string, pos: number, words = 8): string {
  const slice = text.slice(pos, pos + 200).replace(/^[“"‘'”’\s]+/, '');
  return clean(slice).split(' ').slice(0, words).join(' ');
}

/** Typographic quotation marks and dashes as plain ones, so an editor's match phrase finds curly copy. */
export function foldQuote(s: string): string {
  return s.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[\u2010-\u2015]/g, '-');
}
