/**
 * Quote and attribution evaluation on GenderGapTracker's dev set (Canadian news, 2018–19), by the held-out checks'
 * own rule (tools/ggt.ts, the same as ../shared/tools/score-spans.mjs).
 *
 *   npm run eval:ggt -- [FILE.jsonl] [--errors N] [--write-figures]
 *
 * Prints quote precision, recall and F1 at 30% and 80% overlap, the right person for found quotes, GGT's own rule
 * (the source mention overlaps the gold speaker mention), the calibration (a reliability table over ten bins and the
 * expected calibration error) and per rule (`how`) its share of found quotes and its accuracy. `--errors N` prints
 * N wrong attributions with their context (to the terminal only: the data stays out of the project).
 * `--write-figures` records the figures in src/data/figures.json (`npm run figures -- --readme` then writes the README).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { commandLine, numberFlag } from '../src/cli/args.ts';
import path from 'node:path';
import { HOWS } from '../src/analysis/index.ts';
import { GGT_DEV, rates, readGgt, reliability, runGgt, scoreGgt } from './ggt.ts';

const { fileArg, showErrors, writeFigures } = commandLine(
  {
    usage: 'npm run eval:ggt -- [FILE.jsonl] [--errors N] [--write-figures]',
    options: { errors: { type: 'string' }, 'write-figures': { type: 'boolean' } },
    positionals: { max: 1 },
  },
  ({ values, positionals }) => ({
    fileArg: positionals[0],
    showErrors: numberFlag(values, 'errors', { default: 0, min: 0, integer: true }),
    writeFigures: values['write-figures'] === true,
  }),
);

const docs = readGgt(fileArg ? path.resolve(process.cwd(), fileArg) : GGT_DEV);
const t0 = performance.now();
const runs = runGgt(docs);
const ms = performance.now() - t0;
const s30 = scoreGgt(runs, 0.3);
const s80 = scoreGgt(runs, 0.8);
const r30 = rates(s30);
const r80 = rates(s80);
const cal = reliability(s30.judged);
const pc = (x: number) => (100 * x).toFixed(1);

console.log(`ggt: ${docs.length} articles, ${s30.gold} gold quotes, ${s30.pred} predicted, engine ${ms.toFixed(0)} ms`);
console.log(`  overlap >30%: P ${pc(r30.P)}  R ${pc(r30.R)}  F1 ${pc(r30.F)}`);
console.log(`  overlap >80%: P ${pc(r80.P)}  R ${pc(r80.R)}  F1 ${pc(r80.F)}`);
console.log(`  right person: ${pc(r30.speaker)}% of ${s30.judged.length} found quotes with a reference`);
console.log(`  GGT's rule (source mention overlaps the gold speaker mention): ${pc(r30.ggt)}% of ${s30.ggtN}`);
console.log(`  calibration: ECE ${cal.ece.toFixed(3)}`);
console.log('  confidence   quotes  right  mean confidence');
cal.bins.forEach((b, i) => {
  if (b.n) console.log(`  ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}   ${String(b.n).padStart(6)}  ${pc(b.right / b.n).padStart(5)}  ${(b.sum / b.n).toFixed(3)}`);
});
console.log(`  ${'rule'.padEnd(24)} found  share  right`);
for (const how of HOWS) {
  const js = s30.judged.filter((j) => j.how === how);
  if (!js.length) continue;
  const ok = js.filter((j) => j.right).length;
  console.log(`  ${how.padEnd(24)} ${String(js.length).padStart(5)}  ${pc(js.length / s30.judged.length).padStart(5)}  ${pc(ok / js.length).padStart(5)}`);
}

if (showErrors > 0) {
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const wrong = s30.judged.filter((j) => !j.right);
  const step = Math.max(1, Math.floor(wrong.length / showErrors));
  for (let i = 0; i < wrong.length && i / step < showErrors; i += step) {
    const j = wrong[i]!;
    const text = byDoc.get(j.doc)!.text;
    const ss = j.gold.speaker_span;
    const at = Math.min(j.quote.start, ss?.[0] ?? Infinity, j.quote.source?.start ?? Infinity);
    const to = Math.max(j.quote.end, ss?.[1] ?? 0, j.quote.source?.end ?? 0);
    const ctx = text.slice(Math.max(0, at - 80), Math.min(to + 40, at + 420)).replace(/\s+/g, ' ');
    const sp = runs.find((r) => r.doc.id === j.doc)!.analysis.speakers.find((x) => x.id === j.quote.speaker);
    console.log(`gold=«${j.gold.reference}» mention=«${j.gold.speaker}» ours=«${sp?.name ?? 'null'}» how=${j.how} src=«${j.quote.source?.text ?? ''}» conf=${j.confidence}\n    …${ctx}…`);
  }
  console.log(`(${wrong.length} wrong of ${s30.judged.length})`);
}

if (writeFigures) {
  const figuresPath = path.resolve(import.meta.dirname, '../src/data/figures.json');
  const figures = JSON.parse(readFileSync(figuresPath, 'utf8'));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const cv = figures.ggt?.calibrationCv ?? null;
  figures.ggt = {
    data: `GenderGapTracker's evaluation set, dev half (${docs.length} Canadian news articles, 2018–19, ${s30.gold} quotes; tuned on)`,
    command: 'npm run eval:ggt',
    measured: new Date().toISOString().slice(0, 10),
    overlap30: { precision: round(r30.P), recall: round(r30.R), f1: round(r30.F) },
    overlap80: { precision: round(r80.P), recall: round(r80.R), f1: round(r80.F) },
    rightPerson: round(r30.speaker),
    ggtRule: round(r30.ggt),
    ece: round(cal.ece),
    calibrationCv: cv,
  };
  writeFileSync(figuresPath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`figures written to ${path.relative(process.cwd(), figuresPath)}; run \`npm run figures -- --readme\``);
}
