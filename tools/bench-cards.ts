/**
 * The cost of a share card: draws the card of every quote and claim of the given briefings (default: all in
 * content/briefings) with no cache, then reads them back through the cache, and prints ms per card.
 * `node --experimental-strip-types --no-warnings tools/bench-cards.ts [FILE.md ...]`
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analysis/index.ts';
import { drawCard, renderCard, type CardInput } from '../src/lib/cards/card.ts';
import { displayWords } from '../src/lib/share/links.ts';

const files = process.argv.slice(2);
if (files.length === 0) for (const f of readdirSync('content/briefings')) if (f.endsWith('.md')) files.push(join('content/briefings', f));

const inputs: CardInput[] = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const a = analyze(text, { file });
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? file;
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  for (const q of a.quotes) {
    const s = q.speaker ? speakers.get(q.speaker) : undefined;
    inputs.push({ kind: 'quote', words: displayWords(q.text), who: s?.name ?? 'Unattributed', role: s?.role ?? null, briefingTitle: title, date: '1 January 2025' });
  }
  for (const c of a.claims) {
    const s = c.claimant ? speakers.get(c.claimant) : undefined;
    inputs.push({ kind: 'claim', words: displayWords(c.text), who: s?.name ?? 'The article’s own voice', role: s?.role ?? null, briefingTitle: title, date: '1 January 2025', detail: `check-worthiness ${Math.round(c.score * 100)}%` });
  }
}
if (inputs.length === 0) throw new Error('no quotes or claims to draw');

let t = performance.now();
await drawCard(inputs[0]!);
const first = performance.now() - t;
const cache = mkdtempSync(join(tmpdir(), 'on-record-cards-'));
t = performance.now();
for (const input of inputs) await renderCard(input, cache);
const cold = (performance.now() - t) / inputs.length;
t = performance.now();
for (const input of inputs) await renderCard(input, cache);
const warm = (performance.now() - t) / inputs.length;
rmSync(cache, { recursive: true, force: true });
console.log(`${inputs.length} cards: first card ${first.toFixed(0)} ms (fonts and wasm start-up); drawn ${cold.toFixed(1)} ms/card; from cache ${warm.toFixed(2)} ms/card`);
