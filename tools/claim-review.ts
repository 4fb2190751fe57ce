/**
 * The blind reading of flagged claims in general news (issue: "at least half of the flagged sentences judged worth
 * checking"). A deterministic sample of the sentences the detector flagged on ../shared/data/ggt-dev.jsonl (Canadian
 * news of every kind, never trained on) was read by an annotator who saw only the sentences and Full Fact's guideline
 * (not the engine, its scores or that the sentences had been flagged) and judged each worth checking or not. The case
 * files with the words stay outside the repo; the judgements are stored as offsets only, in
 * tests/fixtures/ggt-claim-review.jsonl.
 *
 *   node --experimental-strip-types --no-warnings tools/claim-review.ts            # the figure, for today's engine
 *   node --experimental-strip-types --no-warnings tools/claim-review.ts --import CASE_DIR PRED.jsonl
 *
 * The figure: of today's flagged claims that were judged, the share judged worth checking; with how many of the
 * judged sentences are still flagged (a changed detector drifts from the sample: re-sample when coverage falls).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { commandLine, UsageError } from '../src/cli/args.ts';
import path from 'node:path';
import { analyze } from '../src/analysis/index.ts';
import { segment } from '../src/analysis/segment.ts';
import { GGT_DEV, readGgt } from './ggt.ts';

export const REVIEW_PATH = path.resolve(import.meta.dirname, '../tests/fixtures/ggt-claim-review.jsonl');

interface Judged {
  doc: string;
  start: number;
  end: number;
  worth: boolean;
}

function importJudgements(caseDir: string, predPath: string): void {
  const cases = JSON.parse(readFileSync(path.join(caseDir, 'cases.json'), 'utf8')) as { id: string; file: string }[];
  const texts = new Map(
    readFileSync(path.join(caseDir, 'flagged.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => [l.slice(1, 5), l.slice(7)] as const),
  );
  const answers = new Map(
    readFileSync(path.join(caseDir, 'answers.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { case: string; worth: boolean })
      .map((a) => [a.case, a.worth] as const),
  );
  const claims = new Map<string, { text: string; start: number; end: number }[]>();
  for (const line of readFileSync(predPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { file: string; claims: { text: string; start: number; end: number }[] };
    claims.set(path.basename(a.file), a.claims);
  }
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const out: Judged[] = [];
  for (const c of cases) {
    const worth = answers.get(c.id);
    const text = texts.get(c.id);
    const claim = claims.get(c.file)?.find((x) => fold(x.text) === text);
    if (worth === undefined || !claim) throw new Error(`${c.id}: no answer or no flagged claim with its words in ${predPath}`);
    out.push({ doc: c.file.replace(/\.md$/, ''), start: claim.start, end: claim.end, worth });
  }
  writeFileSync(REVIEW_PATH, `${out.map((j) => JSON.stringify(j)).join('\n')}\n`);
  console.log(`${out.length} judgements written to ${path.relative(process.cwd(), REVIEW_PATH)}`);
}

export interface ReviewFigure {
  judged: number;
  stillFlagged: number;
  worth: number;
  share: number;
  /** share of all ggt-dev sentences flagged today */
  flaggedShare: number;
}

export function reviewFigure(): ReviewFigure {
  const judged = readFileSync(REVIEW_PATH, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Judged);
  let stillFlagged = 0;
  let worth = 0;
  let sentences = 0;
  let flagged = 0;
  for (const d of readGgt()) {
    const a = analyze(d.text, { file: `${d.id}.md` });
    sentences += segment(d.text).sentences.length;
    flagged += a.claims.length;
    for (const j of judged.filter((x) => x.doc === d.id)) {
      // still flagged: a claim today that covers most of the judged sentence
      const hit = a.claims.some((c) => Math.min(c.end, j.end) - Math.max(c.start, j.start) > 0.5 * (j.end - j.start));
      if (!hit) continue;
      stillFlagged++;
      if (j.worth) worth++;
    }
  }
  return { judged: judged.length, stillFlagged, worth, share: stillFlagged ? worth / stillFlagged : 0, flaggedShare: flagged / sentences };
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const { importFrom } = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/claim-review.ts [--import CASE_DIR PRED.jsonl]',
      options: { import: { type: 'boolean' } },
      positionals: { max: 2 },
    },
    ({ values, positionals }) => {
      if (values.import && positionals.length !== 2) throw new UsageError('--import needs CASE_DIR and PRED.jsonl');
      if (!values.import && positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}' (CASE_DIR and PRED.jsonl go with --import)`);
      return { importFrom: values.import ? (positionals as [string, string]) : undefined };
    },
  );
  if (importFrom) importJudgements(path.resolve(importFrom[0]), path.resolve(importFrom[1]));
  else if (!existsSync(GGT_DEV)) console.log(`${GGT_DEV} is not here: the figure needs ../shared/data.`);
  else {
    const f = reviewFigure();
    console.log(
      `Blind reading of flagged claims in general news (ggt-dev): ${f.worth} of ${f.stillFlagged} judged sentences still flagged are worth checking ` +
        `(${(f.share * 100).toFixed(1)}%; ${f.judged} judged in all); ${(f.flaggedShare * 100).toFixed(1)}% of ggt-dev sentences flagged today.`,
    );
  }
}
