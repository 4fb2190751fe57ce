/**
 * Engine benchmark: analyze() on every PolNeAR text vs plain Markdown → HTML (unified + remark-parse + remark-rehype
 * + rehype-stringify) of the same texts, in the same run. Reports (engine + parse) / parse and MB/s.
 *
 *   node --experimental-strip-types --no-warnings tools/bench-engine.ts [../shared/data/polnear-train.jsonl] [--json] [--rounds N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { analyze } from '../src/analysis/index.ts';
import { commandLine, numberFlag } from '../src/cli/args.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { fileArg, ROUNDS, asJson } = commandLine(
  {
    usage: 'node --experimental-strip-types --no-warnings tools/bench-engine.ts [../shared/data/polnear-train.jsonl] [--json] [--rounds N]',
    options: { rounds: { type: 'string' }, json: { type: 'boolean' } },
    positionals: { max: 1 },
  },
  ({ values, positionals }) => ({
    fileArg: positionals[0],
    ROUNDS: numberFlag(values, 'rounds', { default: 7, min: 1, integer: true }),
    asJson: values.json === true,
  }),
);
const dataPath = fileArg ? path.resolve(process.cwd(), fileArg) : path.resolve(repoRoot, '../shared/data/polnear-train.jsonl');

const seen = new Set<string>();
const texts: string[] = [];
for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as { text: string };
  if (seen.has(d.text)) continue;
  seen.add(d.text);
  texts.push(d.text);
}
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

function parseRange(a: number, b: number): void {
  for (let i = a; i < b; i++) processor.processSync(texts[i]!);
}
function engineRange(a: number, b: number): void {
  for (let i = a; i < b; i++) analyze(texts[i]!);
}

// Robust on a busy machine: the corpus is cut into small chunks, and each chunk is timed on both sides back to back
// (alternating which side goes first), so that both sides see the same load at the same moment. A round is one pass
// over the corpus; we report the ratio of the medians over ROUNDS rounds and the median of the per-round ratios.
const CHUNK = 20;
function round(): { p: number; e: number } {
  let p = 0;
  let e = 0;
  let flip = false;
  for (let a = 0; a < texts.length; a += CHUNK) {
    const b = Math.min(texts.length, a + CHUNK);
    flip = !flip;
    if (flip) {
      const t0 = performance.now();
      parseRange(a, b);
      const t1 = performance.now();
      engineRange(a, b);
      const t2 = performance.now();
      p += t1 - t0;
      e += t2 - t1;
    } else {
      const t0 = performance.now();
      engineRange(a, b);
      const t1 = performance.now();
      parseRange(a, b);
      const t2 = performance.now();
      e += t1 - t0;
      p += t2 - t1;
    }
  }
  return { p, e };
}
round(); // warm-up (JIT) for both sides
const parses: number[] = [];
const engines: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const { p, e } = round();
  parses.push(p);
  engines.push(e);
  ratios.push((e + p) / p);
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const parse = median(parses);
const engine = median(engines);
const ratio = (engine + parse) / parse;
const ratioMedian = median(ratios);
const mb = bytes / 1e6;
const result = {
  texts: texts.length,
  megabytes: Number(mb.toFixed(2)),
  parseMs: Math.round(parse),
  engineMs: Math.round(engine),
  ratio: Number(ratio.toFixed(2)),
  ratioMedianOfRounds: Number(ratioMedian.toFixed(2)),
  ratioRange: [Number(Math.min(...ratios).toFixed(2)), Number(Math.max(...ratios).toFixed(2))],
  rounds: ROUNDS,
  parseMBs: Number((mb / (parse / 1000)).toFixed(2)),
  engineMBs: Number((mb / (engine / 1000)).toFixed(2)),
};
if (asJson) console.log(JSON.stringify(result));
else {
  console.log(`${result.texts} texts, ${result.megabytes} MB`);
  console.log(`markdown → html: ${result.parseMs} ms (${result.parseMBs} MB/s)`);
  console.log(`engine analyze(): ${result.engineMs} ms (${result.engineMBs} MB/s)`);
  console.log(`(engine + parse) / parse = ${result.ratio} (ratio of medians over ${ROUNDS} rounds, interleaved every ${CHUNK} texts; median of per-round ratios ${result.ratioMedianOfRounds}, range ${result.ratioRange.join('–')})  (goals: ≤ 1.97 issue 12, ≤ 2.0 issue 13, ≤ 1.5 issue 18)`);
}
