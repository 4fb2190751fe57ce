import { readdirSync, statSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { analyze } from '../src/analysis/index.ts';
import { syntheticBriefing } from './synthetic.ts';
import { readerPages, speakerShards } from '../src/lib/search-reader.ts';
import { buildRegistry } from '../src/lib/speakers/registry.ts';
const N = Number(process.argv[2] ?? 1000);
const out = `/tmp/pf16/reader${N}`;
rmSync(out, { recursive: true, force: true });
const briefings = [];
for (let i = 0; i < N; i++) {
  const text = syntheticBriefing(i);
  const analysis = analyze(text, { file: `b${i}.md` });
  const date = new Date(Date.UTC(2025, i % 12, 1 + (i % 28)));
  briefings.push({ slug: `synthetic-${i}`, title: `Synthetic briefing ${i}`, summary: 'Generated text for the benchmark.', date, date_label: 'x', analysis });
}
const registry = buildRegistry(briefings);
const pages = readerPages(briefings, registry);
const shards = speakerShards(registry, pages);
const sh = [...shards.values()].map((r) => gzipSync(JSON.stringify(r)).length).sort((a, b) => b - a);
console.log('speakers', registry.speakers.length, 'shards', shards.size, 'largest gz', sh.slice(0, 3));
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
for (const r of pages) await index!.addCustomRecord(r);
await index!.writeFiles({ outputPath: out });
await pagefind.close();
for (const sub of ['filter', 'index', 'fragment']) {
  const files = readdirSync(`${out}/${sub}`);
  const sizes = files.map((f) => statSync(`${out}/${sub}/${f}`).size).sort((a, b) => b - a);
  console.log(sub, files.length, 'files, total', sizes.reduce((a, b) => a + b, 0), 'largest', sizes.slice(0, 4), 'median', sizes[Math.floor(sizes.length / 2)]);
}
for (const f of readdirSync(out)) if (f.endsWith('pf_meta')) console.log(f, statSync(`${out}/${f}`).size);
