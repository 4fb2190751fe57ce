/**
 * The share card of a quote or claim: 1200×630 PNG, drawn at build time: satori lays it out (flexbox, line breaks,
 * truncation), src/lib/cards/paint.ts paints that layout on a Skia canvas (@napi-rs/canvas) with Source Serif 4 from
 * the @fontsource package (src/lib/cards/fonts.ts: WOFF files in node_modules, no network), and
 * src/lib/cards/png.ts writes the PNG; a build draws them on one worker thread (src/lib/cards/thread.ts, for the
 * garbage collector's sake). About 0.5× the time of satori's glyph outlines through resvg, with the same
 * layout (tools/bench-cards.ts measures both and the pixel difference).
 *
 * Cards are cached by a hash of everything that shapes them (the text, the labels, the fonts, CARD_VERSION), in
 * `node_modules/.cache/on-record-cards/` (or `<ONRECORD_CACHE_DIR>/on-record-cards`, or `ONRECORD_CARD_CACHE`),
 * so a build redraws only the cards whose words changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, SITE_NAME } from '../permalink/model.ts';
import { inQuotes, shorten } from '../share/links.ts';
import { cardFonts, FAMILY, fontsFor } from './fonts.ts';
import { paintSvg, type TextRun } from './paint.ts';
import { encodeOpaquePng } from './png.ts';
import { cardThread } from './thread.ts';
import { DrawQueue, type Drawer } from './queue.ts';
import { buildCounters } from '../build-counters.ts';

/** Bump when the drawing changes, so cached cards are redrawn. 5: Skia paints the text; non-Latin subsets used. */
export const CARD_VERSION = 6;

export interface CardInput {
  kind: 'quote' | 'claim';
  words: string;
  /** the speaker's name, or the fallback label */
  who: string;
  role: string | null;
  briefingTitle: string;
  /** already formatted, e.g. "18 February 2025" */
  date: string;
  /** claims: "Check-worthiness 83%" */
  detail?: string;
  /** the outlet that published the original ("From Northshore Ledger") */
  outlet?: string;
  /** false for reported speech: its words are the article's, not the speaker's, so no quotation marks */
  quoted?: boolean;
}

export function cardCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ONRECORD_CARD_CACHE) return resolve(env.ONRECORD_CARD_CACHE);
  if (env.ONRECORD_CACHE_DIR) return resolve(env.ONRECORD_CACHE_DIR, 'on-record-cards');
  return resolve('node_modules/.cache/on-record-cards');
}

/** Font size by length, so a short quote fills the card and a long one still fits. */
function sizeFor(words: string): { text: string; size: number } {
  const n = words.length;
  if (n <= 90) return { text: words, size: 64 };
  if (n <= 160) return { text: words, size: 52 };
  if (n <= 240) return { text: words, size: 44 };
  return { text: shorten(words, 300), size: 38 };
}

type El = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): El => ({ type, props: { style, children } });

/** The card as satori's element tree (what JSX would produce), for drawCard and the benchmark's alternatives. */
export function cardLayout(input: CardInput): El {
  const { text, size } = sizeFor(input.words.replace(/\s+/g, ' ').trim());
  const quoteCard = input.kind === 'quote';
  const accent = quoteCard ? '#0b5cad' : '#8a4b00';
  const inner = CARD_WIDTH - 24 - 2 * 64;
  return h('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: '#fdfdfb', color: '#1d1d1f', fontFamily: FAMILY }, [
    h('div', { width: 24, height: CARD_HEIGHT, backgroundColor: accent }),
    h('div', { width: CARD_WIDTH - 24, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', boxSizing: 'border-box', padding: '48px 64px 40px 64px' }, [
      h('div', { display: 'flex', fontSize: 26, fontWeight: 700, letterSpacing: 2, color: accent, textTransform: 'uppercase' }, quoteCard ? (input.quoted === false ? 'Reported speech' : 'Quote') : `Claim${input.detail ? ` · ${input.detail}` : ''}`),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', width: inner }, [
        h('div', { display: 'block', width: inner, fontSize: size, lineHeight: 1.25 }, input.quoted === false ? text : inQuotes(text)),
      ]),
      h('div', { display: 'flex', flexDirection: 'column', width: inner }, [
        h('div', { display: 'flex', fontSize: 34, fontWeight: 700 }, `— ${shorten(input.who, 60)}`),
        ...(input.role ? [h('div', { display: 'flex', fontSize: 26, color: '#4a4a4a', marginTop: 4 }, shorten(input.role, 80))] : []),
      ]),
      h(
        'div',
        { display: 'flex', justifyContent: 'space-between', width: inner, marginTop: 24, paddingTop: 14, borderTop: '2px solid #d0d0d0', fontSize: 22, color: '#4a4a4a' },
        [
          h('div', { display: 'flex', fontWeight: 700, color: '#1d1d1f' }, input.outlet ? `${shorten(input.outlet, 40)} · annotated by ${SITE_NAME}` : SITE_NAME),
          h('div', { display: 'flex' }, `${shorten(input.briefingTitle, input.outlet ? 48 : 70)} · ${input.date}`),
        ],
      ),
    ]),
  ]);
}

export function cardKey(input: CardInput): string {
  const { hash } = cardFonts();
  return createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, fonts: hash, input: [input.kind, input.words, input.who, input.role, input.briefingTitle, input.date, input.detail ?? null, input.outlet ?? null, input.quoted ?? true] }))
    .digest('hex')
    .slice(0, 32);
}

/** Every string the card shows, for choosing the font subsets it needs. */
function cardText(input: CardInput): string {
  return [input.words, input.who, input.role ?? '', input.briefingTitle, input.date, input.detail ?? '', input.outlet ?? ''].join('\n');
}

/** satori's options for a card: its size and the fonts its words need. */
export function layoutOptions(input: CardInput, embedFont: boolean) {
  return { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fontsFor(cardText(input)), embedFont };
}

/** Draws a card, no cache: the PNG, and the lines of text on it (top to bottom, each line's runs joined). */
export async function drawCardWithText(input: CardInput): Promise<{ png: Buffer; lines: string[]; runs: TextRun[] }> {
  // satori takes React-shaped elements; plain objects of that shape are what JSX would produce.
  const svg = await satori(cardLayout(input) as unknown as Parameters<typeof satori>[0], layoutOptions(input, false));
  const { rgba, width, height, runs } = paintSvg(svg);
  const lines = new Map<string, string>();
  for (const run of runs) {
    // runs on one baseline in one size and weight are one line (the footer's two sides differ in weight)
    const key = `${run.y}|${run.size}|${run.weight}`;
    lines.set(key, (lines.get(key) ?? '') + run.text);
  }
  return { png: encodeOpaquePng(rgba, width, height), lines: [...lines.values()].map((l) => l.trim()), runs };
}

/** Draws a card, no cache. */
export async function drawCard(input: CardInput): Promise<Buffer> {
  return (await drawCardWithText(input)).png;
}

/** Counters for the build log: how many cards were drawn, how long drawing took, and how long pages waited for it. */
export interface CardStats {
  drawn: number;
  cached: number;
  drawMs: number;
  /** the time the build waited for cards once its pages were written (less than drawMs: cards are drawn ahead) */
  waitMs: number;
}
export function cardStats(): CardStats {
  return buildCounters('card-stats', () => ({ drawn: 0, cached: 0, drawMs: 0, waitMs: 0 }));
}

const cacheFile = (input: CardInput, cacheDir: string) => join(cacheDir, `${cardKey(input)}.png`);

/** Draws one card with `draw` (a card thread's, or drawCard in this thread) and stores it in the cache. */
async function drawInto(file: string, input: CardInput, cacheDir: string, draw: (input: CardInput) => Promise<Buffer>): Promise<Buffer> {
  const stats = cardStats();
  const t0 = performance.now();
  let png: Buffer;
  try {
    png = await draw(input);
  } catch (e) {
    const words = input.words.length > 50 ? `${input.words.slice(0, 50)}…` : input.words;
    throw new Error(`Drawing the share card of the ${input.kind} "${words}" in "${input.briefingTitle}" failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  stats.drawMs += performance.now() - t0;
  stats.drawn++;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}

/** The card thread's drawing, or this thread's without one. */
function mainDrawer(): Drawer {
  const thread = cardThread();
  return { draw: thread ? (input) => thread.draw(input) : drawCard };
}

/**
 * Cards being drawn ahead, by cache file, and the queue that draws them. One per process (build-counters.ts): the
 * cards' remark plugin and the pages queue cards, and they run different copies of this module.
 */
function drawing(): { ahead: Map<string, Promise<unknown>>; queue: DrawQueue } {
  return buildCounters('card-drawing', () => ({ ahead: new Map(), queue: new DrawQueue(mainDrawer) }));
}

/**
 * Starts drawing each card of `inputs` the cache does not have, one after another in this order, and returns at
 * once. A build asks for every card when its routes are listed (src/lib/cards/site-cards.ts), so the card thread
 * draws while Astro renders the pages on its own thread (the second core). The PNGs go to the cache, not to memory.
 * One at a time in the caller's thread too when there is no card thread: a whole site's cards begun at once would
 * hold every layout in memory together.
 */
export function drawAhead(inputs: Iterable<CardInput>, cacheDir = cardCacheDir()): void {
  const { ahead, queue } = drawing();
  for (const input of inputs) {
    const file = cacheFile(input, cacheDir);
    if (ahead.has(file) || existsSync(file)) continue;
    // A failure is for whoever asks for the card (it awaits `drawn`); the queue goes on with the next card. Kept
    // after it settles, so that a card asked for twice is drawn once and counted as drawn, not as cached.
    const drawn = new Promise<void>((resolve, reject) => {
      queue.add((draw) => drawInto(file, input, cacheDir, draw).then(() => resolve(), reject));
    });
    drawn.catch(() => undefined);
    ahead.set(file, drawn);
  }
}

/** The card's file in the cache, once it is there: drawn ahead, from an earlier build, or drawn now. */
export async function cardFile(input: CardInput, cacheDir = cardCacheDir()): Promise<string> {
  const file = cacheFile(input, cacheDir);
  const drawn = drawing().ahead.get(file);
  if (drawn) {
    await drawn;
    return file;
  }
  if (existsSync(file)) {
    cardStats().cached++;
    return file;
  }
  await drawInto(file, input, cacheDir, mainDrawer().draw);
  return file;
}

/** The card's PNG, from the cache when its inputs have not changed (`astro dev`'s card route, tools). */
export async function renderCard(input: CardInput, cacheDir = cardCacheDir()): Promise<Buffer> {
  return readFileSync(await cardFile(input, cacheDir));
}
