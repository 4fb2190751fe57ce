/**
 * Page-weight budgets of a built site: what the briefing page costs a reader on first load.
 * Budgets (issue "Reading the briefing"): HTML + CSS under 30 kB gzipped, our own JavaScript under 10 kB gzipped.
 *
 *   node --experimental-strip-types --no-warnings tools/bench-pages.ts [--dist dist] [--page /briefings/x/]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { commandLine } from '../src/cli/args.ts';

export interface PageWeight {
  page: string;
  html: number;
  css: number;
  js: number;
  /** gzipped bytes */
  gzip: { html: number; css: number; js: number };
  scripts: string[];
  styles: string[];
}

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;

function fileOf(dist: string, url: string): string {
  return path.join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
}

/** Every module a script loads statically (Astro splits shared code into chunks). */
function withImports(dist: string, src: string, seen: Set<string>): void {
  if (seen.has(src) || !src.startsWith('/')) return;
  const file = fileOf(dist, src);
  if (!existsSync(file)) return;
  seen.add(src);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    withImports(dist, path.posix.resolve(path.posix.dirname(src), m[1]!), seen);
  }
}

export function pageWeight(dist: string, page: string): PageWeight {
  const htmlFile = path.join(dist, page, 'index.html');
  const html = readFileSync(htmlFile);
  const source = html.toString('utf8');
  const styles = [...source.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (const m of source.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) withImports(dist, m[1]!, scripts);
  const css = Buffer.concat(styles.map((s) => readFileSync(fileOf(dist, s))));
  const js = Buffer.concat([...scripts].map((s) => readFileSync(fileOf(dist, s))));
  return {
    page,
    html: html.length,
    css: css.length,
    js: js.length,
    gzip: { html: gz(html), css: gz(css), js: gz(js) },
    scripts: [...scripts],
    styles,
  };
}

export function formatPageWeight(w: PageWeight): string {
  const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`;
  const htmlCss = w.gzip.html + w.gzip.css;
  return [
    `| page | HTML | CSS | HTML + CSS gzipped (budget 30 kB) | our JavaScript gzipped (budget 10 kB) |`,
    `|---|---:|---:|---:|---:|`,
    `| \`${w.page}\` | ${kB(w.html)} (${kB(w.gzip.html)} gz) | ${kB(w.css)} (${kB(w.gzip.css)} gz) | ${kB(htmlCss)} ${htmlCss <= 30 * 1024 ? '✓' : '✗'} | ${kB(w.gzip.js)} ${w.gzip.js <= 10 * 1024 ? '✓' : '✗'} (${w.scripts.length} files) |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const values = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/bench-pages.ts [--dist dist] [--page /briefings/x/]',
      options: { dist: { type: 'string', default: 'dist' }, page: { type: 'string', default: '' } },
    },
    (parsed) => parsed.values,
  );
  const dist = path.resolve(values.dist);
  let page = values.page;
  if (!page) {
    const briefings = path.join(dist, 'briefings');
    const first = existsSync(briefings) ? readdirSync(briefings).sort()[0] : undefined;
    if (!first) {
      console.error(`${dist}: no built briefing; run \`npm run build\` first`);
      process.exit(1);
    }
    page = `/briefings/${first}/`;
  }
  console.log(formatPageWeight(pageWeight(dist, page)));
}
