/**
 * News claim sets as one shape, and how the detector's claims are judged against them, sentence by sentence:
 * - NewsClaims dev (../shared/data/newsclaims-dev.jsonl): every sentence of 18 COVID-19 articles, claims and claimers;
 * - our blind PolNeAR labels (tests/fixtures/polnear-claim-labels.jsonl, offsets only; tools/claim-cases.ts);
 * - our blind ggt-dev labels (tests/fixtures/ggt-claim-labels.jsonl, offsets only; tools/ggt-claim-cases.ts).
 *
 * A sentence is flagged when a predicted claim lies mostly inside it (the gold sentence a claim overlaps most).
 * Flagged share = flagged / all sentences; precision = flagged gold claims / flagged; recall = flagged gold claims /
 * gold claims. The claimant is right when both are the article's own voice, or when the gold claimer's words share
 * a name word with the predicted speaker's name or aliases ("the Labor Department" ~ "Labor Department"), or one
 * is the other's initials ("WHO" ~ "World Health Organization").
 */
import path from 'node:path';
import { nameInitials } from '../src/analysis/entities.ts';
import { readJsonLines } from './annotation-answers.ts';
import type { Analysis, Claim, Speaker } from '../src/analysis/types.ts';
import { CLAIM_LABELS_PATH, loadClaimLabels, readDocs, type ClaimLabel } from './claim-cases.ts';
import { GGT_CLAIM_LABELS_PATH, ggtTexts } from './ggt-claim-cases.ts';
import { GGT_DEV } from './ggt.ts';
import { REPO_ROOT } from './claimbuster.ts';

export const NEWSCLAIMS_PATH = path.resolve(REPO_ROOT, '../shared/data/newsclaims-dev.jsonl');
export const POLNEAR_PATH = path.resolve(REPO_ROOT, '../shared/data/polnear-train.jsonl');

export interface NewsSentence {
  start: number;
  end: number;
  claim: boolean;
  /** the claimer's words; null = the article's own voice */
  claimer: string | null;
  type?: string | null;
}
export interface NewsDoc {
  doc: string;
  text: string;
  sentences: NewsSentence[];
}

interface NcSentence {
  start: number;
  end: number;
  claim: boolean;
  has_claimer?: boolean;
  claimer?: string | null;
}

export function loadNewsClaims(file = NEWSCLAIMS_PATH): NewsDoc[] {
  return readJsonLines<{ doc: string; text: string; sentences: NcSentence[] }>(file).map((d) => ({
    doc: d.doc,
    text: d.text,
    sentences: d.sentences.map((s) => ({
      start: s.start,
      end: s.end,
      claim: s.claim,
      claimer: s.has_claimer && s.claimer ? s.claimer : null,
    })),
  }));
}

/** The articles of a set of stored blind claim labels (offsets into `texts`, which `file` holds), in label order. */
function labelledDocs(labels: readonly ClaimLabel[], texts: ReadonlyMap<string, { text: string }>, file: string): NewsDoc[] {
  const byDoc = new Map<string, NewsDoc>();
  for (const l of labels) {
    const text = texts.get(l.doc)?.text;
    if (text === undefined) throw new Error(`${file}: no document ${l.doc} (named in the claim labels)`);
    let d = byDoc.get(l.doc);
    if (!d) byDoc.set(l.doc, (d = { doc: l.doc, text, sentences: [] }));
    d.sentences.push({
      start: l.sentence[0],
      end: l.sentence[1],
      claim: l.claim,
      claimer: l.claimer ? text.slice(l.claimer[0], l.claimer[1]) : null,
      type: l.type,
    });
  }
  return [...byDoc.values()];
}

/**
 * The PolNeAR articles of our blind claim labels, one split: of the first round, or of the label files given
 * (POLNEAR_LABEL_ROUNDS: both rounds).
 */
export function loadPolnearLabelled(split: 'dev' | 'held-out', labelFiles: readonly string[] = [CLAIM_LABELS_PATH], file = POLNEAR_PATH): NewsDoc[] {
  return labelledDocs(loadClaimLabels(split, labelFiles), readDocs(file), file);
}

/** The ggt-dev articles of our second blind claim annotation (tools/ggt-claim-cases.ts), one split. */
export function loadGgtLabelled(split: 'dev' | 'held-out'): NewsDoc[] {
  return labelledDocs(loadClaimLabels(split, [GGT_CLAIM_LABELS_PATH]), ggtTexts(), GGT_DEV);
}

const NOT_NAME = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'in', 'on', 'to', 'by', 'mr', 'mrs', 'ms', 'dr', 'u.s', 'us', 'new']);

function nameWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s$/, '').replace(/\.$/, ''))
    .filter((w) => w.length > 1 && !NOT_NAME.has(w));
}

/** Words in capitals ("WHO", "CDC"): an organisation named by its initials. */
const acronyms = (s: string): string[] => s.match(/\b[A-Z]{2,}\b/g) ?? [];

/** One names the other by its initials: "WHO" ~ "World Health Organization" (either way round). */
function sameByInitials(a: string, b: string): boolean {
  const ia = nameInitials(a);
  const ib = nameInitials(b);
  return acronyms(a).some((x) => x === ib) || acronyms(b).some((x) => x === ia);
}

export function claimantRight(gold: string | null, claimant: string | null, speakers: Speaker[]): boolean {
  if (gold === null || claimant === null) return gold === claimant;
  const sp = speakers.find((s) => s.id === claimant);
  const forms = sp ? [sp.name, ...sp.aliases] : [claimant];
  const g = new Set(nameWords(gold));
  return forms.some((f) => nameWords(f).some((w) => g.has(w)) || sameByInitials(gold, f));
}

export interface NewsReport {
  docs: number;
  sentences: number;
  gold: number;
  flagged: number;
  tp: number;
  share: number;
  precision: number;
  recall: number;
  f1: number;
  /** gold claims of the four kinds the guideline names (quantity, causal, law, prediction; not "other"), and of those flagged */
  namedGold: number;
  namedTp: number;
  /** namedTp / namedGold; null when the set gives no claim types */
  namedRecall: number | null;
  /** of the gold claims flagged, how many have the right claimant */
  claimantOk: number;
  /** every flagged sentence: the claim's score, and whether the sentence is a gold claim (for the score's reliability) */
  scored: { score: number; claim: boolean }[];
  claimantAccuracy: number;
}

/** The index of the gold sentence that text[start, end) overlaps most, or -1. */
export function sentenceOf(doc: NewsDoc, start: number, end: number): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    const o = Math.min(s.end, end) - Math.max(s.start, start);
    if (o > bestOverlap) {
      bestOverlap = o;
      best = i;
    }
  }
  return best;
}

/** The claim that lies mostly in each gold sentence (highest score when several), by sentence index. */
export function flaggedSentences(doc: NewsDoc, claims: Claim[]): Map<number, Claim> {
  const out = new Map<number, Claim>();
  for (const c of claims) {
    const best = sentenceOf(doc, c.start, c.end);
    if (best < 0) continue;
    const prev = out.get(best);
    if (!prev || c.score > prev.score) out.set(best, c);
  }
  return out;
}

/** Scores the detector (through `run`, the whole engine on one article) on a set of documents. */
export function judge(docs: NewsDoc[], run: (doc: NewsDoc) => Analysis): NewsReport {
  let sentences = 0;
  let gold = 0;
  let flagged = 0;
  let tp = 0;
  let claimantOk = 0;
  let namedGold = 0;
  let namedTp = 0;
  let typed = false;
  const scored: { score: number; claim: boolean }[] = [];
  for (const d of docs) {
    const a = run(d);
    const hit = flaggedSentences(d, a.claims);
    for (const [i, c] of hit) scored.push({ score: c.score, claim: d.sentences[i]!.claim });
    sentences += d.sentences.length;
    flagged += hit.size;
    d.sentences.forEach((s, i) => {
      if (!s.claim) return;
      gold++;
      const named = s.type !== undefined && s.type !== null && s.type !== 'other';
      if (s.type) typed = true;
      if (named) namedGold++;
      const c = hit.get(i);
      if (!c) return;
      tp++;
      if (named) namedTp++;
      if (claimantRight(s.claimer, c.claimant, a.speakers)) claimantOk++;
    });
  }
  const precision = flagged ? tp / flagged : 0;
  const recall = gold ? tp / gold : 0;
  return {
    docs: docs.length,
    sentences,
    gold,
    flagged,
    tp,
    share: sentences ? flagged / sentences : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    namedGold,
    namedTp,
    namedRecall: typed && namedGold ? namedTp / namedGold : null,
    claimantOk,
    claimantAccuracy: tp ? claimantOk / tp : 0,
    scored,
  };
}
