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

export function tokenize(text: string, from: number, to: number, sent: number, out: Token[]): void {
  TOKEN_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    let w = m[0];
    let start = from + m.index;
    const first = w[0]!;
    if (/\p{L}/u.test(first)) {
      // a trailing period belongs to the word only for abbreviations and single initials
      if (w.endsWith('.') && !/^(\p{L}\.){2,}$/u.test(w)) {
        const bare = w.slice(0, -1);
        if (!(ABBREV_WITH_DOT.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare))) {
          w = bare;
          TOKEN_RE.lastIndex -= 1;
        }
      }
      // possessive ’s / 's as its own token
      const poss = /^(.+?)(['’]s)$/u.exec(w);
      if (poss && !/^(it|he|she|that|there|what|who|let)$/i.test(poss[1]!)) {
        const base = poss[1]!;
        out.push(mk(base, start, sent, 'word'));
        out.push(mk(poss[2]!, start + base.length, sent, 'poss'));
        continue;
      }
      out.push(mk(w, start, sent, 'word'));
    } else if (/[\d$]/.test(first)) {
      out.push(mk(w, start, sent, 'num'));
    } else {
      out.push(mk(w, start, sent, 'punct'));
    }
  }
}

function mk(w: string, start: number, sent: number, t: Token['t']): Token {
  const lw = w.toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
  return { start, end: start + w.length, w, lw, cap: /^\p{Lu}/u.test(w), t, sent };
}
