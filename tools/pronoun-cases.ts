/**
 * Prepares the blind annotation behind the pronoun-attribution figure (see docs/engine-figures.md).
 *
 *   npm run --silent pronoun-cases -- ../shared/data/polnear-train.jsonl OUT_DIR [--per-half N] [--batches K]
 *
 * PolNeAR leaves a pronoun source ("he said") unlinked to the person it stands for, so the quotes whose gold source
 * is a pronoun cannot be scored from the corpus alone. This writes a deterministic sample of them, per split, as
 * reading cases (the article up to a little past the pronoun, the pronoun marked ⟦so⟧) for annotators who never
 * see the engine's answer. Their answers go through `--import` into tests/fixtures/polnear-pronoun-referents.jsonl,
 * which stores offsets only — never the corpus's words — and eval.ts scores pronoun sources against it.
 *
 *   npm run --silent pronoun-cases -- ../shared/data/polnear-train.jsonl OUT_DIR --import
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, numberFlag } from '../src/cli/args.ts';
import { locateWords, readAnswers, readCases } from './annotation-answers.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REFERENTS_PATH, fnv1a, goldQuotes, isHeldOut, isPronounSource, type PolnearDoc } from './polnear.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { positional, perHalf, batches, importing } = commandLine(
  {
    usage: 'npm run --silent pronoun-cases -- [../shared/data/polnear-train.jsonl] [OUT_DIR] [--per-half N] [--batches K] [--import]',
    options: { 'per-half': { type: 'string' }, batches: { type: 'string' }, import: { type: 'boolean' } },
    positionals: { max: 2 },
  },
  ({ values, positionals }) => ({
    positional: positionals,
    perHalf: numberFlag(values, 'per-half', { default: 300, min: 1, integer: true }),
    batches: numberFlag(values, 'batches', { default: 8, min: 1, integer: true }),
    importing: values.import === true,
  }),
);
const dataPath = path.resolve(process.cwd(), positional[0] ?? path.resolve(repoRoot, '../shared/data/polnear-train.jsonl'));
const outDir = path.resolve(process.cwd(), positional[1] ?? '/tmp/pronoun-cases');

interface Case {
  id: string;
  doc: string;
  split: 'dev' | 'held-out';
  start: number;
  end: number;
}

const docs = new Map<string, PolnearDoc>();
const cases: Case[] = [];
const seen = new Set<string>();
for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as PolnearDoc;
  if (!docs.has(d.doc)) docs.set(d.doc, d);
  for (const g of goldQuotes(d)) {
    const src = g.source[0];
    if (!src || g.source.length !== 1 || !isPronounSource(src.text)) continue;
    const key = `${d.doc}@${src.start}`;
    // two annotators of one document mark the same pronoun: one case
    if (seen.has(key)) continue;
    seen.add(key);
    cases.push({ id: '', doc: d.doc, split: isHeldOut(d.doc) ? 'held-out' : 'dev', start: src.start, end: src.end });
  }
}

if (importing) {
  importAnswers();
} else {
  writeCases();
}

function sample(): Case[] {
  const out: Case[] = [];
  for (const split of ['dev', 'held-out'] as const) {
    const pick = cases
      .filter((c) => c.split === split)
      .sort((a, b) => fnv1a(`${a.doc}@${a.start}`) - fnv1a(`${b.doc}@${b.start}`))
      .slice(0, perHalf);
    out.push(...pick);
  }
  out.forEach((c, i) => (c.id = `p${String(i + 1).padStart(4, '0')}`));
  return out;
}

function writeCases(): void {
  mkdirSync(outDir, { recursive: true });
  const picked = sample();
  writeFileSync(path.join(outDir, 'cases.json'), JSON.stringify(picked, null, 1));
  // batches mix both splits so that no annotator works on one split only
  const shuffled = [...picked].sort((a, b) => fnv1a(a.id) - fnv1a(b.id));
  for (let b = 0; b < batches; b++) {
    const mine = shuffled.filter((_, i) => i % batches === b);
    const parts = mine.map((c) => {
      const text = docs.get(c.doc)!.text;
      // context: whole paragraphs, up to ~2,500 characters before the pronoun and to the end of its paragraph
      let from = Math.max(0, c.start - 2500);
      const para = text.lastIndexOf('\n', from);
      if (para > 0 && c.start - para < 3500) from = para + 1;
      let to = text.indexOf('\n', c.end);
      if (to < 0 || to - c.end > 600) to = Math.min(text.length, c.end + 400);
      const excerpt = `${from > 0 ? '[…] ' : ''}${text.slice(from, c.start)}⟦${text.slice(c.start, c.end)}⟧${text.slice(c.end, to)}`;
      return `=== CASE ${c.id} — who is ⟦${text.slice(c.start, c.end)}⟧? ===\n${excerpt}\n`;
    });
    writeFileSync(path.join(outDir, `batch-${b + 1}.txt`), parts.join('\n'));
  }
  console.log(`${picked.length} cases in ${batches} batches written to ${outDir}`);
}

interface Answer {
  case: string;
  referent: string | null;
}

function importAnswers(): void {
  const picked = readCases<Case>(outDir);
  const answers = readAnswers<Answer>(outDir);
  const out: string[] = [];
  let missing = 0;
  let unfound = 0;
  for (const c of picked) {
    const a = answers.get(c.id);
    if (!a) {
      missing++;
      continue;
    }
    let referent: [number, number] | null = null;
    if (a.referent !== null) {
      referent = locateWords(docs.get(c.doc)!.text, a.referent, c.start, c.end);
      if (!referent) {
        unfound++;
        console.error(`${c.id}: answer not found in the text: ${a.referent}`);
        continue;
      }
    }
    out.push(JSON.stringify({ doc: c.doc, pronoun: [c.start, c.end], referent }));
  }
  mkdirSync(path.dirname(REFERENTS_PATH), { recursive: true });
  writeFileSync(REFERENTS_PATH, `${out.join('\n')}\n`);
  console.log(`${out.length} referents written to ${path.relative(process.cwd(), REFERENTS_PATH)} (${missing} cases unanswered, ${unfound} answers not found)`);
}
