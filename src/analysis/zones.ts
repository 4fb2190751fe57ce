/**
 * Text that is not the article's prose: headlines and sub-headings, photo captions and credits, bylines, link lines
 * ("READ MORE: …", "WATCH: …"), page furniture ("Story continues below advertisement") and embedded posts.
 * Such a paragraph is never a quote, a speaker, an antecedent or a claim, and does not count in distances: the
 * engine blanks it (offsets unchanged) and drops it from the paragraphs and sentences it works on (withoutZones).
 *
 * A zone is always a whole paragraph. The rules are tried in ZONE_RULES order; the first that matches names the
 * zone's kind. Word lists live in lexicon/zones.ts.
 */
import {
  BOILERPLATE_LINES,
  BOILERPLATE_OPENINGS,
  CREDIT_LABELS,
  CREDIT_WORDS,
  LINK_LABELS,
  MEDIA_INTRO_WORDS,
  PROMO_PHRASES,
  TITLE_SMALL_WORDS,
} from './lexicon/zones.ts';
import type { Paragraph, Sentence } from './segment.ts';

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
  lower: string;
  words: string[];
  paragraph: Paragraph;
  /** index among the paragraphs; the first is where a headline stands */
  index: number;
  /** sentences in the paragraph */
  sentences: number;
  /** the next paragraph's folded text, '' at the end */
  next: string;
}

interface ZoneRule {
  name: string;
  kind: ZoneKind;
  test: (c: ZoneContext) => boolean;
}

/** Short lines only: a rule about page furniture never swallows a paragraph of prose. */
const SHORT_WORDS = 14;
/** Longer paragraphs are prose unless a Markdown heading or a post's signature says otherwise: no rule reads them. */
const LONG_CHARS = 400;
const QUOTE_MARK = /["“”„«»]/;
const TERMINAL = /[.!?…]["'”’»)\]]*$/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LINK_LINE = new RegExp(`^(?:${LINK_LABELS.map(escape).join('|')})\\s*(?:[:|»›>–—]|-\\s)`, 'i');
const BOILERPLATE_START = new RegExp(`^(?:${BOILERPLATE_OPENINGS.map(escape).join('|')})\\b`, 'i');
const CREDIT_LINE = new RegExp(`^(?:${CREDIT_LABELS.map(escape).join('|')})\\s*:`, 'i');
/** "… (Jane Doe/Handout)", "… (Photo: …)" at the end of a paragraph */
const CLOSING_PARENS = /\(([^()]{2,90})\)\s*\.?$/;
/** a post's signature: "— Name (@handle) March 3, 2019", or a link to its picture */
const POST_SIGNATURE = /\(@\w{1,30}\)\s*\p{L}+\.? \d{1,2},? \d{4}|pic\.twitter\.com\/|^a post shared by /iu;
const TIMESTAMP = /^\d{1,2}(?::\d{2})?\s*(?:a\.m|p\.m|am|pm)\.?$/i;
/** "01:06 Headline of a video" (a running time before a title), "… – video" */
const VIDEO_LINE = /^\d{1,2}:\d{2} \S|\s[–—-] video\.?$/i;

export function isCapitalised(w: string): boolean {
  const first = /\p{L}/u.exec(w)?.[0];
  return first !== undefined && first !== first.toLowerCase();
}

/** Every word of four letters or more capitalised, and at least `min` such words: "Senate Passes Budget Bill". */
export function isTitleCase(words: readonly string[], min = 3): boolean {
  const long = words.filter((w) => (w.match(/\p{L}/gu)?.length ?? 0) >= 4 && !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return long.length >= min && long.every(isCapitalised);
}

/** "Jane Doe, The Daily Courier", "By Jane Doe and John Roe": names and small words only, no sentence. */
function isByline(c: ZoneContext): boolean {
  if (c.words.length > 9 || c.words.length < 2 || QUOTE_MARK.test(c.line) || /[!?]/.test(c.line)) return false;
  const words = c.lower.startsWith('by ') ? c.words.slice(1) : c.words;
  if (words.length === c.words.length && !c.line.includes(',') && !c.line.includes('|')) return false;
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
  if (c.words.length > SHORT_WORDS || c.sentences > 1 || c.next === '') return false;
  if (TERMINAL.test(c.line) || /[:;,]$/.test(c.line)) return false;
  return isCapitalised(c.words[0] ?? '') || /^['‘"“]/.test(c.line);
}

/** The rules, in the order they are tried. */
export const ZONE_RULES: readonly ZoneRule[] = [
  { name: 'markdown-heading', kind: 'heading', test: (c) => c.paragraph.heading === true },
  { name: 'link-label', kind: 'link', test: (c) => c.words.length <= 40 && LINK_LINE.test(c.line) },
  {
    name: 'media-intro',
    kind: 'link',
    test: (c) => c.words.length <= SHORT_WORDS && c.line.endsWith(':') && MEDIA_INTRO_WORDS.has(c.words[0]!.toLowerCase()),
  },
  { name: 'video-line', kind: 'link', test: (c) => c.words.length <= 30 && VIDEO_LINE.test(c.line) },
  { name: 'embedded-post', kind: 'embedded-post', test: (c) => POST_SIGNATURE.test(c.line) },
  { name: 'boilerplate-line', kind: 'boilerplate', test: (c) => BOILERPLATE_LINES.has(c.lower.replace(/[\s.:!]+$/, '')) },
  { name: 'boilerplate-opening', kind: 'boilerplate', test: (c) => c.words.length <= 30 && BOILERPLATE_START.test(c.line) },
  {
    name: 'promotion',
    kind: 'boilerplate',
    test: (c) => c.words.length <= 20 && (PROMO_PHRASES.some((p) => c.lower.includes(p)) || (c.lower.startsWith('follow ') && /@\w/.test(c.line))),
  },
  { name: 'no-words', kind: 'boilerplate', test: (c) => !/\p{L}{2}/u.test(c.line) },
  { name: 'timestamp', kind: 'timestamp', test: (c) => TIMESTAMP.test(c.line) },
  { name: 'credit-label', kind: 'caption', test: (c) => c.words.length <= 40 && CREDIT_LINE.test(c.line) },
  { name: 'credit-parens', kind: 'caption', test: (c) => c.words.length <= 60 && isCreditParens(c) },
  { name: 'byline', kind: 'byline', test: isByline },
  {
    name: 'title-case',
    kind: 'heading',
    test: (c) => c.sentences === 1 && c.words.length <= 16 && !QUOTE_MARK.test(c.line) && isTitleCase(c.words),
  },
  { name: 'sub-heading', kind: 'heading', test: isSubheading },
  {
    name: 'fragment',
    kind: 'boilerplate',
    test: (c) => c.words.length <= 2 && !QUOTE_MARK.test(c.line) && !/[!?]/.test(c.line),
  },
];

function fold(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The zones among the paragraphs, in text order. */
export function findZones(text: string, paragraphs: Paragraph[], sentences: Sentence[]): Zone[] {
  const perParagraph = new Array<number>(paragraphs.length).fill(0);
  for (const s of sentences) perParagraph[s.paragraph]!++;
  const zones: Zone[] = [];
  let nextLine = paragraphs.length > 0 ? fold(text.slice(paragraphs[0]!.start, paragraphs[0]!.end)) : '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const line = nextLine;
    const following = paragraphs[i + 1];
    nextLine = following ? fold(text.slice(following.start, Math.min(following.end, following.start + LONG_CHARS + 1))) : '';
    if (p.end - p.start > LONG_CHARS) {
      if (p.heading || POST_SIGNATURE.test(text.slice(p.end - 200, p.end))) {
        zones.push({ start: p.start, end: p.end, kind: p.heading ? 'heading' : 'embedded-post', by: p.heading ? 'markdown-heading' : 'embedded-post' });
      }
      continue;
    }
    const words = line.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    const c: ZoneContext = { line, lower: line.toLowerCase(), words, paragraph: p, index: i, sentences: perParagraph[i]!, next: nextLine };
    const rule = ZONE_RULES.find((r) => r.test(c));
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
  let out = '';
  let from = 0;
  for (const z of zones) {
    out += text.slice(from, z.start) + text.slice(z.start, z.end).replace(/[^\r\n]/g, ' ');
    from = z.end;
  }
  out += text.slice(from);
  return { text: out, paragraphs: keptParagraphs, sentences: keptSentences };
}
