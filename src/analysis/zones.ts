/**
 * Text that is not the article's prose: headlines and sub-headings, photo captions and credits, bylines, link lines
 * ("READ MORE: …", "WATCH: …"), page furniture ("Story continues below advertisement") and embedded posts.
 * Such a paragraph is never a quote, a speaker, an antecedent or a claim, and does not count in distances: the
 * engine blanks it (offsets unchanged) and drops it from the paragraphs and sentences it works on (withoutZones).
 *
 * A zone is always a whole paragraph. The rules are tried in ZONE_RULES order; the first that matches names the
 * zone's kind. Word lists live in lexicon/zones.ts.
 */
import { BOILERPLATE_LINES, BOILERPLATE_OPENINGS, CREDIT_LABELS, CREDIT_WORDS, LINK_LABELS, MEDIA_INTRO_WORDS, PROMO_PHRASES, TITLE_SMALL_WORDS } from './lexicon/zones.ts';
import { opensNewsroomNote } from './newsroom-notes.ts';
import { REPORTING_FORMS } from './lexicon/words.ts';
import { framedByCredit } from './photo-credits.ts';
import type { Paragraph, Sentence } from './segment.ts';
import { cleanRange, escapeRegExp, isSpaceCode, singleSpaces } from './text.ts';

export const ZONE_KINDS = ['heading', 'link', 'boilerplate', 'byline', 'caption', 'embedded-post', 'timestamp'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export interface Zone {
  start: number;
  end: number;
  kind: ZoneKind;
  /** the name of the rule that found it */
  by: string;
}

/** What a rule sees of one paragraph. */
export interface ZoneContext {
  /** the paragraph's text, white space folded to single spaces */
  line: string;
  /** lower-cased `line` */
  readonly lower: string;
  readonly words: readonly string[];
  /** words.length, known without splitting the line */
  wordCount: number;
  paragraph: Paragraph;
  /** index among the paragraphs; the first is where a headline stands */
  index: number;
  /** sentences in the paragraph */
  sentences: number;
  /** the next paragraph's folded text, '' at the end */
  readonly next: string;
}

interface ZoneRule {
  name: string;
  kind: ZoneKind;
  test: (c: ZoneContext) => boolean;
}

const BOILERPLATE_LONGEST = Math.max(...[...BOILERPLATE_LINES].map((l) => l.length));

/** Short lines only: a rule about page furniture never swallows a paragraph of prose. */
const SHORT_WORDS = 14;
/** Longer paragraphs are prose unless a Markdown heading or a post's signature says otherwise: no rule reads them. */
const LONG_CHARS = 400;
const QUOTE_MARK = /["“”„«»]/;

const LINK_LINE = new RegExp(`^(?:${LINK_LABELS.map(escapeRegExp).join('|')})\\s*(?:[:|»›>–—]|-\\s)`, 'i');
/** Any of the phrases in a lower-cased line: one scan of the line, not one per phrase. */
const PROMO_PHRASE = new RegExp(PROMO_PHRASES.map(escapeRegExp).join('|'));
const BOILERPLATE_START = new RegExp(`^(?:${BOILERPLATE_OPENINGS.map(escapeRegExp).join('|')})\\b`, 'i');
const CREDIT_LINE = new RegExp(`^(?:${CREDIT_LABELS.map(escapeRegExp).join('|')})\\s*:`, 'i');
/** "… (Jane Doe/Handout)", "… (Photo: …)" at the end of a paragraph */
const CLOSING_PARENS = /\(([^()]{2,90})\)\s*\.?$/;
/** a post's signature: "— Name (@handle) March 3, 2019", or a link to its picture */
const POST_SIGNATURE = /\(@\w{1,30}\)\s*\p{L}+\.? \d{1,2},? \d{4}|pic\.twitter\.com\/|^a post shared by /iu;
const TIMESTAMP = /^\d{1,2}(?::\d{2})?\s*(?:a\.m|p\.m|am|pm)\.?$/i;
/** "01:06 Headline of a video" (a running time before a title), "… – video" */
const VIDEO_LINE = /^\d{1,2}:\d{2} \S|\s[–—-] video\.?$/i;

function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is the word's first letter a capital? ASCII is read by code; anything else by the Unicode letter class. */
export function isCapitalised(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) break;
    if (asciiLetter(c)) return c <= 90;
  }
  const first = /\p{L}/u.exec(w)?.[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** The number of letters in w (code points of class L). */
function letterCount(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return w.match(/\p{L}/gu)?.length ?? 0;
    if (asciiLetter(c)) n++;
  }
  return n;
}

/** Every word of four letters or more capitalised, and at least `min` such words: "Senate Passes Budget Bill". */
export function isTitleCase(words: readonly string[], min = 3): boolean {
  // one pass that stops at the first long word in lower case (most lines have one among their first words)
  let long = 0;
  for (const w of words) {
    if (letterCount(w) < 4) continue;
    if (TITLE_SMALL_WORDS.has(w.toLowerCase())) continue;
    if (!isCapitalised(w)) return false;
    long++;
  }
  return long >= min;
}

/** The line ends "video" or "video." (any case), or starts with a digit: VIDEO_LINE can match only then. */
function mayBeVideoLine(line: string): boolean {
  const c0 = line.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return true;
  const end = line.charCodeAt(line.length - 1) === 46 ? line.length - 1 : line.length;
  if (end < 6 || line.charCodeAt(end - 6) !== 32) return false;
  // compared by code: only ASCII letters lower-case to ASCII letters of the same length (no slice, no copy)
  for (let k = 0; k < 5; k++) if ((line.charCodeAt(end - 5 + k) | 32) !== VIDEO.charCodeAt(k)) return false;
  return true;
}
const VIDEO = 'video';

/**
 * Could LINK_LINE match? Its separator stands right after a listed label (a folded line has at most one space
 * before it), so one of its characters is among the first LINK_LONGEST + 2 (a label's hyphen counts too: a test, not
 * the match). Case-insensitive matching without the u flag keeps lengths.
 */
function mayBeLinkLine(line: string): boolean {
  const n = Math.min(line.length, LINK_LONGEST + 2);
  for (let k = 0; k < n; k++) {
    const c = line.charCodeAt(k);
    if (c === 58 || c === 124 || c === 0xbb || c === 0x203a || c === 62 || c === 0x2013 || c === 0x2014 || c === 45) return true;
  }
  return false;
}
const LINK_LONGEST = Math.max(...LINK_LABELS.map((l) => l.length));

/** POST_SIGNATURE in the end of a long paragraph, tested only when it can match there (see mayBePostSignature). */
function mayHoldPostSignature(tail: string): boolean {
  return ((tail.charCodeAt(0) | 32) === 97 || tail.includes('(@') || tail.includes('/')) && POST_SIGNATURE.test(tail);
}

/** "(@", "pic.twitter.com/" (so a "/") or a line opening with "a": POST_SIGNATURE can match only then. */
function mayBePostSignature(c: ZoneContext): boolean {
  return (c.line.charCodeAt(0) | 32) === 97 || c.line.includes('(@') || (c.line.includes('/') && c.lower.includes('pic.twitter.com/'));
}

/** The line without the white space, periods, colons and exclamation marks it ends with. */
function trimClosing(s: string): string {
  const end = closingEnd(s);
  return end === s.length ? s : s.slice(0, end);
}
/** The length of trimClosing(s), known without the slice (most lines of prose end with a period). */
function closingEnd(s: string): number {
  let end = s.length;
  for (;;) {
    const c = s.charCodeAt(end - 1);
    if (end > 0 && (c === 46 || c === 58 || c === 33 || isSpaceCode(c))) end--;
    else break;
  }
  return end;
}

/**
 * Does the line end a sentence: . ! ? or … and then only closing marks " ' ” ’ » ) ] (what /[.!?…]["'”’»)\]]*$/
 * matches, read backwards from the end instead of tried at every position)?
 */
function endsSentence(line: string): boolean {
  let k = line.length - 1;
  while (k >= 0 && isClosingMark(line.charCodeAt(k))) k--;
  const c = line.charCodeAt(k);
  return k >= 0 && (c === 46 || c === 33 || c === 63 || c === 0x2026);
}
function isClosingMark(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;
}

/** Two letters in a row somewhere in the line (/\p{L}{2}/u): ASCII read by code, the regex asked only past it. */
function hasTwoLetters(line: string): boolean {
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c >= 128) return /\p{L}{2}/u.test(line);
    if (asciiLetter(c) && k + 1 < line.length && asciiLetter(line.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** The line ends ")" or ")." (folded: at most one space between): CLOSING_PARENS can match only then. */
function mayEndInParens(line: string): boolean {
  let end = line.length - 1;
  if (line.charCodeAt(end) === 46) end--;
  if (line.charCodeAt(end) === 32) end--;
  return line.charCodeAt(end) === 41;
}

/** "Jane Doe, The Daily Courier", "By Jane Doe and John Roe": names and small words only, no sentence. */
function isByline(c: ZoneContext): boolean {
  if (c.wordCount > 9 || c.wordCount < 2 || QUOTE_MARK.test(c.line) || /[!?]/.test(c.line)) return false;
  const words = c.lower.startsWith('by ') ? c.words.slice(1) : c.words;
  if (words.length === c.wordCount && !c.line.includes(',') && !c.line.includes('|')) return false;
  return words.every((w) => isCapitalised(w) || TITLE_SMALL_WORDS.has(w.toLowerCase().replace(/[,.|]+$/, '')) || w === '|');
}

function isCreditParens(c: ZoneContext): boolean {
  const m = CLOSING_PARENS.exec(c.line);
  // a Markdown link's target "[words](https://…)" is no credit
  if (!m || c.line[m.index - 1] === ']' || m[1]!.includes('://')) return false;
  const inner = m[1]!.toLowerCase();
  return inner.includes('/') || inner.split(/[^\p{L}]+/u).some((w) => CREDIT_WORDS.has(w));
}

/** A short paragraph with no sentence ending, followed by prose: a sub-heading. */
function isSubheading(c: ZoneContext): boolean {
  if (c.paragraph.heading) return true;
  if (c.wordCount > SHORT_WORDS || c.sentences > 1) return false;
  if (endsSentence(c.line) || /[:;,]$/.test(c.line)) return false;
  // the next paragraph last: it is folded when first read, and most short lines end a sentence
  if (c.next === '') return false;
  return isCapitalised(c.words[0] ?? '') || /^['‘"“]/.test(c.line);
}

const LISTED_PRICE = /, [$€£] ?\d/g;
/** "Soap, $12, soap.example Oil, $38, …": products and their prices (two at least, eight words each at most), no prose. */
function isPriceList({ line, wordCount }: ZoneContext): boolean {
  const prices = /[$€£]/.test(line) ? (line.match(LISTED_PRICE)?.length ?? 0) : 0;
  return prices >= 2 && wordCount <= 8 * prices;
}

/** "Lune said:", "She added:": a reporting verb and a colon end prose, the cue of the quotation after it. */
function introducesQuotation({ line, words }: ZoneContext): boolean {
  const verb = line.endsWith(':') && words.length > 1 ? words[words.length - 1]!.slice(0, -1) : '';
  return verb.length > 0 && verb === verb.toLowerCase() && REPORTING_FORMS.has(verb);
}

/** The rules, in the order they are tried. */
export const ZONE_RULES: readonly ZoneRule[] = [
  { name: 'markdown-heading', kind: 'heading', test: (c) => c.paragraph.heading === true },
  { name: 'link-label', kind: 'link', test: (c) => c.wordCount <= 40 && mayBeLinkLine(c.line) && LINK_LINE.test(c.line) },
  {
    name: 'media-intro',
    kind: 'link',
    test: (c) => c.wordCount <= SHORT_WORDS && c.line.endsWith(':') && MEDIA_INTRO_WORDS.has(c.words[0]!.toLowerCase()),
  },
  { name: 'video-line', kind: 'link', test: (c) => c.wordCount <= 30 && mayBeVideoLine(c.line) && VIDEO_LINE.test(c.line) },
  { name: 'embedded-post', kind: 'embedded-post', test: (c) => mayBePostSignature(c) && POST_SIGNATURE.test(c.line) },
  {
    name: 'boilerplate-line',
    kind: 'boilerplate',
    // lower-casing never shortens a line: one longer than the longest listed line is none of them
    test: (c) => closingEnd(c.line) <= BOILERPLATE_LONGEST && BOILERPLATE_LINES.has(trimClosing(c.lower)),
  },
  { name: 'boilerplate-opening', kind: 'boilerplate', test: (c) => c.wordCount <= 30 && BOILERPLATE_START.test(c.line) },
  {
    name: 'promotion',
    kind: 'boilerplate',
    test: (c) => c.wordCount <= 20 && (PROMO_PHRASE.test(c.lower) || (c.lower.startsWith('follow ') && /@\w/.test(c.line))),
  },
  // after the short-line rules, which name the notes they catch; this one reads a paragraph of any length
  { name: 'newsroom-note', kind: 'boilerplate', test: (c) => opensNewsroomNote(c.line, 0) },
  { name: 'no-words', kind: 'boilerplate', test: (c) => !hasTwoLetters(c.line) },
  // a timestamp opens with a digit
  { name: 'timestamp', kind: 'timestamp', test: (c) => isDigitCode(c.line.charCodeAt(0)) && TIMESTAMP.test(c.line) },
  { name: 'credit-label', kind: 'caption', test: (c) => c.wordCount <= 40 && CREDIT_LINE.test(c.line) },
  { name: 'credit-parens', kind: 'caption', test: (c) => c.wordCount <= 60 && mayEndInParens(c.line) && isCreditParens(c) },
  { name: 'photo-credit', kind: 'caption', test: (c) => c.wordCount <= 60 && framedByCredit(c.line) },
  { name: 'byline', kind: 'byline', test: isByline },
  { name: 'price-list', kind: 'boilerplate', test: (c) => !endsSentence(c.line) && isPriceList(c) },
  {
    name: 'title-case',
    kind: 'heading',
    test: (c) => c.sentences === 1 && c.wordCount <= 16 && !QUOTE_MARK.test(c.line) && isTitleCase(c.words),
  },
  { name: 'sub-heading', kind: 'heading', test: isSubheading },
  { name: 'fragment', kind: 'boilerplate', test: (c) => c.wordCount <= 2 && !QUOTE_MARK.test(c.line) && !/[!?]/.test(c.line) && !introducesQuotation(c) },
];

/**
 * A paragraph as the rules see it. Most paragraphs are prose that only a few rules read, and those only its length:
 * the lower-case copy and the words are made when a rule first asks for them.
 */
class ParagraphLine implements ZoneContext {
  readonly line: string;
  readonly paragraph: Paragraph;
  readonly index: number;
  readonly sentences: number;
  readonly wordCount: number;
  readonly #text: string;
  readonly #following: Paragraph | undefined;
  #lower: string | null = null;
  #words: readonly string[] | null = null;
  #next: string | null = null;
  constructor(line: string, wordCount: number, paragraph: Paragraph, index: number, sentences: number, text: string, following: Paragraph | undefined) {
    this.line = line;
    this.wordCount = wordCount;
    this.paragraph = paragraph;
    this.index = index;
    this.sentences = sentences;
    this.#text = text;
    this.#following = following;
  }
  get lower(): string {
    return (this.#lower ??= this.line.toLowerCase());
  }
  get words(): readonly string[] {
    return (this.#words ??= this.line.split(' '));
  }
  /** only the sub-heading rule reads the next paragraph: folded when it asks (a long one up to where rules stop) */
  get next(): string {
    const f = this.#following;
    return (this.#next ??= f ? cleanRange(this.#text, f.start, Math.min(f.end, f.start + LONG_CHARS + 1)) : '');
  }
}

/** The words of a folded line: what lies between its single spaces. */
function wordsOf(line: string): number {
  let n = 1;
  for (let k = line.indexOf(' '); k !== -1; k = line.indexOf(' ', k + 1)) n++;
  return n;
}

function firstRule(c: ZoneContext): ZoneRule | undefined {
  for (const r of ZONE_RULES) if (r.test(c)) return r;
  return undefined;
}

/** The zones among the paragraphs, in text order. */
export function findZones(text: string, paragraphs: Paragraph[], sentences: Sentence[]): Zone[] {
  const perParagraph = new Array<number>(paragraphs.length).fill(0);
  for (const s of sentences) perParagraph[s.paragraph]!++;
  const zones: Zone[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.end - p.start > LONG_CHARS) {
      if (p.heading || mayHoldPostSignature(text.slice(p.end - 200, p.end))) {
        zones.push({ start: p.start, end: p.end, kind: p.heading ? 'heading' : 'embedded-post', by: p.heading ? 'markdown-heading' : 'embedded-post' });
      } else if (opensNewsroomNote(text, p.start)) {
        zones.push({ start: p.start, end: p.end, kind: 'boilerplate', by: 'newsroom-note' });
      }
      continue;
    }
    // folded and trimmed: the words are what lies between single spaces
    const spaces = singleSpaces(text, p.start, p.end);
    const plain = spaces >= 0 && p.end > p.start && text.charCodeAt(p.start) !== 32 && text.charCodeAt(p.end - 1) !== 32;
    const line = plain ? text.slice(p.start, p.end) : cleanRange(text, p.start, p.end);
    if (line === '') continue;
    const c = new ParagraphLine(line, plain ? spaces + 1 : wordsOf(line), p, i, perParagraph[i]!, text, paragraphs[i + 1]);
    const rule = firstRule(c);
    if (!rule) continue;
    zones.push({ start: p.start, end: p.end, kind: rule.kind, by: rule.name });
    // a post's signature on its own line ("— Name (@handle) date"): the paragraph above is the post
    const prev = zones.length >= 2 ? zones[zones.length - 2] : undefined;
    if (rule.kind === 'embedded-post' && /^[—–-]/.test(line) && i > 0 && prev?.start !== paragraphs[i - 1]!.start) {
      const above = paragraphs[i - 1]!;
      zones.splice(zones.length - 1, 0, { start: above.start, end: above.end, kind: 'embedded-post', by: 'post-above-signature' });
    }
  }
  return zones;
}

/**
 * The text with every zone blanked (spaces; line breaks kept, so offsets stay the same), and the paragraphs and
 * sentences outside the zones (sentence.paragraph renumbered).
 */
export function withoutZones(
  text: string,
  paragraphs: Paragraph[],
  sentences: Sentence[],
  zones: Zone[],
): { text: string; paragraphs: Paragraph[]; sentences: Sentence[] } {
  if (zones.length === 0) return { text, paragraphs, sentences };
  const zoneStarts = new Set(zones.map((z) => z.start));
  const renumber = new Array<number>(paragraphs.length).fill(-1);
  const keptParagraphs: Paragraph[] = [];
  paragraphs.forEach((p, i) => {
    if (zoneStarts.has(p.start)) return;
    renumber[i] = keptParagraphs.length;
    keptParagraphs.push(p);
  });
  const keptSentences: Sentence[] = [];
  for (const s of sentences) {
    const p = renumber[s.paragraph]!;
    if (p >= 0) keptSentences.push(p === s.paragraph ? s : { ...s, paragraph: p });
  }
  // joined, not concatenated: join makes one flat string, where `+=` leaves a rope that every later stage's
  // charCodeAt and regex would read through
  const parts: string[] = [];
  let from = 0;
  for (const z of zones) {
    parts.push(text.slice(from, z.start), text.slice(z.start, z.end).replace(/[^\r\n]/g, ' '));
    from = z.end;
  }
  parts.push(text.slice(from));
  return { text: parts.join(''), paragraphs: keptParagraphs, sentences: keptSentences };
}
