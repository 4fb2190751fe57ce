/**
 * Figures for the check-worthy claim detector.
 *
 *   npm run eval:claims            # news (PolNeAR labels, NewsClaims dev), ClaimBuster, the seed briefing
 *   npm run eval:claims -- --json  # the same as one JSON object
 *   npm run eval:claims -- --write-figures   # also record the held-out figures in src/data/figures.json
 *   npm run eval:claims -- FILE     # the seed figures on FILE (default: the briefing ../shared/gold/seed.json names)
 *
 * News: the whole engine (analyze()) on every article; per sentence, flagged share, precision, recall and the
 * claimant of the gold claims found (tools/claims-news.ts). PolNeAR labels: our blind annotation; the model is
 * trained on the dev half, the held-out half is only reported. NewsClaims dev is never trained or tuned on (its gold
 * covers four COVID-19 topics only, so a check-worthy sentence on another subject counts against the detector).
 *
 * ClaimBuster: the model is trained on four fifths of the sentences (train-claims.ts); these figures are on the
 * fifth it never saw (split by a hash of sentence_id, see claimbuster.ts). "model" = scoreClaim(sentence) >=
 * CLAIM_THRESHOLD; "detector" = detectClaims() on the sentence alone emits at least one claim (adds the span rules:
 * minimum length, at least one reason). Baseline: "any digit in the sentence".
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine } from '../src/cli/args.ts';
import path from 'node:path';
import { CLAIM_THRESHOLD, detectClaims, scoreClaim } from '../src/analysis/claims.ts';
import { analyze } from '../src/analysis/index.ts';
import { segment } from '../src/analysis/segment.ts';
import type { Claim } from '../src/analysis/types.ts';
import { evaluateScores, loadClaimBuster, prf, REPO_ROOT, splitClaimBuster, type Prf } from './claimbuster.ts';
import { matchGold, type GoldClaim } from './claims-gold.ts';
import { judge, loadGgtLabelled, loadNewsClaims, loadPolnearLabelled, type NewsDoc, type NewsReport } from './claims-news.ts';
import { GGT_CLAIM_LABELS_PATH } from './ggt-claim-cases.ts';
import { reliability } from './ggt.ts';
import { POLNEAR_LABEL_ROUNDS } from './claim-cases.ts';

const { asJson, writeFigures, seedArg } = commandLine(
  {
    usage: 'npm run eval:claims -- [FILE] [--json] [--write-figures]   (FILE: the briefing ../shared/gold/seed.json annotates)',
    options: { json: { type: 'boolean' }, 'write-figures': { type: 'boolean' } },
    positionals: { max: 1 },
  },
  ({ values, positionals }) => ({ asJson: values.json === true, writeFigures: values['write-figures'] === true, seedArg: positionals[0] }),
);
const pct = (v: number) => (v * 100).toFixed(1);
const line = (name: string, r: Prf) =>
  `${name.padEnd(26)} P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}   (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;

// --- news ----------------------------------------------------------------------------------------------------------
const runEngine = (d: NewsDoc) => analyze(d.text, { file: d.doc });
const news: Record<string, NewsReport> = {
  'PolNeAR labels, held-out half': judge(loadPolnearLabelled('held-out'), runEngine),
  'PolNeAR labels, dev half (trained on)': judge(loadPolnearLabelled('dev', POLNEAR_LABEL_ROUNDS), runEngine),
  // never trained on by default (train:claims -- --with-ggt trains on the dev half)
  ...(existsSync(GGT_CLAIM_LABELS_PATH) ? { 'ggt-dev labels, all 46 articles': judge([...loadGgtLabelled('dev'), ...loadGgtLabelled('held-out')], runEngine) } : {}),
  'NewsClaims dev (COVID-19)': judge(loadNewsClaims(), runEngine),
};
const newsLine = (name: string, r: NewsReport) =>
  `${name.padEnd(38)} flagged ${pct(r.share).padStart(4)}%  P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}  ` +
  `claimant ${pct(r.claimantAccuracy)}%  (${r.sentences} sentences, ${r.gold} claims, ${r.flagged} flagged, ${r.tp} found, ${r.claimantOk} with the right claimant)` +
  (r.namedRecall === null ? '' : `\n${''.padEnd(38)} the four named kinds (quantity, causal, law, prediction): R ${pct(r.namedRecall)} (${r.namedTp}/${r.namedGold}), P ${pct(r.flagged ? r.namedTp / r.flagged : 0)} counting "other" claims as wrong`);

/** The flagged sentences by score band (0.1 wide, ggt.ts's reliability bins): the share that are gold claims, of how many. */
function scoreBands(scored: readonly { score: number; claim: boolean }[]): string {
  const { bins } = reliability(scored.map((s) => ({ confidence: s.score, right: s.claim })));
  return bins
    .map((b, k) => (b.n ? `${(k / 10).toFixed(1)}–${((k + 1) / 10).toFixed(1)}: ${pct(b.right / b.n)}% of ${b.n}` : ''))
    .filter(Boolean)
    .join('  ');
}

// --- ClaimBuster held-out ---------------------------------------------------------------------------------------
const { train, test } = splitClaimBuster(loadClaimBuster());
const labels = test.map((s) => s.label);
const model = evaluateScores(
  test.map((s) => scoreClaim(s.text).score),
  labels,
  CLAIM_THRESHOLD,
);
let tp = 0;
let fp = 0;
let fn = 0;
let btp = 0;
let bfp = 0;
let bfn = 0;
const t0 = performance.now();
for (const s of test) {
  const text = s.text;
  const yes = detectClaims({ text, sentences: [{ start: 0, end: text.length, paragraph: 0 }], quotes: [], speakers: [] }).length > 0;
  if (yes && s.label === 1) tp++;
  else if (yes) fp++;
  else if (s.label === 1) fn++;
  const digit = /\d/.test(text);
  if (digit && s.label === 1) btp++;
  else if (digit) bfp++;
  else if (s.label === 1) bfn++;
}
const detectorMs = performance.now() - t0;
const detector = prf(tp, fp, fn);
const baseline = prf(btp, bfp, bfn);

// --- the seed briefing --------------------------------------------------------------------------------------------
const goldFile = path.resolve(REPO_ROOT, '../shared/gold/seed.json');
const goldJson = JSON.parse(readFileSync(goldFile, 'utf8')) as { about?: string; claims: GoldClaim[] };
const gold = goldJson.claims;
// the briefing the gold annotates: named in its "about" note, or given as the first argument
const seedRel = seedArg ?? /content\/briefings\/[\w.-]+\.md/.exec(goldJson.about ?? '')?.[0];
if (!seedRel) throw new Error('eval-claims: name the briefing the gold annotates (npm run eval:claims -- FILE)');
const seedFile = path.resolve(REPO_ROOT, seedRel);
const seedText = readFileSync(seedFile, 'utf8');
const analysis = analyze(seedText, { file: seedFile });
let seedClaims: Claim[] = analysis.claims;
let seedVia = 'analyze()';
if (seedClaims.length === 0) {
  // the engine does not call the claim detector yet: run it on the engine's own sentences, quotes and speakers
  seedClaims = detectClaims({
    text: seedText,
    sentences: segment(seedText).sentences,
    quotes: analysis.quotes,
    speakers: analysis.speakers,
  });
  seedVia = `detectClaims() with analyze()'s ${analysis.quotes.length} quotes`;
}
const seed = matchGold(gold, seedClaims, analysis.speakers);
const name = (id: string | null) =>
  id === null ? 'article' : (analysis.speakers.find((s) => s.id === id)?.name ?? id);

if (writeFigures) {
  const figuresPath = path.resolve(REPO_ROOT, 'src/data/figures.json');
  const figures = JSON.parse(readFileSync(figuresPath, 'utf8')) as Record<string, unknown>;
  const h = news['PolNeAR labels, held-out half']!;
  const r4 = (v: number) => Math.round(v * 10000) / 10000;
  figures['claims'] = {
    data:
      `our blind annotation of whole PolNeAR articles by Full Fact's guideline (a quantity, a cause, a law or rule, a prediction; ` +
      `opinion and personal experience are not claims): the held-out half, ${h.docs} articles, ${h.sentences} sentences of which ` +
      `${h.gold} claims, never trained on; per sentence, the whole engine; ${pct(h.share)}% of the sentences flagged, the claimant ` +
      `right for ${pct(h.claimantAccuracy)}% of the claims found`,
    command: 'npm run eval:claims',
    measured: new Date().toISOString().slice(0, 10),
    precision: r4(h.precision),
    recall: r4(h.recall),
    f1: r4(h.f1),
  };
  writeFileSync(figuresPath, `${JSON.stringify(figures, null, 2)}\n`);
}

if (asJson) {
  console.log(
    JSON.stringify({
      threshold: CLAIM_THRESHOLD,
      news,
      claimbuster: { train: train.length, heldOut: test.length, model, detector, baseline },
      seed: {
        via: seedVia,
        required: seed.required,
        found: seed.found,
        foundWithClaimant: seed.foundWithClaimant,
        predicted: seedClaims.length,
        unmatched: seed.unmatched.length,
      },
    }),
  );
} else {
  console.log(`Claim detector, threshold ${CLAIM_THRESHOLD}`);
  console.log('\nNews, sentence by sentence (the whole engine on each article):');
  for (const [k, r] of Object.entries(news)) console.log(newsLine(k, r));
  console.log('\nReliability of the score a flagged claim shows: of the flagged sentences scoring in each band, the share that are gold claims');
  for (const [k, r] of Object.entries(news)) console.log(`${k.padEnd(38)} ${scoreBands(r.scored)}`);
  console.log(`\nClaimBuster held-out (${test.length} sentences; trained on ${train.length}):`);
  console.log(line('model (sentence score)', model));
  console.log(line('detector (detectClaims)', detector));
  console.log(line('baseline (any digit)', baseline));
  console.log(`detector time: ${(detectorMs / test.length * 1000).toFixed(1)} µs per sentence`);
  console.log(`\nSeed briefing (${seedVia}): ${seedClaims.length} claims predicted`);
  console.log(
    `required gold claims found: ${seed.found}/${seed.required}, with the right claimant: ${seed.foundWithClaimant}/${seed.required}`,
  );
  for (const r of seed.results) {
    const mark = r.claimantOk ? 'ok ' : r.claim ? 'who' : '-- ';
    const opt = r.gold.optional ? ' (optional)' : '';
    const got = r.claim ? `${name(r.claim.claimant)}, ${r.claim.score}, ${r.claim.reasons.join('+')}` : 'not found';
    console.log(`  ${mark} "${r.gold.key}"${opt}: ${got}`);
  }
  console.log(`claims matching no gold entry (required or optional): ${seed.unmatched.length}`);
  for (const c of seed.unmatched) console.log(`  ${c.score} [${name(c.claimant)}] ${c.text.slice(0, 110)}`);
}
