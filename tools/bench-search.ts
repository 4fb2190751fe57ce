/**
 * What a reader's first search costs: serves a built site with Astro's preview server, opens /search/ in Chromium,
 * runs a first query the way a reader does (type, Enter) and reports
 *   - the bytes the search fetched (everything requested after the page had loaded: Pagefind's script, its
 *     WebAssembly, index, filter and fragment files), as served here and as a compressing static host would send
 *     them (gzip of each text file; Pagefind's index files are already compressed). Goal: under 100 kB.
 *   - how long queries take in the browser: the first (cold: downloads included) and warm ones, from pressing
 *     Enter to the results being on screen, and Pagefind's own search call alone.
 *
 *   node --experimental-strip-types --no-warnings tools/bench-search.ts [--dist DIR] [--port N] [--query WORDS] [--json]
 *
 * It does not build: build first (`npm run build`, or ONRECORD_OUT_DIR=… for another folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { commandLine, numberFlag } from '../src/cli/args.ts';

const root = fileURLToPath(new URL('../', import.meta.url));

export interface SearchBenchOptions {
  /** the built site (default: ONRECORD_OUT_DIR or ./dist) */
  dist?: string;
  port?: number;
  /** the first query (default "billion") */
  query?: string;
  /** further queries for the warm timings */
  warmQueries?: string[];
  chromium?: string;
}

export interface FetchedFile {
  url: string;
  /** bytes of body as the preview server sent them */
  served: number;
  /** bytes a gzip-compressing host would send (already-compressed files count as served) */
  gzip: number;
}

export interface SearchBenchReport {
  query: string;
  results: number;
  /** bytes of the search page itself (HTML, CSS, our scripts) before any search */
  pageBytes: { served: number; gzip: number };
  /** bytes fetched by the first search */
  searchBytes: { served: number; gzip: number; files: FetchedFile[] };
  goalBytes: number;
  /** Enter → results on screen, first query (downloads included) */
  firstQueryMs: number;
  /** Enter → results on screen, median over the warm queries */
  warmQueryMs: number;
  /** Pagefind's `search()` plus the data of the first ten results, median, in the page */
  engineQueryMs: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Types the words, presses Enter, and returns how long the page took to show the results: the page measures each
 * search itself (`performance.measure('on-record:search')`, src/components/search/search-client.ts).
 */
async function submit(page: Page, words: string): Promise<number> {
  const box = page.locator('#search-q');
  await box.fill(words);
  await page.evaluate(() => performance.clearMeasures('on-record:search'));
  await box.press('Enter');
  await page.waitForFunction(() => performance.getEntriesByName('on-record:search').length > 0);
  return page.evaluate(() => performance.getEntriesByName('on-record:search').at(-1)?.duration ?? NaN);
}

function chromiumPath(explicit?: string): string {
  const found = [explicit, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH');
  return found;
}

export async function benchSearch(options: SearchBenchOptions = {}): Promise<SearchBenchReport> {
  const dist = resolve(root, options.dist ?? process.env.ONRECORD_OUT_DIR ?? 'dist');
  if (!existsSync(`${dist}/search/index.html`) || !existsSync(`${dist}/search/bundle/pagefind.js`)) {
    throw new Error(`${dist} holds no built search (search/index.html, search/bundle/): build the site first`);
  }
  const port = options.port ?? 4343;
  const query = options.query ?? 'billion';
  const warmQueries = options.warmQueries ?? ['security', 'economic', 'negotiations', 'europe', 'war'];

  // astro.config.mjs reads the output folder from this variable; preview serves that folder.
  process.env.ONRECORD_OUT_DIR = dist;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { preview } = await import('astro');
  const server = await preview({ root, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(options.chromium),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    let phase: 'page' | 'search' = 'page';
    const fetched: Record<'page' | 'search', Promise<FetchedFile>[]> = { page: [], search: [] };
    page.on('requestfinished', (request) => {
      // The browser asks for the icon whenever it likes; it is not the search's cost.
      if (new URL(request.url()).pathname.startsWith('/favicon')) return;
      const bucket = fetched[phase];
      bucket.push(
        (async () => {
          const url = request.url();
          const served = (await request.sizes()).responseBodySize;
          // What a compressing host sends: gzip of the file on disk, unless it is already compressed.
          let gzip = served;
          const path = decodeURIComponent(new URL(url).pathname);
          const onDisk = `${dist}${path.endsWith('/') ? `${path}index.html` : path}`;
          if (url.startsWith(base) && existsSync(onDisk)) {
            const body = readFileSync(onDisk);
            const compressed = body[0] === 0x1f && body[1] === 0x8b;
            gzip = compressed ? body.length : Math.min(body.length, gzipSync(body, { level: 9 }).length);
          }
          return { url: url.replace(base, ''), served, gzip };
        })(),
      );
    });
    await page.goto(`${base}/search/`, { waitUntil: 'networkidle' });
    phase = 'search';
    const firstQueryMs = await submit(page, query);
    await page.waitForLoadState('networkidle');
    const results = await page.locator('[data-search-results] > li').count();
    const searchFiles = await Promise.all(fetched.search);
    const pageFiles = await Promise.all(fetched.page);

    const warm: number[] = [];
    for (const words of warmQueries) warm.push(await submit(page, words));
    const engine = await page.evaluate(async (words: string[]) => {
      // The search page's own bundle (src/lib/search-reader.ts), not the contract's /pagefind/.
      const url = '/search/bundle/pagefind.js';
      const pf = (await import(/* @vite-ignore */ url)) as {
        search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
      };
      const times: number[] = [];
      for (const term of words) {
        const t0 = performance.now();
        const found = await pf.search(term);
        await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
        times.push(performance.now() - t0);
      }
      return times;
    }, [query, ...warmQueries]);

    const sum = (files: FetchedFile[], key: 'served' | 'gzip') => files.reduce((n, f) => n + f[key], 0);
    await context.close();
    return {
      query,
      results,
      pageBytes: { served: sum(pageFiles, 'served'), gzip: sum(pageFiles, 'gzip') },
      searchBytes: { served: sum(searchFiles, 'served'), gzip: sum(searchFiles, 'gzip'), files: searchFiles },
      goalBytes: 100_000,
      firstQueryMs,
      warmQueryMs: median(warm),
      engineQueryMs: median(engine),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;

export function formatSearchBench(r: SearchBenchReport): string {
  const lines = [
    `search benchmark — first query "${r.query}" (${r.results} results shown)`,
    `  search page before searching: ${kB(r.pageBytes.served)} served, ${kB(r.pageBytes.gzip)} gzipped`,
    `  first search fetched:         ${kB(r.searchBytes.served)} served, ${kB(r.searchBytes.gzip)} gzipped` +
      ` (goal < ${kB(r.goalBytes)}: ${r.searchBytes.gzip < r.goalBytes ? 'met' : 'NOT met'})`,
    ...r.searchBytes.files.map((f) => `    ${f.url}  ${kB(f.served)} served, ${kB(f.gzip)} gzipped`),
    `  first query, Enter → results: ${r.firstQueryMs.toFixed(0)} ms (downloads included)`,
    `  warm query, Enter → results:  ${r.warmQueryMs.toFixed(1)} ms (median)`,
    `  Pagefind search() + 10 results' data: ${r.engineQueryMs.toFixed(1)} ms (median)`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, port } = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/bench-search.ts [--dist DIR] [--port N] [--query WORDS] [--json]',
      options: { dist: { type: 'string' }, port: { type: 'string' }, query: { type: 'string' }, json: { type: 'boolean' } },
    },
    (parsed) => ({ values: parsed.values, port: numberFlag(parsed.values, 'port', { min: 1, max: 65535, integer: true }) }),
  );
  const report = await benchSearch({ dist: values.dist, port, query: values.query });
  console.log(values.json ? JSON.stringify(report) : formatSearchBench(report));
}
