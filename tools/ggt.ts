/**
 * Reading GenderGapTracker's evaluation set (../shared/data/ggt-dev.jsonl, see its README) and scoring the engine on
 * it by the held-out checks' own rule (../shared/tools/score-spans.mjs): a predicted quote matches a gold quote when
 * it covers more than 30% (strict: 80%) of the gold quote's characters; the speaker is right when a name token (3+
 * letters) of the gold `reference` is a token of the predicted speaker's name or aliases; GGT's rule: the predicted
 * source mention overlaps the gold speaker mention.
 */
import path from 'node:path';
import { readJsonLines } from './annotation-answers.ts';
import { analyzeDetailed } from '../src/analysis/index.ts';
import type { Analysis, How, Quote } from '../src/analysis/index.ts';
import type { Evidence } from '../src/analysis/calibration.ts';

export const GGT_DEV = path.resolve(import.meta.dirname, '../../shared/data/ggt-dev.jsonl');

export interface GgtQuote {
  speaker: string;
  speaker_span: [number, number] | null;
  quote_span: [number, number] | null;
  reference: string | null;
}
export interface GgtDoc { id: string; outlet: string; text: string; quotes: GgtQuote[] }

export function readGgt(file = GGT_DEV): GgtDoc[] {
  return readJsonLines<GgtDoc>(file);
}

const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'the', 'and', 'of', 'sir', 'prof']);
export const nameTokens = (s: string | null | undefined): string[] =>
  String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter((t) => t.length >= 3 && !TITLES.has(t));

/** One found gold quote with a reference: the best-covering prediction, whether its speaker is right, its evidence. */
export interface Judged {
  doc: string;
  how: How;
  confidence: number;
  right: boolean;
  evidence: Evidence | undefined;
  gold: GgtQuote;
  quote: Quote;
}

export interface Score {
  gold: number; pred: number; tpPred: number; found: number;
  right: number; ggtN: number; ggtRight: number;
  judged: Judged[];
}

export interface Run { doc: GgtDoc; analysis: Analysis; evidence: Map<string, Evidence> }

export function runGgt(docs: readonly GgtDoc[]): Run[] {
  return docs.map((doc) => {
    const { analysis, evidence } = analyzeDetailed(doc.text, { file: `${doc.id}.md` });
    return { doc, analysis, evidence: new Map(evidence.map((e) => [`${e.start}:${e.end}`, e.evidence])) };
  });
}

export const cover = (q: { start: number; end: number }, g: [number, number]) => Math.max(0, Math.min(q.end, g[1]) - Math.max(q.start, g[0])) / Math.max(1, g[1] - g[0]);
const touches = (a: { start: number; end: number }, b: [number, number]) => Math.min(a.end, b[1]) > Math.max(a.start, b[0]);

/** score-spans.mjs's rule, with every judged quote kept (for the per-rule table and the calibration). */
export function scoreGgt(runs: readonly Run[], threshold: number): Score {
  const s: Score = { gold: 0, pred: 0, tpPred: 0, found: 0, right: 0, ggtN: 0, ggtRight: 0, judged: [] };
  for (const { doc, analysis: a, evidence } of runs) {
    const gq = doc.quotes.filter((q) => q.quote_span);
    s.gold += gq.length;
    const speakers = new Map(a.speakers.map((sp) => [sp.id, sp]));
    const names = (id: string | null) => {
      const sp = id ? speakers.get(id) : undefined;
      return new Set(sp ? [sp.name, ...sp.aliases].flatMap(nameTokens) : nameTokens(id));
    };
    s.pred += a.quotes.length;
    const matched = new Set<Quote>();
    for (const g of gq) {
      const cands = a.quotes.filter((q) => cover(q, g.quote_span!) > threshold);
      if (!cands.length) continue;
      s.found++;
      cands.forEach((q) => matched.add(q));
      const ss = g.speaker_span;
      if (g.reference === null) {
        s.ggtN++;
        if (ss && cands.some((q) => q.source && touches(q.source, ss))) s.ggtRight++;
        continue;
      }
      const ref = new Set(nameTokens(g.reference));
      const right = cands.some((q) => [...names(q.speaker)].some((t) => ref.has(t)));
      if (right) s.right++;
      const best = cands.reduce((x, q) => (cover(q, g.quote_span!) > cover(x, g.quote_span!) ? q : x));
      s.judged.push({ doc: doc.id, how: best.how, confidence: best.confidence, right, evidence: evidence.get(`${best.start}:${best.end}`), gold: g, quote: best });
      s.ggtN++;
      if (ss && ss[1] > ss[0] && g.speaker.trim()) {
        if (cands.some((q) => q.source && touches(q.source, ss))) s.ggtRight++;
      } else if (right) s.ggtRight++;
    }
    s.tpPred += matched.size;
  }
  return s;
}

export function rates(s: Score) {
  // score-spans counts found gold quotes with no reference in recall and leaves them out of speaker accuracy
  const withRef = s.judged.length;
  const R = s.found / Math.max(1, s.gold);
  const P = s.tpPred / Math.max(1, s.pred);
  return { P, R, F: (2 * P * R) / Math.max(1e-9, P + R), speaker: s.right / Math.max(1, withRef), ggt: s.ggtRight / Math.max(1, s.ggtN) };
}

/** Ten bins of confidence: quotes, right, mean confidence; and the expected calibration error over them. */
export function reliability(items: readonly { confidence: number; right: boolean }[]) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, right: 0, sum: 0 }));
  for (const it of items) {
    const c = Math.min(0.999, Math.max(0, it.confidence));
    const b = bins[Math.floor(c * 10)]!;
    b.n++;
    b.right += it.right ? 1 : 0;
    b.sum += c;
  }
  const ece = bins.reduce((a, b) => a + (b.n ? Math.abs(b.right / b.n - b.sum / b.n) * b.n : 0), 0) / Math.max(1, items.length);
  return { bins, ece };
}
