/**
 * The quote-span errors on GenderGapTracker's dev set, each with its context and a category, and the count per
 * category: false positives (predicted quotes that cover no gold quote by more than 30%) and misses (gold quotes no
 * prediction covers by more than 30%). Matching is tools/ggt.ts's (the held-out checks' rule).
 *
 *   node --experimental-strip-types tools/ggt-span-errors.ts [--show N] [--only CATEGORY]
 *
 * Prints to the terminal only: the data stays out of the project.
 */
import { GGT_DEV, cover, readGgt, runGgt } from './ggt.ts';
import { commandLine, numberFlag, UsageError } from '../src/cli/args.ts';
import type { Quote } from '../src/analysis/index.ts';

/** The categories, false positives then misses (the guesses below return one of them). */
const CATEGORIES = ['fp-boundary', 'fp-not-prose', 'fp-short-direct', 'fp-direct', 'fp-mixed', 'fp-indirect', 'fn-boundary', 'fn-direct', 'fn-indirect'] as const;
type Category = (typeof CATEGORIES)[number];

const { show, only } = commandLine(
  {
    usage: 'node --experimental-strip-types tools/ggt-span-errors.ts [--show N] [--only CATEGORY]',
    options: { show: { type: 'string' }, only: { type: 'string' } },
  },
  ({ values }) => {
    if (values.only !== undefined && !(CATEGORIES as readonly string[]).includes(values.only)) {
      throw new UsageError(`--only ${values.only}: no such category (one of ${CATEGORIES.join(', ')})`);
    }
    return { show: numberFlag(values, 'show', { default: 20, min: 0, integer: true }), only: values.only };
  },
);

const QUOTE_MARKS = /["“”«»]/;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The paragraph (blank-line block) around an offset. */
function paragraph(text: string, at: number): string {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  const b = text.indexOf('\n', at);
  return text.slice(a, b < 0 ? text.length : b);
}

/** Why a prediction matches no gold quote: a guess from its shape, to sort the list for reading. */
function fpCategory(text: string, q: Quote, touchesGold: boolean): Category {
  if (touchesGold) return 'fp-boundary';
  const para = paragraph(text, q.start).trim();
  if (!/[.?!:"”’)]$/.test(para) || /^(READ|WATCH|RELATED|LISTEN|MORE)\b/.test(para)) return 'fp-not-prose';
  if (q.kind === 'direct' && words(q.text) <= 4) return 'fp-short-direct';
  if (q.kind === 'direct') return 'fp-direct';
  return q.kind === 'mixed' ? 'fp-mixed' : 'fp-indirect';
}

function fnCategory(text: string, span: [number, number], touched: boolean): Category {
  if (touched) return 'fn-boundary';
  const before = text.slice(Math.max(0, span[0] - 2), span[0] + 1);
  return QUOTE_MARKS.test(before) ? 'fn-direct' : 'fn-indirect';
}

interface Err { cat: string; line: string }
const errs: Err[] = [];
const ctx = (text: string, a: number, b: number) => {
  const s = Math.max(0, a - 100);
  const e = Math.min(text.length, b + 60);
  return `${text.slice(s, a)}⟦${text.slice(a, b)}⟧${text.slice(b, e)}`.replace(/\s+/g, ' ');
};

for (const { doc, analysis } of runGgt(readGgt(GGT_DEV))) {
  const gold = doc.quotes.filter((g) => g.quote_span).map((g) => ({ g, span: g.quote_span! }));
  for (const q of analysis.quotes) {
    if (gold.some(({ span }) => cover(q, span) > 0.3)) continue;
    const touchesGold = gold.some(({ span }) => cover(q, span) > 0);
    const near = gold.filter(({ span }) => cover(q, span) > 0).map(({ span }) => `gold ${ctx(doc.text, span[0], span[1]).slice(0, 160)}`);
    errs.push({ cat: fpCategory(doc.text, q, touchesGold), line: `[${q.kind} cue=${q.cue ?? '-'} how=${q.how}] …${ctx(doc.text, q.start, q.end)}…${near.length ? `\n      ${near.join('\n      ')}` : ''}` });
  }
  for (const { g, span } of gold) {
    if (analysis.quotes.some((q) => cover(q, span) > 0.3)) continue;
    const touching = analysis.quotes.filter((q) => cover(q, span) > 0);
    const preds = touching.map((q) => `pred ${(100 * cover(q, span)).toFixed(0)}% ⟦${doc.text.slice(q.start, q.end).slice(0, 120)}⟧`);
    errs.push({ cat: fnCategory(doc.text, span, touching.length > 0), line: `[speaker=«${g.speaker}»] …${ctx(doc.text, span[0], span[1])}…${preds.length ? `\n      ${preds.join('\n      ')}` : ''}` });
  }
}

const counts = new Map<string, number>();
for (const e of errs) counts.set(e.cat, (counts.get(e.cat) ?? 0) + 1);
for (const [cat, n] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${cat.padEnd(18)} ${n}`);
for (const cat of [...counts.keys()].sort()) {
  if (only && cat !== only) continue;
  const list = errs.filter((e) => e.cat === cat);
  console.log(`\n## ${cat} (${list.length})`);
  for (const e of list.slice(0, show)) console.log(`  ${e.line}`);
}
