/**
 * `npm run bench`: builds synthetic corpora of 1, 100 and 1,000 briefings (tools/synthetic.ts: invented text,
 * no third-party articles) and reports, per size: wall time, peak memory of the build process, pages per second,
 * the Pagefind index size, the bytes a reader's first search fetches (tools/bench-search.ts), the cost per
 * briefing of each stage (analysis, rendering, share cards, indexing; measured inside the build through
 * ONRECORD_TIMINGS, see src/lib/timings.ts), the growth with corpus size, and a rebuild of the largest corpus after
 * editing one briefing (only that briefing's cards redrawn). Also runs the engine benchmark (tools/bench-engine.ts)
 * when its data is present. Prints a Markdown report and writes it to docs/bench.md.
 *
 *   npm run bench                         # sizes 1, 100, 1000
 *   npm run bench -- --sizes 1,20 --rebuild-at 20 --out /tmp/bench.md --keep
 *   npm run bench:10k                     # 10,000 briefings and a one-edit rebuild, into docs/bench-10k.md
 *
 * Also --paragraphs N (per synthetic briefing, 8) and --no-search, --no-engine, --no-pages, --no-rebuild to leave a
 * part out.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commandLine, numberFlag, numberListFlag } from '../src/cli/args.ts';
import { syntheticBriefing } from './synthetic.ts';

import { formatPageWeight, pageWeight } from './bench-pages.ts';
const root = fileURLToPath(new URL('../', import.meta.url));

interface Args {
  sizes: number[];
  out: string;
  keep: boolean;
  search: boolean;
  engine: boolean;
  /** the reading budgets: the real briefings built once, the first briefing page weighed */
  pages: boolean;
  rebuild: boolean;
  /** the sizes after whose build one briefing is edited and the site rebuilt (default: the largest) */
  rebuildAt: number[];
  paragraphs: number;
}

const USAGE =
  'npm run bench -- [--sizes 1,100,1000] [--rebuild-at N,…] [--out FILE] [--paragraphs N] [--keep] [--no-search] [--no-engine] [--no-pages] [--no-rebuild]';

function readArgs(argv: readonly string[]): Args {
  const flag = { type: 'boolean' } as const;
  const text = { type: 'string' } as const;
  const options = { sizes: text, 'rebuild-at': text, out: text, paragraphs: text, keep: flag, 'no-search': flag, 'no-engine': flag, 'no-pages': flag, 'no-rebuild': flag };
  return commandLine(
    { usage: USAGE, options },
    ({ values }) => {
      const size = { min: 1, integer: true };
      const sizes = numberListFlag(values, 'sizes', size) ?? [1, 100, 1000];
      return {
        sizes,
        rebuildAt: numberListFlag(values, 'rebuild-at', size) ?? [Math.max(...sizes)],
        out: values.out ?? join(root, 'docs/bench.md'),
        keep: values.keep === true,
        search: !values['no-search'],
        engine: !values['no-engine'],
        pages: !values['no-pages'],
        rebuild: !values['no-rebuild'],
        paragraphs: numberFlag(values, 'paragraphs', { default: 8, min: 1, integer: true }),
      };
    },
    argv,
  );
}

interface StageTotal {
  ms: number;
  count: number;
  cached?: number;
  /** cards: the time the build waited for cards after its pages (they are drawn while the pages render) */
  waited?: number;
}

interface BuildRun {
  ok: boolean;
  wallMs: number;
  peakRssMB: number;
  log: string;
  stages: Record<string, StageTotal>;
  /** Astro's own "generating static routes" time */
  routesMs: number;
  /** routes Astro rendered, and routes its incremental build copied from the last build unchanged */
  rendered: number;
  reused: number;
}

/** Runs `astro build` with stage timings on and its peak memory recorded. */
function runBuild(env: Record<string, string>, work: string, label: string): Promise<BuildRun> {
  const timings = join(work, `${label}.timings.json`);
  const rss = join(work, `${label}.rss`);
  rmSync(timings, { force: true });
  rmSync(rss, { force: true });
  // Preloaded into the build process: its peak resident memory (KiB) when it exits.
  const preload = `data:text/javascript,${encodeURIComponent(
    `import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(rss)},String(process.resourceUsage().maxRSS)));`,
  )}`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', preload, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ONRECORD_TIMINGS: timings, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (c: Buffer) => (log += c.toString()));
    child.stderr.on('data', (c: Buffer) => (log += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      const wallMs = performance.now() - started;
      const stages = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Record<string, StageTotal>) : {};
      const peakRssMB = existsSync(rss) ? Number(readFileSync(rss, 'utf8')) / 1024 : NaN;
      // Astro prints "123ms", "12.34s" or "3m 12s".
      const routes = /generating static routes[\s\S]*?✓ Completed in (?:(\d+)m )?([\d.]+)(ms|s)/.exec(log);
      const routesMs = routes ? Number(routes[1] ?? 0) * 60_000 + Number(routes[2]) * (routes[3] === 's' ? 1000 : 1) : NaN;
      // One line per route: "├─ /path (+3ms)" when rendered, "├─ /path (restored)" or "(cached)" when reused.
      const reused = (log.match(/├─ .*\((?:restored|cached)\)/g) ?? []).length;
      const rendered = (log.match(/├─ .*\(\+[\d.]+m?s\)/g) ?? []).length;
      resolve({ ok: status === 0, wallMs, peakRssMB, log, stages, routesMs, rendered, reused });
    });
  });
}

function dirBytes(dir: string, filter: (file: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    if (filter(relative(dir, file))) total += statSync(file).size;
  }
  return total;
}

function countFiles(dir: string, suffix: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
}

interface SizeResult {
  briefings: number;
  pages: number;
  quotes: number;
  claims: number;
  run: BuildRun;
  indexBytes: number;
  bundleBytes: number;
  search?: { served: number; gzip: number; files: number; firstQueryMs: number } | string;
  rebuild?: { run: BuildRun; cardsDrawn: number; cardsCached: number; analysed: number; analysesCached: number };
}

const fmtMs = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const fmtPer = (ms: number) => (ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
const kB = (b: number) => (b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} kB`);

function stage(run: BuildRun, name: string): StageTotal {
  return run.stages[name] ?? { ms: 0, count: 0 };
}

/**
 * Astro's route generation: the cost of rendering pages. Share cards are no routes (src/lib/cards/site-cards.ts):
 * they are drawn on their own thread while pages render, and what the build still waits for at the end is the
 * cards stage's `waited`, outside the route generation.
 */
function renderingMs(run: BuildRun): number {
  return run.routesMs;
}

async function benchSize(n: number, args: Args, work: string): Promise<SizeResult> {
  const dir = join(work, `n${n}`);
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(content, `synthetic-${String(i).padStart(4, '0')}.md`), syntheticBriefing(i, { paragraphs: args.paragraphs }));
  const env = {
    ONRECORD_BRIEFINGS: content,
    ONRECORD_OUT_DIR: join(dir, 'dist'),
    ONRECORD_CACHE_DIR: join(dir, 'cache'),
    ONRECORD_CARD_CACHE: join(dir, 'cards'),
  };
  process.stderr.write(`bench: building ${n} briefing${n === 1 ? '' : 's'}… `);
  const run = await runBuild(env, dir, 'build');
  process.stderr.write(`${fmtMs(run.wallMs)}\n`);
  if (!run.ok) throw new Error(`the build of ${n} briefings failed:\n${run.log.slice(-4000)}`);
  const dist = env.ONRECORD_OUT_DIR;
  const indexed = /indexed (\d+) briefings?, (\d+) quotes? and (\d+) claims?/.exec(run.log);
  const result: SizeResult = {
    briefings: n,
    pages: countFiles(dist, '.html'),
    quotes: indexed ? Number(indexed[2]) : NaN,
    claims: indexed ? Number(indexed[3]) : NaN,
    run,
    indexBytes: dirBytes(join(dist, 'pagefind'), (f) => !/\.(js|css)$/.test(f) && !f.startsWith('wasm.')),
    bundleBytes: dirBytes(join(dist, 'pagefind')),
  };

  const searchBench = join(root, 'tools/bench-search.ts');
  if (args.search && existsSync(searchBench) && existsSync(join(dist, 'search/index.html'))) {
    try {
      const { benchSearch } = (await import(pathToFileURL(searchBench).href)) as typeof import('./bench-search.ts');
      // A word readers search for in what was said (the synthetic quotes); the reader's index holds quotes, claims,
      // titles and summaries, not the narration.
      const r = await benchSearch({ dist, port: 4350, query: 'families', warmQueries: ['tariff', 'budget', 'contract'] });
      result.search = { served: r.searchBytes.served, gzip: r.searchBytes.gzip, files: r.searchBytes.files.length, firstQueryMs: r.firstQueryMs };
    } catch (e) {
      result.search = `not measured: ${(e as Error).message.split('\n')[0]}`;
    }
  }

  if (args.rebuild && args.rebuildAt.includes(n)) {
    // Edit one briefing (its first quote gets new words), rebuild with the same caches.
    const file = join(content, 'synthetic-0000.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('“', '“Edited for the benchmark: '));
    process.stderr.write(`bench: rebuilding ${n} after editing one briefing… `);
    const again = await runBuild(env, dir, 'rebuild');
    process.stderr.write(`${fmtMs(again.wallMs)}\n`);
    if (!again.ok) throw new Error(`the rebuild failed:\n${again.log.slice(-4000)}`);
    const cards = stage(again, 'cards');
    const engine = stage(again, 'engine');
    result.rebuild = { run: again, cardsDrawn: cards.count, cardsCached: cards.cached ?? 0, analysed: engine.count, analysesCached: engine.cached ?? 0 };
  }
  return result;
}

interface EngineBench {
  texts: number;
  megabytes: number;
  parseMs: number;
  engineMs: number;
  ratio: number;
  engineMBs: number;
}

function engineBench(): Promise<EngineBench | string> {
  const file = join(root, 'tools/bench-engine.ts');
  if (!existsSync(file)) return Promise.resolve('tools/bench-engine.ts is not there');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', file, '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('close', (status) => {
      if (status !== 0) {
        const lines = (err || out).trim().split('\n');
        return resolve(`not measured: ${(lines.find((l) => /Error|ENOENT/.test(l)) ?? lines[0] ?? '').trim()}`);
      }
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as EngineBench);
      } catch {
        resolve(`not measured: unexpected output ${out.slice(0, 200)}`);
      }
    });
  });
}

/** Builds content/briefings as published and weighs the first briefing page against the reading budgets. */
async function pagesBench(work: string): Promise<string> {
  const dist = join(work, 'pages-dist');
  const run = await runBuild({ ONRECORD_OUT_DIR: dist, ONRECORD_CACHE_DIR: join(work, 'pages-cache'), ONRECORD_LEDGER_WRITE: '0' }, work, 'pages');
  if (!run.ok) return `The site did not build:\n\n\`\`\`\n${run.log.slice(-2000)}\n\`\`\``;
  const slug = readdirSync(join(dist, 'briefings')).sort()[0];
  if (!slug) return 'No briefing was built.';
  return formatPageWeight(pageWeight(dist, `/briefings/${slug}/`));
}

function report(results: SizeResult[], engine: EngineBench | string | undefined, args: Args, pages?: string): string {
  const lines: string[] = [];
  const cpu = cpus();
  lines.push('# Build benchmark');
  lines.push('');
  lines.push(
    `\`npm run bench\` on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}. ` +
      `Synthetic briefings (tools/synthetic.ts, ${args.paragraphs} paragraphs each: quotes with cues, indirect speech, figures); ` +
      'fresh caches for every size. Peak memory is the build process (Pagefind indexes in a process of its own).',
  );
  lines.push('');
  lines.push('| briefings | pages | quotes + claims | wall time | peak memory | pages/s | Pagefind index (bundle) | first search: bytes fetched, time in the browser |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const search =
      r.search === undefined ? 'n/a' : typeof r.search === 'string' ? 'n/a' : `${kB(r.search.served)} (${kB(r.search.gzip)} gzip), ${r.search.files} files; first query ${fmtMs(r.search.firstQueryMs)}`;
    lines.push(
      `| ${r.briefings} | ${r.pages} | ${r.quotes + r.claims} | ${fmtMs(r.run.wallMs)} | ${r.run.peakRssMB.toFixed(0)} MB | ${(r.pages / (r.run.wallMs / 1000)).toFixed(1)} | ${kB(r.indexBytes)} (${kB(r.bundleBytes)}) | ${search} |`,
    );
  }
  lines.push('');
  lines.push('Cost per briefing of each stage (total of the stage ÷ briefings):');
  lines.push('');
  // Each stage once: the analysis runs while Vite loads the Markdown modules, before Astro generates the routes, so
  // rendering is the route generation (share cards are no routes, and it is never less the analysis as well).
  lines.push('| briefings | analysis (engine + annotating; transforms, engine runs) | rendering (pages, without cards) | rendering per HTML page | share cards (drawn; the build waited for them at the end) | indexing (Pagefind) | whole build |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const analysis = stage(r.run, 'analysis');
    const cards = stage(r.run, 'cards');
    const indexing = stage(r.run, 'indexing:astro:build:done');
    const rendering = renderingMs(r.run);
    lines.push(
      `| ${r.briefings} | ${fmtPer(analysis.ms / r.briefings)} (${analysis.count}, ${stage(r.run, 'engine').count}) | ${fmtPer(rendering / r.briefings)} | ${fmtPer(rendering / r.pages)} | ${fmtPer(cards.ms / r.briefings)} (${cards.count}; waited ${fmtPer((cards.waited ?? cards.ms) / r.briefings)}) | ${fmtPer(indexing.ms / r.briefings)} | ${fmtPer(r.run.wallMs / r.briefings)} |`,
    );
  }
  lines.push('');
  // Growth: time per briefing from one size to the next, without the fixed start-up cost (the 1-briefing build).
  const base = results.find((r) => r.briefings === 1);
  const grown = results.filter((r) => r.briefings > 1);
  if (grown.length >= 1) {
    const fixed = base ? base.run.wallMs : 0;
    const per = grown.map((r) => ({ n: r.briefings, ms: (r.run.wallMs - fixed) / (r.briefings - (base ? 1 : 0)) }));
    const desc = per.map((p) => `${fmtPer(p.ms)} per briefing at ${p.n}`).join(', ');
    let verdict = '';
    if (per.length >= 2) {
      const ratio = per.at(-1)!.ms / per[0]!.ms;
      verdict = ratio < 1.3 ? `: linear (the cost per briefing changes by ×${ratio.toFixed(2)} from ${per[0]!.n} to ${per.at(-1)!.n})` : `: NOT linear (the cost per briefing grows ×${ratio.toFixed(2)} from ${per[0]!.n} to ${per.at(-1)!.n})`;
    }
    lines.push(`Growth with corpus size, start-up cost (the 1-briefing build) taken out: ${desc}${verdict}.`);
    lines.push('');
  }
  for (const big of results.filter((r) => r.rebuild)) {
    const rb = big.rebuild!;
    lines.push(
      `Rebuild of ${big.briefings} after editing one briefing (same caches): ${fmtMs(rb.run.wallMs)} (first build ${fmtMs(big.run.wallMs)}), ` +
        `peak memory ${rb.run.peakRssMB.toFixed(0)} MB; routes rendered: ${rb.run.rendered}, copied unchanged from the last build: ${rb.run.reused} ` +
        `(route generation ${fmtMs(rb.run.routesMs)}); share cards redrawn: ${rb.cardsDrawn}, from the cache: ${rb.cardsCached}; ` +
        `briefings analysed: ${rb.analysed}, from the cache: ${rb.analysesCached}.`,
    );
    lines.push('');
  }
  if (pages !== undefined) {
    lines.push('Reading budgets (the real briefings, the first briefing page as a reader first loads it; tools/bench-pages.ts):');
    lines.push('');
    lines.push(pages);
    lines.push('');
  }
  if (engine !== undefined) {
    if (typeof engine === 'string') lines.push(`Engine benchmark (tools/bench-engine.ts): ${engine}.`);
    else
      lines.push(
        `Engine benchmark (tools/bench-engine.ts, ${engine.texts} news texts, ${engine.megabytes} MB): analyze() ${engine.engineMs} ms (${engine.engineMBs} MB/s); ` +
          `Markdown → HTML of the same texts ${engine.parseMs} ms; (engine + parse) / parse = ${engine.ratio}.`,
      );
    lines.push('');
  }
  for (const r of results) {
    if (typeof r.search === 'string') lines.push(`First search at ${r.briefings}: ${r.search}.`);
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

async function main() {
  const args = readArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'on-record-bench-'));
  try {
    const results: SizeResult[] = [];
    mkdirSync(join(args.out, '..'), { recursive: true });
    // The engine first (quick), then the sizes; the report is rewritten after each, so a long run leaves its figures.
    const engine = args.engine ? await engineBench() : undefined;
    const pages = args.pages ? await pagesBench(work) : undefined;
    for (const n of args.sizes) {
      results.push(await benchSize(n, args, work));
      writeFileSync(args.out, report(results, engine, args, pages));
    }
    const md = report(results, engine, args, pages);
    writeFileSync(args.out, md);
    console.log(md);
    console.error(`bench: written to ${relative(process.cwd(), args.out) || args.out}`);
  } finally {
    if (args.keep) console.error(`bench: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
