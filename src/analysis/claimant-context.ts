/**
 * What the claimant rules (claimants.ts) read: a candidate with the quotes and speakers around it, its words and
 * where the speakers are named in it, each read once and kept on the context.
 */
import { nameInitials } from './entities.ts';
import { letterLength } from './text.ts';
import type { Quote, Speaker } from './types.ts';

export interface ClaimantContext {
  text: string;
  start: number;
  end: number;
  /** the quotes overlapping the candidate */
  quotes: Quote[];
  speakers: Speaker[];
  /**
   * Whether the candidate holds a finding verb, a claiming verb, a reporting verb and a finding noun, when the caller knows it (the claim scan reads
   * the words of WORD_RE where its Scan is not `wide`); else the rules read the words themselves
   */
  verbs?: { finding: boolean; claiming: boolean; reporting: boolean; findingNoun: boolean };
  /** speakerIndex(speakers), when the caller has many candidates of one text (else each rule's call builds its own) */
  index?: SpeakerIndex;
  /**
   * The source a finding named just before (a sentence or two back, see claim-candidates.ts), when the caller keeps
   * track of it, and whether this candidate states shares (percentages): a poll's or a report's run on for sentences.
   */
  carried?: { source: string; figures: boolean };
  /** filled on first use by speakerMentions(), wordsOf() and the rules' subjectMentions() */
  mentions?: Mention[];
  subjects?: Mention[];
  words?: { w: string; at: number; end: number }[];
}

/**
 * A context with every field present from the start, its caches empty: all contexts then share one shape, and the
 * rules' reads of them stay monomorphic (caches added as each rule first asked, in differing orders, made many).
 */
export function claimantContext(c: Omit<ClaimantContext, 'mentions' | 'subjects' | 'words'>): ClaimantContext {
  const { text, start, end, quotes, speakers, verbs, index, carried } = c;
  return { text, start, end, quotes, speakers, verbs, index, carried, mentions: undefined, subjects: undefined, words: undefined };
}

/** A speaker's distinct name and aliases of two characters or more, in order. */
export interface SpeakerForms {
  id: string;
  forms: string[];
}

/** An organisation's initials of at least this many letters name it too: "the WMO said" for the World Meteorological Organisation. */
const MIN_ACRONYM = 3;
const ACRONYM_CANDIDATE = /[\s-].*[\s-]/;

export function speakerForms(speakers: readonly Speaker[]): SpeakerForms[] {
  return speakers.map((sp) => {
    const forms: string[] = [];
    const add = (f: string) => {
      if (f.length >= 2 && !forms.includes(f)) forms.push(f);
    };
    add(sp.name);
    for (const a of sp.aliases) add(a);
    // initials of MIN_ACRONYM letters need as many words: most names are spared the split
    const acronym = sp.kind === 'person' || !ACRONYM_CANDIDATE.test(sp.name) ? '' : nameInitials(sp.name);
    if (acronym.length >= MIN_ACRONYM && /^[A-Z]+$/.test(acronym)) add(acronym);
    return { id: sp.id, forms };
  });
}

/**
 * What the rules read of a text's speakers, listed once for the text: their forms, the organisations that the last
 * word of their name may name again ("the commission" for the X Basin Commission; null where two end in that word),
 * and who is a person.
 */
export interface SpeakerIndex {
  forms: readonly SpeakerForms[];
  /** every form by the code unit it opens with, in the speakers' order and then their forms' (see formsOpening) */
  opening: FormsByFirst;
  orgHeads: ReadonlyMap<string, string | null>;
  persons: ReadonlySet<string>;
}

/** A speaker's form. */
interface FormOf {
  form: string;
  id: string;
}

/** Forms by their first code unit: ASCII ones by index, others in a map. */
interface FormsByFirst {
  ascii: (FormOf[] | undefined)[];
  other: Map<number, FormOf[]>;
}

function formsByFirst(forms: readonly SpeakerForms[]): FormsByFirst {
  const by: FormsByFirst = { ascii: new Array<FormOf[] | undefined>(128).fill(undefined), other: new Map() };
  for (const sp of forms) {
    for (const form of sp.forms) {
      const first = form.charCodeAt(0);
      let list = first < 128 ? by.ascii[first] : by.other.get(first);
      if (list === undefined) {
        list = [];
        if (first < 128) by.ascii[first] = list;
        else by.other.set(first, list);
      }
      list.push({ form, id: sp.id });
    }
  }
  return by;
}

/** The forms that open with code unit `c`, or undefined (most characters of a text open none). */
function formsOpening(by: FormsByFirst, c: number): FormOf[] | undefined {
  return c < 128 ? by.ascii[c] : by.other.get(c);
}

const LAST_WORD_RE = /(\p{L}+)$/u;

export function speakerIndex(speakers: readonly Speaker[]): SpeakerIndex {
  const orgHeads = new Map<string, string | null>();
  const persons = new Set<string>();
  for (const sp of speakers) {
    if (sp.kind === 'person') persons.add(sp.id);
    // a name of one word is named again by itself; the last word's letters follow its last space
    const space = sp.kind === 'organization' ? sp.name.lastIndexOf(' ') : -1;
    if (space < 0) continue;
    const head = LAST_WORD_RE.exec(sp.name.slice(space + 1))?.[1]?.toLowerCase();
    if (head && head.length > 2) orgHeads.set(head, orgHeads.has(head) ? null : sp.id);
  }
  const forms = speakerForms(speakers);
  return { forms, opening: formsByFirst(forms), orgHeads, persons };
}

/** speakerIndex(speakers) on first use, then the same index: most texts' candidates never ask for it, some ask twice. */
export function lazySpeakerIndex(speakers: readonly Speaker[]): () => SpeakerIndex {
  let index: SpeakerIndex | undefined;
  return () => (index ??= speakerIndex(speakers));
}

/** The context's speaker index, built for it when the caller gave none. */
export function speakersOf(c: ClaimantContext): SpeakerIndex {
  return (c.index ??= speakerIndex(c.speakers));
}

export interface Mention {
  at: number;
  end: number;
  speaker: string;
}

export interface Claimant {
  claimant: string | null;
  quote: Quote | null;
  /** the claimant rule that decided */
  by: string;
}

/** The candidate's words, lower-cased, with their offsets (read once): a letter, then letters, apostrophes and hyphens. */
export function wordsOf(c: ClaimantContext): { w: string; at: number; end: number }[] {
  if (c.words) return c.words;
  const words: { w: string; at: number; end: number }[] = [];
  const piece = c.text.slice(c.start, c.end);
  // the piece lower-cased once, when that keeps every offset (it nearly always does), not word by word
  const lower = piece.toLowerCase();
  const read = lower.length === piece.length ? lower : piece;
  // what /[\p{L}][\p{L}'’-]*/gu matches, read by code (no match object per word)
  for (let i = 0; i < read.length; ) {
    const first = letterLength(read, i);
    if (first === 0) {
      i += codePointLength(read, i);
      continue;
    }
    let j = i + first;
    for (;;) {
      const d = read.charCodeAt(j);
      if (d === 39 || d === 0x2019 || d === 45) j++;
      else {
        const n = j < read.length ? letterLength(read, j) : 0;
        if (n === 0) break;
        j += n;
      }
    }
    const w = read.slice(i, j);
    words.push({ w: read === lower ? w : w.toLowerCase(), at: c.start + i, end: c.start + j });
    i = j;
  }
  c.words = words;
  return words;
}

/** 2 for a surrogate pair at s[i], else 1: a u-flag regex steps over a code point. */
function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Whether one of the candidate's words is in `list`. */
export function hasWordOf(c: ClaimantContext, list: ReadonlySet<string>): boolean {
  for (const w of wordsOf(c)) if (list.has(w.w)) return true;
  return false;
}

/** What sameClause makes of a character (UTF-16 code unit): a clause break, a quote mark, white space, or other. */
const BREAK = 1;
const QUOTE_MARK = 2;
const SPACE = 3;
const CHAR_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of ',;:—–()') t[ch.charCodeAt(0)] = BREAK;
  // a run of quote marks alone is no word: “We are short,” said X
  for (const ch of `"'“”‘’`) t[ch.charCodeAt(0)] = QUOTE_MARK;
  // white space as the regex \s reads it
  for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[code] = SPACE;
  for (let code = 0x2000; code <= 0x200a; code++) t[code] = SPACE;
  return t;
})();

/** Nothing between a name and its verb but a few words, and no clause break: "X's new data show". */
export function sameClause(text: string, from: number, to: number, maxWords: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const k = CHAR_CLASS[text.charCodeAt(i)]!;
    if (k === BREAK) return false;
    if (k === SPACE) inWord = false;
    else if (!inWord && k !== QUOTE_MARK) {
      inWord = true;
      if (++words > maxWords) return false;
    }
  }
  return true;
}

/** The first `ch` in text[from, to), or -1: a search that stops at `to` (indexOf would run on to the text's end). */
export function charBetween(text: string, ch: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === ch) return i;
  return -1;
}

/** The last `ch` in text[from, to), or -1 (lastIndexOf would run back to the text's start). */
export function lastCharBetween(text: string, ch: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (text[i] === ch) return i;
  return -1;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Where each speaker's name or alias occurs in text[start, end) (whole words, as written; the candidate's edges count
 * as word breaks), by position, and at one position in the speakers' order and their forms'. One pass over the
 * candidate asks only the forms that open with each character, not a search of the candidate per form.
 */
export function speakerMentions(c: ClaimantContext): Mention[] {
  if (c.mentions) return c.mentions;
  const { text, start, end } = c;
  const { opening } = speakersOf(c);
  const out: Mention[] = [];
  for (let i = start; i < end; i++) {
    const forms = formsOpening(opening, text.charCodeAt(i));
    if (forms === undefined || (i > start && LETTER_OR_DIGIT.test(text[i - 1]!))) continue;
    for (const { form, id } of forms) {
      const formEnd = i + form.length;
      if (formEnd > end || !text.startsWith(form, i) || (formEnd < end && LETTER_OR_DIGIT.test(text[formEnd]!))) continue;
      out.push({ at: i, end: formEnd, speaker: id });
    }
  }
  c.mentions = out;
  return out;
}
