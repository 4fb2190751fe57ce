/**
 * The blind reading of flagged claims in general news (issue: "at least half of the flagged sentences judged worth
 * checking"), on ../shared/data/ggt-dev.jsonl (Canadian news of every kind, never trained on).
 *
 * The reading: every sentence the detector flags today, shuffled together with as many prose sentences it does not
 * flag, each read on its own by two annotators who see only the sentences and Full Fact's guideline (not the engine,
 * its scores, or which sentences were flagged) and judge each worth checking or not; a third reader decides where
 * they disagree. The case files with the words stay outside the repo; the judgements are stored as offsets only, in
 * tests/fixtures/ggt-claim-review.jsonl.
 *
 *   node --experimental-strip-types --no-warnings tools/claim-review.ts                  # the figure, for today's engine
 *   node --experimental-strip-types --no-warnings tools/claim-review.ts --cases DIR      # write DIR/cases.json, DIR/batch.txt
 *   node --experimental-strip-types --no-warnings tools/claim-review.ts --disputes DIR   # DIR/disputes.txt, for the third reader
 *   node --experimental-strip-types --no-warnings tools/claim-review.ts --import DIR     # answers-1/2(-third).jsonl → the fixture
 *
 * The figure: of today's flagged claims that were judged, the share judged worth checking; with how many of the
 * judged flagged sentences are still flagged (a changed detector drifts from the sample: re-read when coverage falls),
 * and, as a check on the other side, the share of judged sentences not flagged today that were judged worth checking.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, oneOf } from '../src/cli/args.ts';
import path from 'node:path';
import { analyze } from '../src/analysis/index.ts';
import { MIN_CLAIM_WORDS } from '../src/analysis/claims.ts';
import { segment } from '../src/analysis/segment.ts';
import { agreement, decide, disputed, readCases, readDoubleReading, readJsonLines } from './annotation-answers.ts';
import { fnv1a } from './fnv1a.ts';
import { GGT_DEV, readGgt } from './ggt.ts';

export const REVIEW_PATH = path.resolve(import.meta.dirname, '../tests/fixtures/ggt-claim-review.jsonl');

interface Judged {
  doc: string;
  start: number;
  end: number;
  worth: boolean;
  /** flagged by the detector when the reading was made */
  flagged?: boolean;
  /** the two first readers agreed (else the third decided) */
  agreed?: boolean;
}
interface ReviewCase {
  id: string;
  doc: string;
  start: number;
  end: number;
  flagged: boolean;
}
interface WorthAnswer {
  case: string;
  worth: boolean;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * Today's flagged claims and, per article, as many prose sentences of at least MIN_CLAIM_WORDS words that no claim
 * touches (chosen by hash, so the same engine gives the same cases), in an order that mixes articles and kinds.
 */
function reviewCases(): ReviewCase[] {
  const cases: Omit<ReviewCase, 'id'>[] = [];
  for (const d of readGgt()) {
    const a = analyze(d.text, { file: `${d.id}.md` });
    for (const c of a.claims) cases.push({ doc: d.id, start: c.start, end: c.end, flagged: true });
    const others = segment(d.text)
      .sentences.filter((s) => !a.claims.some((c) => overlap(c, s) > 0))
      .filter((s) => fold(d.text.slice(s.start, s.end)).split(' ').length >= MIN_CLAIM_WORDS)
      .sort((x, y) => fnv1a(`${d.id}:${x.start}`) - fnv1a(`${d.id}:${y.start}`))
      .slice(0, a.claims.length);
    for (const s of others) cases.push({ doc: d.id, start: s.start, end: s.end, flagged: false });
  }
  return cases
    .sort((x, y) => fnv1a(`${x.doc}:${x.start}:case`) - fnv1a(`${y.doc}:${y.start}:case`))
    .map((c, i) => ({ id: `r${String(i + 1).padStart(4, '0')}`, ...c }));
}

function writeCases(dir: string): void {
  const texts = new Map(readGgt().map((d) => [d.id, d.text]));
  const cases = reviewCases();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(cases));
  writeFileSync(path.join(dir, 'batch.txt'), cases.map((c) => `[${c.id}] ${fold(texts.get(c.doc)!.slice(c.start, c.end))}`).join('\n') + '\n');
  console.log(`${cases.length} sentences (${cases.filter((c) => c.flagged).length} flagged) written to ${dir}`);
}

const worthOf = (a: WorthAnswer) => a.worth;

function writeDisputes(dir: string): void {
  const texts = new Map(readGgt().map((d) => [d.id, d.text]));
  const reading = readDoubleReading<WorthAnswer>(dir);
  const rows = readCases<ReviewCase>(dir).filter((c) => disputed(reading, c.id, worthOf));
  writeFileSync(path.join(dir, 'disputes.txt'), rows.map((c) => `[${c.id}] ${fold(texts.get(c.doc)!.slice(c.start, c.end))}`).join('\n') + '\n');
  console.log(`${rows.length} disputed sentences written to ${path.join(dir, 'disputes.txt')}`);
}

/** The readings of DIR as stored judgements, written to `out`: where the first two readers agree, their answer; else the third's. */
export function importJudgements(dir: string, out = REVIEW_PATH): void {
  const reading = readDoubleReading<WorthAnswer>(dir);
  const judged: Judged[] = [];
  const firstReadings: [boolean, boolean][] = [];
  for (const c of readCases<ReviewCase>(dir)) {
    const { first, agreed, decision } = decide(reading, c.id, worthOf);
    firstReadings.push([first[0].worth, first[1].worth]);
    judged.push({ doc: c.doc, start: c.start, end: c.end, worth: decision, flagged: c.flagged, agreed });
  }
  const { share, kappa } = agreement(firstReadings);
  writeFileSync(out, `${judged.map((j) => JSON.stringify(j)).join('\n')}\n`);
  console.log(
    `${judged.length} judgements written to ${path.relative(process.cwd(), out)}; the first readers agree on ` +
      `${(share * 100).toFixed(1)}% (Cohen's kappa ${kappa.toFixed(2)})`,
  );
}

export interface ReviewFigure {
  judged: number;
  stillFlagged: number;
  worth: number;
  share: number;
  /** judged sentences not flagged today, and how many of them were judged worth checking */
  notFlagged: number;
  notFlaggedWorth: number;
  /** share of all ggt-dev sentences flagged today */
  flaggedShare: number;
}

export function reviewFigure(): ReviewFigure {
  const judged = readJsonLines<Judged>(REVIEW_PATH);
  let stillFlagged = 0;
  let worth = 0;
  let notFlagged = 0;
  let notFlaggedWorth = 0;
  let sentences = 0;
  let flagged = 0;
  for (const d of readGgt()) {
    const a = analyze(d.text, { file: `${d.id}.md` });
    sentences += segment(d.text).sentences.length;
    flagged += a.claims.length;
    for (const j of judged.filter((x) => x.doc === d.id)) {
      // still flagged: a claim today that covers most of the judged sentence
      if (a.claims.some((c) => overlap(c, j) > 0.5 * (j.end - j.start))) {
        stillFlagged++;
        if (j.worth) worth++;
      } else {
        notFlagged++;
        if (j.worth) notFlaggedWorth++;
      }
    }
  }
  return {
    judged: judged.length,
    stillFlagged,
    worth,
    share: stillFlagged ? worth / stillFlagged : 0,
    notFlagged,
    notFlaggedWorth,
    flaggedShare: flagged / sentences,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const steps = { cases: writeCases, disputes: writeDisputes, import: importJudgements } as const;
  const step = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/claim-review.ts [--cases DIR | --disputes DIR | --import DIR]',
      options: { cases: { type: 'string' }, disputes: { type: 'string' }, import: { type: 'string' } },
    },
    ({ values }) => {
      const given = oneOf(values, Object.keys(steps) as (keyof typeof steps)[]);
      return given ? { run: steps[given], dir: values[given]! } : undefined;
    },
  );
  if (step) step.run(path.resolve(step.dir));
  else if (!existsSync(GGT_DEV)) console.log(`${GGT_DEV} is not here: the figure needs ../shared/data.`);
  else {
    const f = reviewFigure();
    console.log(
      `Blind reading of flagged claims in general news (ggt-dev): ${f.worth} of ${f.stillFlagged} judged sentences still flagged are worth checking ` +
        `(${(f.share * 100).toFixed(1)}%; ${f.judged} judged in all); of ${f.notFlagged} judged sentences not flagged, ${f.notFlaggedWorth} ` +
        `(${((f.notFlaggedWorth / Math.max(1, f.notFlagged)) * 100).toFixed(1)}%) are worth checking; ` +
        `${(f.flaggedShare * 100).toFixed(1)}% of ggt-dev sentences flagged today.`,
    );
  }
}
