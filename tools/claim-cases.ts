/**
 * Prepares the blind annotation behind the news claim model (issue: claims worth checking in news prose).
 *
 *   node --experimental-strip-types --no-warnings tools/claim-cases.ts [POLNEAR.jsonl] OUT_DIR [--docs N] [--batches K]
 *
 * Draws a deterministic sample of whole PolNeAR articles (half from the dev half, half from the held-out half, as
 * tools/polnear.ts splits them) and writes every sentence of each, numbered, into reading batches for annotators
 * who never see the engine's output. They label each sentence by Full Fact's guideline (a quantity, a cause or
 * correlation, a law or rule, a prediction; personal experience and opinion are not claims) and name who makes the
 * claim. Their answers go through `--import` into tests/fixtures/polnear-claim-labels.jsonl, which stores offsets
 * only — never the corpus's words.
 *
 *   node --experimental-strip-types --no-warnings tools/claim-cases.ts [POLNEAR.jsonl] OUT_DIR --import
 *
 * The second round: `--more N` draws the next N dev-half articles (training only) and `--more N --import` stores
 * their answers in tests/fixtures/polnear-claim-labels-more.jsonl. --docs is the first round's size (90) either way.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, numberFlag } from '../src/cli/args.ts';
import { locateWords, readAnswers, readCases, readJsonLines } from './annotation-answers.ts';
import path from 'node:path';
import { segment } from '../src/analysis/segment.ts';
import { fnv1a, isHeldOut, type PolnearDoc } from './polnear.ts';

export const CLAIM_LABELS_PATH = path.resolve(import.meta.dirname, '../tests/fixtures/polnear-claim-labels.jsonl');
/** The first round drew this many articles (--docs 90), half from each split; the second continues after them. */
const FIRST_ROUND_DOCS = 90;
/** The second round (--more): further dev-half articles, for training only. */
export const MORE_CLAIM_LABELS_PATH = path.resolve(import.meta.dirname, '../tests/fixtures/polnear-claim-labels-more.jsonl');
/** Both rounds of PolNeAR labels: what the model trains on (its dev-half articles). */
export const POLNEAR_LABEL_ROUNDS: readonly string[] = [CLAIM_LABELS_PATH, MORE_CLAIM_LABELS_PATH];

export type ClaimType = 'quantity' | 'causal' | 'prediction' | 'law' | 'other';
export interface ClaimLabel {
  doc: string;
  split: 'dev' | 'held-out';
  sentence: [number, number];
  claim: boolean;
  type: ClaimType | null;
  /** where the claimer is named (nearest mention before the sentence, else after); null = the article's own voice */
  claimer: [number, number] | null;
}

/**
 * Stored labels (by default the first round, tests/fixtures/polnear-claim-labels.jsonl; MORE_CLAIM_LABELS_PATH is
 * the second round's dev-half articles), optionally one split only.
 */
export function loadClaimLabels<L extends ClaimLabel = ClaimLabel>(split?: 'dev' | 'held-out', files: readonly string[] = [CLAIM_LABELS_PATH]): L[] {
  const out: L[] = [];
  for (const f of files) {
    if (!existsSync(f)) throw new Error(`${f}: these claim labels are missing`);
    for (const l of readJsonLines<L>(f)) if (split === undefined || l.split === split) out.push(l);
  }
  return out;
}

export interface Case {
  id: string;
  doc: string;
  split: 'dev' | 'held-out';
  start: number;
  end: number;
}

export interface Answer {
  case: string;
  claim: boolean;
  type?: ClaimType | null;
  claimer?: string | null;
}

function main(): void {
  const { positional, docCount, batches, more, importing } = commandLine(
    {
      usage:
        'node --experimental-strip-types --no-warnings tools/claim-cases.ts [POLNEAR.jsonl] OUT_DIR [--docs N] [--batches K] [--more N] [--import]',
      options: { docs: { type: 'string' }, batches: { type: 'string' }, more: { type: 'string' }, import: { type: 'boolean' } },
      positionals: { max: 2 },
    },
    ({ values, positionals }) => {
      const count = { min: 1, integer: true };
      return {
        positional: positionals,
        docCount: numberFlag(values, 'docs', { ...count, default: FIRST_ROUND_DOCS }),
        batches: numberFlag(values, 'batches', { ...count, default: 4 }),
        more: numberFlag(values, 'more', count),
        importing: values.import === true,
      };
    },
  );
  const dataPath =
    positional.length > 1
      ? path.resolve(positional[0]!)
      : path.resolve(import.meta.dirname, '../../shared/data/polnear-train.jsonl');
  const outDir = path.resolve(positional.length > 1 ? positional[1]! : (positional[0] ?? '/tmp/claim-cases'));
  const docs = readDocs(dataPath);
  const labels = more !== undefined ? MORE_CLAIM_LABELS_PATH : CLAIM_LABELS_PATH;
  if (importing) importAnswers(docs, outDir, labels);
  else if (more !== undefined) writeCases(docs, sampleMore(docs, docCount, more), outDir, batches);
  else writeCases(docs, sampleCases(docs, docCount), outDir, batches);
}

export function readDocs(dataPath: string): Map<string, PolnearDoc> {
  const docs = new Map<string, PolnearDoc>();
  for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as PolnearDoc;
    // two annotators of one document: the text is the same, one case set
    if (!docs.has(d.doc)) docs.set(d.doc, d);
  }
  return docs;
}

/** The articles of one split that may be drawn (moderate length), in the draw's order. */
function drawOrder(docs: Map<string, PolnearDoc>, split: 'dev' | 'held-out'): PolnearDoc[] {
  return [...docs.values()]
    .filter((d) => (isHeldOut(d.doc) ? 'held-out' : 'dev') === split && d.text.length >= 1500 && d.text.length <= 9000)
    .sort((a, b) => fnv1a(`claims:${a.doc}`) - fnv1a(`claims:${b.doc}`));
}

/** Every sentence of the article with two letters or more, as a case (its id set later). */
export function sentenceCases(d: { doc: string; text: string }, split: 'dev' | 'held-out', out: Case[]): void {
  for (const s of segment(d.text).sentences) {
    if (!/[A-Za-z]{2}/.test(d.text.slice(s.start, s.end))) continue;
    out.push({ id: '', doc: d.doc, split, start: s.start, end: s.end });
  }
}

/** Whole articles of moderate length, half per split, every sentence of each. */
function sampleCases(docs: Map<string, PolnearDoc>, nDocs: number): Case[] {
  const out: Case[] = [];
  for (const split of ['dev', 'held-out'] as const) for (const d of drawOrder(docs, split).slice(0, nDocs / 2)) sentenceCases(d, split, out);
  out.forEach((c, i) => (c.id = `s${String(i + 1).padStart(5, '0')}`));
  return out;
}

/**
 * The second round (--more N): the next N dev-half articles after the first round's nFirst / 2, for training only
 * (the held-out half stays as the first round left it).
 */
function sampleMore(docs: Map<string, PolnearDoc>, nFirst: number, n: number): Case[] {
  const out: Case[] = [];
  for (const d of drawOrder(docs, 'dev').slice(nFirst / 2, nFirst / 2 + n)) sentenceCases(d, 'dev', out);
  out.forEach((c, i) => (c.id = `m${String(i + 1).padStart(5, '0')}`));
  return out;
}

/**
 * Writes cases.json and the reading batches: whole articles per batch, both splits mixed, so no annotator works on
 * one split only. With `readers` > 1 each article goes to that many batches (the next ones round), for agreement.
 */
export function writeCases(docs: ReadonlyMap<string, { text: string }>, cases: Case[], outDir: string, batches: number, readers = 1): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'cases.json'), JSON.stringify(cases, null, 1));
  const byDoc = new Map<string, Case[]>();
  for (const c of cases) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
  const order = [...byDoc.keys()].sort((a, b) => fnv1a(a) - fnv1a(b));
  const inBatch = (i: number, b: number) => (b - (i % batches) + batches) % batches < readers;
  for (let b = 0; b < batches; b++) {
    const parts = order
      .filter((_, i) => inBatch(i, b))
      .map((doc) => {
        const text = docs.get(doc)!.text;
        const lines = byDoc.get(doc)!.map((c) => `[${c.id}] ${text.slice(c.start, c.end).replace(/\s+/g, ' ')}`);
        return `=== ARTICLE ${doc.replace(/_.*/, '')} ===\n${lines.join('\n')}\n`;
      });
    writeFileSync(path.join(outDir, `batch-${b + 1}.txt`), parts.join('\n'));
  }
  console.log(`${cases.length} sentences of ${byDoc.size} articles in ${batches} batches written to ${outDir}`);
}

function importAnswers(docs: Map<string, PolnearDoc>, outDir: string, labelsPath: string): void {
  const cases = readCases<Case>(outDir);
  const answers = readAnswers<Answer>(outDir);
  const out: string[] = [];
  let missing = 0;
  let unfound = 0;
  for (const c of cases) {
    const a = answers.get(c.id);
    if (!a) {
      missing++;
      continue;
    }
    let claimer: [number, number] | null = null;
    if (a.claim && a.claimer) {
      claimer = locateWords(docs.get(c.doc)!.text, a.claimer, c.end, c.end);
      if (!claimer) {
        unfound++;
        console.error(`${c.id}: claimer not found in the text: ${a.claimer}`);
      }
    }
    const label: ClaimLabel = {
      doc: c.doc,
      split: c.split,
      sentence: [c.start, c.end],
      claim: a.claim,
      type: a.claim ? (a.type ?? 'other') : null,
      claimer,
    };
    out.push(JSON.stringify(label));
  }
  mkdirSync(path.dirname(labelsPath), { recursive: true });
  writeFileSync(labelsPath, `${out.join('\n')}\n`);
  console.log(
    `${out.length} labels written to ${path.relative(process.cwd(), labelsPath)} (${missing} unanswered, ${unfound} claimers not found)`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
