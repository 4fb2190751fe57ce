/**
 * The editor's review queue (/editor/ and the build summary): everything in a briefing that needs a person's eyes,
 * each with its place in the file, the reason, and an override an editor can paste to settle it.
 *
 * - every quote whose attribution is not stated as fact (src/lib/attribution.ts: `uncertain`, `unnamed`, `none`);
 *   a quote with no speaker is "unattributed speech" when it is reported (indirect), an unattributed quote otherwise;
 * - every speaker whose name does not look like a name (words in lower case, a contraction, a heading, digits);
 * - every other diagnostic of the analysis (an unattributed-quote diagnostic is the same item as its quote).
 *
 * Pure TypeScript (no Astro), so the build summary, the page and the tests compute the same list.
 */
import { location } from 'vfile-location';
import type { Analysis, Quote, Speaker } from '../analysis/types.ts';
import { attributionOf, isNamedSpeaker } from './attribution.ts';

export type ReviewKind = 'uncertain' | 'unnamed' | 'unattributed-quote' | 'unattributed-speech' | 'suspicious-speaker' | 'diagnostic';

export interface ReviewItem {
  kind: ReviewKind;
  /** 1-based, in the file */
  line: number;
  column: number;
  /** the words it is about */
  excerpt: string;
  /** why it needs an editor, as a sentence */
  reason: string;
  /** the diagnostic rule, for kind "diagnostic" (and the quote's rule when the engine also reported it) */
  rule?: string;
  /** the quote it is about */
  quote?: string;
  /** what to paste: front matter (YAML under `annotations:`) and, where it is short enough, an inline directive */
  fix: { frontMatter?: string; directive?: string; note: string } | null;
}

export const REVIEW_LABELS: Record<ReviewKind, string> = {
  uncertain: 'Source uncertain',
  unnamed: 'Unnamed source',
  'unattributed-quote': 'Unattributed quote',
  'unattributed-speech': 'Unattributed reported speech',
  'suspicious-speaker': 'Suspicious speaker',
  diagnostic: 'Diagnostic',
};

/** The placeholder an editor replaces with the speaker's name. */
export const WHO = 'WHO SAID IT';

/** A value in YAML double quotes. */
function yamlString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/** A directive label: brackets would end it early, so they are escaped. */
function directiveLabel(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([[\]])/g, '\\$1');
}

const fold = (s: string) => s.replace(/[‘’‚‛′]/g, "'").replace(/[“”„‟″]/g, '"').replace(/\s+/g, ' ').toLowerCase();

/**
 * The shortest run of the quote's first words (at least five) that no other quote of the briefing contains, so the
 * override's `match` picks this quote and no other. The whole text when nothing shorter is unique.
 */
export function matchPhrase(quote: Quote, all: readonly Quote[]): string {
  const words = quote.text.trim().split(/\s+/);
  const others = all.filter((q) => q.id !== quote.id).map((q) => fold(q.text));
  for (let n = Math.min(5, words.length); n <= words.length; n++) {
    // Trailing punctuation is left off: the override matches words, and a closing mark may differ.
    const phrase = words.slice(0, n).join(' ').replace(/[\s,;:.!?"“”'’)\]]+$/u, '');
    if (phrase && !others.some((o) => o.includes(fold(phrase)))) return phrase;
  }
  return quote.text.trim();
}

function quoteFix(quote: Quote, all: readonly Quote[], speaker: string, note: string): ReviewItem['fix'] {
  const frontMatter = `annotations:\n  quotes:\n    - { match: ${yamlString(matchPhrase(quote, all))}, speaker: ${yamlString(speaker)} }`;
  // The directive replaces the quote's words in the text; offered only for short quotes, where that is practical.
  const directive = quote.text.length <= 160 ? `:quote[${directiveLabel(quote.text)}]{speaker=${JSON.stringify(speaker)}}` : undefined;
  return { frontMatter, ...(directive ? { directive } : {}), note };
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'bin', 'bint', 'al', 'el', 'ibn', 'of', 'the', 'and', 'for', 'y', 'e', 'dos', 'das', 'ter', 'zu', 'st.', 'on', 'in', 'at']);

/** Why a speaker's name does not look like a name, or null when it does. General shape only, no word lists of names. */
export function suspiciousName(speaker: Speaker, headingLines: ReadonlySet<number>, mentionLines: readonly number[]): string | null {
  // mentionLines: the lines on which the name or an alias is written.
  const name = speaker.name.trim();
  const words = name.split(/\s+/);
  if (/\p{L}n[’']t\b/iu.test(name)) return `“${name}” contains a contraction (“n’t”), so a verb was read as part of a name`;
  if (/\d/.test(name)) return `“${name}” contains digits, which a name rarely does`;
  const lower = words.filter((w, i) => /^\p{Ll}/u.test(w) && !(PARTICLES.has(w.toLowerCase()) && i > 0));
  // A description ("the agency") is an unnamed source, not a suspicious name; its quotes are queued as unnamed.
  if (isNamedSpeaker(speaker) && lower.length > 0) return `“${name}” has words in lower case (“${lower.join(' ')}”) that a name does not have`;
  if (words.length > 6) return `“${name}” is ${words.length} words long, longer than a name`;
  if (mentionLines.length > 0 && mentionLines.every((line) => headingLines.has(line))) {
    return `“${name}” is taken from a heading, not from the text`;
  }
  return null;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The character (code point) that ends at offset `i` of `s`, or '' at the start. */
function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1]!;
}

/** The character (code point) that starts at offset `i` of `s`, or '' at the end. */
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * Offsets at which `form` is written in `source` as a whole word (no letter or digit right before or after it), in
 * order and without overlaps: what /(?<![\p{L}\p{N}])form(?![\p{L}\p{N}])/gu finds, by indexOf. A pattern per
 * form cost about 12 ms a briefing, most of the review queue's time, for names that are plain text.
 */
export function wholeWordOffsets(source: string, form: string): number[] {
  const out: number[] = [];
  if (form === '') return out;
  for (let i = source.indexOf(form); i >= 0; ) {
    if (!LETTER_OR_DIGIT.test(charBefore(source, i)) && !LETTER_OR_DIGIT.test(charAt(source, i + form.length))) {
      out.push(i);
      i = source.indexOf(form, i + form.length);
    } else {
      i = source.indexOf(form, i + 1);
    }
  }
  return out;
}

/** Offsets at which the speaker's name or an alias is written, as a whole word, in order. */
function mentionsOf(source: string, speaker: Speaker): number[] {
  const out = new Set<number>();
  for (const form of [speaker.name, ...speaker.aliases]) {
    if (!form.trim()) continue;
    for (const at of wholeWordOffsets(source, form)) out.add(at);
  }
  return [...out].sort((a, b) => a - b);
}

function headingLinesOf(source: string): Set<number> {
  const out = new Set<number>();
  source.split(/\r?\n/).forEach((line, i) => {
    if (/^ {0,3}#{1,6}\s/.test(line)) out.add(i + 1);
  });
  return out;
}

/** The review queue of one briefing, in file order. `source` is the text the analysis offsets index. */
export function reviewQueue(analysis: Analysis, source: string): ReviewItem[] {
  const where = location(source);
  const at = (offset: number) => {
    const p = where.toPoint(offset);
    return { line: p?.line ?? 1, column: p?.column ?? 1 };
  };
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const items: ReviewItem[] = [];
  const quoteLines = new Set<string>();

  for (const quote of analysis.quotes) {
    const speaker = quote.speaker ? speakers.get(quote.speaker) : undefined;
    const attribution = attributionOf(quote, speaker);
    if (attribution === 'named') continue;
    const { line, column } = at(quote.start);
    quoteLines.add(`${line}:${column}`);
    const excerpt = quote.text.length > 120 ? `${quote.text.slice(0, 117).trimEnd()}…` : quote.text;
    const base = { line, column, excerpt, quote: quote.id };
    if (attribution === 'uncertain') {
      items.push({
        ...base,
        kind: 'uncertain',
        reason: `The analysis guesses ${speaker!.name} (rule “${quote.how}”, confidence ${quote.confidence.toFixed(2)}), too unsure to state it; the page says “source uncertain”.`,
        fix: quoteFix(quote, analysis.quotes, speaker!.name, `Confirms ${speaker!.name}; put another name if the guess is wrong.`),
      });
    } else if (attribution === 'unnamed') {
      items.push({
        ...base,
        kind: 'unnamed',
        reason: `Attributed to an unnamed source, “${speaker!.name}”; the page shows it as such. If the article names who this is, say so.`,
        fix: quoteFix(quote, analysis.quotes, WHO, `Replace ${WHO} with the name; leave it as it is if the source is unnamed in the article too.`),
      });
    } else {
      const reported = quote.kind === 'indirect';
      items.push({
        ...base,
        kind: reported ? 'unattributed-speech' : 'unattributed-quote',
        reason: reported
          ? 'Reported speech with no speaker found; the page shows it unattributed.'
          : 'No speaker was found for this quote; the page shows it unattributed.',
        ...(reported ? {} : { rule: 'unattributed-quote' }),
        fix: quoteFix(quote, analysis.quotes, WHO, `Replace ${WHO} with the name; if these words are not a quote, use drop: true instead of speaker.`),
      });
    }
  }

  const headings = headingLinesOf(source);
  for (const speaker of analysis.speakers) {
    const theirs = analysis.quotes.filter((q) => q.speaker === speaker.id);
    const mentions = mentionsOf(source, speaker);
    const reason = suspiciousName(speaker, headings, mentions.map((m) => at(m).line));
    if (!reason) continue;
    const first = mentions.length > 0 ? mentions[0] : theirs[0]?.start;
    const { line, column } = first === undefined ? { line: 1, column: 1 } : at(first);
    const fix =
      theirs.length > 0
        ? {
            frontMatter: `annotations:\n  quotes:\n${theirs.map((q) => `    - { match: ${yamlString(matchPhrase(q, analysis.quotes))}, speaker: ${yamlString(WHO)} }`).join('\n')}`,
            note: `Gives ${theirs.length === 1 ? 'its quote' : `each of its ${theirs.length} quotes`} the right speaker (replace ${WHO}).`,
          }
        : null;
    const claims = analysis.claims.filter((c) => c.claimant === speaker.id).length;
    const unused = theirs.length === 0 && claims === 0 ? ' Nothing is attributed to it, so no override is needed; it is only listed among the speakers.' : '';
    items.push({ kind: 'suspicious-speaker', line, column, excerpt: speaker.name, reason: `${reason}.${unused}`, fix });
  }

  for (const d of analysis.diagnostics) {
    if (d.rule === 'unattributed-quote' && quoteLines.has(`${d.line}:${d.column}`)) continue;
    items.push({ kind: 'diagnostic', line: d.line, column: d.column, excerpt: d.excerpt, reason: d.message, rule: d.rule, fix: null });
  }
  return items.sort((a, b) => a.line - b.line || a.column - b.column);
}
