/**
 * The cost and the look of a share card, by pipeline. Draws the card of every quote and claim of the given
 * briefings (default: all in content/briefings) plus the look cases of tools/card-cases.ts with each pipeline,
 * interleaved card by card (so a busy machine slows them alike), and prints per-card ms (wall and CPU) and the
 * ratio to the pipeline shipped before; then the pixel difference of each pipeline's cards from satori + resvg
 * on the look cases; then two worker threads against the main thread; then the cache.
 *
 * Pipelines:
 * - before: satori's glyph outlines (all 18 font files under one family name) → resvg → resvg's PNG (to CARD_VERSION 4)
 * - resvg: the same with the fonts as now (one family per subset, only the subsets the card needs)
 * - resvg+png: that, with resvg's pixels written by src/lib/cards/png.ts instead of resvg's PNG encoder
 * - skia (landed, drawCard): satori's layout, text drawn by Skia (src/lib/cards/paint.ts), src/lib/cards/png.ts
 *
 * `node --experimental-strip-types --no-warnings tools/bench-cards.ts [--rounds N] [--out DIR] [FILE.md ...]`
 * (--out writes each look case's PNG per pipeline, and the skia-vs-resvg difference image, to look at).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createCanvas, Image } from '@napi-rs/canvas';
import { Resvg } from '@resvg/resvg-js';
import pixelmatch from 'pixelmatch';
import satori from 'satori';
import { analyze } from '../src/analysis/index.ts';
import { commandLine, numberFlag } from '../src/cli/args.ts';
import { cardLayout, drawCard, layoutOptions, renderCard, type CardInput } from '../src/lib/cards/card.ts';
import { encodeOpaquePng } from '../src/lib/cards/png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/lib/permalink/model.ts';
import { displayWords } from '../src/lib/share/links.ts';
import { CARD_CASES } from './card-cases.ts';

type Element = Parameters<typeof satori>[0];
type SatoriFont = NonNullable<Parameters<typeof satori>[1]['fonts']>[number];

/** The font list drawCard used up to CARD_VERSION 4: every subset's regular, bold and italic under one name. */
function fontsBefore(): SatoriFont[] {
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  const dir = join(dirname(require.resolve('@fontsource/source-serif-4/package.json')), 'files');
  const fonts: SatoriFont[] = [];
  for (const subset of ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'])
    for (const [weight, style] of [[400, 'normal'], [700, 'normal'], [400, 'italic']] as const)
      fonts.push({ name: 'Source Serif 4', data: readFileSync(join(dir, `source-serif-4-${subset}-${weight}-${style}.woff`)), weight, style });
  return fonts;
}
const before = fontsBefore();
const resvgOptions = { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } } as const;

const PIPELINES: Record<string, (input: CardInput) => Promise<Buffer>> = {
  before: async (input) => Buffer.from(new Resvg(await satori(cardLayout(input) as unknown as Element, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: before }), resvgOptions).render().asPng()),
  resvg: async (input) => Buffer.from(new Resvg(await satori(cardLayout(input) as unknown as Element, layoutOptions(input, true)), resvgOptions).render().asPng()),
  'resvg+png': async (input) => {
    const image = new Resvg(await satori(cardLayout(input) as unknown as Element, layoutOptions(input, true)), resvgOptions).render();
    return encodeOpaquePng(image.pixels, image.width, image.height);
  },
  skia: drawCard,
};


function cardsOf(files: string[]): CardInput[] {
  const inputs: CardInput[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const a = analyze(text, { file });
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? file;
    const speakers = new Map(a.speakers.map((s) => [s.id, s]));
    for (const q of a.quotes) {
      const s = q.speaker ? speakers.get(q.speaker) : undefined;
      inputs.push({ kind: 'quote', words: displayWords(q.text), who: s?.name ?? 'Unattributed', role: s?.role ?? null, briefingTitle: title, date: '1 January 2025', quoted: q.kind !== 'indirect' });
    }
    for (const c of a.claims) {
      const s = c.claimant ? speakers.get(c.claimant) : undefined;
      inputs.push({ kind: 'claim', words: displayWords(c.text), who: s?.name ?? 'The article’s own voice', role: s?.role ?? null, briefingTitle: title, date: '1 January 2025', detail: `check-worthiness ${Math.round(c.score * 100)}%` });
    }
  }
  return inputs;
}

const decoder = createCanvas(CARD_WIDTH, CARD_HEIGHT);
function pixels(png: Buffer): Uint8ClampedArray {
  const image = new Image();
  image.src = png;
  if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT) throw new Error(`a card of ${image.width}×${image.height}`);
  const ctx = decoder.getContext('2d');
  ctx.clearRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT).data;
}

/** Pixels whose colour differs at all, and pixelmatch's count (threshold 0.1, edge pixels it takes for anti-aliasing left out). */
function difference(a: Uint8ClampedArray, b: Uint8ClampedArray, out?: Uint8ClampedArray): { any: number; visible: number } {
  let any = 0;
  for (let i = 0; i < a.length; i += 4) if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2]) any++;
  return { any, visible: pixelmatch(a, b, out, CARD_WIDTH, CARD_HEIGHT, { threshold: 0.1 }) };
}

async function pooled(pipeline: string, inputs: CardInput[], threads: number): Promise<number> {
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { pipeline }, execArgv: process.execArgv }));
  const ask = (w: Worker, input: CardInput) => new Promise<void>((done) => (w.once('message', () => done()), w.postMessage(input)));
  await Promise.all(workers.map((w) => ask(w, inputs[0]!))); // start-up (fonts, wasm) out of the figure
  const t0 = performance.now();
  let next = 0;
  await Promise.all(workers.map(async (w) => { while (next < inputs.length) await ask(w, inputs[next++]!); }));
  const ms = performance.now() - t0;
  await Promise.all(workers.map((w) => w.terminate()));
  return ms;
}

async function main() {
  const { rounds, outDir, files } = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/bench-cards.ts [--rounds N] [--out DIR] [FILE.md ...]',
      options: { rounds: { type: 'string' }, out: { type: 'string' } },
      positionals: { max: Infinity },
    },
    ({ values, positionals }) => ({ rounds: numberFlag(values, 'rounds', { default: 3, min: 1, integer: true }), outDir: values.out, files: positionals }),
  );
  if (files.length === 0) for (const f of readdirSync('content/briefings')) if (f.endsWith('.md')) files.push(join('content/briefings', f));
  const inputs = [...cardsOf(files), ...Object.values(CARD_CASES)];
  const names = Object.keys(PIPELINES);

  const t = performance.now();
  await drawCard(inputs[0]!);
  const first = performance.now() - t;
  for (const name of names) await PIPELINES[name]!(inputs[0]!);

  // Timing: every card by every pipeline in turn, the order rotated card by card.
  const wall = Object.fromEntries(names.map((n) => [n, 0]));
  const cpu = Object.fromEntries(names.map((n) => [n, 0]));
  let turn = 0;
  for (let r = 0; r < rounds; r++)
    for (const input of inputs) {
      turn++;
      for (let j = 0; j < names.length; j++) {
        const name = names[(j + turn) % names.length]!;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await PIPELINES[name]!(input);
        wall[name]! += performance.now() - t0;
        const c = process.cpuUsage(c0);
        cpu[name]! += (c.user + c.system) / 1000;
      }
    }
  const n = rounds * inputs.length;
  console.log(`${inputs.length} cards × ${rounds} rounds, interleaved; first card ${first.toFixed(0)} ms (fonts, wasm start-up)`);
  console.log('| pipeline | wall ms/card | × before | CPU ms/card | × before |');
  console.log('|---|---:|---:|---:|---:|');
  for (const name of names)
    console.log(`| ${name} | ${(wall[name]! / n).toFixed(1)} | ${(wall[name]! / wall.before!).toFixed(2)} | ${(cpu[name]! / n).toFixed(1)} | ${(cpu[name]! / cpu.before!).toFixed(2)} |`);

  // Look: each pipeline's card against satori + resvg with the fonts as now (the renderer the cards had).
  if (outDir) mkdirSync(outDir, { recursive: true });
  console.log('\nPixels that differ from `resvg` (any change / pixelmatch at threshold 0.1, anti-aliasing left out), of 756,000:');
  console.log(`| case | ${names.filter((x) => x !== 'resvg').join(' | ')} |`);
  console.log(`|---|${names.filter((x) => x !== 'resvg').map(() => '---:').join('|')}|`);
  for (const [label, input] of Object.entries(CARD_CASES)) {
    const reference = pixels(await PIPELINES.resvg!(input));
    const cells: string[] = [];
    for (const name of names) {
      const png = await PIPELINES[name]!(input);
      if (outDir) writeFileSync(join(outDir, `${label}-${name.replace('+', '-')}.png`), png);
      if (name === 'resvg') continue;
      const diff = outDir && name === 'skia' ? new Uint8ClampedArray(CARD_WIDTH * CARD_HEIGHT * 4) : undefined;
      const d = difference(reference, pixels(png), diff);
      if (diff) {
        const c = createCanvas(CARD_WIDTH, CARD_HEIGHT);
        const ctx = c.getContext('2d');
        const data = ctx.createImageData(CARD_WIDTH, CARD_HEIGHT);
        data.data.set(diff);
        ctx.putImageData(data, 0, 0);
        writeFileSync(join(outDir!, `${label}-skia-diff.png`), c.encodeSync('png'));
      }
      cells.push(`${d.any} / ${d.visible}`);
    }
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }

  // Two worker threads (one per core here) against the main thread, cards drawn back to back.
  console.log('\nWorker threads (2) against the main thread, ms per card (wall):');
  for (const name of ['before', 'skia']) {
    const serial = async () => {
      const t0 = performance.now();
      for (const input of inputs) await PIPELINES[name]!(input);
      return performance.now() - t0;
    };
    // main, pool, main: the main thread's figure is the mean of the runs either side of the pool's
    const a = await serial();
    const pool = (await pooled(name, inputs, 2)) / inputs.length;
    const main1 = (a + (await serial())) / 2 / inputs.length;
    console.log(`- ${name}: main thread ${main1.toFixed(1)}, 2 workers ${pool.toFixed(1)} (${(pool / main1).toFixed(2)}×)`);
  }

  const cache = mkdtempSync(join(tmpdir(), 'on-record-cards-'));
  let t0 = performance.now();
  for (const input of inputs) await renderCard(input, cache);
  const cold = (performance.now() - t0) / inputs.length;
  t0 = performance.now();
  for (const input of inputs) await renderCard(input, cache);
  const warm = (performance.now() - t0) / inputs.length;
  rmSync(cache, { recursive: true, force: true });
  console.log(`\nThrough the cache (drawCard): drawn ${cold.toFixed(1)} ms/card; from cache ${warm.toFixed(2)} ms/card`);
}

if (!isMainThread) {
  // A worker of the pool measurement: draws each card it is sent with the pipeline it was started for.
  const draw = PIPELINES[workerData.pipeline as string]!;
  parentPort!.on('message', (input: CardInput) => void draw(input).then((png) => parentPort!.postMessage(png.length)));
} else {
  await main();
}
