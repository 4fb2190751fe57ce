/**
 * Fits the calibration of `confidence` (src/analysis/calibration.ts): a logistic model, L2-regularised, of whether a
 * found quote's speaker is right, over the evidence the engine records for it, on ggt-dev (the found quotes with a
 * reference; right by the held-out checks' rule, tools/ggt.ts).
 *
 *   npm run fit:calibration [-- --write]
 *
 * The calibration error it reports is measured by five-fold cross-validation over articles (each fold scored by a
 * model fitted on the other four), never on what was fitted; `--write` stores the weights fitted on all of ggt-dev in
 * src/analysis/calibration-weights.ts and the cross-validated figures in src/data/figures.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { commandLine } from '../src/cli/args.ts';
import path from 'node:path';
import { featuresOf, probability, type Evidence, type Weights } from '../src/analysis/calibration.ts';
import { fnv1a } from './fnv1a.ts';
import { readGgt, reliability, runGgt, scoreGgt, type Judged } from './ggt.ts';

const { write } = commandLine({ usage: 'npm run fit:calibration [-- --write]', options: { write: { type: 'boolean' } } }, ({ values }) => values);
const L2 = 1.0;
const FOLDS = 5;

interface Item { doc: string; evidence: Evidence; right: boolean }

/** Logistic regression by Newton-free gradient descent with L2 (the bias is not shrunk). */
export function fit(items: readonly Item[], iterations = 3000, rate = 0.5): Weights {
  const xs = items.map((it) => featuresOf(it.evidence));
  const keys = [...new Set(xs.flatMap((x) => [...x.keys()]))].sort();
  const w = new Map(keys.map((k) => [k, 0]));
  const n = items.length;
  for (let it = 0; it < iterations; it++) {
    const g = new Map(keys.map((k) => [k, k === 'bias' ? 0 : (L2 * w.get(k)!) / n]));
    xs.forEach((x, i) => {
      let z = 0;
      for (const [k, v] of x) z += w.get(k)! * v;
      const err = 1 / (1 + Math.exp(-z)) - (items[i]!.right ? 1 : 0);
      for (const [k, v] of x) g.set(k, g.get(k)! + (err * v) / n);
    });
    for (const k of keys) w.set(k, w.get(k)! - rate * g.get(k)!);
  }
  return Object.fromEntries([...w].map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
}

function itemsOf(judged: readonly Judged[]): Item[] {
  return judged.filter((j) => j.evidence && j.evidence.speakerKind !== null && j.how !== 'editor').map((j) => ({ doc: j.doc, evidence: j.evidence!, right: j.right }));
}

const runs = runGgt(readGgt());
const judged = scoreGgt(runs, 0.3).judged;
const items = itemsOf(judged);
// the quotes with no speaker are 0 by definition: they count in the error as the checks count them
const unspoken = judged.filter((j) => !j.evidence || j.evidence.speakerKind === null).map((j) => ({ confidence: 0, right: j.right }));

const cvScored: { confidence: number; right: boolean }[] = [...unspoken];
for (let k = 0; k < FOLDS; k++) {
  const inFold = (it: Item) => fnv1a(it.doc) % FOLDS === k;
  const w = fit(items.filter((it) => !inFold(it)));
  for (const it of items.filter(inFold)) cvScored.push({ confidence: Math.round(probability(it.evidence, w) * 100) / 100, right: it.right });
}
const cv = reliability(cvScored);
const before = reliability(judged.map((j) => ({ confidence: j.evidence?.speakerKind === null ? 0 : j.evidence?.prior ?? 0, right: j.right })));
const pc = (x: number) => (100 * x).toFixed(1);
console.log(`${items.length} found quotes with a speaker (${unspoken.length} more with none) on ggt-dev`);
console.log(`ECE of the rules' own confidence: ${before.ece.toFixed(3)}; calibrated, ${FOLDS}-fold cross-validated by article: ${cv.ece.toFixed(3)}`);
console.log('  confidence   quotes  right  mean confidence   (cross-validated)');
cv.bins.forEach((b, i) => {
  if (b.n) console.log(`  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}   ${String(b.n).padStart(6)}  ${pc(b.right / b.n).padStart(5)}  ${(b.sum / b.n).toFixed(3)}`);
});
const weights = fit(items);
console.log(JSON.stringify(weights));

if (write) {
  const out = path.resolve(import.meta.dirname, '../src/analysis/calibration-weights.ts');
  const body = Object.entries(weights).map(([k, v]) => `  ${JSON.stringify(k)}: ${v},`).join('\n');
  writeFileSync(out, `/** Written by \`npm run fit:calibration -- --write\` (tools/fit-calibration.ts) from ggt-dev: do not edit by hand. */\nexport const CALIBRATION_WEIGHTS: Readonly<Record<string, number>> = {\n${body}\n};\n`);
  const figuresPath = path.resolve(import.meta.dirname, '../src/data/figures.json');
  const figures = JSON.parse(readFileSync(figuresPath, 'utf8'));
  figures.ggt = { ...(figures.ggt ?? {}), calibrationCv: { ece: Math.round(cv.ece * 1000) / 1000, folds: FOLDS, bins: cv.bins.map((b) => ({ n: b.n, right: b.right, mean: b.n ? Math.round((b.sum / b.n) * 1000) / 1000 : null })) } };
  writeFileSync(figuresPath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log('weights written to src/analysis/calibration-weights.ts; cross-validated figures to src/data/figures.json');
}
