import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJudgements } from '../../tools/claim-review.ts';

const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

function readings(third: object[]): { dir: string; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'review-'));
  const cases = [
    { id: 'r0001', doc: 'a', start: 0, end: 40, flagged: true },
    { id: 'r0002', doc: 'a', start: 41, end: 90, flagged: false },
    { id: 'r0003', doc: 'b', start: 0, end: 30, flagged: true },
  ];
  writeFileSync(path.join(dir, 'cases.json'), JSON.stringify(cases));
  writeFileSync(path.join(dir, 'answers-1.jsonl'), lines([{ case: 'r0001', worth: true }, { case: 'r0002', worth: false }, { case: 'r0003', worth: true }]));
  writeFileSync(path.join(dir, 'answers-2.jsonl'), lines([{ case: 'r0001', worth: true }, { case: 'r0002', worth: false }, { case: 'r0003', worth: false }]));
  writeFileSync(path.join(dir, 'answers-third.jsonl'), lines(third));
  return { dir, out: path.join(dir, 'judged.jsonl') };
}

describe('reading back the blind reading of flagged claims', () => {
  it('keeps the answer the first two readers agree on and the third reader’s where they differ, as offsets only', () => {
    const { dir, out } = readings([{ case: 'r0003', worth: false }]);
    importJudgements(dir, out);
    const judged = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(judged).toEqual([
      { doc: 'a', start: 0, end: 40, worth: true, flagged: true, agreed: true },
      { doc: 'a', start: 41, end: 90, worth: false, flagged: false, agreed: true },
      { doc: 'b', start: 0, end: 30, worth: false, flagged: true, agreed: false },
    ]);
  });

  it('stops on a disputed sentence with no third reading, naming it, and writes nothing', () => {
    const { dir, out } = readings([]);
    expect(() => importJudgements(dir, out)).toThrow(`${dir}: disputed case r0003 has no third reading`);
    expect(existsSync(out)).toBe(false);
  });
});
