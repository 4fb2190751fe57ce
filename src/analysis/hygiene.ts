/**
 * Characters real copy brings that a reader must never receive: what HTML forbids (C0 and C1 controls other than
 * tab and newline, noncharacters, lone surrogates) and invisible formatting that splits words, reorders text or
 * breaks ids (zero-width spaces, bidirectional embeddings and overrides, soft hyphens, stray byte-order marks).
 *
 * The source file stays as the editor wrote it and the analysis's offsets stay offsets into it: the engine reports
 * each run of such characters as a diagnostic, and `displayText` removes them wherever text reaches a reader
 * (pages, cards, JSON-LD, the feed, the search index).
 */

export type HiddenKind = 'control' | 'invisible';

export interface HiddenRun {
  start: number;
  end: number;
  kind: HiddenKind;
  /** the code points, as U+XXXX */
  codes: string[];
}

/**
 * Forbidden in HTML text: C0 controls but tab, line feed and carriage return; DEL and the C1 controls;
 * noncharacters (U+FDD0–U+FDEF and the last two code points of every plane); lone surrogates.
 */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]|\p{Cs}/u;

/**
 * Invisible formatting with no place in news prose: soft hyphen, Arabic letter mark, zero-width space, LRM/RLM,
 * bidirectional embeddings, overrides and isolates, word joiner and invisible operators, byte-order mark.
 * Zero-width (non-)joiners are handled apart: they shape emoji and some scripts.
 */
const INVISIBLE = /[\u00AD\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const JOINER = /[\u200C\u200D]/u;
/** Where a joiner does work: next to an emoji, a combining mark, or a letter of a script that is not Latin. */
const JOINS = /[\p{Extended_Pictographic}\p{M}\p{Emoji_Modifier}]|(?![\p{Script=Latin}\p{Script=Common}])\p{L}/u;

const ANY = new RegExp(`${CONTROL.source}|${INVISIBLE.source}|${JOINER.source}`, 'gu');

function hiddenKind(text: string, i: number, ch: string): HiddenKind | null {
  if (CONTROL.test(ch)) return 'control';
  if (INVISIBLE.test(ch)) return 'invisible';
  if (JOINER.test(ch)) {
    const before = String.fromCodePoint(text.codePointAt(i - 1 >= 0 ? prevStart(text, i) : 0) ?? 0x20);
    const after = String.fromCodePoint(text.codePointAt(i + ch.length) ?? 0x20);
    return (i > 0 && JOINS.test(before)) || JOINS.test(after) ? null : 'invisible';
  }
  return null;
}

function prevStart(text: string, i: number): number {
  const lo = text.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && i >= 2 ? i - 2 : i - 1;
}

/** A character as U+XXXX. */
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Every run of hidden characters in the text, in order (a run: adjacent characters of one kind). */
export function findHidden(text: string, from = 0): HiddenRun[] {
  const runs: HiddenRun[] = [];
  ANY.lastIndex = from;
  for (let m = ANY.exec(text); m !== null; m = ANY.exec(text)) {
    const kind = hiddenKind(text, m.index, m[0]);
    if (!kind) continue;
    const code = codePoint(m[0]);
    const last = runs.at(-1);
    if (last && last.end === m.index && last.kind === kind) {
      last.end = m.index + m[0].length;
      if (!last.codes.includes(code)) last.codes.push(code);
    } else {
      runs.push({ start: m.index, end: m.index + m[0].length, kind, codes: [code] });
    }
  }
  return runs;
}

/**
 * The text with each run of hidden characters replaced by what `replace` returns for it (given the output so far);
 * null keeps the run as it is. The one walk behind every view of the text below.
 */
function rewriteHidden(text: string, replace: (run: HiddenRun, out: string) => string | null): string {
  if (!hasHidden(text)) return text;
  let out = '';
  let last = 0;
  for (const run of findHidden(text)) {
    out += text.slice(last, run.start);
    out += replace(run, out) ?? text.slice(run.start, run.end);
    last = run.end;
  }
  return out + text.slice(last);
}

/** The text as a reader should receive it: hidden characters removed (a control between words becomes a space). */
export function displayText(text: string): string {
  // A control often stands where the source had a space or a line break ("word\u0085word"); an invisible
  // character sits inside or between words and must not split them.
  return rewriteHidden(text, (run, out) =>
    run.kind === 'control' && /\S$/.test(out) && /^\S/.test(text.slice(run.end, run.end + 2)) ? ' ' : '',
  );
}

/**
 * Every code unit that can start a hidden character, as a plain (non-Unicode-mode) class: much faster to scan than
 * ANY, so the common case — text with none — costs one quick pass. Surrogates are in it for astral noncharacters.
 */
const MAYBE_HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uD800-\uDFFF\uFDD0-\uFDEF\uFEFF\uFFFE\uFFFF]/;

/** Can the text hold a hidden character at all? One quick pass; false for most text (nothing else to do then). */
export function mayHoldHidden(text: string): boolean {
  return MAYBE_HIDDEN.test(text);
}

/** Cheap test for the common case: most text has no hidden characters at all. */
export function hasHidden(text: string): boolean {
  return MAYBE_HIDDEN.test(text) && findHidden(text).length > 0;
}

/** A deep copy with every string passed through displayText (for analysis data shown to readers). */
export function displayDeep<T>(value: T): T {
  if (typeof value === 'string') return displayText(value) as T;
  if (Array.isArray(value)) return value.map((v) => displayDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = displayDeep(v);
    return out as T;
  }
  return value;
}

/** Beyond this many runs of one kind, a file gets one summary diagnostic instead (a pasted binary blob is one problem). */
const REPORT_MAX = 20;

export interface HiddenReport {
  pos: number;
  rule: 'control-character' | 'invisible-character';
  message: string;
  excerpt: string;
}

/** One report per run of hidden characters, in the words an editor acts on. */
export function hiddenReports(text: string, from = 0): HiddenReport[] {
  const out: HiddenReport[] = [];
  if (!MAYBE_HIDDEN.test(text)) return out;
  const counts = { control: 0, invisible: 0 };
  const runs = findHidden(text, from);
  for (const run of runs) {
    const n = ++counts[run.kind];
    if (n > REPORT_MAX) continue;
    const rule = run.kind === 'control' ? 'control-character' : 'invisible-character';
    const what = run.kind === 'control' ? 'a control character that HTML forbids' : 'an invisible formatting character';
    const excerpt = displayText(text.slice(Math.max(from, run.start - 20), run.end + 20)).replace(/\s+/g, ' ').trim();
    out.push({
      pos: run.start,
      rule,
      message: `The text holds ${what} (${run.codes.join(', ')}); the page leaves it out, and the source keeps it until you delete it.`,
      excerpt,
    });
  }
  for (const kind of ['control', 'invisible'] as const) {
    const more = counts[kind] - REPORT_MAX;
    if (more <= 0) continue;
    const first = runs.filter((r) => r.kind === kind)[REPORT_MAX]!;
    out.push({
      pos: first.start,
      rule: kind === 'control' ? 'control-character' : 'invisible-character',
      message: `${more} more places from here on hold such characters; the page leaves them all out.`,
      excerpt: '',
    });
  }
  return out;
}

/** The text with every control character turned into spaces (same length: offsets unchanged), for the engine. */
export function blankControls(text: string): string {
  return rewriteHidden(text, (run) => (run.kind === 'control' ? ' '.repeat(run.end - run.start) : null));
}

/** The text with each hidden character shown as a visible ⟨U+XXXX⟩ marker (for the editor's view of the source). */
export function markHidden(text: string): string {
  return rewriteHidden(text, (run) => [...text.slice(run.start, run.end)].map((ch) => `⟨${codePoint(ch)}⟩`).join(''));
}

/**
 * JSON text with every hidden character written as a \u escape: the same data (an export's exact selectors still
 * match the source to the letter), but no forbidden byte in the file a reader downloads.
 */
export function escapeHiddenInJson(json: string): string {
  return rewriteHidden(json, (run) => {
    let out = '';
    for (let i = run.start; i < run.end; i++) out += `\\u${json.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}
