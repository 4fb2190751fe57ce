/**
 * Engine benchmark: analyze() on every PolNeAR text vs plain Markdown → HTML (unified + remark-parse + remark-rehype
 * + rehype-stringify) of the same texts, in the same run. Reports (engine + parse) / parse and MB/s.
 *
 *   node --experimental-strip-types --no-warnings src/cli/bench-engine.ts [../shared/data/polnear-train.jsonl] [--json]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { analyze } from '../analysis/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const fileArg = args.find((a) => !a.startsWith('--'));
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

function timeParse(): number {
  const t0 = performance.now();
  for (const t of texts) processor.processSync(t);
  return performance.now() - t0;
}
function timeEngine(): number {
  const t0 = performance.now();
  for (const t of texts) analyze(t);
  return performance.now() - t0;
}
// warm up both, then take the best of three rounds each, interleaved
timeParse();
timeEngine();
let parse = Infinity;
let engine = Infinity;
for (let i = 0; i < 3; i++) {
  parse = Math.min(parse, timeParse());
  engine = Math.min(engine, timeEngine());
}
const ratio = (engine + parse) / parse;
const mb = bytes / 1e6;
const result = {
  texts: texts.length,
  megabytes: Number(mb.toFixed(2)),
  parseMs: Math.round(parse),
  engineMs: Math.round(engine),
  ratio: Number(ratio.toFixed(2)),
  parseMBs: Number((mb / (parse / 1000)).toFixed(2)),
  engineMBs: Number((mb / (engine / 1000)).toFixed(2)),
};
if (args.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`${result.texts} texts, ${result.megabytes} MB`);
  console.log(`markdown → html: ${result.parseMs} ms (${result.parseMBs} MB/s)`);
  console.log(`engine analyze(): ${result.engineMs} ms (${result.engineMBs} MB/s)`);
  console.log(`(engine + parse) / parse = ${result.ratio}  (goal ≤ 2.5)`);
}
