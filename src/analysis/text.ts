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

const SPACE_TO_FOLD = /[^\S ]|\s\s/;
/** Runs of white space as one space, trimmed. */
export function clean(s: string): string {
  return SPACE_TO_FOLD.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
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
