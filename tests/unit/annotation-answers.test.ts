import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, readAnswerFile, readAnswers } from '../../tools/annotation-answers.ts';

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
