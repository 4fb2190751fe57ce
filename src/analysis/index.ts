/**
 * The analysis engine: analyze(text) → speakers, quotes, claims, diagnostics (see ../shared/DESIGN.md).
 *
 * Steps: mask front matter and directive syntax (offsets unchanged) → segment → leave out what is not prose (zones.ts)
 * → quotation marks → tokens and name
 * mentions → entities → cues, reported clauses and the attribution sieve → editor overrides → ids → claims.
 * Never throws: any internal failure degrades to an empty analysis plus an `engine-error` diagnostic.
 */

import { parse as parseYaml } from 'yaml';
import type { Analysis, Diagnostic, Quote, Speaker, SpeakerKind } from './types.ts';
import { createIdAllocator } from './ids.ts';
import { frontMatterRange, segment } from './segment.ts';
import { findMarkQuotes } from './quotes.ts';
import { tokenize, type Token } from './tokens.ts';
import { buildEntities, findMentions, slug, type Entity } from './speakers.ts';
import { attribute, type RawQuote } from './attribution.ts';
import { detectClaims } from './claims.ts';
import { findZones, withoutZones } from './zones.ts';

export type * from './types.ts';

export interface AnalyzeOptions {
  file?: string;
  frontmatter?: Record<string, unknown>;
}

/** Quote with the position of the source mention the attribution used (added field; offsets into the text). */
export interface QuoteWithSource extends Quote {
  source?: { start: number; end: number } | null;
}

interface Directive {
  name: 'quote' | 'noquote' | 'speaker';
  /** the whole directive */
  start: number;
  end: number;
  /** the words inside [ ] */
  innerStart: number;
  innerEnd: number;
  attrs: Record<string, string>;
}

const DIRECTIVE_RE = /:(quote|noquote|speaker)\[([^\]\n]*)\](\{[^}\n]*\})?/g;

function parseAttrs(s: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!s) return out;
  const re = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s}]+))/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) out[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  return out;
}

function findDirectives(text: string, from: number): Directive[] {
  const out: Directive[] = [];
  DIRECTIVE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE_RE.exec(text)) !== null) {
    const innerStart = m.index + m[1]!.length + 2;
    out.push({
      name: m[1] as Directive['name'],
      start: m.index,
      end: m.index + m[0].length,
      innerStart,
      innerEnd: innerStart + m[2]!.length,
      attrs: parseAttrs(m[3]),
    });
  }
  return out;
}

/** Replaces [s, e) by spaces (newlines kept), so that offsets stay the same. */
function blank(chars: string[], s: number, e: number): void {
  for (let i = s; i < e; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineCol(starts: number[], pos: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: pos - starts[lo]! + 1 };
}

const SPACE_TO_FOLD = /[^\S ]|\s\s/;
function clean(s: string): string {
  return SPACE_TO_FOLD.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

function excerptAt(text: string, pos: number, words = 8): string {
  const slice = text.slice(pos, pos + 200).replace(/^[“"‘'”’\s]+/, '');
  const w = clean(slice).split(' ').slice(0, words).join(' ');
  return w;
}

/** A pronoun or name occurrence and the speaker the engine resolved it to (for evaluation and debugging). */
export interface ResolvedMention {
  start: number;
  end: number;
  pronoun: boolean;
  speaker: string | null;
}

/** analyze() plus the engine's resolution of every name and pronoun mention. */
export function analyzeDetailed(text: string, options: AnalyzeOptions = {}): { analysis: Analysis; mentions: ResolvedMention[] } {
  const mentions: ResolvedMention[] = [];
  const analysis = analyze(text, { ...options, [MENTIONS]: mentions } as AnalyzeOptions);
  return { analysis, mentions };
}
const MENTIONS = Symbol('mentions');

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const file = options.file ?? '<input>';
  try {
    return analyzeInner(typeof text === 'string' ? text : String(text ?? ''), options, file);
  } catch (err) {
    return {
      file,
      speakers: [],
      quotes: [],
      claims: [],
      diagnostics: [
        {
          line: 1,
          column: 1,
          rule: 'engine-error',
          message: `The analysis failed on this file and was skipped: ${err instanceof Error ? err.message : String(err)}`,
          excerpt: '',
        },
      ],
    };
  }
}

function analyzeInner(text: string, options: AnalyzeOptions, file: string): Analysis {
  const diagnostics: Diagnostic[] = [];
  const lines = lineIndex(text);
  const diag = (pos: number, rule: string, message: string, excerpt: string) => {
    const { line, column } = lineCol(lines, Math.max(0, Math.min(pos, text.length)));
    diagnostics.push({ line, column, rule, message, excerpt });
  };

  // ---- front matter
  const fm = frontMatterRange(text);
  let frontmatter = options.frontmatter;
  if (!frontmatter && fm) {
    try {
      const parsed: unknown = parseYaml(text.slice(fm.inner.start, fm.inner.end));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
    } catch (err) {
      diag(0, 'front-matter', `The front matter is not valid YAML, so editor annotations in it were ignored (${err instanceof Error ? err.message.split('\n')[0] : 'parse error'}).`, '---');
    }
  }

  // ---- mask: front matter and directive syntax become spaces
  const bodyFrom = fm ? fm.end : 0;
  const directives = findDirectives(text, bodyFrom);
  let work = text;
  if (fm || directives.length > 0) {
    const chars = [...text.split('')];
    if (fm) blank(chars, 0, fm.end - 1);
    for (const d of directives) {
      blank(chars, d.start, d.innerStart);
      blank(chars, d.innerEnd, d.end);
    }
    work = chars.join('');
    if (fm) {
      // keep the fences recognisable to segment() so that it still skips the block
      work = text.slice(0, fm.end) + work.slice(fm.end);
    }
  }

  // ---- segmentation; text that is not prose (headings, captions, bylines, link lines…) is blanked and left out,
  // unless an editor's directive sits in it
  const segmented = segment(work);
  const zones = findZones(work, segmented.paragraphs, segmented.sentences).filter((z) => !directives.some((d) => d.start < z.end && d.end > z.start));
  const zoned = withoutZones(work, segmented.paragraphs, segmented.sentences, zones);
  work = zoned.text;
  const { paragraphs, sentences } = zoned;

  // ---- quotation marks, tokens, mentions
  const { quotes: marks, issues } = findMarkQuotes(work, paragraphs, sentences);
  const toks: Token[] = [];
  const sentTok: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    sentTok.push(toks.length);
    tokenize(work, sentences[s]!.start, sentences[s]!.end, s, toks);
  }
  sentTok.push(toks.length);
  // mark quoted tokens (inside the marks of a quotation)
  if (marks.length > 0) {
    let mi = 0;
    const sorted = [...marks].sort((a, b) => a.innerStart - b.innerStart);
    for (const t of toks) {
      while (mi < sorted.length && sorted[mi]!.innerEnd <= t.start) mi++;
      for (let x = mi; x < sorted.length && sorted[x]!.innerStart <= t.start; x++) {
        if (t.start >= sorted[x]!.innerStart && t.end <= sorted[x]!.innerEnd) {
          t.quoted = true;
          break;
        }
      }
    }
  }
  const mentions = findMentions(work, toks);
  const entities = buildEntities(mentions);
  const { quotes: raw, relatives } = attribute({ text: work, toks, sentences, sentTok, marks, mentions, entities });

  // ---- diagnostics from quotation marks
  for (const is of issues) {
    const q = marks[is.quote]!;
    if (is.rule === 'unclosed-quote') {
      diag(is.at, 'unclosed-quote', 'This opening quotation mark is never closed; the quote is assumed to end where the reported speech seems to end. Add the closing mark.', excerptAt(work, q.innerStart));
    } else {
      const close = lineCol(lines, q.innerEnd);
      diag(is.at, 'unopened-quote', `A closing quotation mark (line ${close.line}, column ${close.column}) has no opening mark; the quote is assumed to start here. Add the opening mark.`, excerptAt(work, q.innerStart));
    }
  }

  // ---- speakers
  const speakerOf = new Map<number, Speaker>();
  const speakers: Speaker[] = [];
  const usedIds = new Set<string>();
  const makeSpeaker = (e: number): Speaker => {
    const got = speakerOf.get(e);
    if (got) return got;
    const en = entities[e]!;
    let id = slug(en.name);
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    usedIds.add(id);
    const sp: Speaker = { id, name: clean(en.name), aliases: [...en.aliases].map(clean).filter((a) => a && a !== clean(en.name)), role: en.role ? clean(en.role) : null, kind: en.kind };
    if (sp.kind === 'person') {
      // the surname alone is always an alias ("Doe" for "Jane Doe")
      const parts = sp.name.split(' ').filter((w) => !/^(jr|sr|ii|iii|iv)\.?$/i.test(w));
      const last = parts[parts.length - 1];
      if (parts.length > 1 && last && last.length > 1 && !sp.aliases.includes(last)) sp.aliases.push(last);
    }
    speakerOf.set(e, sp);
    speakers.push(sp);
    return sp;
  };
  for (let e = 0; e < entities.length; e++) {
    const en = entities[e]!;
    if (en.spoke || (en.kind === 'organization' && en.count > 0) || (en.kind === 'person' && en.evidence)) makeSpeaker(e);
  }

  // ---- quotes (automatic)
  interface Pending {
    start: number;
    end: number;
    textStart: number;
    textEnd: number;
    kind: Quote['kind'];
    speaker: string | null;
    cue: string | null;
    confidence: number;
    how: string;
    source: { start: number; end: number } | null;
  }
  let pending: Pending[] = raw.map((r: RawQuote) => ({
    start: r.start,
    end: r.end,
    textStart: r.kind === 'direct' && r.innerStart !== undefined ? r.innerStart : r.start,
    textEnd: r.kind === 'direct' && r.innerEnd !== undefined ? r.innerEnd : r.end,
    kind: r.kind,
    speaker: r.entity >= 0 ? makeSpeaker(r.entity).id : null,
    cue: r.cue,
    confidence: Math.round(r.confidence * 100) / 100,
    how: r.entity >= 0 ? r.how : 'unresolved',
    source: r.source ?? null,
  }));

  // ---- editor overrides
  const findSpeaker = (ref: string): Speaker | null => {
    const key = ref.trim().toLowerCase();
    if (!key) return null;
    return (
      speakers.find((s) => s.id === key || s.name.toLowerCase() === key || s.aliases.some((a) => a.toLowerCase() === key)) ??
      speakers.find((s) => s.name.toLowerCase().endsWith(' ' + key)) ??
      null
    );
  };
  const declareSpeaker = (name: string, extra: { aliases?: unknown; role?: unknown; kind?: unknown }): Speaker => {
    let sp = findSpeaker(name);
    if (!sp) {
      let id = slug(name);
      if (usedIds.has(id)) {
        let n = 2;
        while (usedIds.has(`${id}-${n}`)) n++;
        id = `${id}-${n}`;
      }
      usedIds.add(id);
      sp = { id, name: clean(name), aliases: [], role: null, kind: 'person' };
      speakers.push(sp);
    } else if (sp.name.toLowerCase() !== name.trim().toLowerCase() && !sp.aliases.includes(name.trim())) {
      sp.aliases.push(sp.name);
      sp.name = clean(name);
      sp.aliases = sp.aliases.filter((a) => a !== sp!.name);
    }
    const aliases = Array.isArray(extra.aliases) ? extra.aliases : typeof extra.aliases === 'string' ? [extra.aliases] : [];
    for (const a of aliases) if (typeof a === 'string' && a.trim() && !sp.aliases.includes(a.trim()) && a.trim() !== sp.name) sp.aliases.push(a.trim());
    if (typeof extra.role === 'string' && extra.role.trim()) sp.role = extra.role.trim();
    if (typeof extra.kind === 'string' && ['person', 'organization', 'group', 'unknown'].includes(extra.kind)) sp.kind = extra.kind as SpeakerKind;
    return sp;
  };

  const ann = frontmatter && typeof frontmatter === 'object' ? (frontmatter as Record<string, unknown>)['annotations'] : undefined;
  const annObj = ann && typeof ann === 'object' && !Array.isArray(ann) ? (ann as Record<string, unknown>) : null;
  if (ann !== undefined && !annObj) diag(1, 'override-invalid', '`annotations` in the front matter must be a mapping with `speakers` and/or `quotes` lists.', 'annotations');
  if (annObj) {
    const sps = annObj['speakers'];
    if (Array.isArray(sps)) {
      for (const s of sps) {
        if (s && typeof s === 'object' && typeof (s as Record<string, unknown>)['name'] === 'string') {
          const o = s as Record<string, unknown>;
          declareSpeaker(o['name'] as string, { aliases: o['aliases'], role: o['role'], kind: o['kind'] });
        } else diag(1, 'override-invalid', 'An entry under annotations.speakers needs a `name`.', JSON.stringify(s) ?? '');
      }
    } else if (sps !== undefined) diag(1, 'override-invalid', '`annotations.speakers` must be a list.', 'speakers');
  }
  for (const d of directives) {
    if (d.name !== 'speaker') continue;
    const name = clean(work.slice(d.innerStart, d.innerEnd));
    if (name) declareSpeaker(name, { aliases: d.attrs['alias'] ?? d.attrs['aliases']?.split(/\s*,\s*/), role: d.attrs['role'], kind: d.attrs['kind'] });
  }
  // inline quotes and no-quotes
  for (const d of directives) {
    if (d.name === 'speaker') continue;
    pending = pending.filter((p) => p.end <= d.innerStart || p.start >= d.innerEnd);
    if (d.name === 'quote') {
      const ref = d.attrs['speaker'];
      let sp: Speaker | null = null;
      if (ref) {
        sp = findSpeaker(ref) ?? declareSpeaker(ref, {});
      }
      let ts = d.innerStart;
      let te = d.innerEnd;
      while (ts < te && /[\s“"‘']/.test(work[ts]!)) ts++;
      while (te > ts && /[\s”"’']/.test(work[te - 1]!)) te--;
      pending.push({ start: d.innerStart, end: d.innerEnd, textStart: ts, textEnd: te, kind: 'direct', speaker: sp?.id ?? null, cue: null, confidence: 1, how: 'editor', source: null });
    }
  }
  // front-matter quote overrides
  if (annObj) {
    const qs = annObj['quotes'];
    if (Array.isArray(qs)) {
      for (const q of qs) {
        const o = q && typeof q === 'object' ? (q as Record<string, unknown>) : null;
        const match = o && typeof o['match'] === 'string' ? clean(o['match'] as string).toLowerCase() : '';
        if (!o || !match) {
          diag(1, 'override-invalid', 'An entry under annotations.quotes needs a `match` phrase.', JSON.stringify(q) ?? '');
          continue;
        }
        const hit = pending.find((p) => foldQuote(clean(work.slice(p.textStart, p.textEnd)).toLowerCase()).includes(foldQuote(match)));
        if (!hit) {
          // not among the quotes found: mark the phrase itself as a quote when the text has it
          // case-insensitive search that keeps offsets (no lower-casing of the text, which can change its length)
          const re = new RegExp(foldQuote(match).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'), 'iu');
          const found = re.exec(foldQuote(work.slice(bodyFrom)));
          const at = found ? bodyFrom + found.index : -1;
          const len = found ? found[0].length : 0;
          if (at >= 0 && !o['drop'] && typeof o['speaker'] === 'string') {
            const sp = findSpeaker(o['speaker'] as string) ?? declareSpeaker(o['speaker'] as string, {});
            pending.push({ start: at, end: at + len, textStart: at, textEnd: at + len, kind: 'direct', speaker: sp.id, cue: null, confidence: 1, how: 'editor', source: null });
          } else if (!(o['drop'] && at >= 0)) {
            diag(1, 'override-unmatched', `The editor annotation for "${o['match'] as string}" matches no quote in the text.`, o['match'] as string);
          }
          continue;
        }
        if (o['drop']) {
          pending = pending.filter((p) => p !== hit);
          continue;
        }
        if (typeof o['speaker'] === 'string') {
          const sp = findSpeaker(o['speaker'] as string) ?? declareSpeaker(o['speaker'] as string, {});
          hit.speaker = sp.id;
        } else if (o['speaker'] === null) hit.speaker = null;
        if (typeof o['kind'] === 'string' && ['direct', 'indirect', 'mixed'].includes(o['kind'] as string)) hit.kind = o['kind'] as Quote['kind'];
        hit.how = 'editor';
        hit.confidence = 1;
      }
    } else if (qs !== undefined) diag(1, 'override-invalid', '`annotations.quotes` must be a list.', 'quotes');
  }

  // ---- ids, final quotes, unattributed diagnostics
  pending.sort((a, b) => a.start - b.start || a.end - b.end);
  const alloc = createIdAllocator('q');
  const quotes: QuoteWithSource[] = [];
  for (const p of pending) {
    const qtext = clean(work.slice(p.textStart, p.textEnd)) || clean(work.slice(p.start, p.end));
    const q: QuoteWithSource = {
      id: alloc(qtext),
      text: qtext,
      kind: p.kind,
      speaker: p.speaker,
      cue: p.cue,
      start: p.start,
      end: p.end,
      confidence: p.confidence,
      how: p.speaker ? p.how : p.how === 'editor' ? 'editor' : 'unresolved',
      source: p.source,
    };
    quotes.push(q);
    if (!q.speaker && q.kind !== 'indirect') {
      diag(p.start, 'unattributed-quote', 'No speaker was found for this quote. Name the speaker near it, or add an editor annotation.', excerptAt(work, p.textStart));
    }
  }
  const mentionSink = (options as Record<symbol, unknown>)[MENTIONS] as ResolvedMention[] | undefined;
  if (mentionSink) {
    for (const m of mentions) {
      if (m.entity < 0 || m.quoted) continue;
      mentionSink.push({ start: m.start, end: m.end, pronoun: m.type === 'pronoun', speaker: makeSpeaker(m.entity).id });
    }
    for (const r of relatives) if (r.entity >= 0) mentionSink.push({ start: r.start, end: r.end, pronoun: true, speaker: makeSpeaker(r.entity).id });
  }
  const spoken = new Set(quotes.map((q) => q.speaker));
  // speakers: keep named ones and those who speak; drop unnamed groups that no quote uses
  const finalSpeakers = speakers.filter((s) => spoken.has(s.id) || s.kind === 'person' || s.kind === 'organization');

  // ---- claims (the other half of the engine)
  let claims: Analysis['claims'] = [];
  try {
    claims = detectClaims({ text: work, sentences, quotes, speakers: finalSpeakers });
  } catch (err) {
    diag(1, 'engine-error', `Claim detection failed: ${err instanceof Error ? err.message : String(err)}`, '');
  }

  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, speakers: finalSpeakers, quotes, claims, diagnostics };
}

function foldQuote(s: string): string {
  return s.replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[\u2010-\u2015]/g, '-');
}
