/**
 * Did a change of the engine change its output? Analyses the seed (content/briefings), every PolNeAR text and every
 * ggt-dev text, and either records the result as a baseline or compares a run against one.
 *
 *   npm run compare -- --record [/tmp/onrecord-baseline.jsonl]
 *   npm run compare -- [/tmp/onrecord-baseline.jsonl] [--show N]
 *
 * The comparison ignores the fields added since a baseline was recorded (NEW_FIELDS) and reads `how` through
 * HOW_RENAMES (a rule name made more specific maps to the name the baseline has), so what it lists is every other
 * difference: a quote, speaker, claim or diagnostic added, dropped or changed. Exit status 1 when any is found.
 * The baseline lives outside the repository: it holds analyses of data that must not be copied into the project.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, numberFlag } from '../src/cli/args.ts';
import path from 'node:path';
import { analyze } from '../src/analysis/index.ts';
import { HOW_RENAMES } from './how-renames.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(repoRoot, '../shared/data');
const { record, show, baselinePath } = commandLine(
  {
    usage: 'npm run compare -- [--record] [/tmp/onrecord-baseline.jsonl] [--show N]',
    options: { record: { type: 'boolean' }, show: { type: 'string' } },
    positionals: { max: 1 },
  },
  ({ values, positionals }) => ({
    record: values.record === true,
    show: numberFlag(values, 'show', { default: 20, min: 0, integer: true }),
    baselinePath: positionals[0] ?? '/tmp/onrecord-baseline.jsonl',
  }),
);

/** Fields the contract gained after the baseline: per list, the keys to leave out. */
const NEW_FIELDS: Record<string, readonly string[]> = { quotes: ['source'], speakers: ['named'] };

interface Text {
  key: string;
  text: string;
}

function texts(): Text[] {
  const out: Text[] = [];
  const seedDir = path.resolve(repoRoot, 'content/briefings');
  for (const f of readdirSync(seedDir).filter((x) => x.endsWith('.md')).sort()) out.push({ key: `seed:${f}`, text: readFileSync(path.join(seedDir, f), 'utf8') });
  const sets: [string, string, (d: Record<string, unknown>) => string][] = [
    ['polnear', 'polnear-train.jsonl', (d) => String(d['doc'])],
    ['ggt', 'ggt-dev.jsonl', (d) => String(d['id'])],
  ];
  for (const [name, file, idOf] of sets) {
    const p = path.join(shared, file);
    if (!existsSync(p)) {
      process.stderr.write(`compare: ${p} not found (../shared beside the repository); ${name} skipped\n`);
      continue;
    }
    const seen = new Set<string>();
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as Record<string, unknown>;
      const text = String(d['text']);
      // PolNeAR has one line per annotator of a document: the same text is analysed once
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ key: `${name}:${idOf(d)}`, text });
    }
  }
  return out;
}

function normalise(a: ReturnType<typeof analyze>): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const list of ['speakers', 'quotes', 'claims', 'diagnostics'] as const) {
    const drop = NEW_FIELDS[list] ?? [];
    out[list] = (a[list] as unknown as Record<string, unknown>[]).map((item) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(item)) if (!drop.includes(k)) o[k] = k === 'how' && typeof v === 'string' ? (HOW_RENAMES[v] ?? v) : v;
      return o;
    });
  }
  return out;
}

const all = texts();
const t0 = performance.now();
const results = all.map((t) => ({ key: t.key, analysis: normalise(analyze(t.text, { file: t.key })) }));
const ms = performance.now() - t0;

if (record) {
  writeFileSync(baselinePath, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
  console.log(`baseline of ${results.length} texts written to ${baselinePath} (${ms.toFixed(0)} ms)`);
  process.exit(0);
}
if (!existsSync(baselinePath)) {
  console.error(`compare: no baseline at ${baselinePath}; record one first with --record`);
  process.exit(2);
}
const base = new Map<string, Record<string, unknown[]>>();
for (const line of readFileSync(baselinePath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { key: string; analysis: Record<string, unknown[]> };
  base.set(r.key, r.analysis);
}

const diffs: string[] = [];
let changedTexts = 0;
for (const r of results) {
  const b = base.get(r.key);
  if (!b) {
    diffs.push(`${r.key}: not in the baseline`);
    changedTexts++;
    continue;
  }
  let changed = false;
  for (const list of Object.keys(r.analysis)) {
    const now = (r.analysis[list] ?? []).map((x) => JSON.stringify(x));
    const was = (b[list] ?? []).map((x) => JSON.stringify(x));
    const nowSet = new Set(now);
    const wasSet = new Set(was);
    for (const x of was) if (!nowSet.has(x)) diffs.push(`${r.key} ${list} - ${x}`);
    for (const x of now) if (!wasSet.has(x)) diffs.push(`${r.key} ${list} + ${x}`);
    if (now.join('\n') !== was.join('\n')) changed = true;
  }
  if (changed) changedTexts++;
}
for (const key of base.keys()) if (!results.some((r) => r.key === key)) diffs.push(`${key}: in the baseline, not analysed now`);

console.log(`${results.length} texts analysed (${ms.toFixed(0)} ms); ${changedTexts} differ from ${baselinePath}`);
for (const d of diffs.slice(0, show)) console.log(d.length > 400 ? d.slice(0, 400) + '…' : d);
if (diffs.length > show) console.log(`… ${diffs.length - show} more differences (--show N)`);
process.exit(changedTexts > 0 ? 1 : 0);
