/**
 * The share card of a quote or claim: 1200×630 PNG, drawn at build time with satori (layout to SVG) and resvg
 * (SVG to PNG), with Source Serif 4 from the @fontsource package (WOFF files in node_modules: no network).
 *
 * Cards are cached by a hash of everything that shapes them (the text, the labels, the fonts, CARD_VERSION), in
 * `node_modules/.cache/on-record-cards/` (or `<ONRECORD_CACHE_DIR>/on-record-cards`, or `ONRECORD_CARD_CACHE`),
 * so a build redraws only the cards whose words changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, SITE_NAME } from '../permalink/model.ts';
import { shorten } from '../share/links.ts';

/** Bump when the drawing changes, so cached cards are redrawn. */
export const CARD_VERSION = 4;

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

type FontWeight = 400 | 700;
interface Font {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal' | 'italic';
}

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
let fontsCache: { fonts: Font[]; hash: string } | undefined;

function loadFonts(): { fonts: Font[]; hash: string } {
  if (fontsCache) return fontsCache;
  const require = createRequire(resolve(process.cwd(), 'package.json'));
  const dir = join(dirname(require.resolve('@fontsource/source-serif-4/package.json')), 'files');
  const available = new Set(readdirSync(dir));
  const fonts: Font[] = [];
  const hash = createHash('sha256');
  for (const subset of SUBSETS) {
    for (const [weight, style] of [[400, 'normal'], [700, 'normal'], [400, 'italic']] as const) {
      const file = `source-serif-4-${subset}-${weight}-${style}.woff`;
      if (!available.has(file)) continue;
      const data = readFileSync(join(dir, file));
      hash.update(file).update(data);
      fonts.push({ name: 'Source Serif 4', data, weight, style });
    }
  }
  if (fonts.length === 0) throw new Error(`No Source Serif 4 WOFF files in ${dir}: is @fontsource/source-serif-4 installed?`);
  fontsCache = { fonts, hash: hash.digest('hex') };
  return fontsCache;
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

function layout(input: CardInput): El {
  const { text, size } = sizeFor(input.words.replace(/\s+/g, ' ').trim());
  const quoteCard = input.kind === 'quote';
  const accent = quoteCard ? '#0b5cad' : '#8a4b00';
  const inner = CARD_WIDTH - 24 - 2 * 64;
  return h('div', { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', backgroundColor: '#fdfdfb', color: '#1d1d1f', fontFamily: 'Source Serif 4' }, [
    h('div', { width: 24, height: CARD_HEIGHT, backgroundColor: accent }),
    h('div', { width: CARD_WIDTH - 24, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', boxSizing: 'border-box', padding: '48px 64px 40px 64px' }, [
      h('div', { display: 'flex', fontSize: 26, fontWeight: 700, letterSpacing: 2, color: accent, textTransform: 'uppercase' }, quoteCard ? (input.quoted === false ? 'Reported speech' : 'Quote') : `Claim${input.detail ? ` · ${input.detail}` : ''}`),
      h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', width: inner }, [
        h('div', { display: 'block', width: inner, fontSize: size, lineHeight: 1.25 }, input.quoted === false ? text : `“${text}”`),
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
  const { hash } = loadFonts();
  return createHash('sha256')
    .update(JSON.stringify({ v: CARD_VERSION, fonts: hash, input: [input.kind, input.words, input.who, input.role, input.briefingTitle, input.date, input.detail ?? null, input.outlet ?? null, input.quoted ?? true] }))
    .digest('hex')
    .slice(0, 32);
}

/** Draws a card, no cache. */
export async function drawCard(input: CardInput): Promise<Buffer> {
  const { fonts } = loadFonts();
  // satori takes React-shaped elements; plain objects of that shape are what JSX would produce.
  const svg = await satori(layout(input) as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng());
}

/** Counters for the build log: how many cards were drawn and how long drawing took. */
export interface CardStats {
  drawn: number;
  cached: number;
  drawMs: number;
}
const STATS = Symbol.for('on-record.card-stats');
export function cardStats(): CardStats {
  const g = globalThis as { [STATS]?: CardStats };
  return (g[STATS] ??= { drawn: 0, cached: 0, drawMs: 0 });
}

/** The card's PNG, from the cache when its inputs have not changed. */
export async function renderCard(input: CardInput, cacheDir = cardCacheDir()): Promise<Buffer> {
  const file = join(cacheDir, `${cardKey(input)}.png`);
  const stats = cardStats();
  if (existsSync(file)) {
    stats.cached++;
    return readFileSync(file);
  }
  const t0 = performance.now();
  const png = await drawCard(input);
  stats.drawMs += performance.now() - t0;
  stats.drawn++;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return png;
}
