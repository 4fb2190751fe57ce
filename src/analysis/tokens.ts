/** A small tokenizer with offsets: words, numbers, possessive markers, punctuation and quotation marks. */

export interface Token {
  start: number;
  end: number;
  /** surface text */
  w: string;
  /** lower case, final period dropped for abbreviations ("mr", "u.s") */
  lw: string;
  /** starts with a capital letter */
  cap: boolean;
  /** 'word' | 'num' | 'poss' (’s) | 'punct' */
  t: 'word' | 'num' | 'poss' | 'punct';
  /** index of the sentence */
  sent: number;
  /** inside a direct quotation (set by the engine) */
  quoted?: boolean;
}

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|\$?\d[\d,.]*\d%?|\$?\d%?|''|\S/gu;

const ABBREV_WITH_DOT = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'prof', 'rev',
  'hon', 'pres', 'supt', 'det', 'atty', 'amb', 'st', 'jr', 'sr', 'messrs', 'no', 'vs', 'inc', 'co', 'corp', 'ltd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'gov',
]);

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{L}/u.test(ch);
}

export function tokenize(text: string, from: number, to: number, sent: number, out: Token[]): void {
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let w = m[0];
    const start = from + m.index;
    const first = w[0]!;
    if (w.length > 1 || isLetter(first)) {
      if (isLetter(first)) {
        // a trailing period belongs to the word only for abbreviations, initials and dotted acronyms
        if (w.length > 1 && w.charCodeAt(w.length - 1) === 46 && w.charCodeAt(w.length - 3) !== 46) {
          const bare = w.slice(0, -1);
          if (!(ABBREV_WITH_DOT.has(bare.toLowerCase()) || (bare.length === 1 && bare !== bare.toLowerCase()))) {
            w = bare;
            TOKEN_RE.lastIndex -= 1;
          }
        }
        // possessive ’s / 's as its own token
        const n = w.length;
        if (n > 2 && (w[n - 1] === 's' || w[n - 1] === 'S') && (w[n - 2] === '’' || w[n - 2] === "'")) {
          const base = w.slice(0, n - 2);
          if (!/^(it|he|she|that|there|what|who|let)$/i.test(base)) {
            out.push(mk(base, start, sent, 'word'));
            out.push(mk(w.slice(n - 2), start + base.length, sent, 'poss'));
            continue;
          }
        }
        out.push(mk(w, start, sent, 'word'));
        continue;
      }
    }
    const c = first.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 36) out.push(mk(w, start, sent, 'num'));
    else out.push(mk(w, start, sent, 'punct'));
  }
}

function mk(w: string, start: number, sent: number, t: Token['t']): Token {
  let lw = w.toLowerCase();
  if (lw.charCodeAt(lw.length - 1) === 46) lw = lw.slice(0, -1);
  if (lw.includes('’')) lw = lw.replace(/’/g, "'");
  const f = w[0]!;
  return { start, end: start + w.length, w, lw, cap: f !== f.toLowerCase(), t, sent };
}
