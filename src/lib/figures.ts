/**
 * The measured figures of the engine, from ONE file (src/data/figures.json): the /about/ page imports it and
 * `npm run figures -- --readme` writes the README's figures section from it, so the two cannot disagree
 * (tests/unit/figures.test.ts checks the README). Pure TypeScript: no Astro.
 */
import figuresJson from '../data/figures.json' with { type: 'json' };

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Figures {
  quotes: {
    data: string;
    command: string;
    /** ISO date of the run, null = not measured yet */
    measured: string | null;
    /** a predicted quote matches a gold one when it covers more than 30% of its characters */
    overlap30: Prf;
    /** the same at 80% */
    overlap80: Prf;
    /** found quotes whose gold source is a name, given that speaker */
    attributionAccuracy: number | null;
    /** all found quotes: named sources as measured, pronoun sources at the accuracy on the blind annotation */
    attributionEstimate?: number | null;
    /** one standard error of attributionEstimate, from the size of the annotated pronoun sample */
    attributionStderr?: number | null;
    /** pronoun sources ("he said") against the blind annotation of what they stand for; sample = annotated quotes found */
    pronounAnnotated?: { accuracy: number; sample: number } | null;
    /** pronoun sources whose speaker is the nearest earlier named gold source (the older, rough proxy) */
    pronounProxy?: number | null;
    /** expected calibration error of `confidence` over the found quotes whose truth is known (weights fitted on other news) */
    ece?: number | null;
  };
  claims: Prf & { data: string; command: string; measured: string | null };
  /** GenderGapTracker's dev set (Canadian news), by the held-out checks' rule (tools/eval-ggt.ts) */
  ggt?: {
    data: string;
    command: string;
    measured: string | null;
    overlap30: Prf;
    overlap80: Prf;
    /** found quotes given the person the gold names */
    rightPerson: number | null;
    /** GGT's own rule: the source mention overlaps the gold speaker mention */
    ggtRule: number | null;
    /** expected calibration error over ten bins, in sample */
    ece: number | null;
    /** the calibration measured by cross-validation over articles (tools/fit-calibration.ts) */
    calibrationCv: { ece: number; folds: number; bins: { n: number; right: number; mean: number | null }[] } | null;
  };
}

export const FIGURES: Figures = figuresJson as Figures;

/** "71.3%" or "not measured yet". */
export function pct(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'not measured yet';
}

export const README_START = '<!-- figures:start (generated from src/data/figures.json by `npm run figures -- --readme`; do not edit here) -->';
export const README_END = '<!-- figures:end -->';

/** The attribution figures in one sentence: named sources, pronoun sources, and all found quotes. */
export function attributionSentence(q: Figures['quotes']): string {
  const named = `Attribution: ${pct(q.attributionAccuracy)} of found quotes whose source is named are given that speaker`;
  const p = q.pronounAnnotated;
  if (!p) {
    return `${named}. PolNeAR does not link pronoun sources ("he said") to names; judged by a proxy (the nearest earlier named ` +
      `source, ${pct(q.pronounProxy ?? null)} agreement), the estimate over all found quotes is ${pct(q.attributionEstimate ?? null)}.`;
  }
  const se = typeof q.attributionStderr === 'number' ? ` ± ${(q.attributionStderr * 100).toFixed(1)}` : '';
  return `${named}; ${pct(p.accuracy)} of those whose source is a pronoun ("he said") are given the person a blind ` +
    `annotation of ${p.sample} such pronouns names; over all found quotes, ${pct(q.attributionEstimate ?? null)}${se} ` +
    `(one standard error).`;
}

/** Quote precision, recall and F1 at the two overlaps, as a Markdown table. */
function matchTable(o30: Prf, o80: Prf): string[] {
  const row = (label: string, o: Prf) => `| ${label} | ${pct(o.precision)} | ${pct(o.recall)} | ${pct(o.f1)} |`;
  return ['| quote match | precision | recall | F1 |', '|---|---|---|---|', row('covers > 30% of a gold quote', o30), row('covers > 80% of a gold quote', o80)];
}

/** The README's figures section (between the markers), in Markdown. */
export function figuresMarkdown(f: Figures = FIGURES): string {
  const q = f.quotes;
  const c = f.claims;
  const when = (d: string | null) => (d ? `measured ${d}` : 'not measured yet');
  return [
    `Quotes and attribution — ${q.data}; \`${q.command}\` (${when(q.measured)}):`,
    '',
    ...matchTable(q.overlap30, q.overlap80),
    '',
    attributionSentence(q),
    ...(typeof q.ece === 'number' ? ['', `Calibration of \`confidence\` on this half (named sources and the annotated pronouns; the weights were fitted on the Canadian news below, never on PolNeAR): expected calibration error ${q.ece.toFixed(3)}.`] : []),
    '',
    ...(f.ggt ? ggtMarkdown(f.ggt) : []),
    `Check-worthy claims — ${c.data}; \`${c.command}\` (${when(c.measured)}): precision ${pct(c.precision)}, ` +
      `recall ${pct(c.recall)}, F1 ${pct(c.f1)}.`,
  ].join('\n');
}

/** The ggt-dev figures and the reliability table of `confidence`, cross-validated. */
function ggtMarkdown(g: NonNullable<Figures['ggt']>): string[] {
  const cv = g.calibrationCv;
  const out = [
    `Quotes and attribution on other news — ${g.data}; \`${g.command}\` (${g.measured ? `measured ${g.measured}` : 'not measured yet'}), by the held-out checks' rule:`,
    '',
    ...matchTable(g.overlap30, g.overlap80),
    '',
    `The right person for ${pct(g.rightPerson)} of found quotes; by GenderGapTracker's own rule (the source mention overlaps the gold speaker mention) ${pct(g.ggtRule)}.`,
    '',
  ];
  if (!cv) return out;
  return [
    ...out,
    `Confidence is calibrated (\`npm run fit:calibration\`): expected calibration error ${cv.ece.toFixed(3)} over ten bins, measured by ${cv.folds}-fold cross-validation over articles (each article scored by a model fitted on the others; in sample ${g.ece === null ? '–' : g.ece.toFixed(3)}). Reliability:`,
    '',
    '| confidence | found quotes | speaker right | mean confidence |',
    '|---|---|---|---|',
    ...cv.bins.flatMap((b, i) => (b.n ? [`| ${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)} | ${b.n} | ${pct(b.right / b.n)} | ${b.mean === null ? '–' : b.mean.toFixed(2)} |`] : [])),
    '',
  ];
}

/** `readme` with its figures section replaced (or null when the markers are missing). */
export function withFigures(readme: string, f: Figures = FIGURES): string | null {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return null;
  return `${readme.slice(0, start)}${README_START}\n${figuresMarkdown(f)}\n${readme.slice(end)}`;
}
