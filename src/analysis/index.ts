/**
 * The analysis engine: analyze(text) → speakers, quotes, claims, diagnostics (docs/contracts.md).
 *
 * The pipeline, each step reading what the earlier ones returned:
 *   mask         front matter and directive syntax become spaces, offsets unchanged        markup.ts
 *   hidden       characters HTML forbids and invisible formatting reported; controls blanked  hygiene.ts
 *   segment      paragraphs and sentences                                                  segment.ts
 *   zones        text that is not prose (headlines, captions, bylines, link lines) left out  zones.ts
 *   marks        quotation marks, quote spans and their diagnostics                         quotes.ts
 *   tokens       words with offsets; those inside quotation marks flagged                   tokens.ts
 *   mentions     names, pronouns, roles; entities (one per person or organisation)          speakers.ts
 *   attribution  the sieve: cues → sources → coreference → content → linking              attribution/
 *   speakers     the entities that speak or are named, with ids                             speaker-list.ts
 *   overrides    the editor's speakers and quotes                                          overrides.ts
 *   ids          content ids for quotes (one allocator per briefing)                        ids.ts
 *   claims       check-worthy sentences and their claimants                                 claims.ts
 * Never throws: any internal failure degrades to an empty analysis plus an `engine-error` diagnostic.
 */

import type { Analysis, Diagnostic, DiagnosticRule, How, Quote } from './types.ts';
import { createIdAllocator, createUniqueIds } from './ids.ts';
import { maskMarkup } from './markup.ts';
import { segment, type Sentence } from './segment.ts';
import { findMarkQuotes, type MarkQuote } from './quotes.ts';
import { tokenize, type Token } from './tokens.ts';
import { buildEntities, findMentions, type Mention } from './speakers.ts';
import { attribute, type AttributionResult, type RawQuote } from './attribution/index.ts';
import { createSpeakerList, type SpeakerList } from './speaker-list.ts';
import { applyOverrides, type Pending } from './overrides.ts';
import { cleanRange, createLocator, excerptAt } from './text.ts';
import { detectClaims } from './claims.ts';
import { blankControls, hiddenReports, mayHoldHidden } from './hygiene.ts';
import { calibrated, sourceKind, type Evidence } from './calibration.ts';
import { findZones, withoutZones } from './zones.ts';

export type * from './types.ts';
export { HOWS, DIAGNOSTIC_RULE_NAMES } from './types.ts';
export { SOURCE_RULES, LINK_RULES } from './attribution/index.ts';

export interface AnalyzeOptions {
  file?: string;
  frontmatter?: Record<string, unknown>;
  /** rules to leave out of the sieve (the eval's ablation: what is a rule worth?) */
  without?: ReadonlySet<How>;
}

/** A pronoun or name occurrence and the speaker the engine resolved it to (for evaluation and debugging). */
export interface ResolvedMention {
  start: number;
  end: number;
  pronoun: boolean;
  speaker: string | null;
}

/** What the calibration read for the quote found at [start, end) (for fitting it: tools/fit-calibration.ts). */
export interface QuoteEvidence {
  start: number;
  end: number;
  evidence: Evidence;
}

/** analyze() plus the engine's resolution of every name and pronoun mention, and each quote's evidence. */
export function analyzeDetailed(text: string, options: AnalyzeOptions = {}): { analysis: Analysis; mentions: ResolvedMention[]; evidence: QuoteEvidence[] } {
  const mentions: ResolvedMention[] = [];
  const evidence: QuoteEvidence[] = [];
  const analysis = analyze(text, { ...options, [MENTIONS]: mentions, [EVIDENCE]: evidence } as AnalyzeOptions);
  return { analysis, mentions, evidence };
}
const MENTIONS = Symbol('mentions');
const EVIDENCE = Symbol('evidence');

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const file = options.file ?? '<input>';
  try {
    return analyzeInner(typeof text === 'string' ? text : String(text ?? ''), options, file);
  } catch (err) {
    const message = `The analysis failed on this file and was skipped: ${err instanceof Error ? err.message : String(err)}`;
    return { file, speakers: [], quotes: [], claims: [], diagnostics: [{ line: 1, column: 1, rule: 'engine-error', message, excerpt: '' }] };
  }
}

function analyzeInner(text: string, options: AnalyzeOptions, file: string): Analysis {
  const diagnostics: Diagnostic[] = [];
  const locate = createLocator(text);
  const diag = (pos: number, rule: DiagnosticRule, message: string, excerpt: string) => {
    diagnostics.push({ ...locate(Math.max(0, Math.min(pos, text.length))), rule, message, excerpt });
  };
  const masked = maskMarkup(text, options.frontmatter);
  if (masked.frontmatterError !== null) {
    diag(0, 'front-matter', `The front matter is not valid YAML, so editor annotations in it were ignored (${masked.frontmatterError}).`, '---');
  }
  // hidden characters (src/analysis/hygiene.ts): reported where they stand; controls read as spaces, offsets unchanged
  // (masking only writes spaces: a text with no hidden character gives a masked copy with none, and one pass decides)
  const hidden = mayHoldHidden(text);
  if (hidden) for (const r of hiddenReports(text)) diag(r.pos, r.rule, r.message, r.excerpt);
  const unzoned = hidden ? blankControls(masked.work) : masked.work;
  // zones: text that is not prose (headings, captions, bylines, link lines…) is blanked and left out, unless an
  // editor's directive sits in it
  const segmented = segment(unzoned);
  const zones = findZones(unzoned, segmented.paragraphs, segmented.sentences).filter(
    (z) => !masked.directives.some((d) => d.start < z.end && d.end > z.start),
  );
  const { text: work, paragraphs, sentences } = withoutZones(unzoned, segmented.paragraphs, segmented.sentences, zones);
  const { quotes: marks, issues } = findMarkQuotes(work, paragraphs, sentences);
  const { toks, sentTok } = tokens(work, sentences, marks);
  const { entities, mentions } = buildEntities(findMentions(work, toks, sentTok));
  const attributed = attribute({ text: work, toks, sentences, sentTok, marks, mentions, entities }, options.without);
  for (const is of issues) {
    const q = marks[is.quote]!;
    if (is.rule === 'unclosed-quote') {
      diag(is.at, 'unclosed-quote', 'This opening quotation mark is never closed; the quote is assumed to end where the reported speech seems to end. Add the closing mark.', excerptAt(work, q.innerStart));
    } else {
      const close = locate(q.innerEnd);
      diag(is.at, 'unopened-quote', `A closing quotation mark (line ${close.line}, column ${close.column}) has no opening mark; the quote is assumed to start here. Add the opening mark.`, excerptAt(work, q.innerStart));
    }
  }
  const speakers = createSpeakerList(attributed.entities, createUniqueIds());
  attributed.entities.forEach((en, e) => {
    if (en.spoke || (en.kind === 'organization' && en.count > 0) || (en.kind === 'person' && en.evidence)) speakers.of(e);
  });
  const perEntity = new Map<number, number>();
  for (const r of attributed.quotes) perEntity.set(r.entity, (perEntity.get(r.entity) ?? 0) + 1);
  const evidence = attributed.quotes.map((r) => evidenceOf(r, attributed, work, (perEntity.get(r.entity) ?? 1) - 1));
  const evidenceSink = (options as Record<symbol, unknown>)[EVIDENCE] as QuoteEvidence[] | undefined;
  if (evidenceSink) attributed.quotes.forEach((r, i) => evidenceSink.push({ start: r.start, end: r.end, evidence: evidence[i]! }));
  const found = attributed.quotes.map((r, i) => pending(r, speakers, calibrated(evidence[i]!)));
  const edited = applyOverrides(found, { work, bodyFrom: masked.bodyFrom, directives: masked.directives, frontmatter: masked.frontmatter, speakers, diag });
  const ordered = [...edited].sort((a, b) => a.start - b.start || a.end - b.end);
  const quotes = finalQuotes(text, work, ordered);
  ordered.forEach((p, i) => {
    if (!quotes[i]!.speaker && p.kind !== 'indirect') diag(p.start, 'unattributed-quote', 'No speaker was found for this quote. Name the speaker near it, or add an editor annotation.', excerptAt(work, p.textStart));
  });
  const sink = (options as Record<symbol, unknown>)[MENTIONS] as ResolvedMention[] | undefined;
  if (sink) sink.push(...resolvedMentions(mentions, attributed, speakers));
  const spoken = new Set(quotes.map((q) => q.speaker));
  // speakers: keep named ones and those who speak; drop unnamed groups that no quote uses
  const finalSpeakers = speakers.all().filter((s) => spoken.has(s.id) || ((s.kind === 'person' || s.kind === 'organization') && s.named));
  let claims: Analysis['claims'] = [];
  try {
    claims = detectClaims({ text: work, sentences, quotes, speakers: finalSpeakers });
  } catch (err) {
    diag(1, 'engine-error', `Claim detection failed: ${err instanceof Error ? err.message : String(err)}`, '');
  }
  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, speakers: finalSpeakers, quotes, claims, diagnostics };
}

/** Tokens of every sentence, with the tokens inside a quotation's marks flagged `quoted`. */
function tokens(work: string, sentences: readonly Sentence[], marks: readonly MarkQuote[]): { toks: Token[]; sentTok: number[] } {
  const toks: Token[] = [];
  const sentTok: number[] = [];
  for (let s = 0; s < sentences.length; s++) {
    sentTok.push(toks.length);
    tokenize(work, sentences[s]!.start, sentences[s]!.end, s, toks);
  }
  sentTok.push(toks.length);
  for (const q of marks) flagQuoted(toks, q);
  return { toks, sentTok };
}

/**
 * Flags the tokens wholly inside a quotation's marks: only the tokens from its opening on are read (found by
 * bisection), not every token of the text against the marks.
 */
function flagQuoted(toks: readonly Token[], q: MarkQuote): void {
  for (let k = firstTokenFrom(toks, q.innerStart); k < toks.length && toks[k]!.start <= q.innerEnd; k++) {
    if (toks[k]!.end <= q.innerEnd) toks[k]!.quoted = true;
  }
}

/** The index of the first token starting at or after `pos` (toks are in text order), toks.length if none. */
function firstTokenFrom(toks: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the calibration reads of a quote of the sieve: its rule, its source mention, its speaker, its neighbours. */
function evidenceOf(r: RawQuote, attributed: AttributionResult, work: string, others: number): Evidence {
  const en = r.entity >= 0 ? attributed.entities[r.entity] : undefined;
  const src = r.source;
  const distance = !src ? 0 : src.end <= r.start ? r.start - src.end : src.start >= r.end ? src.start - r.end : 0;
  return {
    how: r.entity >= 0 ? r.how : 'unresolved',
    kind: r.kind,
    source: sourceKind(src ? work.slice(src.start, src.end) : null),
    speakerKind: en ? en.kind : null,
    named: en ? en.named : false,
    distance,
    others: r.entity >= 0 ? others : 0,
    prior: r.confidence,
    guessed: !!src && r.entity >= 0 && attributed.guessedSources.has(src.start),
  };
}

/** A quote of the sieve as the overrides see it: its text span, its speaker and its calibrated confidence. */
function pending(r: RawQuote, speakers: SpeakerList, confidence: number): Pending {
  const direct = r.kind === 'direct';
  return {
    start: r.start,
    end: r.end,
    textStart: direct && r.innerStart !== undefined ? r.innerStart : r.start,
    textEnd: direct && r.innerEnd !== undefined ? r.innerEnd : r.end,
    kind: r.kind,
    speaker: r.entity >= 0 ? speakers.of(r.entity).id : null,
    cue: r.cue,
    confidence,
    how: r.entity >= 0 ? r.how : 'unresolved',
    source: r.source ?? null,
  };
}

/** The contract's quotes (from quotes in text order), with ids and the words of the file each attribution rests on. */
function finalQuotes(text: string, work: string, ordered: readonly Pending[]): Quote[] {
  const alloc = createIdAllocator('q');
  return ordered.map((p) => {
    // the quote's words, or its whole span when they are empty; the id is hashed from the same range of work
    const inner = cleanRange(work, p.textStart, p.textEnd);
    const qtext = inner || cleanRange(work, p.start, p.end);
    return {
      id: inner ? alloc(qtext, work, p.textStart, p.textEnd) : alloc(qtext, work, p.start, p.end),
      text: qtext,
      kind: p.kind,
      speaker: p.speaker,
      cue: p.cue,
      start: p.start,
      end: p.end,
      // the file's text, not the masked copy: the contract promises that `text` is its slice
      source: p.speaker && p.source ? { start: p.source.start, end: p.source.end, text: text.slice(p.source.start, p.source.end) } : null,
      confidence: p.confidence,
      how: p.speaker ? p.how : p.how === 'editor' ? 'editor' : 'unresolved',
    };
  });
}

/** Every name and pronoun outside quotations with the speaker it resolved to (the eval scores the pronouns). */
function resolvedMentions(mentions: readonly Mention[], attributed: AttributionResult, speakers: SpeakerList): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of mentions) {
    if (m.quoted) continue;
    const e = attributed.entityOf(m);
    if (e >= 0) out.push({ start: m.start, end: m.end, pronoun: m.type === 'pronoun', speaker: speakers.of(e).id });
  }
  for (const r of attributed.relatives) if (r.entity >= 0) out.push({ start: r.start, end: r.end, pronoun: true, speaker: speakers.of(r.entity).id });
  return out;
}
