/**
 * The data of the diagnostics report (/editor/): per-briefing counts straight from the analysis, and for each
 * diagnostic the lines of Markdown around it. Pure TypeScript (no Astro), so tests can compute the same thing.
 */
import type { Analysis, Diagnostic } from '../analysis/types.ts';
import { markHidden } from '../analysis/hygiene.ts';
import { reviewQueue, type ReviewItem, type ReviewKind } from './review-queue.ts';

export interface BriefingCounts {
  quotes: number;
  unattributed: number;
  claims: number;
  diagnostics: number;
}

export function countsOf(analysis: Analysis): BriefingCounts {
  return {
    quotes: analysis.quotes.length,
    unattributed: analysis.quotes.filter((q) => q.speaker === null).length,
    claims: analysis.claims.length,
    diagnostics: analysis.diagnostics.length,
  };
}

export interface BriefingReport {
  counts: BriefingCounts & { needsEditor: number };
  queue: ReviewItem[];
}

/** Reports by analysis object: /editor/ and /editor/queue.json of one build ask for the same briefings. */
const reports = new WeakMap<Analysis, { source: string; report: BriefingReport }>();

/**
 * Counts and the review queue of one briefing; `needsEditor` is the queue's length, so the two always agree.
 * Computed once per analysis and text (callers only read it).
 */
export function briefingReport(analysis: Analysis, source: string): BriefingReport {
  const held = reports.get(analysis);
  if (held && held.source === source) return held.report;
  const queue = reviewQueue(analysis, source);
  const report = { counts: { ...countsOf(analysis), needsEditor: queue.length }, queue };
  reports.set(analysis, { source, report });
  return report;
}

/** What the build summary and /editor/queue.json say about the whole site. */
export interface SiteSummary {
  briefings: number;
  quotes: number;
  claims: number;
  needsEditor: number;
  byKind: Partial<Record<ReviewKind, number>>;
  items: { file: string; line: number; column: number; kind: ReviewKind; rule?: string; reason: string }[];
}

export function siteSummary(reports: readonly { file: string; report: BriefingReport }[]): SiteSummary {
  const byKind: SiteSummary['byKind'] = {};
  const items: SiteSummary['items'] = [];
  for (const { file, report } of reports) {
    for (const item of report.queue) {
      byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
      items.push({ file, line: item.line, column: item.column, kind: item.kind, ...(item.rule ? { rule: item.rule } : {}), reason: item.reason });
    }
  }
  const sum = (key: 'quotes' | 'claims') => reports.reduce((n, r) => n + r.report.counts[key], 0);
  return { briefings: reports.length, quotes: sum('quotes'), claims: sum('claims'), needsEditor: items.length, byKind, items };
}

export interface SourceExcerpt {
  /** the Markdown lines around the diagnostic, joined with \n */
  code: string;
  /** the file line number of the excerpt's first line */
  firstLine: number;
  /** the file line the diagnostic is on */
  line: number;
  /** the excerpt's words on that line (0-based column, length), when they are found where the diagnostic says */
  underline?: { line: number; column: number; length: number };
}

/** `context` lines either side of the diagnostic's line (blank lines at the edges trimmed). */
export function excerptAround(source: string, d: Diagnostic, context = 2): SourceExcerpt {
  // Hidden characters are shown as ⟨U+XXXX⟩ markers: the editor sees where they are, the page stays valid HTML.
  const lines = source.split(/\r?\n/).map(markHidden);
  const line = Math.min(Math.max(1, d.line), lines.length);
  let first = Math.max(1, line - context);
  let last = Math.min(lines.length, line + context);
  while (first < line && !lines[first - 1]!.trim()) first++;
  while (last > line && !lines[last - 1]!.trim()) last--;
  const text = lines[line - 1] ?? '';
  const column = Math.max(0, d.column - 1);
  let underline: SourceExcerpt['underline'];
  const words = d.excerpt.trim();
  if (words) {
    // The excerpt may be shortened ("…") or start a little off; find its first words at or near the column.
    const probe = words.replace(/\s*[…]+\s*$/, '').replace(/\.{3}$/, '').slice(0, 80);
    let at = text.startsWith(probe, column) ? column : text.indexOf(probe, Math.max(0, column - 2));
    if (at < 0) at = text.indexOf(probe);
    if (at >= 0) underline = { line, column: at, length: probe.length };
  }
  return { code: lines.slice(first - 1, last).join('\n'), firstLine: first, line, underline };
}
