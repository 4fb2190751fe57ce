/**
 * Share cards as a reader sees them: a 1200×630 PNG in the card's colours, the words on it (wrapped, cut with an
 * ellipsis when too long, quotation marks only for the speaker's own words), letters of every script the font has
 * drawn as letters (not as empty boxes), and a card redrawn when its words change and read back when they don't.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCanvas, Image } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { cardKey, cardStats, drawAhead, drawCard, drawCardWithText, renderCard, type CardInput } from '../../src/lib/cards/card.ts';
import { drawnWidth, paintSvg } from '../../src/lib/cards/paint.ts';
import { encodeOpaquePng } from '../../src/lib/cards/png.ts';
import { cardThread } from '../../src/lib/cards/thread.ts';
import { CARD_CASES } from '../../tools/card-cases.ts';

function decode(png: Buffer): { width: number; height: number; at: (x: number, y: number) => [number, number, number] ; data: Uint8ClampedArray } {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const data = ctx.getImageData(0, 0, image.width, image.height).data;
  return { width: image.width, height: image.height, data, at: (x, y) => { const i = (y * image.width + x) * 4; return [data[i]!, data[i + 1]!, data[i + 2]!]; } };
}

const hex = (rgb: [number, number, number]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function differingPixels(a: Buffer, b: Buffer): number {
  const x = decode(a).data;
  const y = decode(b).data;
  let n = 0;
  for (let i = 0; i < x.length; i += 4) if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) n++;
  return n;
}

describe('a share card', () => {
  it('is a 1200×630 PNG on the card background, with a blue bar for a quote and a brown one for a claim', async () => {
    const quote = decode(await drawCard(CARD_CASES.wrapping!));
    expect([quote.width, quote.height]).toEqual([1200, 630]);
    expect(hex(quote.at(600, 610))).toBe('#fdfdfb');
    expect(hex(quote.at(10, 300))).toBe('#0b5cad');
    const claim = decode(await drawCard(CARD_CASES.claim!));
    expect(hex(claim.at(10, 300))).toBe('#8a4b00');
  });

  it('shows the quote in quotation marks, wrapped, with who said it, their role, the site and the briefing', async () => {
    const { lines } = await drawCardWithText(CARD_CASES.wrapping!);
    expect(lines[0]).toBe('QUOTE');
    const body = lines.slice(1, lines.indexOf('— Jane Example'));
    expect(body.length).toBeGreaterThan(1);
    expect(body.join(' ')).toBe(`“${CARD_CASES.wrapping!.words}”`);
    for (const line of body) expect(line.length).toBeLessThan(70);
    expect(lines).toContain('Foreign minister');
    expect(lines).toContain('On Record');
    expect(lines).toContain('Harbour talks end without a deal · 18 February 2025');
  });

  it('cuts a quote too long for the card at a word, with an ellipsis inside the closing mark', async () => {
    const { lines } = await drawCardWithText(CARD_CASES.truncated!);
    const body = lines.slice(1, lines.indexOf('— Jane Example')).join(' ');
    expect(body.endsWith('…”')).toBe(true);
    expect(CARD_CASES.truncated!.words.startsWith(body.slice(1, -2))).toBe(true);
    expect(body.length).toBeLessThan(CARD_CASES.truncated!.words.length);
  });

  it('gives reported speech no quotation marks, a claim its score, and an outlet its credit', async () => {
    const reported = (await drawCardWithText(CARD_CASES.reported!)).lines;
    expect(reported[0]).toBe('REPORTED SPEECH');
    expect(reported.join(' ')).not.toMatch(/[“”]/);
    expect(reported).toContain('— An unnamed source');
    expect((await drawCardWithText(CARD_CASES.claim!)).lines[0]).toBe('CLAIM · CHECK-WORTHINESS 83%');
    const outlet = (await drawCardWithText(CARD_CASES.outlet!)).lines;
    expect(outlet).toContain('Northshore Ledger · annotated by On Record');
    expect(outlet.join(' ')).toContain('weather permitting & tides <allowing>.”');
  });

  it('shows apostrophes, ampersands and angle brackets as typed, not as markup; quotation marks inside the quote become single ones', async () => {
    const words = `He said "no" & 'maybe' < later, &amp; &#65; stay as typed`;
    const { lines } = await drawCardWithText({ ...CARD_CASES.short!, words, who: `Dan O'Brien "Jr"` });
    expect(lines.slice(1, lines.indexOf(`— Dan O'Brien "Jr"`)).join(' ')).toBe(`“He said ‘no’ & 'maybe' < later, &amp; &#65; stay as typed”`);
  });

  it('never doubles the quotation marks of words that quote someone themselves', async () => {
    const words = 'Both sides agreed to appoint “high-level teams to begin work as soon as possible.”';
    const { lines } = await drawCardWithText({ ...CARD_CASES.short!, words });
    expect(lines.slice(1, lines.indexOf('— Jane Example')).join(' ')).toBe('“Both sides agreed to appoint ‘high-level teams to begin work as soon as possible.’”');
  });

  it('leaves the role line out when there is no role', async () => {
    const { lines } = await drawCardWithText(CARD_CASES.noRole!);
    expect(lines.slice(lines.indexOf('— Source uncertain') + 1)).toEqual(['On Record', 'Harbour talks end without a deal · 18 February 2025']);
  });

  // satori places each run of words; Skia draws it. Where the two use different fonts for a letter (satori fell
  // back to an empty box that Skia does not draw), words overlap or leave gaps.
  it.each(Object.keys(CARD_CASES))('draws every word of the %s card as wide as the layout left room for', async (label) => {
    const { runs } = await drawCardWithText(CARD_CASES[label]!);
    for (const run of runs) expect(Math.abs(drawnWidth(run) - run.width), `"${run.text}"`).toBeLessThan(0.5 + run.size * 0.02);
  });

  // A letter the fonts lack is drawn as the same empty box whatever the letter, so two words of as many different
  // letters would give the same card: they must not.
  it.each([
    ['Greek', 'Δεν θα υπογράψουμε', 'Καλή χρονιά σε όλους'],
    ['Cyrillic', 'Мы не подпишем', 'Где наша страна'],
    ['Vietnamese', 'Bộ trưởng đất nước', 'Người ở ương ướt'],
    ['Polish', 'Łódź Śląsk Żółć', 'Źdźbło Ćma Ńń'],
  ])('draws %s letters as letters', async (_script, a, b) => {
    const card = (words: string): CardInput => ({ ...CARD_CASES.short!, words: words.slice(0, Math.min(a.length, b.length)) });
    expect(differingPixels(await drawCard(card(a)), await drawCard(card(b)))).toBeGreaterThan(500);
  });
});

describe('the card cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'on-record-cards-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('draws a card once, reads it back while its words are unchanged, and redraws when they change', async () => {
    const input = CARD_CASES.short!;
    const stats = cardStats();
    const drawn = stats.drawn;
    const first = await renderCard(input, dir);
    expect(stats.drawn).toBe(drawn + 1);
    const cached = stats.cached;
    expect((await renderCard({ ...input }, dir)).equals(first)).toBe(true);
    expect(stats.cached).toBe(cached + 1);
    expect(stats.drawn).toBe(drawn + 1);
    const edited = { ...input, words: 'We are not done at all.' };
    expect(cardKey(edited)).not.toBe(cardKey(input));
    const redrawn = await renderCard(edited, dir);
    expect(stats.drawn).toBe(drawn + 2);
    expect(differingPixels(first, redrawn)).toBeGreaterThan(500);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws the cards a build will ask for ahead, once each, the same bytes, and a failed one fails its own page', async () => {
    const ahead = mkdtempSync(join(tmpdir(), 'on-record-cards-ahead-'));
    try {
      const a = { ...CARD_CASES.short!, words: 'Drawn ahead of its page.' };
      const b = { ...CARD_CASES.outlet!, words: 'Drawn ahead as well.' };
      const broken = { ...CARD_CASES.short!, words: 'Drawn ahead and broken', who: undefined as unknown as string };
      const stats = cardStats();
      const drawn = stats.drawn;
      const cached = stats.cached;
      drawAhead([a, broken, b, a], ahead);
      // Drawn without anyone asking: the cards reach the cache on their own.
      const pngs = () => readdirSync(ahead).filter((f) => f.endsWith('.png'));
      for (const deadline = Date.now() + 20_000; pngs().length < 2 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
      expect(pngs()).toHaveLength(2);
      const [pa, pb] = await Promise.all([renderCard(a, ahead), renderCard(b, ahead)]);
      expect(pa.equals(await drawCard(a))).toBe(true);
      expect(pb.equals(await drawCard(b))).toBe(true);
      await expect(renderCard(broken, ahead)).rejects.toThrow(/share card of the quote "Drawn ahead and broken"/);
      expect(stats.drawn).toBe(drawn + 2);
      expect(stats.cached).toBe(cached);
      expect(pngs()).toHaveLength(2);
    } finally {
      rmSync(ahead, { recursive: true, force: true });
    }
  });

  it('names the card and its briefing when drawing fails, and leaves no file behind', async () => {
    const broken = { ...CARD_CASES.short!, words: 'A card that cannot be drawn', briefingTitle: 'The broken briefing', who: undefined as unknown as string };
    await expect(renderCard(broken, dir)).rejects.toThrow(/share card of the quote "A card that cannot be drawn" in "The broken briefing" failed/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('redraws when the speaker, role or outlet changes, not when nothing does', () => {
    const input = CARD_CASES.outlet!;
    expect(cardKey({ ...input })).toBe(cardKey(input));
    for (const change of [{ who: 'Someone Else' }, { role: null }, { outlet: 'Another Paper' }, { quoted: false }, { date: '19 February 2025' }])
      expect(cardKey({ ...input, ...change }), JSON.stringify(change)).not.toBe(cardKey(input));
  });
});

describe('the card-drawing thread', () => {
  it('draws the same bytes as the caller\'s thread, and starts again after it is stopped', async () => {
    const thread = cardThread();
    expect(thread, 'src/lib/cards/draw-worker.ts is found beside thread.ts').not.toBeNull();
    const input = CARD_CASES.greek!;
    const here = await drawCard(input);
    expect((await thread!.draw(input)).equals(here)).toBe(true);
    await thread!.close();
    expect((await thread!.draw(input)).equals(here)).toBe(true);
    await thread!.close();
  });

  it('reports a card it cannot draw with the reason', async () => {
    const thread = cardThread()!;
    await expect(thread.draw({ ...CARD_CASES.short!, who: undefined as unknown as string })).rejects.toThrow(/length|undefined/);
    await thread.close();
  });
});

describe('the card painter and PNG writer', () => {
  it('refuses SVG it does not know how to draw, naming the element or attribute', () => {
    expect(() => paintSvg('<svg width="10" height="10"><circle r="4"/></svg>')).toThrow(/<circle>/);
    expect(() => paintSvg('<svg width="10" height="10"><rect x="0" y="0" width="4" height="4" transform="rotate(4)"/></svg>')).toThrow(/transform/);
    expect(() => paintSvg('<svg width="10" height="10"><text x="0" y="8" font-size="8" font-style="italic">a</text></svg>')).toThrow(/italic/);
  });

  it('writes pixels that decode back to the same colours', () => {
    const rgba = Buffer.alloc(3 * 2 * 4, 255);
    rgba.set([10, 20, 30, 255], 0);
    rgba.set([200, 100, 50, 255], 4 * 4);
    const image = decode(encodeOpaquePng(rgba, 3, 2));
    expect([image.width, image.height]).toEqual([3, 2]);
    expect(image.at(0, 0)).toEqual([10, 20, 30]);
    expect(image.at(1, 1)).toEqual([200, 100, 50]);
    expect(image.at(2, 1)).toEqual([255, 255, 255]);
    expect(() => encodeOpaquePng(rgba, 4, 2)).toThrow(/not 4×2 RGBA/);
  });
});
