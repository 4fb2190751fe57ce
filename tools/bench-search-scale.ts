/**
 * The first search at 1,000 and 10,000 briefings without building 10,000 pages: takes a built site (any size; its
 * search page and scripts are what readers get), replaces its reader index (`search/bundle/`, the static speaker
 * list `search/speakers/`) by those of N synthetic briefings (tools/synthetic.ts, analysed by the engine, merged by
 * the speaker registry, indexed by the same code as the build), and measures the first search in Chromium with
 * tools/bench-search.ts. The speaker pages, briefing pages and the contract's `/pagefind/` are not rebuilt: the
 * search page fetches none of them.
 *
 *   node --experimental-strip-types --no-warnings tools/bench-search-scale.ts [--dist DIR] [--sizes 1000,10000]
 *        [--query families] [--keep DIR (leave the site in DIR-<size>)] [--json]
 *
 * --dist defaults to ONRECORD_OUT_DIR, else dist.
 *
 * `npm run bench` measures the 1,000-briefing site it really builds; this is the separate 10,000 figure.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/analysis/index.ts';
import { commandLine, numberListFlag } from '../src/cli/args.ts';
import { writeReaderBundle } from '../src/integrations/pagefind/index.ts';
import { dateLabel } from '../src/lib/search-records.ts';
import { readerPages, speakerShards } from '../src/lib/search-reader.ts';
import { buildRegistry } from '../src/lib/speakers/registry.ts';
import { benchSearch, formatSearchBench, type SearchBenchReport } from './bench-search.ts';
import { syntheticBriefing } from './synthetic.ts';

export async function benchSearchAtScale(dist: string, briefings: number, query = 'families', keep?: string): Promise<SearchBenchReport> {
  const work = keep ?? mkdtempSync(join(tmpdir(), `onrecord-search-${briefings}-`));
  if (keep) rmSync(keep, { recursive: true, force: true });
  try {
    const site = join(work, 'dist');
    cpSync(dist, site, { recursive: true });
    const analysed = Array.from({ length: briefings }, (_, i) => {
      const text = syntheticBriefing(i, { paragraphs: 8 }); // as `npm run bench` builds them
      const date = new Date(Date.UTC(2025, Math.floor(i / 28) % 12, 1 + (i % 28)));
      return { slug: `synthetic-${i}`, title: `Synthetic briefing ${i}`, summary: 'Generated text for the benchmark.', date, date_label: dateLabel(date), analysis: analyze(text, { file: `synthetic-${i}.md` }) };
    });
    const registry = buildRegistry(analysed);
    const reader = readerPages(analysed, registry);
    rmSync(join(site, 'search/bundle'), { recursive: true, force: true });
    await writeReaderBundle({ reader }, join(site, 'search/bundle'));
    rmSync(join(site, 'search/speakers'), { recursive: true, force: true });
    mkdirSync(join(site, 'search/speakers'), { recursive: true });
    const shards = speakerShards(registry, reader);
    for (const [key, rows] of shards) writeFileSync(join(site, `search/speakers/${key}.json`), JSON.stringify(rows));
    // The page lists the shards that exist (src/pages/search/index.astro): list these.
    const page = join(site, 'search/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/data-shards="[^"]*"/, `data-shards="${[...shards.keys()].sort().join(' ')}"`));
    return await benchSearch({ dist: site, port: 4351, query, warmQueries: ['tariff', 'budget', 'contract'] });
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, sizes } = commandLine(
    {
      usage:
        'node --experimental-strip-types --no-warnings tools/bench-search-scale.ts [--dist DIR] [--sizes 1000,10000] [--query families] [--keep DIR] [--json]',
      options: { dist: { type: 'string' }, sizes: { type: 'string' }, query: { type: 'string' }, keep: { type: 'string' }, json: { type: 'boolean' } },
    },
    (parsed) => ({ values: parsed.values, sizes: numberListFlag(parsed.values, 'sizes', { min: 1, integer: true }) ?? [1000, 10000] }),
  );
  const dist = resolve(values.dist ?? process.env.ONRECORD_OUT_DIR ?? 'dist');
  for (const n of sizes) {
    const report = await benchSearchAtScale(dist, n, values.query, values.keep ? `${resolve(values.keep)}-${n}` : undefined);
    if (values.json) console.log(JSON.stringify({ briefings: n, ...report }));
    else console.log(`${n} synthetic briefings (reader index only)\n${formatSearchBench(report)}\n`);
  }
  const pagefind = await import('pagefind');
  await pagefind.close();
}
