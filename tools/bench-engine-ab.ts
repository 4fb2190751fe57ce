/**
 * Engine A/B: this checkout's analyze() against another checkout's, on every PolNeAR text, in one process, the two
 * interleaved every 10 texts (alternating which goes first) and timed in process CPU time. On a shared machine
 * wall-clock ratios (bench-engine.ts) swing with the load; CPU time of two engines run side by side swings much less.
 *
 *   git archive main src | tar -x -C /tmp/engine-main     (any other ref or checkout: a folder holding its src/)
 *   node --experimental-strip-types --no-warnings tools/bench-engine-ab.ts /tmp/engine-main [--rounds N]
 *
 * Prints this engine's CPU time as a share of the other's. The other checkout's imports of npm packages resolve
 * from its own folder upwards: link this checkout's node_modules into it if it has none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analysis/index.ts';
import { commandLine, numberFlag } from '../src/cli/args.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ROUNDS, other } = commandLine(
  {
    usage: 'node --experimental-strip-types --no-warnings tools/bench-engine-ab.ts OTHER_CHECKOUT [--rounds N]  (a folder holding the other src/)',
    options: { rounds: { type: 'string' } },
    positionals: { min: 1, max: 1, name: 'OTHER_CHECKOUT' },
  },
  ({ values, positionals }) => ({ ROUNDS: numberFlag(values, 'rounds', { default: 5, min: 1, integer: true }), other: positionals[0]! }),
);
const otherAnalyze = ((await import(path.resolve(other, 'src/analysis/index.ts'))) as { analyze: typeof analyze }).analyze;

const seen = new Set<string>();
const texts: string[] = [];
for (const line of readFileSync(path.resolve(repoRoot, '../shared/data/polnear-train.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const text = String((JSON.parse(line) as { text: string }).text);
  if (seen.has(text)) continue;
  seen.add(text);
  texts.push(text);
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const CHUNK = 10;
const ratios: number[] = [];
let mine = 0;
let theirs = 0;
for (let r = 0; r <= ROUNDS; r++) {
  let a = 0;
  let b = 0;
  for (let i = 0; i < texts.length; i += CHUNK) {
    const chunk = texts.slice(i, i + CHUNK);
    for (const which of (i / CHUNK) % 2 === 0 ? [0, 1] : [1, 0]) {
      const f = which === 0 ? otherAnalyze : analyze;
      const t0 = cpuMs();
      for (const t of chunk) f(t);
      if (which === 0) a += cpuMs() - t0;
      else b += cpuMs() - t0;
    }
  }
  if (r === 0) continue; // warm-up (JIT) for both
  ratios.push(b / a);
  theirs += a;
  mine += b;
}
ratios.sort((x, y) => x - y);
console.log(
  `${texts.length} texts, ${ROUNDS} rounds: this engine's CPU time = ${(mine / theirs).toFixed(3)} of ${other}'s ` +
    `(per round ${ratios[0]!.toFixed(3)}–${ratios.at(-1)!.toFixed(3)}; ${(theirs / ROUNDS).toFixed(0)} ms against ${(mine / ROUNDS).toFixed(0)} ms a round)`,
);
