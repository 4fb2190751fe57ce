/**
 * A second blind claim annotation, of news of every kind: all of ../shared/data/ggt-dev.jsonl (Canadian news,
 * 2018–19: politics, business, courts, health, sports, lifestyle), so that the claim model is trained and judged on
 * more than US political news. Same guideline as the PolNeAR labels (tools/claim-cases.ts, Full Fact's typology),
 * but every article is read by two annotators who never see the engine's output or each other's answers; where
 * they disagree a third reads the sentence in its context and decides.
 *
 *   node --experimental-strip-types --no-warnings tools/ggt-claim-cases.ts OUT_DIR [--batches 4]   # write the batches
 *   node --experimental-strip-types --no-warnings tools/ggt-claim-cases.ts OUT_DIR --disputes       # the third reading
 *   node --experimental-strip-types --no-warnings tools/ggt-claim-cases.ts OUT_DIR --import         # store the labels
 *
 * The labels are stored as offsets only in tests/fixtures/ggt-claim-labels.jsonl (never the articles' words). The
 * articles are split in halves by a hash of their id; the model does not train on either by default (eval:claims
 * judges it on all 46 articles), `train:claims -- --with-ggt` adds the "dev" half to its training.
 */
import { writeFileSync } from 'node:fs';
import { commandLine, numberFlag, oneOf } from '../src/cli/args.ts';
import path from 'node:path';
import { agreement, decide, disputed, locateWords, readCases, readDoubleReading } from './annotation-answers.ts';
import { sentenceCases, writeCases, type Answer, type Case, type ClaimLabel, type ClaimType } from './claim-cases.ts';
import { readGgt } from './ggt.ts';
import { fnv1a } from './fnv1a.ts';

export const GGT_CLAIM_LABELS_PATH = path.resolve(import.meta.dirname, '../tests/fixtures/ggt-claim-labels.jsonl');

/** A stored label: a PolNeAR label's fields, and whether the two first readers agreed (else the third decided). */
export interface GgtClaimLabel extends ClaimLabel {
  agreed: boolean;
}

export const ggtSplit = (id: string): 'dev' | 'held-out' => (fnv1a(`ggt-claims:${id}`) % 2 === 1 ? 'held-out' : 'dev');

/** ggt-dev's articles by id. */
export function ggtTexts(): Map<string, { text: string }> {
  return new Map(readGgt().map((d) => [d.id, { text: d.text }]));
}

function ggtCases(docs: Map<string, { text: string }>): Case[] {
  const out: Case[] = [];
  for (const [doc, { text }] of docs) sentenceCases({ doc, text }, ggtSplit(doc), out);
  out.forEach((c, i) => (c.id = `g${String(i + 1).padStart(5, '0')}`));
  return out;
}

const claimOf = (a: Answer) => a.claim;

/** The sentences the two first readers disagree on, each with the sentences either side, for the third reader. */
function writeDisputes(dir: string): void {
  const docs = ggtTexts();
  const cases = readCases<Case>(dir);
  const reading = readDoubleReading<Answer>(dir);
  const lines: string[] = [];
  cases.forEach((c, i) => {
    if (!disputed(reading, c.id, claimOf)) return;
    const text = docs.get(c.doc)!.text;
    const ctx = (k: number) => (cases[k]?.doc === c.doc ? text.slice(cases[k]!.start, cases[k]!.end).replace(/\s+/g, ' ') : '');
    lines.push(`[${c.id}]\n  before: ${ctx(i - 1)}\n  SENTENCE: ${text.slice(c.start, c.end).replace(/\s+/g, ' ')}\n  after: ${ctx(i + 1)}\n`);
  });
  writeFileSync(path.join(dir, 'disputes.txt'), lines.join('\n'));
  console.log(`${lines.length} disputed sentences written to ${path.join(dir, 'disputes.txt')}`);
}

function majorityType(claimVotes: Answer[]): ClaimType {
  const n = new Map<ClaimType, number>();
  for (const a of claimVotes) n.set(a.type ?? 'other', (n.get(a.type ?? 'other') ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

function importLabels(dir: string): void {
  const docs = ggtTexts();
  const cases = readCases<Case>(dir);
  const reading = readDoubleReading<Answer>(dir);
  const out: string[] = [];
  const firstReadings: [boolean, boolean][] = [];
  let claims = 0;
  for (const c of cases) {
    const { first, third, agreed, decision: claim } = decide(reading, c.id, claimOf);
    firstReadings.push([first[0].claim, first[1].claim]);
    if (claim) claims++;
    const claimVotes = [...first, ...(third ? [third] : [])].filter((a) => a.claim);
    const named = claimVotes.find((a) => a.claimer);
    const text = docs.get(c.doc)!.text;
    const label: GgtClaimLabel = {
      doc: c.doc,
      split: c.split,
      sentence: [c.start, c.end],
      claim,
      type: claim ? majorityType(claimVotes) : null,
      claimer: claim && named?.claimer ? locateWords(text, named.claimer, c.end, c.end) : null,
      agreed,
    };
    out.push(JSON.stringify(label));
  }
  writeFileSync(GGT_CLAIM_LABELS_PATH, `${out.join('\n')}\n`);
  const { share, kappa } = agreement(firstReadings);
  console.log(
    `${out.length} labels written to ${path.relative(process.cwd(), GGT_CLAIM_LABELS_PATH)}; first readers agree on ${(100 * share).toFixed(1)}% ` +
      `(Cohen's kappa ${kappa.toFixed(2)}), claims ${claims}`,
  );
}

function main(): void {
  const { dir, batches, values } = commandLine(
    {
      usage: 'node --experimental-strip-types --no-warnings tools/ggt-claim-cases.ts [OUT_DIR] [--batches K | --disputes | --import]',
      options: { batches: { type: 'string' }, import: { type: 'boolean' }, disputes: { type: 'boolean' } },
      positionals: { max: 1 },
    },
    ({ values, positionals }) => {
      oneOf(values, ['batches', 'disputes', 'import']);
      return {
        dir: path.resolve(positionals[0] ?? '/tmp/ggt-claim-cases'),
        batches: numberFlag(values, 'batches', { default: 4, min: 1, integer: true }),
        values,
      };
    },
  );
  if (values.import) importLabels(dir);
  else if (values.disputes) writeDisputes(dir);
  else {
    const docs = ggtTexts();
    writeCases(docs, ggtCases(docs), dir, batches, 2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();
