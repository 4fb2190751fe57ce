import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, decide, disputed, readAnswerFile, readAnswers, readDoubleReading } from '../../tools/annotation-answers.ts';

describe('reading back a blind annotation', () => {
  it('reads each batch by case id, a later batch winning, and names the file and line of a broken answer', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'answers-'));
    writeFileSync(path.join(dir, 'answers-1.jsonl'), '{"case":"s1","claim":true}\n\n{"case":"s2","claim":false}\n');
    writeFileSync(path.join(dir, 'answers-2.jsonl'), '{"case":"s2","claim":true}\n');
    const all = readAnswers<{ case: string; claim: boolean }>(dir);
    expect([...all.keys()].sort()).toEqual(['s1', 's2']);
    expect(all.get('s2')!.claim).toBe(true);
    expect(readAnswerFile(path.join(dir, 'answers-9.jsonl')).size).toBe(0);
    // batches in number order, not name order: answers-10 comes after answers-2 and wins
    writeFileSync(path.join(dir, 'answers-10.jsonl'), '{"case":"s2","claim":false}\n');
    expect(readAnswers<{ case: string; claim: boolean }>(dir).get('s2')!.claim).toBe(false);
    const broken = path.join(dir, 'answers-3.jsonl');
    writeFileSync(broken, '{"case":"s3","claim":true}\n{"case":"s4", claim}\n');
    expect(() => readAnswerFile(broken)).toThrow(`${broken}:2: not JSON`);
  });
});

describe('a double-blind reading', () => {
  it('decides by the first two readers where they agree and by the third where they differ, and names what is missing', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'double-'));
    writeFileSync(path.join(dir, 'answers-1.jsonl'), '{"case":"s1","claim":true}\n{"case":"s2","claim":true}\n{"case":"s3","claim":false}\n');
    writeFileSync(path.join(dir, 'answers-2.jsonl'), '{"case":"s1","claim":true}\n{"case":"s2","claim":false}\n{"case":"s3","claim":true}\n');
    writeFileSync(path.join(dir, 'answers-third.jsonl'), '{"case":"s2","claim":false}\n');
    const reading = readDoubleReading<{ case: string; claim: boolean }>(dir);
    const claim = (a: { claim: boolean }) => a.claim;
    expect(['s1', 's2', 's3', 's4'].filter((id) => disputed(reading, id, claim))).toEqual(['s2', 's3']);
    expect(decide(reading, 's1', claim)).toMatchObject({ agreed: true, decision: true, third: undefined });
    expect(decide(reading, 's2', claim)).toMatchObject({ agreed: false, decision: false, third: { case: 's2' } });
    expect(() => decide(reading, 's3', claim)).toThrow(`${dir}: disputed case s3 has no third reading`);
    expect(() => decide(reading, 's4', claim)).toThrow(`${dir}: case s4 has no answer in answers-1.jsonl`);
  });
});

describe('how far two blind readers agree', () => {
  it('gives the share answered alike and Cohen’s kappa, which discounts what their rates of "yes" agree by chance', () => {
    // 8 of 10 alike; each says yes 5 times, so chance agreement is 0.5 and kappa (0.8 - 0.5) / 0.5 = 0.6
    const pairs: [boolean, boolean][] = [
      [true, true], [true, true], [true, true], [true, true], [true, false],
      [false, true], [false, false], [false, false], [false, false], [false, false],
    ];
    const { share, kappa } = agreement(pairs);
    expect(share).toBeCloseTo(0.8);
    expect(kappa).toBeCloseTo(0.6);
    // readers who both always say yes agree fully, and nothing is beyond chance to measure
    expect(agreement([[true, true], [true, true]]).kappa).toBe(1);
    expect(() => agreement([])).toThrow('no cases');
  });
});
