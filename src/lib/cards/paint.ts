/**
 * Paints satori's layout of a card on a Skia canvas (@napi-rs/canvas), drawing the text with the card's fonts.
 *
 * satori lays the card out (flexbox, line breaks, truncation) and, with `embedFont: false`, writes each run of words
 * as a `<text>` at its baseline instead of as glyph outlines; this module draws those runs, the filled boxes and the
 * clipped border strokes. Same layout as before by construction (satori decides every position), but the text is
 * drawn by Skia's glyph rasteriser rather than as paths through resvg: about half the time a card took.
 *
 * Only what satori writes for the card's own layout is understood; anything else (a new element, attribute or
 * font style after a change of layout or of satori) is an error naming it, never a silently different card.
 */
import { createCanvas, GlobalFonts, Path2D, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { XMLParser } from 'fast-xml-parser';
import { allFamilies, cardFonts } from './fonts.ts';

/** fast-xml-parser's ordered form: one key naming the element (its children), ':@' for its attributes. */
type XmlNode = { [tag: string]: XmlNode[] } & { ':@'?: Record<string, string>; '#text'?: string };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, trimValues: false, parseAttributeValue: false, parseTagValue: false, htmlEntities: true });

const TEXT_ATTRS = new Set(['x', 'y', 'width', 'height', 'font-weight', 'font-style', 'font-size', 'font-family', 'letter-spacing', 'fill']);
const RECT_ATTRS = new Set(['x', 'y', 'width', 'height', 'fill']);
const PATH_ATTRS = new Set(['d', 'width', 'height', 'fill', 'stroke', 'stroke-width', 'clip-path']);

let canvas: Canvas | undefined;
let fontList = '';

function surface(width: number, height: number): SKRSContext2D {
  if (!canvas) {
    for (const subset of cardFonts().subsets) for (const font of subset.fonts) {
      if (!GlobalFonts.register(font.data, font.name)) throw new Error(`share card: Skia could not read the font ${font.file}`);
    }
    fontList = allFamilies().map((f) => `"${f}"`).join(', ');
  }
  if (!canvas || canvas.width !== width || canvas.height !== height) canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.lang = 'en';
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  return ctx;
}

function tagOf(node: XmlNode): string {
  const tag = Object.keys(node).find((k) => k !== ':@');
  if (!tag) throw new Error('share card: an empty node in satori\'s SVG');
  return tag;
}

function attrs(node: XmlNode, tag: string, allowed?: Set<string>): Record<string, string> {
  const a = node[':@'] ?? {};
  if (allowed) for (const name of Object.keys(a)) if (!allowed.has(name)) throw new Error(`share card: satori wrote <${tag} ${name}="${a[name]}">, which the card painter does not draw (src/lib/cards/paint.ts)`);
  return a;
}

function num(a: Record<string, string>, name: string, tag: string): number {
  const v = Number(a[name]);
  if (a[name] === undefined || !Number.isFinite(v)) throw new Error(`share card: <${tag}> has no numeric ${name} (got ${JSON.stringify(a[name])})`);
  return v;
}

/** A clip path's shape, from its one child: a rect, a path or a polygon. */
function clipShape(node: XmlNode): { path: Path2D; rule: CanvasFillRule } {
  const children = (node.clipPath ?? []).filter((c) => !('#text' in c));
  if (children.length !== 1) throw new Error(`share card: a clipPath with ${children.length} shapes; the card painter takes one`);
  const child = children[0]!;
  const tag = tagOf(child);
  const a = attrs(child, tag);
  const rule: CanvasFillRule = a['clip-rule'] === 'evenodd' ? 'evenodd' : 'nonzero';
  if (tag === 'rect') {
    const path = new Path2D();
    path.rect(num(a, 'x', tag), num(a, 'y', tag), num(a, 'width', tag), num(a, 'height', tag));
    return { path, rule };
  }
  if (tag === 'path') return { path: new Path2D(a.d ?? ''), rule };
  if (tag === 'polygon') {
    const points = (a.points ?? '').trim().split(/\s+/).map((p) => p.split(',').map(Number));
    return { path: new Path2D(`M${points.map(([x, y]) => `${x},${y}`).join(' L')} Z`), rule };
  }
  throw new Error(`share card: a clipPath made of <${tag}>, which the card painter does not draw`);
}

function clipId(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const m = /^url\(#(.+)\)$/.exec(ref);
  if (!m) throw new Error(`share card: clip-path="${ref}" is not a reference to a clip path`);
  return m[1];
}

/** A run of text as painted: its words, where its baseline starts, its size and weight. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: number;
  /** the width satori gave the run when it laid the card out */
  width: number;
  letterSpacing: number;
}

/** How wide Skia draws a run: where satori measured with other fonts than Skia draws with, the two part. */
export function drawnWidth(run: TextRun): number {
  const ctx = surface(canvas?.width ?? 1, canvas?.height ?? 1);
  ctx.font = `${run.weight} ${run.size}px ${fontList}`;
  ctx.letterSpacing = `${run.letterSpacing}px`;
  return ctx.measureText(run.text).width;
}

export interface Painted {
  /** the canvas's pixels: RGBA, row by row, opaque */
  rgba: Buffer;
  width: number;
  height: number;
  /** every run of text, in the order painted */
  runs: TextRun[];
}

/** Paints `svg` (satori's output with embedFont: false). */
export function paintSvg(svg: string): Painted {
  const doc = parser.parse(svg) as XmlNode[];
  const root = doc.find((n) => 'svg' in n);
  if (!root) throw new Error('share card: satori returned no <svg>');
  const ra = attrs(root, 'svg');
  const width = num(ra, 'width', 'svg');
  const height = num(ra, 'height', 'svg');
  const ctx = surface(width, height);
  ctx.clearRect(0, 0, width, height);
  const clips = new Map<string, { path: Path2D; rule: CanvasFillRule }>();
  const runs: TextRun[] = [];
  let lastFont = '';
  let lastSpacing = '';

  const withClip = (ref: string | undefined, draw: () => void) => {
    const id = clipId(ref);
    if (id === undefined) return draw();
    const clip = clips.get(id);
    if (!clip) throw new Error(`share card: clip-path #${id} is used before it is defined`);
    ctx.save();
    ctx.clip(clip.path, clip.rule);
    draw();
    ctx.restore();
  };

  const walk = (nodes: XmlNode[]) => {
    for (const node of nodes) {
      if ('#text' in node) continue; // whitespace between elements
      const tag = tagOf(node);
      switch (tag) {
        case 'mask': // satori's overflow masks: defined for every box, used only by overflow: hidden, which no card box has
          break;
        case 'defs':
          walk(node.defs!);
          break;
        case 'clipPath':
          clips.set(attrs(node, tag).id ?? '', clipShape(node));
          break;
        case 'g': {
          const a = attrs(node, tag, new Set(['clip-path']));
          withClip(a['clip-path'], () => walk(node.g!));
          break;
        }
        case 'rect': {
          const a = attrs(node, tag, RECT_ATTRS);
          ctx.fillStyle = a.fill ?? '#000';
          ctx.fillRect(num(a, 'x', tag), num(a, 'y', tag), num(a, 'width', tag), num(a, 'height', tag));
          break;
        }
        case 'path': {
          const a = attrs(node, tag, PATH_ATTRS);
          withClip(a['clip-path'], () => {
            const path = new Path2D(a.d ?? '');
            if (a.fill && a.fill !== 'none') {
              ctx.fillStyle = a.fill;
              ctx.fill(path);
            }
            if (a.stroke && a.stroke !== 'none') {
              ctx.strokeStyle = a.stroke;
              ctx.lineWidth = num(a, 'stroke-width', tag);
              ctx.stroke(path);
            }
          });
          break;
        }
        case 'text': {
          const a = attrs(node, tag, TEXT_ATTRS);
          if ((a['font-style'] ?? 'normal') !== 'normal') throw new Error(`share card: font-style ${a['font-style']}: the card has no italic fonts`);
          const words = node.text!.map((t) => t['#text'] ?? '').join('');
          const weight = a['font-weight'] === 'normal' || a['font-weight'] === undefined ? 400 : Number(a['font-weight']);
          const font = `${weight} ${num(a, 'font-size', tag)}px ${fontList}`;
          // Setting the font parses it again; most runs share the previous run's.
          if (font !== lastFont) ctx.font = lastFont = font;
          const spacing = `${a['letter-spacing'] ?? 0}px`;
          if (spacing !== lastSpacing) ctx.letterSpacing = lastSpacing = spacing;
          ctx.fillStyle = a.fill ?? '#000';
          const run = { text: words, x: num(a, 'x', tag), y: num(a, 'y', tag), size: num(a, 'font-size', tag), weight, width: num(a, 'width', tag), letterSpacing: Number(a['letter-spacing'] ?? 0) };
          ctx.fillText(run.text, run.x, run.y);
          runs.push(run);
          break;
        }
        default:
          throw new Error(`share card: satori wrote <${tag}>, which the card painter does not draw (src/lib/cards/paint.ts)`);
      }
    }
  };
  walk(root.svg!);
  return { rgba: canvas!.data(), width, height, runs };
}
