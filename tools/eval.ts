/**
 * Quote and attribution evaluation on PolNeAR (see docs/engine-figures.md for the rules).
 *
 *   npm run eval -- ../shared/data/polnear-train.jsonl [--errors N] [--attr-errors N] [--without RULE[,RULE…]] [--write-figures]
 *
 * Per rule (`how`): how many predicted quotes it made, how many of them overlap a gold quote (span precision), the
 * share of matched gold quotes it attributed (coverage) and how often it named the right source (accuracy).
 * `--without RULE` leaves rules out of the sieve (their cues and quotes fall to the later rules): compare the figures
 * with and without to see what a rule is worth. `--errors N` prints N span errors (false positives and misses) and
 * `--attr-errors N` N wrong attributions, both of the dev half and to the terminal only; `--write-figures` records
 * the figures in src/data/figures.json.
 *
 * Gold quotes: attributions whose cue contains a verb of saying (GOLD_SPEECH below). Other attributions (beliefs,
 * intentions, "shows") are neutral: a predicted quote overlapping only them is neither right nor wrong.
 * Documents are split by a hash of the document name into dev (tuned on) and held-out (only reported).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, numberFlag, UsageError } from '../src/cli/args.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDetailed, HOWS } from '../src/analysis/index.ts';
import type { How, Quote } from '../src/analysis/index.ts';
import { reliability } from './ggt.ts';
import { REFERENTS_PATH, goldQuotes, isHeldOut, isPronounSource, isSpeech, type PolnearDoc as Doc } from './polnear.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { fileArg, showErrors, showAttr, without, writeFigures } = commandLine(
  {
    usage:
      'npm run eval -- [../shared/data/polnear-train.jsonl] [--errors N] [--attr-errors N] [--without RULE[,RULE…]] [--write-figures]',
    options: { errors: { type: 'string' }, 'attr-errors': { type: 'string' }, without: { type: 'string' }, 'write-figures': { type: 'boolean' } },
    positionals: { max: 1 },
  },
  ({ values, positionals }) => {
    const count = { default: 0, min: 0, integer: true };
    const without = new Set<How>();
    for (const name of (values.without ?? '').split(',').filter(Boolean)) {
      if (!(HOWS as readonly string[]).includes(name)) throw new UsageError(`--without ${name}: no such rule (one of ${HOWS.join(', ')})`);
      without.add(name as How);
    }
    return {
      fileArg: positionals[0],
      showErrors: numberFlag(values, 'errors', count),
      // --attr-errors N: print N wrong attributions from the dev split (gold source, cue, our speaker, our rule, context)
      showAttr: numberFlag(values, 'attr-errors', count),
      without,
      writeFigures: values['write-figures'] === true,
    };
  },
);
const dataPath = fileArg ? path.resolve(process.cwd(), fileArg) : path.resolve(repoRoot, '../shared/data/polnear-train.jsonl');
const attrErrors: string[] = [];
const pronErrors: string[] = [];

/**
 * The blind annotation of a sample of pronoun sources (pronoun-cases.ts): doc@offset → the offsets of a mention of
 * the person or group the pronoun stands for, or null when the article never names it.
 */
const referents = new Map<string, [number, number] | null>();
if (existsSync(REFERENTS_PATH)) {
  for (const line of readFileSync(REFERENTS_PATH, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { doc: string; pronoun: [number, number]; referent: [number, number] | null };
    referents.set(`${r.doc}@${r.pronoun[0]}`, r.referent);
  }
}

/**
 * A named gold source and a predicted speaker agree when a form of the speaker's name (name or alias) is a run of
 * whole words of the source, the source is a run of whole words of a form, or the speaker's surname is a word of it.
 */
function namedMatch(srcText: string, sp: { name: string; aliases: string[] }): boolean {
  const words = (x: string) => x.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const src = ' ' + words(srcText).join(' ') + ' ';
  if (src.trim() === '') return false;
  const srcWords = new Set(src.trim().split(' '));
  for (const f of [sp.name, ...sp.aliases]) {
    const fw = words(f).join(' ');
    if (!fw) continue;
    if (src.includes(' ' + fw + ' ')) return true;
    if (fw.length > 3 && (' ' + fw + ' ').includes(src)) return true;
  }
  const last = words(sp.name).at(-1) ?? '';
  return last.length > 1 && srcWords.has(last);
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

interface Tally {
  docs: number;
  gold: number;
  pred: number;
  neutral: number;
  tp30: number; fp30: number; matched30: number;
  tp80: number; fp80: number; matched80: number;
  attrTotal: number; attrOk: number;
  attrNamedTotal: number; attrNamedOk: number;
  attrPronTotal: number; attrPronOk: number;
  proxyTotal: number; proxyOk: number;
  refTotal: number; refOk: number; refUnnamed: number;
  ms: number;
  /** found quotes whose truth is known (named sources; pronouns of the blind annotation): confidence and right */
  cal: { confidence: number; right: boolean }[];
  /** per rule: predicted quotes, those overlapping gold (tp) or not (fp), attributions checked and right */
  byHow: Map<string, { pred: number; tp: number; fp: number; attr: number; ok: number }>;
}
const newTally = (): Tally => ({ docs: 0, gold: 0, pred: 0, neutral: 0, tp30: 0, fp30: 0, matched30: 0, tp80: 0, fp80: 0, matched80: 0, attrTotal: 0, attrOk: 0, attrNamedTotal: 0, attrNamedOk: 0, attrPronTotal: 0, attrPronOk: 0, proxyTotal: 0, proxyOk: 0, refTotal: 0, refOk: 0, refUnnamed: 0, ms: 0, cal: [], byHow: new Map() });
const howTally = (t: Tally, how: string) => {
  let h = t.byHow.get(how);
  if (!h) t.byHow.set(how, (h = { pred: 0, tp: 0, fp: 0, attr: 0, ok: 0 }));
  return h;
};

const errors: string[] = [];

function evalDoc(d: Doc, t: Tally): void {
  const t0 = performance.now();
  const { analysis: a, mentions } = analyzeDetailed(d.text, { file: d.doc, without });
  t.ms += performance.now() - t0;
  const quotes = a.quotes;
  const speakers = new Map(a.speakers.map((s) => [s.id, s]));
  const gold = goldQuotes(d);
  const other = d.attributions.filter((g) => !isSpeech(g));
  t.docs++;
  t.gold += gold.length;
  t.pred += quotes.length;
  const goldLen = gold.map((g) => g.content.reduce((n, c) => n + (c.end - c.start), 0));

  for (const [thr, key] of [[0.3, 30], [0.8, 80]] as const) {
    const matched = gold.map((g, gi) => {
      // characters of g covered by the predicted quotes
      let covered = 0;
      for (const c of g.content) {
        const ranges = quotes.map((q) => [Math.max(q.start, c.start), Math.min(q.end, c.end)] as const).filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0]);
        let last = c.start;
        for (const [s, e] of ranges) {
          const s2 = Math.max(s, last);
          if (e > s2) {
            covered += e - s2;
            last = e;
          }
        }
      }
      return covered / Math.max(1, goldLen[gi]!) > thr;
    });
    let tp = 0;
    let fp = 0;
    let neutral = 0;
    for (const q of quotes) {
      const hitsMatched = gold.some((g, gi) => matched[gi] && g.content.some((c) => overlap(q.start, q.end, c.start, c.end) > 0));
      if (key === 30) howTally(t, q.how).pred++;
      if (hitsMatched) {
        tp++;
        if (key === 30) howTally(t, q.how).tp++;
      } else if (other.some((g) => g.content.some((c) => overlap(q.start, q.end, c.start, c.end) > (q.end - q.start) * thr)) && !gold.some((g) => g.content.some((c) => overlap(q.start, q.end, c.start, c.end) > 0))) neutral++;
      else {
        fp++;
        if (key === 30) howTally(t, q.how).fp++;
        if (key === 30 && errors.length < 4000) errors.push(`FP  ${d.doc}: [${q.how}/${q.kind}] ${q.text.slice(0, 160)}`);
      }
    }
    const m = matched.filter(Boolean).length;
    if (key === 30) {
      t.tp30 += tp; t.fp30 += fp; t.matched30 += m; t.neutral += neutral;
      gold.forEach((g, gi) => {
        if (!matched[gi] && errors.length < 4000) errors.push(`FN  ${d.doc}: <${g.cue.map((c) => c.text).join(' ')}> ${g.content.map((c) => c.text).join(' … ').slice(0, 160)}`);
      });
      // attribution accuracy over matched gold
      gold.forEach((g, gi) => {
        if (!matched[gi]) return;
        let best: Quote | null = null;
        let bestOv = 0;
        for (const q of quotes) {
          const ov = g.content.reduce((n, c) => n + overlap(q.start, q.end, c.start, c.end), 0);
          if (ov > bestOv) {
            bestOv = ov;
            best = q;
          }
        }
        if (!best || g.source.length === 0) return;
        const srcText = g.source.map((s) => s.text).join(' ').replace(/\s+/g, ' ').trim();
        const pron = isPronounSource(srcText);
        const sp = best.speaker ? speakers.get(best.speaker) : undefined;
        const srcOverlap = !!best.source && g.source.some((s) => overlap(best!.source!.start, best!.source!.end, s.start, s.end) > 0.5 * Math.min(best!.source!.end - best!.source!.start, s.end - s.start));
        let ok = false;
        if (pron) {
          // the pronoun is not linked in the gold: right when the quote's source is that pronoun, or when the
          // engine's resolution of that pronoun is the predicted speaker
          const resolved = mentions.find((m) => g.source.some((s) => overlap(m.start, m.end, s.start, s.end) > 0));
          ok = !!sp && (srcOverlap || (resolved !== undefined && resolved.speaker === sp.id));
          t.attrPronTotal++;
          if (ok) t.attrPronOk++;
          // proxy for the truth of the resolution: the nearest earlier gold source that is a name
          const pos = g.source[0]!.start;
          let proxy: string | null = null;
          let proxyAt = -1;
          for (const o of d.attributions) {
            const st = o.source.map((x) => x.text).join(' ').replace(/\s+/g, ' ').trim();
            const at = o.source[0]?.start ?? -1;
            if (!st || isPronounSource(st) || at >= pos || at <= proxyAt) continue;
            proxy = st;
            proxyAt = at;
          }
          if (proxy) {
            t.proxyTotal++;
            if (sp && namedMatch(proxy, sp)) t.proxyOk++;
          }
          const ref = referents.get(`${d.doc}@${pos}`);
          if (ref === null) t.refUnnamed++;
          else if (ref !== undefined) {
            // the annotated person: the engine is right when its speaker is that person (any form of the name)
            t.refTotal++;
            const refOk = !!sp && namedMatch(d.text.slice(ref[0], ref[1]), sp);
            t.cal.push({ confidence: best.confidence, right: refOk });
            if (refOk) t.refOk++;
            else if (showAttr > 0 && !isHeldOut(d.doc)) pronErrors.push(`pronoun «${srcText}» annotated=«${d.text.slice(ref[0], ref[1])}» ours=«${sp?.name ?? 'null'}» how=${best.how}\n    …${d.text.slice(Math.max(0, pos - 200), pos + 60).replace(/\s+/g, ' ')}…`);
          }
        } else {
          if (sp) ok = srcOverlap || namedMatch(srcText, sp);
          t.cal.push({ confidence: best.confidence, right: ok });
          t.attrNamedTotal++;
          if (ok) t.attrNamedOk++;
        }
        t.attrTotal++;
        if (ok) t.attrOk++;
        const h = howTally(t, best.how);
        h.attr++;
        if (ok) h.ok++;
        else {
          if (errors.length < 4000) errors.push(`ATT ${d.doc}: gold=${srcText} pred=${sp?.name ?? 'null'} [${best.how}] ${best.text.slice(0, 100)}`);
          if (showAttr > 0 && !isHeldOut(d.doc)) {
            const cueText = g.cue.map((c) => c.text).join(' ');
            const s0 = Math.min(g.source[0]!.start, g.cue[0]?.start ?? Infinity, best.start);
            const ctx = d.text.slice(Math.max(0, s0 - 60), s0 + 150).replace(/\s+/g, ' ');
            attrErrors.push(`gold=«${srcText}» cue=«${cueText}» ours=«${sp?.name ?? 'null'}» how=${best.how} kind=${best.kind} ourcue=«${best.cue ?? ""}» src=«${best.source ? d.text.slice(best.source.start, best.source.end) : ''}»\n    …${ctx}…`);
          }
        }
      });
    } else {
      t.tp80 += tp; t.fp80 += fp; t.matched80 += m;
    }
  }
}

const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

function rates(t: Tally) {
  const p30 = t.tp30 / Math.max(1, t.tp30 + t.fp30);
  const r30 = t.matched30 / Math.max(1, t.gold);
  const p80 = t.tp80 / Math.max(1, t.tp80 + t.fp80);
  const r80 = t.matched80 / Math.max(1, t.gold);
  const named = t.attrNamedOk / Math.max(1, t.attrNamedTotal);
  const proxy = t.proxyOk / Math.max(1, t.proxyTotal);
  // PolNeAR leaves pronoun sources unlinked: the honest overall figure weighs named sources by their measured
  // accuracy and pronoun sources by the proxy (the nearest earlier named gold source), never by self-consistency.
  // With the blind annotation, pronoun sources are weighed by the accuracy measured on the annotated sample instead.
  const pronoun = t.refTotal > 0 ? t.refOk / t.refTotal : proxy;
  const estimate = (t.attrNamedOk + pronoun * t.attrPronTotal) / Math.max(1, t.attrNamedTotal + t.attrPronTotal);
  // one standard error of the estimate from the sample size of the annotation (binomial), in the same units
  const share = t.attrPronTotal / Math.max(1, t.attrNamedTotal + t.attrPronTotal);
  const stderr = t.refTotal > 0 ? share * Math.sqrt((pronoun * (1 - pronoun)) / t.refTotal) : null;
  return { p30, r30, p80, r80, attribution: t.attrOk / Math.max(1, t.attrTotal), named, proxy, pronoun, annotated: t.refTotal, estimate, stderr };
}

function fmt(t: Tally, name: string): string {
  const { p30, r30, p80, r80 } = rates(t);
  const f = f1;
  const pc = (x: number) => (100 * x).toFixed(1);
  return [
    `${name}: ${t.docs} docs, ${t.gold} gold quotes, ${t.pred} predicted (${t.neutral} on non-speech attributions, not counted)`,
    `  overlap >30%: P ${pc(p30)}  R ${pc(r30)}  F1 ${pc(f(p30, r30))}`,
    `  overlap >80%: P ${pc(p80)}  R ${pc(r80)}  F1 ${pc(f(p80, r80))}`,
    `  attribution: ${pc(t.attrOk / Math.max(1, t.attrTotal))}% of ${t.attrTotal} matched (named sources ${pc(t.attrNamedOk / Math.max(1, t.attrNamedTotal))}% of ${t.attrNamedTotal}, ${t.attrNamedOk} right; pronoun sources ${pc(t.attrPronOk / Math.max(1, t.attrPronTotal))}% of ${t.attrPronTotal})`,
    `  pronoun sources whose speaker matches the nearest earlier named gold source (a proxy for resolution truth): ${pc(t.proxyOk / Math.max(1, t.proxyTotal))}% of ${t.proxyTotal}`,
    t.refTotal > 0
      ? `  pronoun sources against the blind annotation of their referents: ${pc(t.refOk / t.refTotal)}% of ${t.refTotal} annotated (${t.refUnnamed} more name nobody)`
      : '  pronoun sources: no annotation of their referents (tests/fixtures/polnear-pronoun-referents.jsonl)',
    `  attribution over all found quotes (named measured, pronouns by the ${t.refTotal > 0 ? 'annotated sample' : 'proxy'}): ${pc(rates(t).estimate)}%${rates(t).stderr !== null ? ` ± ${pc(rates(t).stderr!)}` : ''}`,
    `  calibration (named sources and annotated pronouns, ${t.cal.length} quotes): ECE ${reliability(t.cal).ece.toFixed(3)}; ` +
      reliability(t.cal).bins.map((b, i) => (b.n ? `${(i / 10).toFixed(1)}:${b.n}/${pc(b.right / b.n)}%` : '')).filter(Boolean).join(' '),
    `  engine time ${t.ms.toFixed(0)} ms`,
    byRule(t),
  ].join('\n');
}

/** One line per rule, in sieve order: quotes made, span precision, coverage of the matched gold, attribution accuracy. */
function byRule(t: Tally): string {
  const pc = (x: number) => (100 * x).toFixed(1).padStart(5);
  const rows = [`  ${'rule'.padEnd(24)} quotes  share  span-P  coverage  accuracy (of attributions checked)`];
  for (const how of HOWS) {
    const h = t.byHow.get(how);
    if (!h) continue;
    const spanP = h.tp / Math.max(1, h.tp + h.fp);
    rows.push(`  ${how.padEnd(24)} ${String(h.pred).padStart(6)}  ${pc(h.pred / Math.max(1, t.pred))}  ${pc(spanP)}   ${pc(h.attr / Math.max(1, t.attrTotal))}    ${h.attr ? pc(h.ok / h.attr) : '    –'} (${h.attr})`);
  }
  return rows.join('\n');
}

if (without.size > 0) console.log(`without: ${[...without].join(', ')}`);
const dev = newTally();
const held = newTally();
for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const d = JSON.parse(line) as Doc;
  evalDoc(d, isHeldOut(d.doc) ? held : dev);
}
console.log(fmt(dev, 'dev'));
console.log(fmt(held, 'held-out'));
if (writeFigures) {
  // The held-out half is what the README and /about/ report: the figures on text the method was never tuned on.
  const figuresPath = path.resolve(repoRoot, 'src/data/figures.json');
  const figures = JSON.parse(readFileSync(figuresPath, 'utf8'));
  const r = rates(held);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  figures.quotes.measured = new Date().toISOString().slice(0, 10);
  figures.quotes.overlap30 = { precision: round(r.p30), recall: round(r.r30), f1: round(f1(r.p30, r.r30)) };
  figures.quotes.overlap80 = { precision: round(r.p80), recall: round(r.r80), f1: round(f1(r.p80, r.r80)) };
  figures.quotes.attributionAccuracy = round(r.named);
  figures.quotes.attributionEstimate = round(r.estimate);
  figures.quotes.pronounProxy = round(r.proxy);
  figures.quotes.pronounAnnotated = r.annotated > 0 ? { accuracy: round(r.pronoun), sample: r.annotated } : null;
  figures.quotes.attributionStderr = r.stderr === null ? null : round(r.stderr);
  figures.quotes.ece = round(reliability(held.cal).ece);
  writeFileSync(figuresPath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`held-out figures written to ${path.relative(process.cwd(), figuresPath)}; run \`npm run figures -- --readme\``);
}
if (showAttr > 0) {
  // dev split only; printed to the terminal, never stored
  const step = Math.max(1, Math.floor(attrErrors.length / showAttr));
  for (let i = 0; i < attrErrors.length && i / step < showAttr; i += step) console.log(attrErrors[i]);
  console.log(`(${attrErrors.length} wrong attributions on dev)`);
  for (const e of pronErrors) console.log(e);
  console.log(`(${pronErrors.length} annotated pronoun sources wrong on dev)`);
}
if (showErrors > 0) {
  // sample errors from dev only (never look at held-out errors while tuning)
  const devErrors = errors.filter((e) => {
    const doc = e.slice(4).split(':')[0]!;
    return !isHeldOut(doc);
  });
  const step = Math.max(1, Math.floor(devErrors.length / showErrors));
  for (let i = 0; i < devErrors.length && i / step < showErrors; i += step) console.log(devErrors[i]);
}
