/**
 * The editor's last word: speakers declared in the front matter (`annotations.speakers`) or inline
 * (`:speaker[Jane Doe]{role="Mayor"}`), quotes marked inline (`:quote[…]{speaker=…}`, `:noquote[…]`), and quotes
 * re-attributed, re-kinded or dropped from the front matter (`annotations.quotes: [{ match, speaker, kind, drop }]`).
 * Every quote an override touches has how "editor", confidence 1 and no source mention. A malformed override is a
 * diagnostic, never a crash.
 */

import type { DiagnosticRule, How, QuoteKind } from './types.ts';
import type { Directive } from './markup.ts';
import type { SpeakerList } from './speaker-list.ts';
import { clean, escapeRegExp, foldQuote } from './text.ts';

/** A quote before ids: its span, the span of its text, and its attribution. */
export interface Pending {
  start: number;
  end: number;
  textStart: number;
  textEnd: number;
  kind: QuoteKind;
  speaker: string | null;
  cue: string | null;
  confidence: number;
  how: How;
  source: { start: number; end: number } | null;
}

export interface OverrideInput {
  work: string;
  bodyFrom: number;
  directives: readonly Directive[];
  frontmatter: Record<string, unknown> | undefined;
  speakers: SpeakerList;
  diag(pos: number, rule: DiagnosticRule, message: string, excerpt: string): void;
}

const QUOTE_KINDS: readonly string[] = ['direct', 'indirect', 'mixed'];

export function applyOverrides(found: readonly Pending[], input: OverrideInput): Pending[] {
  const ann = input.frontmatter && typeof input.frontmatter === 'object' ? input.frontmatter['annotations'] : undefined;
  const annObj = ann && typeof ann === 'object' && !Array.isArray(ann) ? (ann as Record<string, unknown>) : null;
  if (ann !== undefined && !annObj) input.diag(1, 'override-invalid', '`annotations` in the front matter must be a mapping with `speakers` and/or `quotes` lists.', 'annotations');
  declareSpeakers(annObj, input);
  const inline = inlineQuotes(found, input);
  return annObj ? frontMatterQuotes(inline, annObj['quotes'], input) : inline;
}

function declareSpeakers(annObj: Record<string, unknown> | null, { directives, work, speakers, diag }: OverrideInput): void {
  const sps = annObj?.['speakers'];
  if (Array.isArray(sps)) {
    for (const s of sps) {
      if (s && typeof s === 'object' && typeof (s as Record<string, unknown>)['name'] === 'string') {
        const o = s as Record<string, unknown>;
        speakers.declare(o['name'] as string, { aliases: o['aliases'], role: o['role'], kind: o['kind'] });
      } else diag(1, 'override-invalid', 'An entry under annotations.speakers needs a `name`.', JSON.stringify(s) ?? '');
    }
  } else if (sps !== undefined) diag(1, 'override-invalid', '`annotations.speakers` must be a list.', 'speakers');
  for (const d of directives) {
    if (d.name !== 'speaker') continue;
    const name = clean(work.slice(d.innerStart, d.innerEnd));
    if (name) speakers.declare(name, { aliases: d.attrs['alias'] ?? d.attrs['aliases']?.split(/\s*,\s*/), role: d.attrs['role'], kind: d.attrs['kind'] });
  }
}

/** `:quote[…]` replaces what the engine found there by the editor's quote; `:noquote[…]` only removes it. */
function inlineQuotes(found: readonly Pending[], { directives, work, speakers }: OverrideInput): Pending[] {
  let pending = [...found];
  for (const d of directives) {
    if (d.name === 'speaker') continue;
    pending = pending.filter((p) => p.end <= d.innerStart || p.start >= d.innerEnd);
    if (d.name !== 'quote') continue;
    const ref = d.attrs['speaker'];
    const sp = ref ? (speakers.find(ref) ?? speakers.declare(ref, {})) : null;
    let ts = d.innerStart;
    let te = d.innerEnd;
    while (ts < te && /[\s“"‘']/.test(work[ts]!)) ts++;
    while (te > ts && /[\s”"’']/.test(work[te - 1]!)) te--;
    pending.push({ start: d.innerStart, end: d.innerEnd, textStart: ts, textEnd: te, kind: 'direct', speaker: sp?.id ?? null, cue: null, confidence: 1, how: 'editor', source: null });
  }
  return pending;
}

function frontMatterQuotes(found: readonly Pending[], qs: unknown, input: OverrideInput): Pending[] {
  const { work, speakers, diag } = input;
  if (!Array.isArray(qs)) {
    if (qs !== undefined) diag(1, 'override-invalid', '`annotations.quotes` must be a list.', 'quotes');
    return [...found];
  }
  let pending = [...found];
  for (const q of qs) {
    const o = q && typeof q === 'object' ? (q as Record<string, unknown>) : null;
    const match = o && typeof o['match'] === 'string' ? clean(o['match'] as string).toLowerCase() : '';
    if (!o || !match) {
      diag(1, 'override-invalid', 'An entry under annotations.quotes needs a `match` phrase.', JSON.stringify(q) ?? '');
      continue;
    }
    const hit = pending.find((p) => foldQuote(clean(work.slice(p.textStart, p.textEnd)).toLowerCase()).includes(foldQuote(match)));
    if (!hit) {
      const added = phraseQuote(o, match, input);
      if (added) pending.push(added);
      continue;
    }
    if (o['drop']) {
      pending = pending.filter((p) => p !== hit);
      continue;
    }
    const edited: Pending = { ...hit, how: 'editor', confidence: 1, source: null };
    if (typeof o['speaker'] === 'string') edited.speaker = (speakers.find(o['speaker'] as string) ?? speakers.declare(o['speaker'] as string, {})).id;
    else if (o['speaker'] === null) edited.speaker = null;
    if (typeof o['kind'] === 'string' && QUOTE_KINDS.includes(o['kind'] as string)) edited.kind = o['kind'] as QuoteKind;
    pending = pending.map((p) => (p === hit ? edited : p));
  }
  return pending;
}

/** A match phrase that is none of the quotes found: the phrase itself becomes the editor's quote when the text has it. */
function phraseQuote(o: Record<string, unknown>, match: string, { work, bodyFrom, speakers, diag }: OverrideInput): Pending | null {
  // case-insensitive search that keeps offsets (no lower-casing of the text, which can change its length)
  const re = new RegExp(escapeRegExp(foldQuote(match)).replace(/ /g, '\\s+'), 'iu');
  const found = re.exec(foldQuote(work.slice(bodyFrom)));
  const at = found ? bodyFrom + found.index : -1;
  const len = found ? found[0].length : 0;
  if (at >= 0 && !o['drop'] && typeof o['speaker'] === 'string') {
    const sp = speakers.find(o['speaker'] as string) ?? speakers.declare(o['speaker'] as string, {});
    return { start: at, end: at + len, textStart: at, textEnd: at + len, kind: 'direct', speaker: sp.id, cue: null, confidence: 1, how: 'editor', source: null };
  }
  if (!(o['drop'] && at >= 0)) diag(1, 'override-unmatched', `The editor annotation for "${o['match'] as string}" matches no quote in the text.`, o['match'] as string);
  return null;
}
